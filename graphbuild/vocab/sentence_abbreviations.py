"""The abbreviations whose full stop ends no sentence ("vedr. Lokalplan 12", "jf. § 3", "ca. 40 elever", "bl.a.
Skolen"), and the test for the word written before a full stop. Each reader finds that word its own way (the
last word, the last run of non-spaces, a regular expression over a title); what an abbreviation is, is read here."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

# each as written before its last full stop, in lower case; a dotted one whole ("bl.a", "f.eks") and the last word
# of one spaced ("bl. a" -> "bl", "f. eks" -> "eks"), for a reader that takes the last word alone
ABBREVIATIONS = frozenset(
    {
        "bl",
        "bl.a",
        "ca",
        "d",
        "dokumentnr",
        "dvs",
        "eks",
        "ekskl",
        "evt",
        "f.eks",
        "fx",
        "ift",
        "inkl",
        "j.nr",
        "jf",
        "kl",
        "m.m",
        "m.v",
        "mht",
        "mv",
        "nr",
        "pct",
        "sagsnr",
        "tlf",
        "v",
        "vedr",
    }
)
# abbreviations only some readers read so (each reader names the ones it adds): a reference to a point, a
# paragraph or a source ("pkt. 3", "stk. 2", "ref."), a department's "afd.", "pr." (per, or a date's "pr. 1. maj"),
# "tidl." (former) and "st." (a flat's ground floor). Read by every reader, they would move sentence ends a
# reader draws where it reads them as ending one.
POINT = "pkt"
PARAGRAPH = "stk"
REFERENCE = "ref"
DEPARTMENT = "afd"
PER = "pr"
FORMER = "tidl"
GROUND_FLOOR = "st"
# an amount's units: the full stop ends no phrase ("2 mio. kr. til skolen"), yet an amount may end a sentence
# ("… på 40.000 kr. Udvalget godkendte"), so only a reader that never misses a sentence's end that way adds them
AMOUNT_UNITS = frozenset({"kr", "mia", "mio"})


def is_abbreviation(word: str, extra: frozenset[str] = frozenset()) -> bool:
    """Whether the word before a full stop (without it) is an abbreviation's ("Vedr", "bl.a"), or one of a
    reader's own extra words (lower case)."""
    folded = word.lower()
    return folded in ABBREVIATIONS or folded in extra


def abbreviation_alternation(words: Iterable[str]) -> str:
    """The words as one regular-expression alternation, longest first, without the closing full stop; a full stop
    inside one may be followed by a space ("bl.a" matches "bl. a")."""
    return "|".join(re.escape(word).replace(r"\.", r"\.\s?") for word in sorted(words, key=lambda w: (-len(w), w)))


def after_abbreviation(words: Iterable[str]) -> str:
    """A regular expression for a full stop right after one of the words (a word at a word's start, a dotted one
    as written: "kl.", "bl.a."), matched without taking the word itself."""
    behind = "|".join(rf"(?<=\b{re.escape(word)})" for word in sorted(words, key=lambda w: (-len(w), w)))
    return rf"(?:{behind})\."


_WORD_BEFORE = re.compile(r"\S+$")


def abbreviation_before(text: str, dot: int, extra: frozenset[str] = frozenset()) -> bool:
    """Whether the full stop at text[dot] closes an abbreviation: the non-spaces before it (up to 12 characters, an
    opening bracket dropped: "(jf.") are one."""
    word = _WORD_BEFORE.search(text, max(0, dot - 12), dot)
    return word is not None and is_abbreviation(word.group().lstrip("("), extra)


def ends_sentence(text: str, stop: re.Match[str], extra: frozenset[str] = frozenset()) -> bool:
    """Whether a reader's sentence end (its own pattern's match: a full stop, or the white space after one) ends a
    sentence: not when the full stop closes an abbreviation on its line ("jf. § 3", "bl.a. Skolen"); a line break in
    the match ends one whatever is before it, and so does one that opens with neither (a bullet, a comma)."""
    found = stop.group()
    if "\n" in found or not found or not (found[0] == "." or found[0].isspace()):
        return True
    dot = stop.start() if found[0] == "." else stop.start() - 1
    return dot < 0 or text[dot] != "." or not abbreviation_before(text, dot, extra)


def sentence_stops(
    pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None, extra: frozenset[str] = frozenset()
) -> Iterator[re.Match[str]]:
    """The pattern's matches in text[pos:endpos] that end a sentence (`ends_sentence`)."""
    for stop in pattern.finditer(text, pos, len(text) if endpos is None else endpos):
        if ends_sentence(text, stop, extra):
            yield stop


def split_sentences(
    pattern: re.Pattern[str], text: str, maxsplit: int = 0, extra: frozenset[str] = frozenset()
) -> list[str]:
    """The text split at the pattern's matches that end a sentence, as ``pattern.split`` (a pattern without groups)
    splits it at all of them."""
    parts: list[str] = []
    start = 0
    for stop in sentence_stops(pattern, text, extra=extra):
        if maxsplit and len(parts) == maxsplit:
            break
        parts.append(text[start : stop.start()])
        start = stop.end()
    parts.append(text[start:])
    return parts
