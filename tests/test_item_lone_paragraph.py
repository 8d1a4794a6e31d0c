"""A web page's one numbered paragraph ("1. Formål" over a page's rules for addressing a committee) in a document
that names neither a kind of record nor a day is no agenda item. Snippet quoted from Odder Kommune's page on
question time (dev-write; Fredensborg's and Gladsaxe's council pages print the shape flattened); the near misses are
a portal's page of one agenda item (its case line "Sag 306-2009-600", or its case under "Sagsfremstilling"), a
standing item, a page that lists who came, and a dated page."""

from __future__ import annotations

import pytest

from graphbuild.parse import parse_meeting
from graphbuild.parse.item_lone_paragraph import lone_paragraph
from graphbuild.parse.items import find_items
from graphbuild.parse.lines import split_lines
from graphbuild.sources import source_from_text

_PAGE = (
    "Foretræde for udvalg\n\nRetningslinjer for foretræde i de stående udvalg i Odder Kommune\n\n1. Formål\n\n"
    "Formålet med indførelse af foretræde for de stående udvalg er, at bidrage til dialog og større forståelse for de "
    "beslutninger og indstillinger, som udvalgene\ntræffer. Dette i overensstemmelse med Odder Byråds ønske om, at "
    "styrke dialog og inddragelse i det politiske arbejde.\n"
)


def _lone(text: str) -> bool:
    items, _ = find_items(text, split_lines(text))
    return lone_paragraph(items, text)


def test_a_pages_one_numbered_paragraph_is_no_item() -> None:
    assert _lone(_PAGE)
    meeting = parse_meeting(source_from_text(_PAGE))
    assert meeting.kind is None
    assert meeting.items == []


@pytest.mark.parametrize(
    "text",
    [
        # a portal's page of one agenda item: its case line, or its case under a section heading
        "1.      Spørgetid for borgerne\n\nSag 306-2009-600\n\nDok. 306-2019-263412\n\nInitialer: PIM\n\nÅbent\n\n"
        "Som led i informationspolitikken vedtog Byrådet at indføre spørgetid.\n",
        "1. Spørgetid for borgerne\n\nSagsfremstilling\n\nSom led i informationspolitikken indføres spørgetid.\n",
        # a standing item of an agenda
        "1. Godkendelse af dagsorden\n\nDagsordenen forelægges til godkendelse.\n",
    ],
)
def test_an_items_case_or_a_standing_item_keeps_it(text: str) -> None:
    assert not _lone(text)
    assert len(parse_meeting(source_from_text(text)).items) == 1


def test_a_page_that_lists_who_came_is_minutes_and_keeps_its_item() -> None:
    text = "Til stede: Kaj Bang, Lene Holm og Per Lund.\n\n" + _PAGE
    meeting = parse_meeting(source_from_text(text))
    assert meeting.kind == "referat"
    assert len(meeting.items) == 1


def test_a_dated_page_keeps_its_item() -> None:
    text = "Bestyrelsesmøde den 12. maj 2019\n\n" + _PAGE
    assert len(parse_meeting(source_from_text(text)).items) == 1
