"""A flattened contents title whose last word is an attributive adjective in lower case after a lower-case article,
preposition or dash ("... med en fast | Kattegatforbindelse") goes on to the capitalised noun after it, not the next
title (parse.flatten_title_adjectives through flatten_titles.split_title_run). Runs of dev-write contents pages of
KKR Syddanmark, Vækstforum Nordjylland and Egebjerg and titles of Faaborg-Midtfyn and Varde, quoted as printed. A
capitalised article before the adjective or a noun whose next word is a capitalised one no title opens with leaves
the cut as it was."""

from __future__ import annotations

import pytest

from graphbuild.parse.flatten_title_adjectives import before_its_noun
from graphbuild.parse.flatten_titles import split_title_run


def test_an_adjective_goes_on_to_its_noun() -> None:
    """KKR Syddanmark: "en fast Kattegatforbindelse" one title; "Meddelelser" after it, a real next title of the
    same look (a capitalised word after the noun), still cut."""
    run = (
        "Pejlemærker og interessevaretagelse på uddannelsesområdet Orientering om anonym stofmisbrugsbehandling "
        "Orientering om arbejdet med en fast Kattegatforbindelse Meddelelser Punkter til næste møde"
    )
    assert split_title_run(run) == [
        "Pejlemærker og interessevaretagelse på uddannelsesområdet",
        "Orientering om anonym stofmisbrugsbehandling",
        "Orientering om arbejdet med en fast Kattegatforbindelse",
        "Meddelelser",
        "Punkter til næste møde",
    ]


@pytest.mark.parametrize(
    ("text", "k"),
    [
        ("329 Godkendelse af ny Erhvervsstrategi 2020 - 2024", 4),  # Faaborg-Midtfyn: a case noun after "ny"
        ("herunder lønkompensation ved kommunal EGU praktik - Lukket", 4),  # Varde: an acronym, a lower-case word
        ("Orientering om arbejdet med en fast Kattegatforbindelse Meddelelser", 6),  # KKR: a standing item after it
    ],
)
def test_the_noun_of_an_adjective(text: str, k: int) -> None:
    assert before_its_noun(text.split(), k)


@pytest.mark.parametrize(
    ("text", "k"),
    [
        # Vækstforum Nordjylland: "Nordjysk Lånefonds samarbejde ..." is the next title; where "Vækstforum"'s ends is
        # not told by a capitalised word
        ("Erfaringsoverdragelse fra nuværende til kommende Vækstforum Nordjysk Lånefonds samarbejde", 5),
        ("Til efterretning - RMU - Det regionale Mål 2-Udvalg Til efterretning", 7),  # Egebjerg: a capitalised article
    ],
)
def test_no_noun_where_the_title_may_end(text: str, k: int) -> None:
    assert not before_its_noun(text.split(), k)
