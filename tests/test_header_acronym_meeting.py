"""A meeting heading naming its body by initials before the meeting word ("Referat af OB-møde", dev
aab-organisationsbestyrelse-*; "Referat, FU-møde", dev maarslet-faellesraad-*; "Referat af MR møde", dev
hammelev-menighedsraad-*; "Dagsorden til LBR-møde", dev holbaek-lokale-beskaeftigelsesraad-*): the one compound
the text names with those initials, a municipality's own abbreviation's body, else the initials; initials in a
sentence, an item's heading or a meeting's medium name none. The test split is never read."""

from __future__ import annotations

import pytest

from graphbuild.parse import parse_meeting
from graphbuild.parse.header_acronym_meeting import acronym_body, acronym_heading
from graphbuild.sources import source_from_text

_ITEMS = "\n\n1. Godkendelse af dagsorden\n\nGodkendt.\n\n2. Eventuelt\n\nIntet.\n"


@pytest.mark.parametrize(
    ("line", "initials"),
    [
        ("Referat af OB-møde. Protokoller: Politiske sager: Afdelingsrelaterede sager: Mødedato: 5. december", "OB"),
        ("Referat, FU-møde, d. 4. april 2023", "FU"),
        ("Referat af MR møde trsdag d. 8. okt. 2019 Kl. 19.30 i Sognehuset.", "MR"),
        ("Dagsorden til LBR-møde 17. august", "LBR"),
    ],
)
def test_initials_named_by_the_heading(line: str, initials: str) -> None:
    assert acronym_heading(line) == initials


@pytest.mark.parametrize(
    "line",
    [
        "Victoria vender tilbage på SR mødet 18. August.",  # a sentence, no heading (hoersholm-seniorraadet-*)
        "HB-møde: Bodil refererede i hovedtræk herunder afvisning af klagesag",  # an item (dj-kreds-fyn-*)
        "Referat af TEAMS-møde den 3. marts 2021",  # the meeting's medium
        "Referat af Ob-møde",  # a word in mixed case, no initials
        "Referat af bestyrelsesmøde",  # no initials at all
        "Referat fra mødet i FU",  # the initials after the meeting word: the lexicon's, not this reader's
    ],
)
def test_no_initials_outside_a_heading(line: str) -> None:
    assert acronym_heading(line) is None


def test_initials_spelled_out_by_the_one_compound_the_text_names() -> None:
    text = "1. Godkendelse af referat Sagsfremstilling Referat fra Organisationsbestyrelsesmøde den 7. november 2012"
    assert acronym_body("OB", text) == "Organisationsbestyrelse"


def test_initials_kept_when_the_text_names_no_compound_or_two() -> None:
    assert acronym_body("FU", "FU har noteret sig nyheden om at Aarhus Kommune") == "FU"
    two = "Forretningsudvalget og Fritidsudvalget mødes"  # two compounds with F…u…: which one, the text does not say
    assert acronym_body("FU", two) == "FU"
    assert acronym_body("KB", "") == "Kommunalbestyrelsen"


def test_the_heading_names_the_meetings_body() -> None:
    text = "Referat, FU-møde, d. 4. april 2023\n\nDagsorden og referat\n\nbestyrelsesmøde\n\n4/4 2023" + _ITEMS
    assert parse_meeting(source_from_text(text)).body == "FU"


def test_the_initials_spelled_out_from_an_item_of_the_minutes() -> None:
    text = (
        "Referat af OB-møde Mødedato: 5. december 2012 kl 17.00\n\n1. Godkendelse af referat\n\n"
        "Referat fra Organisationsbestyrelsesmøde den 7. november 2012 skal godkendes.\n\nGodkendt.\n"
    )
    assert parse_meeting(source_from_text(text)).body == "Organisationsbestyrelse"


def test_the_initials_alone_not_the_words_after_them() -> None:
    # hammelev-menighedsraad-2019-10-08: the heading's day misspelled ("trsdag") was read into the name
    text = "Referat af MR møde trsdag d. 8. okt. 2019 Kl. 19.30 i Sognehuset." + _ITEMS
    assert parse_meeting(source_from_text(text)).body == "MR"
