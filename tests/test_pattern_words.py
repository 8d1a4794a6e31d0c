"""The words a pattern cannot match without (vocab/pattern_words.py) and the prose readers' gates built on them
(parse/attendance_prose, attendance_per_item, attendance_prose_substitutes): a sentence that holds none of a
pattern's words is one the pattern does not match, so the readers read what they read with every pattern tried."""

from __future__ import annotations

import random
import re
import sys
from types import ModuleType

import pytest

from graphbuild.parse import attendance_per_item, attendance_prose, attendance_prose_substitutes
from graphbuild.parse.attendance_lists import find_attendance
from graphbuild.vocab.near import CASE_BLIND_LOOKALIKES
from graphbuild.vocab.pattern_words import SpanWords, may_match, required_words


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (r"(?i)\bdeltog\s+ikke\b", ("deltog",)),  # the longer of two runs
        (r"\b(?:afbud|forfald)\s+fra\b", ("afbud", "forfald")),  # one word of each alternative
        (r"(?:meldt\s+)?afbud", ("afbud",)),  # an optional group's words are no gate's
        (r"(?<=afbud )[A-Z]\w+", None),  # nor a look-behind's: it may read before the span
        (r"[A-Z]\w+(?=\s+deltog)", ("deltog",)),  # a look-ahead's are: it reads no further than the span's end
        (r"\bmødte?\b|\bkom\b", ("kom", "mødt")),
        (r"(?:\bvar\s+)?til\s+stede|mødt(?:e)?", ("mødt", "stede")),
        (r"deltager|deltog", ("delt",)),  # the engine's own factoring: the prefix both share
        (r"\bsyg\w*", ("syg",)),
        (r"a?", None),  # a match may be empty
        (r"[A-ZÆØÅ][a-zæøå]+", None),  # no literal at all
        (r"x|[0-9]+", None),  # an alternative with none
    ],
)
def test_required_words(pattern: str, words: tuple[str, ...] | None) -> None:
    assert required_words(re.compile(pattern)) == words


def test_a_word_inside_another_is_the_gate() -> None:
    # a span holding "mødte" holds "mødt": the longer word is redundant
    assert required_words(re.compile(r"mødte\s+op|mødt\s+frem")) == ("mødt",)


def _named(module: ModuleType, gated: dict[re.Pattern[str], object]) -> dict[str, re.Pattern[str]]:
    """The module's patterns among ``gated``, by the module's and the pattern's names."""
    return {
        f"{module.__name__.rsplit('.', 1)[-1]}.{name}": value
        for name, value in vars(module).items()
        if isinstance(value, re.Pattern) and value in gated
    }


def _gated() -> dict[str, re.Pattern[str]]:
    """The patterns the prose readers gate, by name."""
    own = {name: getattr(attendance_prose, name) for name in (
        "_ABSENCE_SENTENCE", "_PRESENT_BEFORE", "_WELCOMED", "_PRESENT_AFTER", "_ABSENT_AFTER", "_ABSENT_BEFORE"
    )}  # fmt: skip
    own |= _named(attendance_per_item, attendance_per_item._WORDS)
    return own | _named(attendance_prose_substitutes, attendance_prose_substitutes._WORDS)


def test_every_gated_pattern_has_words() -> None:
    assert len(_gated()) == 21
    for name, pattern in _gated().items():
        words = required_words(pattern)
        assert words and min(map(len, words)) >= 3, name


def test_lower_case_finds_every_letter_the_engine_reads_case_blind() -> None:
    """Each letter of the gates' words: every character re.IGNORECASE matches as it lowers to it, or is one of
    the look-alikes every gate lets through."""
    letters = {ch for pattern in _gated().values() for word in required_words(pattern) or () for ch in word}
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    for letter in sorted(letters):
        for char in re.findall(re.escape(letter), every, re.IGNORECASE):
            assert char.lower() == letter or char in CASE_BLIND_LOOKALIKES, (letter, char)


def _mutated(sentence: str, rng: random.Random, pieces: list[str]) -> str:
    """The sentence with its words in other cases, other white space between them, a word left out or put in."""
    tokens = sentence.split(" ")
    if rng.random() < 0.3 and len(tokens) > 2:
        del tokens[rng.randrange(len(tokens))]
    if rng.random() < 0.3:
        tokens.insert(rng.randrange(len(tokens) + 1), rng.choice(pieces))
    tokens = [t.upper() if rng.random() < 0.1 else t.capitalize() if rng.random() < 0.1 else t for t in tokens]
    return "".join(t + rng.choice([" ", " ", " ", " ", "  ", "\n", "\t", " \n"]) for t in tokens).rstrip()


