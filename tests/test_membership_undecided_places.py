"""membership_not_stated.undecided (UNDECIDED's forms grouped by their first character) finds what UNDECIDED finds."""

from __future__ import annotations

import pytest

from graphbuild.extract.membership_not_stated import UNDECIDED, undecided

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
