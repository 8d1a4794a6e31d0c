"""A flattened contents list's title whose wrapped last line is a name in apposition to its last word, a definite
noun in lower case ("... for landsbyen | Mejlby", "... på ejendommen | Eskegårdsvej", "... ved nedkørslen | Nørlev
Strandvej"), stays one title (parse.flatten_title_tails through flatten_titles.split_title_run). Runs of dev-write
contents pages of Rebild, Svendborg and Hjørring, quoted as printed. A word that opens a title, a standing item or
a longer run of capitalised words after the definite noun still opens a title of its own."""

from __future__ import annotations

import pytest

from graphbuild.parse.flatten_title_tails import is_apposition
from graphbuild.parse.flatten_titles import split_title_run


@pytest.mark.parametrize(
    ("run", "titles"),
    [
        (  # Rebild
            "Vedtagelse af 1. forslag til Lokalplan 258 og kommuneplantillæg nr 16 for landsbyen Mejlby Handlingsplan "
            "2012 for energiforbedringer i kommunale bygninger Takster Rebild Vand og Spildevand a/s",
            [
                "Vedtagelse af 1. forslag til Lokalplan 258 og kommuneplantillæg nr 16 for landsbyen Mejlby",
                "Handlingsplan 2012 for energiforbedringer i kommunale bygninger",
                "Takster Rebild Vand og Spildevand a/s",
            ],
        ),
        (  # Svendborg
            "Svendborg Musikskoles vedtægter Lukket - Forbud mod beboelse på ejendommen Eskegårdsvej Lukket - "
            "Ejendomshandel",
            [
                "Svendborg Musikskoles vedtægter",
                "Lukket - Forbud mod beboelse på ejendommen Eskegårdsvej",
                "Lukket - Ejendomshandel",
            ],
        ),
        (  # Hjørring
            "Dispensation fra Lukkeloven i forbindelse med Sindal marked Kystbeskyttelse ved nedkørslen Nørlev "
            "Strandvej Bortfald af planforslag for vindmøller mellem Sønder Rubjerg og Vejby",
            [
                "Dispensation fra Lukkeloven i forbindelse med Sindal marked",
                "Kystbeskyttelse ved nedkørslen Nørlev Strandvej",
                "Bortfald af planforslag for vindmøller mellem Sønder Rubjerg og Vejby",
            ],
        ),
    ],
)
def test_a_name_after_a_definite_noun_stays_in_its_title(run: str, titles: list[str]) -> None:
    assert split_title_run(run) == titles


@pytest.mark.parametrize(
    ("before", "piece"),
    [
        ("Godkendelse af regnskabet", "Økonomi"),  # a standing item
        ("Orientering om projektet", "Budgetopfølgning"),  # a word a title opens with
        ("Orientering om projektet", "Meddelelser"),  # a closing word
        ("Salg af grunden", "Egebjerg Erhvervs Center"),  # three capitalised words: not a short name
        ("Sindal marked", "Kystbeskyttelse"),  # no definite noun before it
        ("behandling af budget", "Sneslev"),  # "budget" ends in "et" but is no definite noun
    ],
)
def test_a_title_opening_after_a_definite_noun_is_no_apposition(before: str, piece: str) -> None:
    assert not is_apposition(before.split(), piece.split())


def test_a_short_name_after_a_definite_noun_is_an_apposition() -> None:
    assert is_apposition(["Forbud", "mod", "beboelse", "på", "ejendommen"], ["Eskegårdsvej"])
