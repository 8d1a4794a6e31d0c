"""One bracket after a member's name that says the member was away and who came instead, the absence first:
"Name (afbud, suppleant Y)", "Name (fraværende – stedfortræder: Y)" (issue 13, item 1): the member absent, Y the
substitute for them, in a member list of one entry a line and in a comma list alike. Variants of a dev document's
list (aabenraa-teknik-miljoe-2021-09-01: "Medlemmer: Arne Leyh Petersen, Kurt Andresen, …, Thomas Juhl"); the near
misses are a deputy's seat said of the member ("suppleant for Y", whom the member stands in for, no one named as
coming) and a bracket that names no one. The absence with a note in lower case and no one named, "(afbud, ingen
suppleant)", "(afbud, ferie)", is the member's absence alone."""

from __future__ import annotations

import pytest

from graphbuild.parse.attendance_lists import find_attendance

P, A, S = "present", "absent", "substitute"
_ITEMS = "\n\n1. Godkendelse af dagsorden\n"


def _rows(text: str) -> set[tuple[str, str, str | None]]:
    return {(row.name, row.status, row.for_) for row in find_attendance(text + _ITEMS)}


@pytest.mark.parametrize(
    "note",
    [
        "(afbud, suppleant Egon Madsen)",
        "(Afbud - stedfortræder: Egon Madsen)",
        "(fraværende, suppl. Egon Madsen deltog)",
        "(meldt afbud; stedfortræder Egon Madsen)",
        # two brackets, the absence's and the deputy's: the note of the entry, not prose that ends the list
        "(afbud) (suppleant Egon Madsen)",
    ],
)
def test_an_absence_then_the_deputy_in_one_bracket_of_a_member_list(note: str) -> None:
    rows = _rows(f"Medlemmer:\nArne Leyh Petersen (A)\nKurt Andresen (V)\nThomas Juhl (O) {note}\nEivind Hansen (C)")
    assert ("Thomas Juhl", A, None) in rows
    assert ("Egon Madsen", S, "Thomas Juhl") in rows
    assert ("Thomas Juhl", P, None) not in rows
    assert ("Eivind Hansen", P, None) in rows


def test_an_absence_then_the_deputy_in_a_comma_list() -> None:
    rows = _rows("Deltagere: Arne Leyh Petersen (A), Thomas Juhl (O) (afbud, suppleant Egon Madsen), Kurt Andresen (V)")
    assert ("Thomas Juhl", A, None) in rows
    assert ("Egon Madsen", S, "Thomas Juhl") in rows
    assert ("Kurt Andresen", P, None) in rows


@pytest.mark.parametrize("note", ["(afbud, suppleant for Egon Madsen)", "(afbud, suppleant)"])
def test_a_deputy_word_that_names_no_one_coming_makes_no_substitute(note: str) -> None:
    rows = _rows(f"Medlemmer:\nArne Leyh Petersen (A)\nThomas Juhl (O) {note}\nKurt Andresen (V)")
    assert not any(status == S for _, status, _ in rows)
    assert ("Egon Madsen", S, "Thomas Juhl") not in rows


@pytest.mark.parametrize(
    "note",
    ["(afbud, ingen suppleant)", "(afbud - ingen stedfortræder)", "(afbud, ferie)", "(fraværende pga. sygdom)"],
)
def test_an_absence_then_a_note_in_lower_case_makes_the_member_absent(note: str) -> None:
    for text in (
        f"Medlemmer:\nArne Leyh Petersen (A)\nThomas Juhl (O) {note}\nKurt Andresen (V)",
        f"Deltagere: Arne Leyh Petersen (A), Thomas Juhl (O) {note}, Kurt Andresen (V)",
    ):
        rows = _rows(text)
        assert ("Thomas Juhl", A, None) in rows
        assert ("Thomas Juhl", P, None) not in rows
        assert ("Kurt Andresen", P, None) in rows
        assert not any(status == S for _, status, _ in rows)


@pytest.mark.parametrize("note", ["(afbud, Egon Madsen deltog)", "(deltog, ingen afbud)"])
def test_a_note_that_names_someone_or_opens_with_no_absence_is_no_absence_note(note: str) -> None:
    rows = _rows(f"Medlemmer:\nArne Leyh Petersen (A)\nThomas Juhl (O) {note}\nKurt Andresen (V)")
    assert ("Thomas Juhl", A, None) not in rows
