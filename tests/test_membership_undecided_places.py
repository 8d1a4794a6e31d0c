"""membership_not_stated.undecided (UNDECIDED's forms grouped by their first character) finds what UNDECIDED finds;
``denied`` reads DENIED's matches found so as it read them found by DENIED.finditer."""

from __future__ import annotations

import pytest

from graphbuild.extract.membership_not_stated import (
    DENIED,
    RELATIVE_CLAUSE,
    UNDECIDED,
    _contrast_start,
    _in_a_note,
    denied,
    undecided,
)

SENTENCES = [
    "Kommunen har ansøgt om optagelse i Business Region Aarhus.",
    "skal tage stilling til medlemskab af Gate 21",
    "skal tage stilling til, om de vil være medlemmer af Østjyllands Brandvæsen",
    "har drøftet et medlemskab af Greater Copenhagen",
    "drøftede Lejres medlemskab af Fjordlandet",  # a membership discussed in the genitive: none of the forms
    "har modtaget tilbud om medlemskab af Det Danske Spejderkorps",
    "har takket ja til tilbuddet om medlemskab af X",
    "har takket ja til invitationen og er nu medlemmer af X",
    "Kommunen kan også blive medlem af X",
    "påtænker at blive medlem af Business Region North Denmark",
    "regner med, at A og B bliver medlemmer af X",
    "Såfremt A og B bliver medlemmer af X, nedsættes et udvalg.",
    "Randers, Favrskov og Syddjurs Kommuner er medlemmer af Business Region Aarhus.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_undecided_is_undecided_searched(sentence: str) -> None:
    for text in (sentence, sentence.upper(), sentence.lower(), f"Det bør bemærkes, at {sentence}\n{sentence}"):
        ends = [len(text), *(k for k, ch in enumerate(text) if ch == " ")]
        for lo in range(len(text)):
            for hi in ends:
                assert undecided(text, lo, hi) == (UNDECIDED.search(text, lo, hi) is not None), (text, lo, hi)


def test_a_membership_stated_is_not_undecided() -> None:
    assert not undecided(SENTENCES[-1], 0, len(SENTENCES[-1]))
    assert undecided(SENTENCES[0], 0, len(SENTENCES[0]))


DENIALS = [
    "Frederikshavn Kommune er ikke længere medlem af Limfjordsrådet.",
    "Medlem er desuden Frederikshavn Kommune, der ikke har opland til Limfjorden",
    "A og B er medlemmer af X, men ikke C og D",
    "Randers (udtrådt 2019), Favrskov og Syddjurs er medlemmer af X.",
    "Kommunen har tidligere været medlem af X og meldte sig ud i 2020.",
    "Kommunen var medlem indtil udgangen af 2021.",
]


def _denied_by_finditer(text: str, lo: int, hi: int, last_cue_end: int) -> bool:
    relative = RELATIVE_CLAUSE.search(text, last_cue_end, hi)
    end = _contrast_start(text, lo, relative.start() if relative else hi)
    return any(not _in_a_note(text, m.start()) for m in DENIED.finditer(text, lo, end))


@pytest.mark.parametrize("sentence", DENIALS + SENTENCES)
def test_denied_reads_the_denials_finditer_finds(sentence: str) -> None:
    for text in (sentence, sentence.upper(), f"{sentence} {sentence}"):
        for lo in range(len(text)):
            for hi in (len(text), len(text) - 5):
                for cue_end in (lo, (lo + hi) // 2):
                    assert denied(text, lo, hi, cue_end) == _denied_by_finditer(text, lo, hi, cue_end), (text, lo, hi)


def test_a_denial_is_read_unless_in_a_relative_clause_or_a_note() -> None:
    assert denied(DENIALS[0], 0, len(DENIALS[0]), 0)
    assert not denied(DENIALS[1], 0, len(DENIALS[1]), 30)  # after the last cue, in the relative clause
    assert not denied(DENIALS[3], 0, len(DENIALS[3]), 0)  # in a note on Randers alone
