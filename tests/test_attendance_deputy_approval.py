"""A council's item approving the deputies called in ("Godkendelse af indkaldte stedfortrædere"), whose decision
names them and says "godkendt": each is a substitute, whom for not said. Cases modelled on Brønderslev's council
minutes (broenderslev-byraadet-2020-01-29, dev-write) and near misses that must give no substitute."""

from __future__ import annotations

import random
import re

import pytest

from graphbuild.parse.attendance_deputy_approval import _approvals
from graphbuild.parse.attendance_lists import find_attendance
from graphbuild.parse.items import find_items
from graphbuild.parse.lines import split_lines

S, A = "substitute", "absent"


def _rows(text: str) -> set[tuple[str, str, str | None]]:
    items, _ = find_items(text, split_lines(text))
    return {(row.name, row.status, row.for_) for row in find_attendance(text, items)}


def _minutes(title: str, decision: str) -> str:
    return (
        "Byrådet - Referat\n\nDato: 29. januar 2020\n\n"
        "1. Fraværende\n\nSagsfremstilling\n\nDer er afbud fra Karen Holm.\n\n"
        "Beslutning\n\nKaren Holm, Bent Lund og Lis Berg var fraværende.\n\n"
        f"2. {title}\n\nSagsfremstilling\n\nByrådet skal godkende indkaldte stedfortrædere.\n\n"
        f"Beslutning\n\n{decision}\n\n"
        "3. Budget 2021\n\nSagsfremstilling\n\nForslag til budget.\n\nBeslutning\n\nGodkendt.\n"
    )


APPROVED: list[tuple[str, str, set[tuple[str, str, str | None]]]] = [
    (
        "Godkendelse af indkaldte stedfortrædere",
        "Jens Mikkelsen og Ole Andersen godkendt",
        {("Jens Mikkelsen", S, None), ("Ole Andersen", S, None)},
    ),
    ("Godkendelse af indkaldte stedfortrædere", "Leif Gammelgaard godkendt.", {("Leif Gammelgaard", S, None)}),
    ("Indkaldelse af suppleant", "Leif Gammelgaard er godkendt.", {("Leif Gammelgaard", S, None)}),
]


@pytest.mark.parametrize(("title", "decision", "expected"), APPROVED)
def test_an_approved_deputy_is_a_substitute(
    title: str, decision: str, expected: set[tuple[str, str, str | None]]
) -> None:
    rows = _rows(_minutes(title, decision))
    assert expected <= rows
    assert {("Karen Holm", A, None), ("Bent Lund", A, None)} <= rows


NOT_APPROVED: list[tuple[str, str]] = [
    # the approval is of something else: no deputy item
    ("Godkendelse af regnskab", "Jens Mikkelsen godkendt"),
    # the deputy item's decision names no one approved
    ("Godkendelse af indkaldte stedfortrædere", "Ingen."),
    # a sentence, not a line of names alone
    ("Godkendelse af indkaldte stedfortrædere", "Forslaget fra Jens Mikkelsen blev godkendt."),
]


@pytest.mark.parametrize(("title", "decision"), NOT_APPROVED)
def test_no_substitute_without_a_deputy_approved(title: str, decision: str) -> None:
    assert not any(status == S for _, status, _ in _rows(_minutes(title, decision)))


def test_no_substitute_where_no_member_was_away() -> None:
    text = (
        "Byrådet - Referat\n\nDato: 29. januar 2020\n\n"
        "1. Godkendelse af indkaldte stedfortrædere\n\nSagsfremstilling\n\nByrådet skal godkende.\n\n"
        "Beslutning\n\nJens Mikkelsen godkendt.\n\n"
        "2. Budget 2021\n\nSagsfremstilling\n\nForslag.\n\nBeslutning\n\nGodkendt.\n"
    )
    assert not any(status == S for _, status, _ in _rows(text))


def test_whom_for_before_a_page_number_run_on() -> None:
    # helsingoer-handicapraadet-2015-11-23 (a PDF's text layer): the next page's heading and number field run on
    text = (
        "Fraværende: Karsten Grubert, Kurt Mortensen\n\nInge Juul Knudsen deltog som suppleant for Kurt Mortensen "
        "Sagsoversigt Side 01. Godkendelse af dagsorden\n"
    )
    assert ("Inge Juul Knudsen", S, "Kurt Mortensen") in _rows(text)


OLD_APPROVED = re.compile(r"(?m)[ \t]+(?:(?:er|blev)[ \t]+)?godkendt(?:e|es)?[ \t]*\.?[ \t]*$")


def test_the_approvals_are_the_old_patterns_in_every_window_of_random_texts() -> None:
    # the opening blanks read only from their run's first character; a window that starts inside a run tried there
    pieces = [" ", "  ", "\t", "\n", " \n", ".", "godkendt", "godkendte", "godkendtes", "er ", "blev ", "A", "Hansen"]
    rng = random.Random(31)
    found = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        for lo in range(len(text) + 1):
            hi = rng.randint(lo, len(text))
            for end in (hi, len(text)):
                old = [m.span() for m in OLD_APPROVED.finditer(text, lo, end)]
                assert [m.span() for m in _approvals(text, lo, end)] == old, (text, lo, end)
                found += bool(old)
    assert found > 1000


def test_a_long_line_of_blanks_in_the_decision_is_read_in_time() -> None:
    # the old pattern: 0.008 s at 1,000 blanks, 0.13 s at 4,000, by the square about 20 s at 50,000
    decision = "Leif Gammelgaard" + " " * 50_000 + "godkendtx\nLeif Gammelgaard godkendt."
    rows = _rows(_minutes("Godkendelse af indkaldte stedfortrædere", decision))
    assert ("Leif Gammelgaard", S, None) in rows


def test_a_long_line_of_blanks_after_godkendt_is_read_in_time() -> None:
    # the blanks before and after the closing stop were two runs side by side: quadratic after each "godkendt"
    decision = "Leif Gammelgaard godkendt" + " " * 50_000 + "x\nLeif Gammelgaard godkendt."
    rows = _rows(_minutes("Godkendelse af indkaldte stedfortrædere", decision))
    assert ("Leif Gammelgaard", S, None) in rows
