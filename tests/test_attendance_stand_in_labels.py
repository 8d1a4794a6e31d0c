"""Attendance forms widened in wave 14 (issue 13, item 1): whom a list entry stands in for in brackets or
after a comma ("Lis Madsen (for Ole Berg)"), a label that names who came as stand-ins ("Mødt som
stedfortræder:", "Deltog som suppleanter:"), a table whose party is a cell of its own before the
attendance cell ("Ole Berg | O | Afbud"), and sentences: "X kunne ikke deltage", "X havde meldt afbud, og
stedfortræder Y deltog". Cases are variants written for each form; one table, (text, expected rows)."""

from __future__ import annotations

import pytest

from graphbuild.parse.attendance_lists import find_attendance

P, A, S = "present", "absent", "substitute"
END = "\n\n1. Godkendelse af dagsorden\n"

CASES: list[tuple[str, set[tuple[str, str, str | None]]]] = [
    # whom the entry stands in for, in brackets after the name (and its party)
    (
        "Deltagere: Jens Hansen, Lis Madsen (i stedet for Ole Berg), Mette Olsen" + END,
        {("Jens Hansen", P, None), ("Mette Olsen", P, None), ("Lis Madsen", S, "Ole Berg"), ("Ole Berg", A, None)},
    ),
    (
        "Deltagere: Jens Hansen, Mette Olsen, Lis Madsen (for Ole Berg)" + END,
        {("Jens Hansen", P, None), ("Mette Olsen", P, None), ("Lis Madsen", S, "Ole Berg"), ("Ole Berg", A, None)},
    ),
    (
        "Til stede:\nJens Hansen (A)\nLis Madsen (V) (for Ole Berg)\nKarin Lund (C)" + END,
        {("Jens Hansen", P, None), ("Lis Madsen", S, "Ole Berg"), ("Ole Berg", A, None), ("Karin Lund", P, None)},
    ),
    (
        "Mødt: Jens Hansen, Lis Madsen (i stedet for Ole Berg)" + END,
        {("Jens Hansen", P, None), ("Lis Madsen", S, "Ole Berg"), ("Ole Berg", A, None)},
    ),
    # ... with the verb of coming in the bracket, or an ordinal deputy with no one named
    (
        "Deltagere: Jens Hansen, Lis Madsen (deltog for Ole Berg), Karin Lund" + END,
        {("Jens Hansen", P, None), ("Lis Madsen", S, "Ole Berg"), ("Ole Berg", A, None), ("Karin Lund", P, None)},
    ),
    (
        "Deltagere: Jens Hansen, Lis Madsen (mødte for Ole Berg)" + END,
        {("Jens Hansen", P, None), ("Lis Madsen", S, "Ole Berg"), ("Ole Berg", A, None)},
    ),
    (
        "Deltagere: Jens Hansen, Karin Lund, Lis Madsen (1. suppleant)" + END,
        {("Jens Hansen", P, None), ("Karin Lund", P, None), ("Lis Madsen", S, None)},
    ),
    # ... or after a comma
    (
        "Deltagere:\nJens Hansen\nLis Madsen, i stedet for Ole Berg" + END,
        {("Jens Hansen", P, None), ("Lis Madsen", S, "Ole Berg"), ("Ole Berg", A, None)},
    ),
    # a place in brackets is whom the member comes for, not a member stood in for
    (
        "Deltagere: Jens Hansen (for Billund Kommune), Mette Olsen" + END,
        {("Jens Hansen", P, None), ("Mette Olsen", P, None)},
    ),
    # a label naming the stand-ins, on its line or with the names below (the absent and the stand-ins
    # paired in order, as for "Stedfortræder:")
    (
        "Fraværende med afbud:\nKarin Lund (C)\n\nMødt som stedfortræder:\nLis Madsen (C)" + END,
        {("Karin Lund", A, None), ("Lis Madsen", S, "Karin Lund")},
    ),
    (
        "Afbud: Karin Lund, Ole Berg\nDeltog som suppleanter: Lis Madsen og Per Bak" + END,
        {("Karin Lund", A, None), ("Ole Berg", A, None), ("Lis Madsen", S, "Karin Lund"), ("Per Bak", S, "Ole Berg")},
    ),
    (
        "Afbud: Karin Lund\nMødte som stedfortræder: Lis Madsen" + END,
        {("Karin Lund", A, None), ("Lis Madsen", S, "Karin Lund")},
    ),
    # sentences: an absence said as being unable to attend; the stand-in titled before the name, the verb after
    (
        "Beslutning\n\nGodkendt.\n\nOle Berg kunne ikke deltage i mødet." + END,
        {("Ole Berg", A, None)},
    ),
    (
        "Beslutning\n\nGodkendt.\n\nOle Berg (O) kunne ikke deltage pga. sygdom." + END,
        {("Ole Berg", A, None)},
    ),
    (
        "Beslutning\n\nGodkendt.\n\nOle Berg kunne ikke deltage i debatten om budgettet." + END,
        set(),
    ),
    (
        "Beslutning\n\nGodkendt.\n\nOle Berg havde meldt afbud, og stedfortræder Lis Madsen deltog." + END,
        {("Ole Berg", A, None), ("Lis Madsen", S, "Ole Berg")},
    ),
    (
        "Beslutning\n\nGodkendt.\n\nOle Berg (O) var fraværende, og 1. suppleant Lis Madsen (O) mødte." + END,
        {("Ole Berg", A, None), ("Lis Madsen", S, "Ole Berg")},
    ),
    (
        "Beslutning\n\nGodkendt.\n\nAfbud modtaget fra Ole Berg og Karin Lund." + END,
        {("Ole Berg", A, None), ("Karin Lund", A, None)},
    ),
    # a member list's entry with its absence after it, in any of the words minutes use for it
    (
        "Medlemmer:\nJens Hansen (A)\nOle Berg (O) - meldt afbud\nKarin Lund (C), fraværende med afbud" + END,
        {("Jens Hansen", P, None), ("Ole Berg", A, None), ("Karin Lund", A, None)},
    ),
    (
        "Medlemmer:\nJens Hansen (A)\nOle Berg (O), ikke til stede\nKarin Lund (C) (udeblev uden afbud)" + END,
        {("Jens Hansen", P, None), ("Ole Berg", A, None), ("Karin Lund", A, None)},
    ),
    # a table with the party in a cell of its own before the attendance cell
    (
        "Navn | Parti | Fremmødt\nJens Hansen | A | Mødt\nMette Olsen | V | Mødt\nOle Berg | O | Afbud" + END,
        {("Jens Hansen", P, None), ("Mette Olsen", P, None), ("Ole Berg", A, None)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_stand_in_and_table_forms(text: str, expected: set[tuple[str, str, str | None]]) -> None:
    assert {(a.name, a.status, a.for_) for a in find_attendance(text)} == expected
