"""Which words of a flattened contents list may open a title (parse.flatten_titles._opens_title): only a capitalised
word, an acronym or a reading whose ordinal the transcript lost ("behandling af budget"); any other word (a
lower-case one, a number, a dash) goes on the title before it and is answered before the binding words are read.
A plain lower-case word goes on its title at once (``_cut_run``), and only a word a taker may take is offered to
the takers (``_may_be_taken``). Excerpts of dev documents' contents runs, names paraphrased."""

from __future__ import annotations

import pytest

from graphbuild.parse.flatten_titles import _may_be_taken, _opens_title, split_title_run

RUNS = [
    "Orientering fra jobcenteret Resultatopfølgning Orientering fra Udvalget for Erhverv og Beskæftigelse",
    "Til orientering ODIN rapport 3. kvartal IDV 3. kvartal",
    "Styringsaftale Halvårsregnskab behandling af budgetforslag Spørgetid",
    "Godkendelse af dagsorden for mødet den 1. oktober behandling af budget Sneslev Lokalråd",
    "Budget 2014/ Fælles ledelse - økonomi og status for skoleårene 2010/11 og 2011/ Det nære sundhedsvæsen",
]


@pytest.mark.parametrize("run", RUNS)
def test_a_word_that_is_no_capital_acronym_or_reading_opens_no_title(run: str) -> None:
    words = run.split()
    for k in range(1, len(words)):
        word = words[k]
        capital = word[:1].isupper() and not word.isupper() and word[1:2].islower()
        if not capital and word != "behandling" and not (word.isupper() and word.isalpha()):
            assert not _opens_title(words, k, 1), (run, word)


def test_the_readings_and_acronyms_the_early_answer_leaves_to_the_rules() -> None:
    # a lost reading opens a title though lower-case; an acronym before a lower-case word after an ordinary word does
    assert _opens_title(["Styringsaftale", "Halvårsregnskab", "behandling", "af", "budgetforslag"], 2, 1)
    assert _opens_title(["Til", "orientering", "ODIN", "rapport"], 2, 1)
    # near misses: "behandling" after a binding word, and a lower-case word after an ordinary one, open none
    assert not _opens_title(["Forslag", "til", "behandling", "af", "budget"], 2, 2)
    assert not _opens_title(["Orientering", "fra", "jobcenteret", "om"], 3, 3)


def test_runs_cut_as_before() -> None:
    assert split_title_run(RUNS[2]) == ["Styringsaftale", "Halvårsregnskab", "behandling af budgetforslag", "Spørgetid"]
    assert split_title_run(RUNS[0]) == [
        "Orientering fra jobcenteret",
        "Resultatopfølgning",
        "Orientering fra Udvalget for Erhverv og Beskæftigelse",
    ]


def test_a_lower_case_word_goes_on_its_title_but_may_still_end_the_list() -> None:
    # the plain lower-case words go on the title before them at once; the back matter's name in lower case after
    # "Samlet" still ends the list, and a lost reading still opens a title
    run = "Godkendelse af dagsorden Orientering fra formanden Eventuelt Samlet bilagsliste Bilag 1"
    assert split_title_run(run) == ["Godkendelse af dagsorden", "Orientering fra formanden", "Eventuelt"]
    assert split_title_run(RUNS[3]) == [
        "Godkendelse af dagsorden for mødet den 1. oktober",
        "behandling af budget",
        "Sneslev Lokalråd",
    ]


def test_only_words_a_taker_may_take_are_offered_to_the_takers() -> None:
    heading = {4, 5}  # an all-caps run's words
    for word in ("Lukket:", "Beslutning:", "DAGSORDEN:", "Friluftsspil...5", "148.", "12", "Lukket", "LUKKET"):
        assert _may_be_taken(word, 0, heading), word
    assert _may_be_taken("GODKENDELSER", 4, heading)
    # near misses: a capitalised title word, an acronym, a word ending in a full stop or a dash, a bracket
    for word in ("Budgetopfølgning", "ODIN", "mv.", "-", "(BUU)", "Lukkede"):
        assert not _may_be_taken(word, 0, heading), word


def test_runs_with_markers_labels_and_leaders_cut_as_before() -> None:
    run = (
        "DAGSORDEN: Godkendelse af dagsorden Friluftsspil...5 Lukket punkt: Låneoptagelse 148. Køkkenet på Aars Rådhus"
    )
    assert split_title_run(run) == [
        "Godkendelse af dagsorden",
        "Friluftsspil",
        "Lukket punkt:",
        "Låneoptagelse",
        "148. Køkkenet på Aars Rådhus",
    ]
