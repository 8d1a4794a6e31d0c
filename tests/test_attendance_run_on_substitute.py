"""A deputy's clause run on after the absence cue's names with a comma ("Afbud fra X, Y deltog i stedet"): the
name nearest the verb came, the names before it are those the cue says were away, and no one stands in for
themselves (issue 13, item 1). A subject of several names joins its last with "og" ("X og Y deltog i stedet"):
those all came. Excerpts after kk-lokaludvalg-2018-04-19 ("Mikkel Houmann havde meldt afbud, og Peter
Steffensen deltog i stedet."), with the apology printed as other publishers print it."""

from __future__ import annotations

import pytest

from graphbuild.parse.attendance_lists import find_attendance

A, S = "absent", "substitute"
_HEAD = "Referat\nLokaludvalget\nMødedato: 19. april 2018\nDeltagere: Jesper Kierstein, Lis Søkvist\n"


def _rows(text: str) -> set[tuple[str, str, str | None]]:
    return {(row.name, row.status, row.for_) for row in find_attendance(_HEAD + text + "\n")}


@pytest.mark.parametrize(
    "line",
    [
        "Afbud fra Mikkel Houmann, Peter Steffensen deltog i stedet.",
        "Afbud: Mikkel Houmann, Peter Steffensen deltog i stedet",
        "Mikkel Houmann havde meldt afbud, og Peter Steffensen deltog i stedet.",
    ],
)
def test_the_name_nearest_the_verb_came_for_the_one_before(line: str) -> None:
    rows = _rows(line)
    assert {("Mikkel Houmann", A, None), ("Peter Steffensen", S, "Mikkel Houmann")} <= rows
    assert not any(name == for_ for name, _, for_ in rows)
    assert not any(name == "Mikkel Houmann" and status != A for name, status, _ in rows)


def test_a_subject_of_several_names_joined_by_og_all_came() -> None:
    rows = _rows(
        "Mikkel Houmann og Tahira Asraf havde meldt afbud. Peter Steffensen og Anni Christensen deltog i stedet."
    )
    assert {("Peter Steffensen", S, "Mikkel Houmann"), ("Anni Christensen", S, "Tahira Asraf")} <= rows
    assert {("Mikkel Houmann", A, None), ("Tahira Asraf", A, None)} <= rows
