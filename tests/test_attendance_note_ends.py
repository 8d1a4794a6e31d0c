"""A flattened list's last entry with a note in brackets, then the next item's heading run on: the note is the
entry's and the heading ends the list (graphbuild/parse/attendance_note_ends.py); before, the words after the note
made the entry read as prose and it was lost. The cases quote a dev-write excerpt (named) with the list's last
entry moved before the first item, as a page flattened onto one line prints it; the near misses keep the
entries after a note and a capitalised bracket."""

from __future__ import annotations

import pytest

from graphbuild.parse.attendance_lists import find_attendance

# brn-bestyrelsen-2020-09-18 prints "Birgit Hansen (deltog i dagsordenspunkt 2) Ulla Vestergaard Mikael Klitgaard …"
_BRN = (
    "Bestyrelsesmøde i BRN Fredag 18. september kl. 09.00 Deltagere: Ulla Vestergaard (A), Mikael Klitgaard (V), "
    "Birgit Hansen (A) ({note}) 1. Godkendelse af dagsorden Sekretariatet indstiller, at Bestyrelsen godkender "
    "dagsordenen.\n"
)


def _rows(text: str) -> dict[str, str]:
    return {a.name: a.status for a in find_attendance(text)}


@pytest.mark.parametrize("note", ["deltog i dagsordenspunkt 2", "deltog via Teams", "ny i bestyrelsen"])
def test_the_last_entrys_note_before_the_first_item(note: str) -> None:
    rows = _rows(_BRN.format(note=note))
    assert rows.get("Birgit Hansen") == "present"
    assert {"Ulla Vestergaard", "Mikael Klitgaard"} <= set(rows)


def test_a_stand_ins_note_before_the_first_item() -> None:
    rows = _rows(_BRN.format(note="vikar for Anne Berg"))
    assert "Birgit Hansen" in rows


def test_an_absence_noted_before_the_first_item() -> None:
    assert _rows(_BRN.format(note="afbud")).get("Birgit Hansen") == "absent"


def test_entries_after_a_note_go_on() -> None:
    # near miss: names follow the note, the list has not ended
    text = _BRN.format(note="deltog i dagsordenspunkt 2").replace(") 1. Godkendelse", ") Hans Berg (C) 1. Godkendelse")
    rows = _rows(text)
    assert {"Birgit Hansen", "Hans Berg"} <= set(rows)


def test_a_capitalised_bracket_is_no_note() -> None:
    # near miss: a bracket that opens with a capital is a party's or a body's, read by the entry readers as before
    rows = _rows(_BRN.format(note="Region Nordjylland"))
    assert not any(name.startswith("Region") for name in rows)
