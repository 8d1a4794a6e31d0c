"""A local plan's title on a flattened contents page, its plan word and number then the area the plan is for, stays
one title (parse.flatten_title_plan_areas through flatten_titles.split_title_run): the plan's number is no page
number and the area's name no new title. Runs of dev-write contents pages of Rebild, Kerteminde, Silkeborg and Skive,
quoted as printed. A plan's number before any other capitalised word is still read as before, and an area word after
no plan's word opens a title of its own."""

from __future__ import annotations

import pytest

from graphbuild.parse.flatten_title_plan_areas import is_plan_number, opens_plan_area
from graphbuild.parse.flatten_titles import split_title_run


@pytest.mark.parametrize(
    ("run", "titles"),
    [
        (  # Rebild: the plan's number read as a page number
            "Endelig vedtagelse af forslag til lokalplan nr. 237 Centerområde Dommergården og Tinghuset i Terndrup "
            "Godkendelse af regnskab",
            [
                "Endelig vedtagelse af forslag til lokalplan nr. 237 Centerområde Dommergården og Tinghuset i Terndrup",
                "Godkendelse af regnskab",
            ],
        ),
        (  # Kerteminde
            "Rabatkort til slæbestedet I Kerteminde Marina Forslag til lokalplan 245 Sommerhusområderne Noret og "
            "Strandlysthuse samt forslag til kommuneplantillæg Spørgetid",
            [
                "Rabatkort til slæbestedet I Kerteminde Marina",
                "Forslag til lokalplan 245 Sommerhusområderne Noret og Strandlysthuse samt forslag til "
                "kommuneplantillæg",
                "Spørgetid",
            ],
        ),
        (  # Silkeborg: the plan's bare word
            "Godkendelse af forslag til lokalplan Boligområde ved Globevænget i Bryrup samt tillæg nr. 21 til "
            "Kommuneplan Orientering",
            [
                "Godkendelse af forslag til lokalplan Boligområde ved Globevænget i Bryrup samt tillæg nr. 21 til "
                "Kommuneplan",
                "Orientering",
            ],
        ),
        (  # Skive: "nr" with its number lost
            "Folmentoftvej - Forslag til Kommuneplantillæg nr. 6 og forslag til Lokalplan nr Område til erhverv og "
            "offentlige formål ved Folmentoftvej Nedsættelse af udvalg",
            [
                "Folmentoftvej - Forslag til Kommuneplantillæg nr. 6 og forslag til Lokalplan nr Område til erhverv og "
                "offentlige formål ved Folmentoftvej",
                "Nedsættelse af udvalg",
            ],
        ),
    ],
)
def test_a_local_plan_keeps_its_number_and_area(run: str, titles: list[str]) -> None:
    assert split_title_run(run) == titles


def test_a_plan_number_before_another_title_is_still_a_page() -> None:
    assert split_title_run("Endelig vedtagelse af lokalplan 12 Godkendelse af regnskab") == [
        "Endelig vedtagelse af lokalplan",
        "Godkendelse af regnskab",
    ]


@pytest.mark.parametrize(
    ("words", "k"),
    [
        (["Endelig", "vedtagelse", "af", "lokalplan", "12", "Områdefornyelse", "i", "Hals"], 4),  # no area's word
        (["Regnskab", "for", "budget", "12", "Boligområde", "ved", "Kær"], 3),  # no plan's word
        (["Forslag", "til", "kommuneplan", "7", "Centerområde"], 3),  # a municipal plan's number: not this rule's
        (["Forslag", "til", "lokalplan", "1234", "Centerområde"], 3),  # four digits: a year, not this rule's
    ],
)
def test_no_plan_number_without_a_plan_and_an_area(words: list[str], k: int) -> None:
    assert not is_plan_number(words, k)


@pytest.mark.parametrize(
    ("words", "k"),
    [
        (["Salg", "af", "grunde", "Boligområde", "ved", "Kær"], 3),  # no plan's word before the area
        (["Forslag", "til", "lokalplan", "Godkendelse", "af", "regnskab"], 3),  # no area's word
        (["Forslag", "til", "lokalplan", "områdets", "veje"], 3),  # lower case: no name
    ],
)
def test_no_plan_area_without_a_plan_and_a_capitalised_area(words: list[str], k: int) -> None:
    assert not opens_plan_area(words, k)
