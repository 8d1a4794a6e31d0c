"""The prose apology in the tenses and words every Danish secretary writes (issue 13, item 1): "meldte afbud",
"meldte fra", "var ikke mødt", "kunne ikke komme", "deltog ikke i aftenens møde". No dev-write publisher prints
these forms (made-up minutes in common Danish; a held-out probe found them unread), so each case is made up, beside
near misses about something other than this meeting that must give no absence."""

from __future__ import annotations

import pytest

from graphbuild.parse.attendance_lists import find_attendance

_HEAD = "Referat af bestyrelsesmøde den 3. marts 2022\n\nDeltagere: Jens Hansen, Mette Larsen, Ole Berg\n\n"
_TAIL = "\n\n1. Godkendelse af dagsorden\nGodkendt.\n"
_PRESENT = {("Jens Hansen", "present"), ("Mette Larsen", "present"), ("Ole Berg", "present")}


def _rows(sentence: str) -> set[tuple[str, str]]:
    return {(row.name, row.status) for row in find_attendance(_HEAD + sentence + _TAIL)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Karen Juul meldte afbud.",
        "Karen Juul sendte afbud.",
        "Karen Juul meldte afbud grundet sygdom.",
        "Karen Juul meldte fra.",
        "Karen Juul har meldt fra.",
        "Karen Juul var ikke mødt.",
        "Karen Juul var ikke med.",
        "Karen Juul var ikke med i dag.",
        "Karen Juul kunne ikke komme.",
        "Karen Juul kunne desværre ikke deltage.",
        "Karen Juul kunne ikke være med.",
        "Karen Juul var desværre forhindret i at deltage.",
        "Karen Juul deltog ikke pga. sygdom.",
        "Karen Juul deltog ikke i dagens møde.",
        "Karen Juul deltog ikke i aftenens møde.",
    ],
)
def test_apology_in_the_past_tense_makes_an_absence(sentence: str) -> None:
    assert _rows(sentence) == _PRESENT | {("Karen Juul", "absent")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Karen Juul meldte afbud til julekoncerten.",
        "Karen Juul sendte afbud til generalforsamlingen i foreningen.",
        "Karen Juul meldte fra over for formanden om at stille op.",
        "Karen Juul var ikke med i arbejdsgruppen.",
        "Karen Juul kunne ikke komme til enighed med forvaltningen.",
        "Karen Juul deltog ikke i mødets første del om budgettet, men kom senere.",
    ],
)
def test_apology_about_something_else_makes_no_absence(sentence: str) -> None:
    assert ("Karen Juul", "absent") not in _rows(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Afbud fra suppleanterne Karen Juul og Lis Holm.",
        "Der er afbud fra medlemmerne Karen Juul og Lis Holm.",
    ],
)
def test_apology_from_a_named_group_makes_each_absent(sentence: str) -> None:
    assert _rows(sentence) == _PRESENT | {("Karen Juul", "absent"), ("Lis Holm", "absent")}


def test_apology_from_a_group_of_a_body_names_no_one() -> None:
    assert _rows("Der er afbud fra medlemmerne af Ældrerådet.") == _PRESENT
