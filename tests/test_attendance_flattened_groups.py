"""A group's heading inside an attendance list ("Forældrevalgte:", "Skolerepræsentanter:", "Fra Region
Nordjylland:") on a page flattened onto one line, after the group before: it ends no list and is no name. Stress
variant of skovboskolen-skolebestyrelsen-2008-04-16 (dev-write; its groups open their lines there), flattened as
other publishers' PDFs are."""

from __future__ import annotations

from graphbuild.parse.attendance_lists import find_attendance

_SKOVBOSKOLEN = (
    "Referat af ekstraordinært Skolebestyrelsesmøde Skovboskolen, mødelokale K2 onsdag den 16. april 2008 kl. 18.30 "
    "Dirigent: Peter Knappmann Til stede: Forældrevalgte: Peter Knappmann, Nette Schultz, Rikke Søndergaard, "
    "Skolerepræsentanter: Birgit Pedersen, Lene Fog Jørgensen, Annemette Jørgensen. Fraværende: Forældrevalgte: "
    "Dorte Myhre Therkildsen. 1. Udvalg: Skolebestyrelsens tidligere liste blev gennemgået.\n"
)


def _rows(text: str) -> set[tuple[str, str]]:
    return {(a.name, a.status) for a in find_attendance(text)}


def test_a_groups_heading_after_the_group_before_ends_no_list() -> None:
    rows = _rows(_SKOVBOSKOLEN)
    assert {("Rikke Søndergaard", "present"), ("Birgit Pedersen", "present")} <= rows
    assert ("Annemette Jørgensen", "present") in rows


def test_a_groups_heading_right_after_a_label_is_skipped() -> None:
    assert ("Dorte Myhre Therkildsen", "absent") in _rows(_SKOVBOSKOLEN)


def test_a_field_of_one_post_mid_line_still_ends_the_list() -> None:
    text = _SKOVBOSKOLEN.replace("Skolerepræsentanter:", "Referent:")
    rows = _rows(text)
    assert ("Rikke Søndergaard", "present") in rows
    assert ("Birgit Pedersen", "present") not in rows


def test_a_group_after_the_absent_names_others_who_came() -> None:
    others = "Dorte Myhre Therkildsen, Fra Kultur- og Fritidsforvaltningen: Ole Berg."
    text = _SKOVBOSKOLEN.replace("Dorte Myhre Therkildsen.", others)
    rows = _rows(text)
    assert ("Dorte Myhre Therkildsen", "absent") in rows
    assert ("Ole Berg", "absent") not in rows
