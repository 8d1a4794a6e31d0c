"""A flattened contents list's titles (parse.flatten_titles.split_title_run): a case's kind before a colon
opens a title of its own ("Temadrøftelse: ..."), and a reading whose ordinal the transcript lost
("2. behandling af budget" printed "behandling af budget") opens one too. Excerpts of dev documents, names
paraphrased, beside variants in other publishers' wording."""

from __future__ import annotations

import pytest

from graphbuild.parse.flatten_titles import split_title_run

CASE_KIND_RUNS = [
    (
        "Orientering fra jobcenteret Resultatopfølgning Orientering fra Udvalget for Erhverv og Beskæftigelse "
        "Temadrøftelse: Fattigdomsanalyse",
        [
            "Orientering fra jobcenteret",
            "Resultatopfølgning",
            "Orientering fra Udvalget for Erhverv og Beskæftigelse",
            "Temadrøftelse: Fattigdomsanalyse",
        ],
    ),
    # the short title before the kind is kept (it was taken for a label over the titles)
    (
        "Budgetopfølgning tredje kvartal Beslutning: Investeringsaftale for 2019 med Vejby Spildevand A/S "
        "Orientering: Meddelelser",
        [
            "Budgetopfølgning tredje kvartal",
            "Beslutning: Investeringsaftale for 2019 med Vejby Spildevand A/S",
            "Orientering: Meddelelser",
        ],
    ),
    # a group's heading before the kind ("Regionalpolitiske sager") is no title
    (
        "Godkendelse af referat fra møde i KKR Sydby den 10. september Regionalpolitiske sager "
        "Temadrøftelse: Fremtidens kommunestyre Resultatkontrakt med EU kontor",
        [
            "Godkendelse af referat fra møde i KKR Sydby den 10. september",
            "Temadrøftelse: Fremtidens kommunestyre",
            "Resultatkontrakt med EU kontor",
        ],
    ),
]


@pytest.mark.parametrize(("run", "titles"), CASE_KIND_RUNS)
def test_a_case_kind_before_a_colon_opens_its_title(run: str, titles: list[str]) -> None:
    assert split_title_run(run) == titles


def test_a_kind_word_before_a_lower_case_word_opens_no_title() -> None:
    # "Beslutning: godkendt" in running words is no title's kind; "Orientering:" with no capital after it
    pieces = split_title_run("Valg af formand Beslutning: godkendt af alle Meddelelser")
    assert "Beslutning: godkendt af alle" not in pieces
    assert all(not p.startswith("Beslutning:") for p in pieces)


LOST_READING_RUNS = [
    (
        "Godkendelse af dagsorden for mødet den 1. oktober behandling af budget Sneslev Lokalråd",
        ["Godkendelse af dagsorden for mødet den 1. oktober", "behandling af budget", "Sneslev Lokalråd"],
    ),
    (
        "Styringsaftale Halvårsregnskab behandling af budgetforslag Spørgetid",
        ["Styringsaftale", "Halvårsregnskab", "behandling af budgetforslag", "Spørgetid"],
    ),
    (
        "Meddelelser Kvalitetsrapport behandling af forslag til planstrategi 2024 Eventuelt",
        ["Meddelelser", "Kvalitetsrapport", "behandling af forslag til planstrategi 2024", "Eventuelt"],
    ),
]


@pytest.mark.parametrize(("run", "titles"), LOST_READING_RUNS)
def test_a_reading_whose_ordinal_was_lost_opens_its_title(run: str, titles: list[str]) -> None:
    assert split_title_run(run) == titles


@pytest.mark.parametrize(
    "run",
    [
        "Endelig behandling af budget 2024 Meddelelser",  # a reading named in full
        "Forslag til lokalplan 12 til behandling af budget Meddelelser",  # "til" binds to it
        "SFO mål og indsatsbeskrivelser behandling af høringssvar i BUU Meddelelser",  # not a read case
        "Budget 2025 1. behandling af budgetforslag Meddelelser",  # its ordinal kept
    ],
)
def test_a_reading_inside_its_title_stays_there(run: str) -> None:
    pieces = split_title_run(run)
    assert not any(p.startswith("behandling") for p in pieces)
