"""A flattened contents list whose items' numbers lost their first half ("05/73" printed "/73", "45/09" printed
"/09"): what is left of each number ends the title before it and is no part of a title, in a run with two or more
of them (parse.flatten_titles through split_title_run). Runs of dev-write contents pages of Brønderslev, Sydtrafik
and FynBus, quoted as printed. One stray "/26" is left as it is."""

from __future__ import annotations

import pytest

from graphbuild.parse.flatten_titles import split_title_run


@pytest.mark.parametrize(
    ("run", "titles"),
    [
        (  # Brønderslev
            "Markedsføring af Jobcenter Brønderslevs serviceydelser overfor virksomhederne i Brønderslev Kommune /72 "
            "Ansøgning om social tillidsmand /73 Mødekalender /74 Orientering /75 Eventuelt",
            [
                "Markedsføring af Jobcenter Brønderslevs serviceydelser overfor virksomhederne i Brønderslev Kommune",
                "Ansøgning om social tillidsmand",
                "Mødekalender",
                "Orientering",
                "Eventuelt",
            ],
        ),
        (  # Sydtrafik
            "44/09 Orientering /09 Indtægtsanalyse januar - april /09 Finansiering af Rejsekort /09 Salgsstrategi for "
            "salg af Rejsekort",
            [
                "44/09",
                "Orientering",
                "Indtægtsanalyse januar - april",
                "Finansiering af Rejsekort",
                "Salgsstrategi for salg af Rejsekort",
            ],
        ),
    ],
)
def test_a_lost_numbers_half_ends_its_title(run: str, titles: list[str]) -> None:
    assert split_title_run(run) == titles


def test_one_stray_half_is_left_as_it_is() -> None:
    # FynBus: one "/26" alone after the last title is no run of lost numbers
    run = "Udbud af buskørsel i Nyborg Henvendelse fra Datatilsynet Meddelelser Eventuelt /26"
    assert split_title_run(run)[-1] == "Eventuelt /26"


def test_a_half_before_a_lower_case_word_is_a_titles_own() -> None:
    run = "Takster /14 pr. måned for buskort /15 Budgetopfølgning Meddelelser Eventuelt"
    assert split_title_run(run)[0].startswith("Takster /14 pr. måned")