@pytest.mark.parametrize("name", sorted(_gated()))
def test_mutated_sentences(name: str) -> None:
    """The readers' example sentences with their words in other cases and other white space between them, a word
    left out or one of the pattern's own words put in: wherever the pattern matches, its gate lets the text
    through (and it matches some)."""
    pattern = _gated()[name]
    words = required_words(pattern)
    span_words = SpanWords(words or ())
    pieces = [*re.findall(r"[a-zæøå]{2,}", pattern.pattern), "Ole", "Berg", "5", "pkt.", "(A)"]
    rng = random.Random(7)
    matched = 0
    for _ in range(40):
        for sentence in _SENTENCES:
            text = _mutated(sentence, rng, pieces)
            if pattern.search(text):
                matched += 1
                assert may_match(span_words.of(text.lower()), words), (name, text)
    assert matched, name


def test_a_look_alike_letter_opens_every_gate() -> None:
    assert SpanWords(("afløst",)).of("ole berg blev afløſt af lis holm.") is None
    assert SpanWords(("afløst",)).of("ole berg blev afløst af lis holm.") == frozenset({"afløst"})
    assert SpanWords(("afløst",)).of("ole berg blev aflyst.") == frozenset()


# sentences of the prose readers' own examples (each quoted from a document in its reader's comments)
_SENTENCES = [
    "Der er afbud fra Anne Holm, Ole Berg og Lis Holm.",
    "Jens Hansen havde meldt afbud, og Karen Juul deltog i stedet.",
    "Jens-Henrik Kirk har, grundet ferie, meldt forfald til Byrådets møde.",
    "Per Lund var syg.",
    "Mette Kjær mødte som stedfortræder for Karen Lund.",
    "Ole Berg udeblev uden afbud.",
    "Desuden deltog fra partnerskabet Sven Norup, Lis Holm.",
    "Fra administrationen deltog: Kristina Fransgaard (referent)",
    "I mødet deltog Iris Skov Hovmøller fra Dansk Byggeri.",
    "Susanne Buch, Nicolaj Bang, Mette Valbjørn og Erik Vinther deltog via video.",
    "Bestyrelsesformand Vibeke Iversen bød velkommen.",
    "Alle medlemmer var mødt undtagen Ole Berg.",
    "Hele bestyrelsen var til stede, bortset fra Lis Holm.",
    "I stedet for Vivi Kier deltog Preben Petersen.",
    "For Karen Lund mødte Mette Kjær.",
    "Afbud fra Benthe Viola Holm stedfortræder Anders Liltorp.",
    "Afbud: Karen Lund – for hende deltog Mette Kjær.",
    "Anne Holm deltog ikke under punkterne 12-15.",
    "Ole Berg forlod mødet efter pkt. 4.",
    "Lis Holm ankom kl. 17.54 under behandlingen af punkt 4.",
    "Under punkterne 14 og 18 deltog stedfortræder Søren Lund (V), da Carl Olsen (V) var inhabil.",
    "Stedfortræder for Kaj Refslund, Niels Ørsted, er indkaldt.",
    "Byrådet forelægges indkaldelse af 1. stedfortræder på Det Konservative Folkepartis kandidatliste, Jytte "
    "Birkkjær, til godkendelse.",
    "Ole Berg havde meldt afbud, og Lis Holm deltog i ſtedet.",  # a long s: the gates let the sentence through
    "Sagen blev udpeget som stedfortræder for Ole Berg i bestyrelsen.",
    "Anny Winther deltog ikke i behandlingen af pkt og pkt.",
    "Lis Holm deltog kun under punkt 5 og 6.",
    "1. suppleant Per Bak blev indkaldt, men mødte ikke frem.",
]


@pytest.mark.parametrize("sentence", _SENTENCES)
def test_the_gates_read_what_every_pattern_reads(sentence: str, monkeypatch: pytest.MonkeyPatch) -> None:
    document = "Referat\n\n" + sentence + "\nPunkt 5: Sag\n"

    def read() -> list[tuple[str, str, str | None, tuple[str, ...]]]:
        rows = find_attendance(document)
        return sorted((a.name, a.status, a.for_, tuple(a.absent_items)) for a in rows)

    gated = read()
    monkeypatch.setattr(attendance_prose._SENTENCE_WORDS, "of", lambda low: None)
    assert read() == gated
