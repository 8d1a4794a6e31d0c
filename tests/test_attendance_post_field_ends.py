"""A header's field naming a post's holder with no colon ("Sekretær" on a line of its own, "Referent Povl Skov" on a
flattened line) ends a list of the absent: its holder is no absentee. Excerpts quoted from dev-write documents
(named), shortened."""

from __future__ import annotations

from graphbuild.parse.attendance_lists import find_attendance

# ballerup-sundhed-forebyggelse-2012-12-04 (a portal's publication rendered, one field a line)
_BALLERUP = (
    "Referat\nSundheds- og Forebyggelsesudvalget\ntirsdag den 4. december 2012, kl. 13:00\nTilstede\n"
    "Lolan Ottesen (A) - formand\nGrethe Larsen (A) - næstformand\nBirte Kramhøft (F)\nAfbud/Fraværende\n{absent}"
    "Sekretær\nMie Helene Andresen\n\nPunkt 1: Meddelelser\n"
)

# rammeaftale-sjaelland-styregruppen-18-08 (a page flattened)
_RAMMEAFTALE = (
    "1 Referat Mødeforum Styregruppen for Rammeaftale Sjælland Sted Slagelse Kommune, Torvegade 2. Deltagere: Vini "
    "Lindhardt, Slagelse Christian Harsløf, Roskilde Jan Dehn, Lejre Afbud: Bo Guntofte Klaus Marius Hansen "
    "Lolland Michael Nørgaard Region Sjælland Anne Andersen KKR Sjælland Referent Povl Skov - Sekretariatet "
    "Næstved Kommune Teatergade 8, 2. sal Næstved\n\n2 Side 2 af 19 sider Dagsordenspunkter\n"
)


def _rows(text: str) -> set[tuple[str, str]]:
    return {(a.name, a.status) for a in find_attendance(text)}


def test_a_post_field_on_its_own_line_ends_an_empty_absence_list() -> None:
    rows = _rows(_BALLERUP.format(absent=""))
    assert ("Lolan Ottesen", "present") in rows
    assert "Mie Helene Andresen" not in {name for name, _ in rows}


def test_a_post_field_on_its_own_line_ends_an_absence_list() -> None:
    rows = _rows(_BALLERUP.format(absent="Doris Børger (A)\n"))
    assert ("Doris Børger", "absent") in rows
    assert "Mie Helene Andresen" not in {name for name, _ in rows}


def test_a_post_field_on_a_flattened_line_ends_an_absence_list() -> None:
    rows = _rows(_RAMMEAFTALE)
    assert {("Bo Guntofte", "absent"), ("Anne Andersen", "absent")} <= rows
    assert ("Povl Skov", "absent") not in rows


def test_the_post_after_an_entrys_comma_or_in_its_bracket_ends_nothing() -> None:
    text = "Referat\nAfbud: Jens Hansen, referent, Ole Berg (referent) og Lise Holm\n\n1. Godkendelse\n"
    assert {("Jens Hansen", "absent"), ("Ole Berg", "absent"), ("Lise Holm", "absent")} <= _rows(text)


# the same field after the list's last entry's full stop, a page flattened onto one line: "Afbud: Hanne Dahl.
# Mødeleder Ole Berg. Referent Sofie Kragh." read the chair (listed present) and the secretary as absent
_STOPPED = (
    "Referat Bestyrelsesmøde Dato: 12. marts 2021 Til stede: Ole Berg, Lis Holm og Per Bak. Afbud: Hanne Dahl. "
    "{field} Ole Berg. Referent Sofie Kragh. 1. Godkendelse af dagsorden Godkendt.\n"
)


def test_a_post_field_after_the_last_entrys_full_stop_ends_the_list() -> None:
    rows = _rows(_STOPPED.format(field="Mødeleder"))
    assert {("Ole Berg", "present"), ("Hanne Dahl", "absent")} <= rows
    assert "Sofie Kragh" not in {name for name, _ in rows}


def test_names_after_the_last_entrys_full_stop_go_on() -> None:
    # near miss: no post's word after the stop, the names go on as the list's (a name alone in its sentence)
    rows = _rows(_STOPPED.format(field="Karen Juul.").replace(" Referent Sofie Kragh.", ""))
    assert ("Karen Juul", "absent") in rows


def test_a_guests_field_after_the_absent_list_ends_it() -> None:
    # a flattened "Gæst Jens Lund Rambøll" after "Afbud: Hanne Dahl" read the guest as absent
    text = (
        _STOPPED.format(field="Gæst").replace(" Referent Sofie Kragh.", "").replace(" Ole Berg. 1.", " Jens Lund. 1.")
    )
    rows = _rows(text)
    assert ("Hanne Dahl", "absent") in rows
    assert ("Jens Lund", "absent") not in rows
