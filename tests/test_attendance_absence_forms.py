"""Absence forms widened beyond the exact wording they were written for (issue 13, item 1): a remark closing an
entry line of a one-entry-a-line list of the absent, a reason after an absent member's name however long,
the participation word negated as a label ("Deltog ikke:"), and "X var ikke til stede" in prose. Cases are
short dev excerpts (named), short quotes of real minutes read outside the corpus, and variants written for
the form; one table, (text, expected absent and substitute rows)."""

from __future__ import annotations

import pytest

from graphbuild.parse.attendance_lists import find_attendance

A, S = "absent", "substitute"
_HEAD = "Referat\nByrådet\nMødedato: 3. marts 2020\n"
_TAIL = "\n\n1. Godkendelse af dagsorden\nGodkendt.\n"

CASES: list[tuple[str, set[tuple[str, str, str | None]]]] = [
    # a remark after the entry's full stop closes its line, the next line opens the next entry (København,
    # a local committee's minutes, 2018)
    (
        "Afbud:\n\nIvan Christensen grundet arbejde, suppleant Carsten Clausen deltager\n\n"
        "Karina Bergmann grundet arbejde. Der er ingen suppleant\n\nAlexander Stürup grundet flytning.\n",
        {
            ("Ivan Christensen", A, None),
            ("Carsten Clausen", S, "Ivan Christensen"),
            ("Karina Bergmann", A, None),
            ("Alexander Stürup", A, None),
        },
    ),
    # ... also bulleted, and a remark in other words
    (
        "Fraværende:\n• Karen Lund (A). Meldte afbud sent\n• Jens Hansen (V)\n",
        {("Karen Lund", A, None), ("Jens Hansen", A, None)},
    ),
    # a sentence after the list ends it: the next line is prose, not an entry
    (
        "Afbud: Karen Lund. Mødet blev holdt på rådhuset.\nJens Hansen orienterede om budgettet.\n",
        {("Karen Lund", A, None)},
    ),
    # the reason for the absence, however many words
    ("Fraværende: Karen Lund på grund af sygdom\n", {("Karen Lund", A, None)}),
    (
        "Afbud:\nKaren Lund grundet sygdom i familien\n"
        "Jens Hansen på grund af arbejde, suppleant Bo Sørensen deltager\n",
        {("Karen Lund", A, None), ("Jens Hansen", A, None), ("Bo Sørensen", S, "Jens Hansen")},
    ),
    (
        "Afbud: Karen Lund som følge af anden aftale, Jens Hansen pga. ferie\n",
        {("Karen Lund", A, None), ("Jens Hansen", A, None)},
    ),
    # the participation word negated as a label (dev stevns-handicapraad-2021-08-19)
    (
        "Deltog ikke: Philip G. Nielsen, Jacob Panton Kristiansen og Henning Urban Dam Nielsen.\n",
        {("Philip G. Nielsen", A, None), ("Jacob Panton Kristiansen", A, None), ("Henning Urban Dam Nielsen", A, None)},
    ),
    ("Ikke deltagende:\nKaren Lund\nJens Hansen\n", {("Karen Lund", A, None), ("Jens Hansen", A, None)}),
    ("Deltog: Karen Lund, Jens Hansen\nDeltog ikke: Bo Sørensen\n", {("Bo Sørensen", A, None)}),
    # "var ikke til stede", of this meeting only
    ("Karen Lund var ikke til stede.\n", {("Karen Lund", A, None)}),
    ("Karen Lund var ikke til stede pga. sygdom.\n", {("Karen Lund", A, None)}),
    ("Beslutning\nGodkendt. Karen Lund (V) var ikke til stede under punktet.\n", set()),
    # a bracket in lower case after the name, no party's letter (dev svendborg-boerne-unge-uddannelse-2024-08-14)
    ("Godkendt.\nRasmus Feldingbjerg Drabe (løsg.) var fraværende.\n", {("Rasmus Feldingbjerg Drabe", A, None)}),
    # "ikke" before the verb in a subordinate clause (dev odsherred-aeldreraadet-2023-09-28)
    ("Administrationen oplyser, at centerchef Rikke Krag Iversen ikke deltager.\n", {("Rikke Krag Iversen", A, None)}),
    # on leave (dev movia-bestyrelse-2015-09-02)
    (
        "Jens Kjær Christensen deltog som repræsentant for Københavns Kommune, idet Niels E. Bjerrum har orlov\n",
        {("Niels E. Bjerrum", A, None)},
    ),
    # near miss: leave as a subject of the item, no one named on it
    ("Reglerne om orlov for medlemmer af byrådet blev drøftet.\n", set()),
    # near miss: not taking part in something else
    ("Det blev oplyst, at Karen Lund ikke deltager i projektets styregruppe.\n", set()),
    # near miss: a longer aside between the name and the verb is no bracket of the name's
    ("Godkendt.\nKaren Lund (som i øvrigt har været syg i flere uger) var fraværende.\n", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_absence_forms(text: str, expected: set[tuple[str, str, str | None]]) -> None:
    rows = find_attendance(_HEAD + text + _TAIL)
    assert {(r.name, r.status, r.for_) for r in rows if r.status != "present"} == expected
