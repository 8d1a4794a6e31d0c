"""A known first name with one capital for its surname names a person where it ends a name ("Helle G er kommet …",
"• Kasper J.: …", "(Birthe A)"): the one fuller name the document prints so when there is one ("Helle F." beside
"Helle Frøslev"). Excerpts quoted from dev-write documents of tests/realworld."""

from __future__ import annotations

import pytest

from graphbuild.extract.people import find_people
from graphbuild.extract.people_initial_surnames import initial_surnames


def _names(text: str, listed: list[tuple[int, str]] | None = None) -> list[str]:
    return [p.name for p in initial_surnames(text, find_people(text, 0, len(text)), listed or [])]


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # aeldresagen-odense-bestyrelse-2025-06-06: the capital before a lower-case word
        (
            "Kassererne var desværre forhindret i at deltage i mødet. Helle G er kommet i     gang med bogføring",
            "Helle G",
        ),
        # terndrup-tif-byfest-2012-06-25: a bulleted remark's speaker before its colon
        ("1: Møllekroen:\n\n • Pia B.: Salg til bilbyen\n", "Pia B."),
        # tversted-tbt-bestyrelse-2019-06-25: in brackets before the item's text
        ("5. Fiskefestival.\n\n(Birthe A) Reklame for TBT\n", "Birthe A"),
    ],
)
def test_a_first_name_with_a_capital_for_its_surname(text: str, wanted: str) -> None:
    assert wanted in _names(text)


def test_named_by_the_one_fuller_spelling() -> None:
    # aeldresagen-odense-bestyrelse-2025-06-06: "Helle F." is the "Helle Frøslev" of the attendance list; loejtland:
    # "Poul C" the "Poul Callesen" of "Tilstede:"
    text = "Deltagere:   Helle Frøslev, Karin Petersen\n\nKort til banken, det opbevares af Helle F.\n"
    assert _names(text, [(13, "Helle Frøslev")]).count("Helle Frøslev") == 2
    assert "Helle F." not in _names(text)
    # two fuller spellings fit: no one
    text = "Poul Callesen og Poul Christiansen deltog.\nIver og Poul C har været til møde.\n"
    assert "Poul C" not in _names(text) and len(_names(text)) == 2


@pytest.mark.parametrize(
    "text",
    [
        # frederikssund-oekonomiudvalget-2002-01-21: a page of letters spaced apart, no name
        "B e n te N ie ls e n, Lis O ls e n, S te f a n",
        # a longer name's last capital, a middle initial before a surname
        "Jens Peter A deltog.",
        "Jens A. Hansen deltog.",
        # a first name the text writes in lower case: a month
        "Mødet den 3. maj. Maj A er en plan.",
    ],
)
def test_near_misses(text: str) -> None:
    names = _names(text)
    assert not [n for n in names if len(n.split()[-1].rstrip(".")) == 1], names
