"""Those listed besides the members, a header's field of its own with a colon ("Øvrige:", "Sekretariat:",
"Endvidere deltager:"): like the member list, present where the minutes record attendance, summoned where they
do not; the field also ends the list before it. Excerpts quoted from dev-write documents (named), shortened."""

from __future__ import annotations

from graphbuild.parse.attendance_lists import find_attendance

# sydtrafik-bestyrelse-2009-06-08 (a page flattened)
_SYDTRAFIK = (
    "Bestyrelsesmøde i Sydtrafik Referat Tid: Mandag, den 8. juni 2009 kl Sted: Main Room, Hotel de France "
    "Medlemmer: Peter Christensen Hans Peter Geil (afbud) Erwin Andresen Inger Donslund (afbud) Jørgen Elsted "
    "Hansen Poul Rosendahl Øvrige: Direktør Jens Bonde Afdelingsleder Kirsten Therkildsen (ref.) "
    "Dagsordenspunkter: 44/09 Orientering\n"
)

# naturturisme-bestyrelse-2010-11-24 (a page flattened)
_NATURTURISME = (
    "Referat Bestyrelsesmøde nr. 13 i Naturturisme I/S Dato: Onsdag den 24.november 2010 Sted: Abildvej 5A, "
    "Svendborg Deltagere: Bestyrelsesmedlemmer: Jørgen Otto Jørgensen Ærø Kommune Henning Andersen "
    "Faaborg-Midtfyn Kommune Sekretariat: Rico Boye Jensen Sekretariatet Peter Blanner Sekretariatet (ref.) "
    "Afbud: Peter Lund Ærø Kommune René Larsen Langeland Kommune\n\n2 1. Godkendelse af dagsorden.\n"
)

# hbr-bestyrelsen-2019-11-06 (a page flattened)
_HBR = (
    "Mødedeltagere: Frank Jensen (Københavns Kommune, formand) Eik Dahl Bidstrup (Dragør Kommune, næstformand) "
    "Endvidere deltager: Under pkt. 5: Henrik Petersen og Finn Gaarskjær, PwC Afbud: Steen Christiansen "
    "(Albertslund Kommune, medlem)\n"
)


def _rows(text: str) -> set[tuple[str, str]]:
    return {(a.name, a.status) for a in find_attendance(text) if not a.summoned}


def test_others_field_after_a_member_list_with_apologies() -> None:
    rows = _rows(_SYDTRAFIK)
    assert {("Kirsten Therkildsen", "present"), ("Peter Christensen", "present")} <= rows
    assert ("Hans Peter Geil", "absent") in rows


def test_secretariat_field_between_the_members_and_the_apologies() -> None:
    rows = _rows(_NATURTURISME)
    assert {("Rico Boye Jensen", "present"), ("Peter Blanner", "present")} <= rows
    assert {("Peter Lund", "absent"), ("René Larsen", "absent")} <= rows


def test_endvidere_deltager_heads_the_others_who_came() -> None:
    rows = _rows(_HBR)
    assert {("Henrik Petersen", "present"), ("Finn Gaarskjær", "present")} <= rows
    assert ("Steen Christiansen", "absent") in rows


def test_others_field_is_summoned_where_no_attendance_is_recorded() -> None:
    text = _SYDTRAFIK.replace(" (afbud)", "")
    assert ("Kirsten Therkildsen", "present") not in _rows(text)


def test_the_words_without_a_colon_head_no_list() -> None:
    text = "Referat\nØvrige punkter Peter Hansen Jens Olsen\nSekretariatet Rico Boye Jensen orienterede.\n"
    assert not {name for name, _ in _rows(text)} & {"Peter Hansen", "Rico Boye Jensen"}
