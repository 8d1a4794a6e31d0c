"""A list of one entry a line whose entry's bracket was typed twice ("Niels Ole Birk ((V)"): the line that ends
with its bracket closes the entry, so the list goes on; a bracket that runs on to the next line still holds one
entry."""

from __future__ import annotations

from graphbuild.parse.attendance_lists import find_attendance


def _present(text: str) -> list[str]:
    return [row.name for row in find_attendance(text) if row.status == "present"]


def test_a_bracket_typed_twice_does_not_end_a_list_of_one_entry_a_line() -> None:
    # norddjurs-kommunalbestyrelsen-2015-06-16 (abcdocz.com, a field a line)
    text = (
        "Kommunalbestyrelsen\nBESLUTNINGSPROTOKOL\nMedlemmer:\nKasper Bjerregaard (V)\nLars Pedersen (A)\n"
        "Niels Ole Birk ((V)\nPia Bjerregaard (A)\nLars Sørensen (V)\nHelle Plougmann (Løsgænger)\nFraværende:\n"
        "Norddjurs Kommune\n"
    )
    assert _present(text) == [
        "Kasper Bjerregaard",
        "Lars Pedersen",
        "Niels Ole Birk",
        "Pia Bjerregaard",
        "Lars Sørensen",
        "Helle Plougmann",
    ]


def test_a_bracket_that_runs_on_to_the_next_line_is_still_one_entry() -> None:
    text = (
        "Deltagere:\nAlice Kiander (Børne- og\nUngdomsorganisationernes Samråd)\nOle Berg (A)\n\n"
        "1. Godkendelse af dagsorden\n"
    )
    assert _present(text) == ["Alice Kiander", "Ole Berg"]
