"""The subject after the verb in a sentence that opens with an adverb or a time (membership_cues.LIST_CUE): "er X
medlem af Y" was read; "blev/bliver X medlem af Y", "har X … været medejer af Y" and "er X medejer af Y" are the
same order with becoming one, having been one or a part owner's noun. A seat on the body's board or a person's
membership is still none, as is the municipality's mayor in the genitive ("blev Ærø Kommunes borgmester medlem af"), a
hedge ("måske") or an ended one ("Tidligere har X været medlem af")."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import member_pairs_of_text

HEADER = "Nyheder\n\n"


def test_having_been_a_part_owner_after_the_verb(tmp_path: Path) -> None:
    # Dragør Nyt on the HOFOR general meetings (dragoer-nyt-news-hofor-generalforsamlinger-2021, dev-write)
    text = (
        "Dragør Kommune har siden 2012 været medejer af HOFOR Vand Holding A/S, der ejer vandselskaberne i "
        "Albertslund, Brøndby, Dragør, Herlev, Hvidovre, Københavns, Rødovre og Vallensbæk Kommuner samt koncernens "
        "serviceselskab. Herudover har Dragør Kommune siden årsskiftet 2012/13 været medejer af HOFOR Spildevand "
        "Holding A/S, der ejer spildevandsselskaberne i de samme kommuner."
    )
    assert ("Dragør", "HOFOR Spildevand Holding A/S") in member_pairs_of_text(tmp_path, HEADER + text)


@pytest.mark.parametrize(
    "text",
    [
        "I 2018 blev Ærø Kommune medlem af Landdistrikternes Fællesråd.",
        "Nu bliver Ærø Kommune medlem af Landdistrikternes Fællesråd.",
        "Siden 2007 har Ærø Kommune været medlem af Landdistrikternes Fællesråd.",
    ],
)
def test_becoming_or_having_been_a_member_after_the_verb(tmp_path: Path, text: str) -> None:
    assert member_pairs_of_text(tmp_path, HEADER + text) == {("Ærø", "Landdistrikternes Fællesråd")}


@pytest.mark.parametrize(
    "text",
    [
        # a seat on the board, a person's membership: no municipality's
        "Derudover har Ærø Kommune et medlem af bestyrelsen i Landdistrikternes Fællesråd.",
        "Samtidig blev borgmester Ole Hansen fra Ærø Kommune medlem af Landdistrikternes Fællesråd.",
        "Samtidig har Ærø Kommune haft et medlem i Landdistrikternes Fællesråd.",
        # the municipality's mayor in the genitive, a hedge, an ended membership
        "I 2019 blev Ærø Kommunes borgmester medlem af Landdistrikternes Fællesråd.",
        "Desuden har Ærø Kommunes borgmester været medlem af Landdistrikternes Fællesråd.",
        "Derfor bliver Ærø Kommune måske medlem af Landdistrikternes Fællesråd.",
        "Tidligere har Ærø Kommune været medlem af Landdistrikternes Fællesråd.",
    ],
)
def test_no_membership_of_a_seat_or_a_person_after_the_verb(tmp_path: Path, text: str) -> None:
    assert member_pairs_of_text(tmp_path, HEADER + text) == set()


@pytest.mark.parametrize(
    "text",
    [
        # a name that ends in its own s before "og" or "kommune" is no genitive
        "Nu er Syddjurs og Norddjurs kommuner medlemmer af Landdistrikternes Fællesråd.",
        "Nu er Vesthimmerlands kommune medlem af Landdistrikternes Fællesråd.",
    ],
)
def test_a_name_in_its_own_s_is_still_the_subject(tmp_path: Path, text: str) -> None:
    assert member_pairs_of_text(tmp_path, HEADER + text)
