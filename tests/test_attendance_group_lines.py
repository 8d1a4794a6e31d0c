"""A list of those present or absent printed in groups, each group's heading opening its line with the
group's names after it ("Forældrevalgte: A, B.", "Fra Velfærdsforvaltningen: C, D"), and a list that ends at
the header's next field printed as a label alone on its line ("Sted", "Ordstyrer", "Referent") with its value
below. Names paraphrased; one table of (text, expected rows), then what must not become a row."""

from __future__ import annotations

from datetime import date

import pytest

from graphbuild.parse.attendance_lists import find_attendance

P, A = "present", "absent"
_TAIL = "\n\n 1. Godkendelse af referat:\n  Referatet godkendt.\n"

CASES: list[tuple[str, set[tuple[str, str]]]] = [
    # a school board's groups under "Til stede:" and "Fraværende:", one group a line
    (
        "Til stede:\nForældrevalgte: Peter Knudsen, Nina Schou, Rikke Sønderby.\n"
        "Skolerepræsentanter: Birthe Pedersen, Lene Fogh Jensen.\nElevrepræsentanter: Kaja Damgaard.\n\n"
        "Fraværende:\nForældrevalgte: Dorthe Myhre.\nElevrepræsentanter: Marie Braad Carstensen.",
        {
            ("Peter Knudsen", P),
            ("Nina Schou", P),
            ("Rikke Sønderby", P),
            ("Birthe Pedersen", P),
            ("Lene Fogh Jensen", P),
            ("Kaja Damgaard", P),
            ("Dorthe Myhre", A),
            ("Marie Braad Carstensen", A),
        },
    ),
    # a council's members, then the administration's staff as a group "Fra <forvaltning>:" on its line
    (
        "Deltagere\n\nChristina Hansen, Susanne Lassen og Thomas Bus\n\n"
        "Fra Velfærdsforvaltningen: Pia Gommesen, Rikke Villesen\n\nAfbud\n\nJohn Tietze, Nicolai Kjellberg",
        {
            ("Christina Hansen", P),
            ("Susanne Lassen", P),
            ("Thomas Bus", P),
            ("Pia Gommesen", P),
            ("Rikke Villesen", P),
            ("John Tietze", A),
            ("Nicolai Kjellberg", A),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_grouped_lists_and_field_lines(text: str, expected: set[tuple[str, str]]) -> None:
    rows = find_attendance(text + _TAIL, [], date(2022, 8, 29))
    assert {(row.name, row.status) for row in rows} == expected


def test_a_field_label_alone_on_its_line_ends_the_list() -> None:
    text = (
        "Deltagere\n\nChristina Hansen, Thomas Bus\n\nAfbud\n\nJohn Tietze\n\nSted\n\nBorup Medborgerhus (salen)\n\n"
        "Ordstyrer\n\nFormand Christina Hansen\n\nReferent\n\nMaria Lindholm"
    )
    rows = {row.name: row.status for row in find_attendance(text + _TAIL, [], date(2022, 8, 29))}
    assert rows == {"Christina Hansen": P, "Thomas Bus": P, "John Tietze": A}


def test_a_one_person_field_after_a_list_is_no_group() -> None:
    # "Referent: X" opens its line with a name after it, but names one person's post, not a group that came
    text = "Til stede: Jens Hansen, Karen Lund\nReferent: Ole Berg\nAfbud: Bo Holm"
    rows = {row.name: row.status for row in find_attendance(text + _TAIL, [], date(2022, 8, 29))}
    assert "Ole Berg" not in rows
    assert rows["Bo Holm"] == A


def test_a_small_boards_members_by_first_name() -> None:
    text = "Referat, FU-møde\n\nTil stede: Anette, Pernille, Anders, Jens og Thorkild\n\nDagsorden med fed."
    rows = {row.name: row.status for row in find_attendance(text + _TAIL, [], date(2023, 4, 4))}
    assert rows == {"Anette": P, "Pernille": P, "Anders": P, "Jens": P, "Thorkild": P}


def test_a_first_name_the_minutes_name_in_full_once_is_that_name() -> None:
    text = "Referat fra den 31. august 2022.\nAfbud: Tonni\n\nStatus\nTonni Jensen laver en plan for hytterne."
    rows = {row.name: row.status for row in find_attendance(text + _TAIL, [], date(2022, 8, 31))}
    assert rows == {"Tonni Jensen": A}


def test_a_first_name_cut_short_or_broken_by_a_comma_is_no_entry() -> None:
    cut = "Medlemmer\n\n • Lars Gaardbo: Deltog\n • Leila Lindqvist: Deltog"
    broken = "Deltagere: Gunner Hansen, Knud Hansen.\nAfbud: Harly, Bruun Jørgensen, Hans-Henrik Jensen."
    for text in (cut, broken):
        names = {row.name for row in find_attendance(text + _TAIL, [], date(2022, 3, 22))}
        assert "Lars" not in names
        assert "Harly" not in names
