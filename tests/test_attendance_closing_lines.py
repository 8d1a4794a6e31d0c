"""A letter's closing formula below a list ends it, the signer no entry (graphbuild/parse/attendance_closing_lines.py):
before, "Afbud: Hanne Dahl / Med venlig hilsen / Sofie Kragh" read the signer as absent. The header is
fmus-ungdomsskolebestyrelsen-2009-09-10's (dev-write, "Fraværende: …" then "Med venlig hilsen for Formand Bo Petersen
/ Susanne Somme"), its invited guests left out so the signature stands right below the list; the near misses keep
the entries of a list with no formula and a note in brackets that holds the words."""

from __future__ import annotations

import pytest
from snippet_attendance import attendance_statuses

ITEMS = "\n\nPunkt 107.\n\nDrøftelse af pigeklubben.\n\nBeslutning:\n\nGodkendt.\n"
HEADER = (
    "Mødedato:      Mandag d. 10. september 2009.\n\nDeltagere:       Ungdomsskolebestyrelsen\n\n"
    "Fraværende:   Andreas Svensson, Sophie Christensen, Carsten Olsen\n\n"
)


def _rows(text: str) -> dict[str, str]:
    return attendance_statuses(text + ITEMS)


@pytest.mark.parametrize(
    "closing",
    [
        "Med venlig hilsen for Formand Bo Petersen\n\nSusanne Somme",
        "Med venlig hilsen\n\nSusanne Somme",
        "Venlig hilsen\nSusanne Somme",
        "Mvh.\nSusanne Somme",
        "På bestyrelsens vegne\nSusanne Somme\nformand",
    ],
)
def test_the_signer_below_the_list_is_no_entry(closing: str) -> None:
    rows = _rows(HEADER + closing)
    assert rows == {"Andreas Svensson": "absent", "Sophie Christensen": "absent", "Carsten Olsen": "absent"}


def test_a_list_with_no_formula_goes_on() -> None:
    # near miss: one entry a line, no formula above the last name
    rows = _rows("Fraværende:\nAndreas Svensson\nSophie Christensen\nSusanne Somme")
    assert rows.get("Susanne Somme") == "absent"


def test_the_words_inside_an_entrys_note() -> None:
    # near miss: the formula's words in a note after a name open no piece
    rows = _rows("Fraværende: Andreas Svensson (sendte en venlig hilsen), Sophie Christensen")
    assert rows == {"Andreas Svensson": "absent", "Sophie Christensen": "absent"}
