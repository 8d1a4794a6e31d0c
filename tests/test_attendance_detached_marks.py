"""Status markers a flattened page printed apart from their names, "… Jørgen Fischer (afbud) (afbud) (deltog som
suppleant for Karsten Uno Petersen) (afbud)", cannot be tied to the names
(graphbuild/parse/attendance_detached_marks.py): the names listed before them are listed with no status known
(summoned, no one present), the member a stand-in's marker names absent. The list is dev-write's
sydtrafik-bestyrelse-2013-01-25 as its page is printed on one line; the near misses are the same board's 2009
minutes, where each "(afbud)" stands after its name, and one "(afbud)" after the last name, a party's bracket before
the status, a stand-in's marker naming no listed member."""

from __future__ import annotations

from graphbuild.parse.attendance_detached_marks import detached_runs
from graphbuild.parse.attendance_lists import find_attendance

# sydtrafik-bestyrelse-2013-01-25, the first page (flattened onto one line), shortened after the first item's decision
SYDTRAFIK_2013 = (
    "1 J.nr.: Dato: Initialer: KIT Bestyrelsesmøde i Sydtrafik Referat Tid: Fredag, den 25. januar 2013 kl Sted: "
    "Mødelokale 4, Banegårdspladsen 5, 6600 Vejen Medlemmer: Poul Rosendahl Iver Pedersen Bente Bendix Jensen Jan "
    "Riber Jakobsen Kim Gosvig Hansen Peter Christensen Morten Kristensen Karsten Uno Petersen Margot Torp Preben "
    "Friis-Hauge Øvrige: Jørgen Chr. Jensen Mads Lund Søren Rishøj Jakobsen Erik Lauritzen Jørgen Bruun Konst. "
    "direktør Christian Roslev Afdelingsleder Kirsten Therkildsen (ref.) Informationsansvarlig Karen Stoustrup "
    "Teamleder Henrik Norup Økonom Jørgen Fischer (afbud) (afbud) (deltog som suppleant for Karsten Uno Petersen) "
    "(afbud) Dagsordenspunkter: 04/13 Sager til orientering /13 Revision af regulativ for Sydtrafiks Kasse- og "
    "Regnskabsvæsen /13 Udpegning af bestyrelsesmedlemmer\n\n"
    "2 04/13 Sager til orientering J. nr Dato: 11. januar 2013 Indstilling Til orientering. Vedtagelse Orientering "
    "blev foretaget.\n"
)

# sydtrafik-bestyrelse-2009-06-08: the same board's list, each "(afbud)" right after its name
SYDTRAFIK_2009 = (
    "Bestyrelsesmøde i Sydtrafik Referat Tid: Mandag, den 8. juni 2009 kl Sted: Main Room, Hotel de France "
    "Medlemmer: Peter Christensen Hans Peter Geil (afbud) Erwin Andresen Inger Donslund (afbud) Jørgen Elsted "
    "Hansen Poul Rosendahl Morten Kristensen Thyge Nielsen (afbud) Ole Jacobsen Øvrige: Direktør H. C. Bonde "
    "Afdelingsleder Kirsten Therkildsen (ref.) Dagsordenspunkter: 44/09 Orientering\n"
)


def _stated(text: str) -> dict[str, str]:
    """Each status the parse states (a summoned member's is none)."""
    return {a.name: a.status for a in find_attendance(text) if not a.summoned}


def test_detached_markers_give_no_one_present() -> None:
    rows = find_attendance(SYDTRAFIK_2013)
    stated = {a.name: a.status for a in rows if not a.summoned}
    assert stated == {"Karsten Uno Petersen": "absent"}
    # the names are still listed (for the member list's roles), their status unknown
    assert {"Poul Rosendahl", "Margot Torp", "Kirsten Therkildsen"} <= {a.name for a in rows if a.summoned}


def test_markers_after_each_name_keep_their_rows() -> None:
    # near miss: "(afbud)" right after each absent member's name ties it to that name
    stated = _stated(SYDTRAFIK_2009)
    assert stated["Hans Peter Geil"] == "absent"
    assert stated["Thyge Nielsen"] == "absent"
    assert stated["Peter Christensen"] == "present"
    assert stated["Kirsten Therkildsen"] == "present"
    assert detached_runs(SYDTRAFIK_2009, SYDTRAFIK_2009.lower(), len(SYDTRAFIK_2009)) == []


def test_one_trailing_marker_after_the_last_name_is_kept() -> None:
    # near miss: the 2013 list with one "(afbud)" after its last name is that name's
    text = SYDTRAFIK_2013.replace("(afbud) (afbud) (deltog som suppleant for Karsten Uno Petersen) (afbud)", "(afbud)")
    stated = _stated(text)
    assert stated["Jørgen Fischer"] == "absent"
    assert stated["Poul Rosendahl"] == "present"


def test_a_party_bracket_before_the_status_is_no_marker() -> None:
    # near miss: "(V) (afbud)" is one name's party and its status, one bare marker
    text = "Referat\nDato: 3. maj 2021\nDeltagere: Ole Berg (A), Lis Holm (V) (afbud), Per Bak (C)\n\n1. Budget\n"
    assert detached_runs(text, text.lower(), len(text)) == []
    stated = _stated(text)
    assert stated == {"Ole Berg": "present", "Lis Holm": "absent", "Per Bak": "present"}


def test_a_name_between_two_markers_ends_the_run() -> None:
    text = "Medlemmer: Ole Berg Lis Holm (afbud) Per Bak (afbud) Hanne Dahl"
    assert detached_runs(text, text.lower(), len(text)) == []


def test_a_stand_in_marker_naming_no_listed_member_adds_no_row() -> None:
    text = SYDTRAFIK_2013.replace("suppleant for Karsten Uno Petersen", "suppleant for Hans Jørgen Hansen")
    assert _stated(text) == {}


def test_markers_at_the_text_end() -> None:
    # a marker that ends the text, and a run that does, read to the end and no further
    assert _stated("Deltagere: Jens Hansen, Lise Holm (afbud)") == {"Jens Hansen": "present", "Lise Holm": "absent"}
    text = "Deltagere: Jens Hansen Lise Holm Per Bak (afbud) (afbud)"
    assert [run.start for run in detached_runs(text, text.lower(), 4000)] == [text.index("(afbud)")]
    assert _stated(text) == {}
