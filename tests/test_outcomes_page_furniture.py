"""This meeting's decision read through a page break's furniture and past a dated attendance line (issue 12 item 6).
Excerpts are from dev-write documents of tests/realworld/, with the furniture a PDF's page break prints where other
publishers' pages break; the test split is never read."""

from __future__ import annotations

import pytest

from graphbuild.extract import extract_facts
from graphbuild.extract.outcomes import outcome_of
from graphbuild.extract.page_furniture import without_page_furniture
from graphbuild.parse import parse_meeting
from graphbuild.sources import source_from_text

_HEADER = "Referat\n\nForretningsudvalget\n\nMødedato: 23. august 2012\n\n"

PAGE_BREAKS = [
    # regionsaeldreraad-hovedstaden-forretningsudvalget-2012-08-23: a one-line item whose title is followed by its
    # verdict, the page's running header and number after it
    (
        "1. Godkendelse af dagsordenen efter evt. tilføjelser. Godkendt.\n\nForretningsudvalget 23. august 2012\n"
        "Side 3\n\n2. Referat af forretningsudvalgets møde den 9. maj 2012. Godkendt.\n\nSide 4 af 12\n",
        ["approved", "approved"],
    ),
    # the same items, the page's number alone after each
    (
        "1. Godkendelse af dagsordenen efter evt. tilføjelser. Godkendt.\n\n3\n\n"
        "2. Referat af forretningsudvalgets møde den 9. maj 2012. Godkendt.\n\n4\n",
        ["approved", "approved"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PAGE_BREAKS)
def test_a_page_break_inside_an_item_leaves_its_decision(text: str, expected: list[str]) -> None:
    facts = extract_facts(parse_meeting(source_from_text(_HEADER + text)))
    assert [i.outcome for i in facts.items] == expected


# langeland-oekonomiudvalget-2013-04-08, item 79: an empty decision heading, a page break after it
_LANGELAND = (
    "Økonomiudvalget\nReferat\nMødedato:\nMandag den 08-04-2013\n\n79. Meddelelser\n12/15486\n00.22.04G01\n"
    "Åben sag\nBeslutning \n\nSide 5 af 12\n\n80. Drøftelse af besparelse på badebroer\n12/1\nÅben sag\nBeslutning \n"
)


@pytest.mark.parametrize(
    ("decision", "expected"),
    [
        ("", ["none", "none"]),
        # a near miss: a decision after the page break is read
        ("Drøftet.\n", ["none", "discussed"]),
    ],
)
def test_an_empty_decision_section_over_a_page_break_stays_empty(decision: str, expected: list[str]) -> None:
    facts = extract_facts(parse_meeting(source_from_text(_LANGELAND + decision)))
    assert [i.outcome for i in facts.items] == expected


FURNITURE = [
    ("Beslutning\n\nByrådet 3. april 2018 Side 5\n\nGodkendt", "Beslutning\n\n\n\nGodkendt"),
    ("Godkendt.\n\nForretningsudvalget 23. august 2012\nSide 3", "Godkendt."),
    # near misses: the numbers of a vote, a body's dated decision heading next to a page line
    ("For stemte:\n5\n\nImod stemte:\n2", "For stemte:\n5\n\nImod stemte:\n2"),
    ("Økonomiudvalget den 3. maj 2021:\nSide 4\nAnbefales", "Økonomiudvalget den 3. maj 2021:\n\nAnbefales"),
]


@pytest.mark.parametrize(("text", "kept"), FURNITURE)
def test_page_furniture_is_blanked_and_nothing_else(text: str, kept: str) -> None:
    cleaned = without_page_furniture(text)
    assert all(char in (text[k], " ") for k, char in enumerate(cleaned))  # offsets into the text still hold
    assert [line.strip() for line in cleaned.rstrip().split("\n")] == kept.split("\n")


# thisted-kommunalbestyrelsen-2022-01-25: the absent members after the decision, dated with the meeting's day
# ("Fraværende i Thisted Kommunalbestyrelse, 25. januar 2022:"), here with the body's name alone; a flattened page
# runs the lines on
_THISTED = (
    "Referat\n\nKommunalbestyrelsen\n\nMødedato: 25. januar 2022\n\n"
    "1. Godkendelse af dagsorden\n\nIndstilling\n\nTil godkendelse.\n\n"
)
ABSENT_AFTER_DECISION = [
    (
        _THISTED + "Beslutning\n\nGodkendt. Fraværende i Kommunalbestyrelsen, 25. januar 2022: Henning Holm, "
        "Jan Fink Mejlgaard\n",
        "approved",
    ),
    (
        _THISTED + "Beslutning\n\nGodkendt.\n\nFraværende i Kommunalbestyrelsen, 25. januar 2022: Henning Holm\n",
        "approved",
    ),
    # a near miss: an earlier body's dated decision before this meeting's is still passed over
    (
        _THISTED + "Beslutning\n\nØkonomiudvalget, 11.01.2022 Anbefales. Kommunalbestyrelsen, 25.01.2022 Udsat.\n",
        "postponed",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ABSENT_AFTER_DECISION)
def test_a_dated_attendance_line_is_no_decision(text: str, expected: str) -> None:
    facts = extract_facts(parse_meeting(source_from_text(text)))
    assert [i.outcome for i in facts.items] == [expected]


_BOARD = "Referat\n\nBestyrelsen\n\nMødedato: 21. februar 2017\n\n"
HEADINGS_IN_CAPITALS = [
    # rinkenaes-lokalraad-bestyrelse-2017-02-21: a one-line item that is its own record, printed in capitals
    (
        _BOARD + "Dagsorden:\n\n 1. Kommentarer til stiftende generalforsamling\n  Enighed om et godt møde.\n\n"
        " 2. DER ER ENIGHED OM AT VENTE MED KONSTITUERING TIL EFTER DEN NÆRT FORESTÅENDE GENERALFORSAMLING.\n"
        " 3. Jesper og Martin vil udarbejde en hjemmeside for lokalrådet.\n",
        ["approved", "approved", "discussed"],
    ),
    # skagen-byting-bestyrelse-2020-11-24: items that are their own record, in capitals; what was done is talk
    (
        _BOARD + "1. Velkomst\n\nDrøftet.\n\n2. REFERATER UDARBEJDES AF SEKRETÆR HANNE HEILMANN OG BESTYRELSESMEDLEM "
        "HELLE CHRISTENSEN.\n3. HJEMMESIDE OG FACEBOOK VIL BLIVE TJEKKET OG OPDATERET.\n",
        ["discussed", "discussed", "discussed"],
    ),
    # rammeaftaler-nordjylland-administrative-styregruppe-2012-03-01: the verdict after the title on the item's line,
    # all in capitals
    (
        _BOARD + "2. GODKENDELSE AF REFERAT FRA MØDE 14. DECEMBER GODKENDT\n\n3. Økonomi\n\nDrøftet.\n",
        ["approved", "discussed"],
    ),
    # a near miss: a title in capitals asking for approval holds no verdict
    (_BOARD + "2. REFERAT FRA MØDE 14. DECEMBER TIL GODKENDELSE\n\n3. Økonomi\n\nDrøftet.\n", ["none", "discussed"]),
]


@pytest.mark.parametrize(("text", "expected"), HEADINGS_IN_CAPITALS)
def test_headings_in_capitals_read_as_in_lower_case(text: str, expected: list[str]) -> None:
    facts = extract_facts(parse_meeting(source_from_text(text)))
    assert [i.outcome for i in facts.items] == expected


def test_names_in_capitals_are_no_talk() -> None:
    # a near miss: a decision text of names in capitals, no verb, stays a list of names
    assert outcome_of("Deltagere", True, "ANNE HANSEN OG PETER JENSEN", False, "") == "none"
