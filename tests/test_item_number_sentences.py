"""A sentence that names an item by its number word and goes on in lower case: no item's heading
(item_number_sentences)."""

from __future__ import annotations

from snippet_items import item_numbers, item_titles

from graphbuild.parse.item_number_sentences import sentence_after_number

# regionh-forretningsudvalget-2025-09-23 (dev-write): the agenda approval's decision names the items sent on later
REGIONH = (
    "Forretningsudvalgets beslutning den 23. september 2025:\n"
    "Sag nr. 13, bilag til sag nr. 7 og sag nr. 21 samt en tillægsdagsorden var eftersendt.\n"
    "Dagsordenen blev herefter godkendt.\n"
    "Der var modtaget afbud fra Thomas Rohden (B), Carsten Scheibye (V) og Finn Rudaizky (ufp).\n"
)

# glostrup-kommunalbestyrelsen-2020-06-24 (dev-write): the agenda approval's decision says what becomes of item 10;
# read as a heading "Punkt 10", it was the page's only item and items 1 and 2 were lost
GLOSTRUP = (
    "Referat\n\n"
    " 1.  1. Godkendelse af dagsordenen\n\n"
    "  Sagsfremstilling\n\n  At godkende dagsordenen.\n\n"
    "  Beslutning i Kommunalbestyrelsen den 24-06-2020\n\n"
    "  Borgmesteren oplyste, at der er afbud fra Robert Sørensen (Ø).\n\n"
    "  Punkt 10 for lukkede døre ønskes først behandlet på kommunalbestyrelsens møde 12. august.\n\n"
    "  Dagsordenen blev herefter godkendt.\n\n"
    " 2.  2. Orientering fra borgmesteren\n\n"
    "  Sagsfremstilling\n\n"
)


def test_a_sentence_naming_an_item_before_a_comma_is_no_heading() -> None:
    assert item_numbers(REGIONH) == []


def test_a_sentence_naming_an_item_in_a_decision_leaves_the_items_their_headings() -> None:
    assert item_numbers(GLOSTRUP) == ["1", "2"]


def test_what_such_sentences_say_of_items() -> None:
    assert sentence_after_number("udgik.")
    assert sentence_after_number("(lukket) udgik.")
    assert sentence_after_number("7 og 8 blev udsat.")  # "Punkt 6, 7 og 8 blev udsat."
    assert sentence_after_number(", bilag til sag nr. 7 og sag nr. 21 samt en tillægsdagsorden var eftersendt.")


def test_a_heading_whose_title_follows_a_comma_in_capitals_stays() -> None:
    # near miss: the title after the comma opens with a capital, as a heading's does
    text = "Referat\n\nPunkt 4, Godkendelse af referat\n\nGodkendt.\n\nPunkt 5, Eventuelt\n\nIntet.\n"
    assert item_titles(text) == ["Godkendelse af referat", "Eventuelt"]


def test_a_standing_item_in_lower_case_stays() -> None:
    # near miss: "eventuelt" is an agenda's standing item, also written in lower case
    text = "Referat\n\nPunkt 4, Godkendelse af referat\n\nGodkendt.\n\nPunkt 5, eventuelt\n\nIntet.\n"
    assert item_numbers(text) == ["4", "5"]


def test_a_lettered_heading_or_a_bracketed_note_stays() -> None:
    # near misses: firmaidraet-kredsbestyrelse-2004-08-24 "Pkt. 2a", hadsten-skole "Pkt. 3 (Malou)", roedovre's
    # "Sag nr. 103 (ØU 137/07)", a title opening with an ordinal's number
    assert not sentence_after_number("a")
    assert not sentence_after_number("(Malou)")
    assert not sentence_after_number("(ØU 137/07)")
    assert not sentence_after_number("2. behandling af budget 2021")
    assert not sentence_after_number("12 ungdomsboliger i Taastrup")
