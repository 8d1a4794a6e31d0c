"""The one reading of an abbreviation's full stop (vocab/sentence_abbreviations) and the readers that ask it."""

from __future__ import annotations

import re

from graphbuild.extract.decision_asides import without_attendance
from graphbuild.extract.evidence import sentence_bounds
from graphbuild.extract.role_member_sentences import _sentence_ends
from graphbuild.parse.attendance_prose_names import sentences
from graphbuild.parse.item_lines import ABBREVIATION, TITLE_ABBREVIATION
from graphbuild.vocab.sentence_abbreviations import (
    ABBREVIATIONS,
    AMOUNT_UNITS,
    POINT,
    abbreviation_alternation,
    after_abbreviation,
    is_abbreviation,
)


def test_a_known_abbreviation_in_any_case_ends_no_sentence() -> None:
    for word in ("vedr", "Vedr", "inkl", "jf", "ca", "nr", "bl.a", "f.eks", "kl", "evt"):
        assert is_abbreviation(word), word


def test_a_word_that_ends_sentences_is_no_abbreviation() -> None:
    for word in ("sluttede", "godkendt", "Skolen", "12", ""):
        assert not is_abbreviation(word), word


def test_a_readers_own_words_count_only_for_that_reader() -> None:
    assert not is_abbreviation("pkt")
    assert is_abbreviation("Pkt", frozenset({POINT}))
    assert not is_abbreviation("kr")
    assert is_abbreviation("kr", AMOUNT_UNITS)
    assert not AMOUNT_UNITS & ABBREVIATIONS


def test_the_alternation_reads_a_dotted_abbreviation_spaced_or_not() -> None:
    pattern = re.compile(rf"\b(?:{abbreviation_alternation({'bl.a', 'bl', 'vedr'})})\.")
    assert [m.group() for m in pattern.finditer("bl.a. Skolen, bl. a. Hallen, vedr. Lokalplan")] == [
        "bl.a.",
        "bl. a.",
        "vedr.",
    ]
    assert pattern.search("Sagen blev godkendt.") is None


def test_a_full_stop_after_an_abbreviation_is_matched_alone() -> None:
    pattern = re.compile(after_abbreviation({"kl", "bl.a"}))
    assert [m.start() for m in pattern.finditer("Mødet kl. 16, bl.a. om skolen")] == [8, 18]
    assert pattern.search("Mødet sluttede. Næste punkt") is None
    assert pattern.search("Skal. Næste") is None  # "kl" inside a word is no abbreviation


def test_a_title_keeps_its_abbreviations_and_an_amount_only_outside_a_title() -> None:
    title = "Orientering vedr. Skolereformen inkl. Bilag"
    assert TITLE_ABBREVIATION.sub("", title) == "Orientering  Skolereformen  Bilag"
    assert TITLE_ABBREVIATION.search("Tilskud på 2 mio. kr. Udvalget") is None
    assert ABBREVIATION.sub("", "Tilskud på 2 mio. kr. til skolen") == "Tilskud på 2   til skolen"


def test_a_quote_runs_past_an_abbreviation_to_the_sentence_end() -> None:
    text = "Udvalget drøftede sagen vedr. Skolen jf. Planen. Næste sag."
    start = text.index("Skolen")
    assert text[slice(*sentence_bounds(text, start, start + 6))] == "Udvalget drøftede sagen vedr. Skolen jf. Planen."


def test_the_prose_attendance_sentences_run_past_an_abbreviation() -> None:
    text = "Afbud fra Jens Hansen vedr. Punkt 3. Mødet sluttede kl. 18. Tak"
    assert [text[a:b].strip() for a, b in sentences(text, 0, len(text))] == [
        "Afbud fra Jens Hansen vedr. Punkt 3.",
        "Mødet sluttede kl. 18.",
        "Tak",
    ]


def test_a_members_sentence_runs_past_a_longer_abbreviation() -> None:
    text = "Medlemmer er Jens Hansen vedr. Skolen og Bo Holm"
    assert not _sentence_ends(text, 0, len(text))
    text = "Udvalget mødtes. Medlemmer er Jens Hansen"
    assert _sentence_ends(text, 0, len(text))


def test_an_attendance_aside_runs_past_an_abbreviation() -> None:
    decision = "Godkendt. Per Hansen forlod mødet kl. 18.01 under pkt. 3 vedr. Skolen. Udvalget anbefaler sagen."
    assert without_attendance(decision).split() == ["Godkendt.", "Udvalget", "anbefaler", "sagen."]
    decision = "Godkendt. Per Hansen forlod mødet. Udvalget anbefaler sagen."  # a sentence's own full stop
    assert without_attendance(decision).split() == ["Godkendt.", "Udvalget", "anbefaler", "sagen."]
