"""A body defined by what it is, the municipalities its definition lists (membership_definitions): "X er en
forening, der har til formål at skabe udvikling og vækst for turismeerhvervene i A, B og C Kommune" makes A, B
and C members of X; never the partners a body works with, a sentence that states none, a municipality's own body."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import member_pairs_of_text

from graphbuild.extract.line_scan import finditer_on_lines
from graphbuild.extract.membership_definitions import DEFINITION, KIND_NOUNS

HEADER = "Referat\nMøde i Kommunalbestyrelsen den 1. marts 2022\n\nPunkt 1: Orientering\n\n"


def test_a_definition_lists_its_bodys_municipalities(tmp_path: Path) -> None:
    # lejre-kommunalbestyrelsen-destination-fjordlandet-udpegning (dev-write): a place's word opens the list, which
    # the sentence still gives the body it defines
    text = (
        "Destination Fjordlandet er en forening, der har til formål at skabe udvikling og vækst for "
        "turismeerhvervene i Roskilde, Lejre og Frederikssund Kommune. Foreningen har ansvaret for markedsføring "
        "af destinationen.\n"
    )
    network = "Destination Fjordlandet"
    assert member_pairs_of_text(tmp_path, HEADER + text) == {
        (m, network) for m in ("Roskilde", "Lejre", "Frederikssund")
    }


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # veks-news-ny-formand-2014-01-14, struer-news-destination-limfjorden-2020-02-24 (dev-write): the same form
        (
            "VEKS er et interessentskab mellem 12 kommuner på Vestegnen: Albertslund, Brøndby, Glostrup, Greve, "
            "Hvidovre, Høje Taastrup, Ishøj, Køge, Roskilde, Rødovre, Solrød og Vallensbæk.",
            "VEKS",
        ),
        (
            "Destination Limfjorden er et nyt turismesamarbejde mellem Skive, Struer og Morsø Kommune.",
            "Destination Limfjorden",
        ),
    ],
)
def test_the_definitions_form(text: str, name: str) -> None:
    match = DEFINITION.search(text)
    assert match is not None and match["name"] == name


@pytest.mark.parametrize(
    "text",
    [
        # the partners it works with, not its members
        "Destination Fjordlandet er en forening, der har et samarbejde med Roskilde og Lejre Kommuner om events.\n",
        # a membership ended, in the definition's relative clause
        "Destination Fjordlandet var en forening for turismeerhvervene i Roskilde og Lejre Kommune, indtil den blev "
        "opløst.\n",
        # a part of a joint body, not the body defined
        "Fjordlandet er en del af et turismesamarbejde, der skaber vækst for turismeerhvervene i Roskilde, Lejre og "
        "Frederikssund Kommune.\n",
        # a definition in the past: the body as it was
        "Destination Fjordlandet var en forening, der skabte vækst for turismeerhvervene i Roskilde, Lejre og "
        "Frederikssund Kommune.\n",
        # where the body's own sites lie (as test_membership_cooccurring reads it)
        "Nordvestjysk Affaldsselskab er et fælleskommunalt selskab med genbrugspladser i Lemvig og Struer.\n",
        # a municipality's own body
        "Lejre Kommune er en kommune i et samarbejde med Roskilde og Frederikssund om turisme.\n",
    ],
)
def test_no_membership_from_a_definition(tmp_path: Path, text: str) -> None:
    assert not member_pairs_of_text(tmp_path, HEADER + text)


def test_only_the_lines_holding_a_kinds_noun_are_read() -> None:
    # speed: the definitions found on the lines holding a kind's noun are the ones the whole text gives (the forms of
    # veks-news-ny-formand-2014-01-14 and struer-news-destination-limfjorden-2020-02-24, dev-write, among other lines)
    text = (
        "Referat\nVEKS er et interessentskab mellem 12 kommuner på Vestegnen: Albertslund, Brøndby og Glostrup.\n"
        "Bestyrelsen drøftede sagen. Destination Limfjorden er et nyt turismesamarbejde mellem Skive og Struer.\n"
        "Klubben er en gruppe for borgere i Skive og Struer.\n"
    )
    lines = [m.span() for m in finditer_on_lines(DEFINITION, text, KIND_NOUNS)]
    assert lines == [m.span() for m in DEFINITION.finditer(text)]
    assert [text[a:b].split(" er ")[0] for a, b in lines] == ["VEKS", "Destination Limfjorden"]
