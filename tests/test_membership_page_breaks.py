"""A flattened PDF's page break inside a statement read as the space it stands for (membership_page_breaks; issue 13
item 3, issue 12 item 3): a PDF-to-text step that puts a page on one line after its number cuts a sentence, a list or
a label where the page ends. The snippets are dev-write pages flattened as benchmarks.realworld_flattened flattens
them, with a page of 600 characters (bsik-webpage-baggrunden, gribskov-beredskabskommissionen-2015-12-16,
alleroed-webpage-vandraad-2019-20, vallensbaek-news-vandraad-koege-bugt-2020-02-19)."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import member_pairs_of_text

from graphbuild.extract.membership_page_breaks import joined_pages

BSIK_PAGE_1 = (
    "1 Baggrunden I juni 2014 indgik regeringen og KL en aftale om strukturen for det danske redningsberedskab. "
    "Aftalen indebærer at kommunerne senest 1. januar 2016 skal etablere sig i nye, tværkommunale samarbejder. På "
    "byrådsmøder i januar 2015 er der truffet principbeslutning om at indgå i et tværkommunalt samarbejde. Norddjurs "
    "kommune og Syddjurs kommune har allerede i 2007 stiftet et § 60-fællesskab:"
)
BSIK = BSIK_PAGE_1 + "\n\n2 Brand & Redning Djursland. Etableringen af det nye beredskab sker ved en udvidelse.\n"
# a page of the minutes before the statement's page ends, one line
GRIBSKOV_PAGE_1 = (
    "1 Beredskabskommissionen Publiceret 16-12-2015 Onsdag den 16-12-2015 kl. 16:00 Indholdsfortegnelse: "
    "Efterretningssager 1 Status for beredskabssammenlægning Godkendelse af dagsorden: Godkendt Sagsfremstilling De "
    "seks kommuner Hillerød, Gribskov, Egedal, Furesø, Halsnæs og Frederikssund"
)


@pytest.mark.parametrize(
    ("page_end", "page_start"),
    [
        (GRIBSKOV_PAGE_1, "er i gang med at etablere et fælles beredskabsselskab"),  # a letter, then lower case
        (BSIK_PAGE_1, "Brand & Redning Djursland."),  # a label's colon
        (GRIBSKOV_PAGE_1 + ", Gribskov,", "Halsnæs, Kalundborg og Ringsted."),  # a list's comma
        (GRIBSKOV_PAGE_1 + " • DANVA • Danske Kloakmestre", "• Dansk Skovforening • Gefion"),  # a bullet list
    ],
)
def test_a_page_break_inside_a_statement_is_blanked(page_end: str, page_start: str) -> None:
    text = page_end + "\n\n2 " + page_start
    joined = joined_pages(text)
    assert len(joined) == len(text)
    assert joined == page_end + "    " + page_start


@pytest.mark.parametrize(
    "text",
    [
        # the page before ends its sentence
        GRIBSKOV_PAGE_1 + " er i gang.\n\n2 er det",
        # the page after opens in a capital: a header, a heading, the next sentence
        GRIBSKOV_PAGE_1 + "\n\n2 Referat Beredskabskommissionen",
        # pages not numbered one after another from 1
        GRIBSKOV_PAGE_1.replace("1 ", "7 ", 1) + "\n\n3 er i gang",
        # a page that is no page's line: a numbered list
        "Medlemmer:\n\n1 Aarhus,\n\n2 Odder,\n\n3 Samsø\n",
        # a bullet after a page with no bullet near its end
        GRIBSKOV_PAGE_1 + "\n\n2 • Dansk Skovforening",
    ],
)
def test_no_page_break_inside_a_statement(text: str) -> None:
    assert joined_pages(text) is text


def test_the_owners_across_a_page_break(tmp_path: Path) -> None:
    pairs = member_pairs_of_text(tmp_path, BSIK)
    assert {("Norddjurs", "Brand & Redning Djursland"), ("Syddjurs", "Brand & Redning Djursland")} <= pairs
