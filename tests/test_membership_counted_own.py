"""A word of membership after a count is the body's own members counted ("X har 120 medlemmer"): it ties no list
of municipalities that the body covers, markets or is located in ("X dækker A og B Kommuner og har 120
medlemmer": none, README `memberships`: a body only serving or covering a municipality is no row); a list that
follows the count as the ones counted ("har 120 medlemmer, herunder A og B", "har 3 medlemskommuner: A, B og C")
and a list counted among them ("A og B er 2 af de 12 medlemmer af X") still name members."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import member_pairs_of_text

HEADER = "Referat\nMøde i Økonomiudvalget den 1. marts 2022\n\nPunkt 1: Orientering\n\n"


@pytest.mark.parametrize(
    "text",
    [
        "Vestkystforeningen dækker Lemvig og Struer Kommuner og har 120 medlemmer.",
        "Vestkystforeningen markedsfører Lemvig og Struer Kommuner med sine 120 medlemmer.",
        "Vestkystforeningen har mange medlemmer og dækker Lemvig og Struer Kommuner.",
    ],
)
def test_the_bodys_own_members_counted_tie_no_list(tmp_path: Path, text: str) -> None:
    assert member_pairs_of_text(tmp_path, HEADER + text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Vestkystforeningen har 120 medlemmer, herunder Lemvig og Struer Kommuner.",
        "Vestkystforeningen har 2 medlemmer: Lemvig og Struer Kommuner.",
        "Vestkystforeningen har 2 medlemskommuner (Lemvig og Struer).",
        "Lemvig og Struer Kommuner er 2 af de 12 medlemmer af Vestkystforeningen.",
        "Lemvig og Struer Kommuner er medlemmer af Vestkystforeningen, der har 120 medlemmer.",
    ],
)
def test_the_counted_members_named_stand(tmp_path: Path, text: str) -> None:
    found = member_pairs_of_text(tmp_path, HEADER + text)
    assert {m for m, n in found if n == "Vestkystforeningen"} == {"Lemvig", "Struer"}


@pytest.mark.parametrize(
    "text",
    [
        # a count in words: the municipalities' own seats on the body (people), no membership of theirs
        "Favrskov og Syddjurs Kommuner har hver to medlemmer i Business Region Aarhus.",
        "Favrskov og Syddjurs Kommuner stiller med et medlem hver i Business Region Aarhus.",
    ],
)
def test_the_municipalities_counted_seats_are_none(tmp_path: Path, text: str) -> None:
    assert member_pairs_of_text(tmp_path, HEADER + text) == set()


def test_an_article_before_a_word_of_setting_up_is_no_count(tmp_path: Path) -> None:
    text = "Lemvig og Struer Kommuner er medlemmer af Vestkystforeningen, og de to kommuner er ejere af den."
    found = member_pairs_of_text(tmp_path, HEADER + text)
    assert {m for m, n in found if n == "Vestkystforeningen"} == {"Lemvig", "Struer"}
