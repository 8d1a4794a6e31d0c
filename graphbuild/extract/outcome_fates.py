"""An item's fate stated under another item: "Dagsordenen blev godkendt. Punkt 3 blev taget af dagsordenen.",
"Sag 271 udsættes til næste møde", "idet sag nr. 4, 8 og 13 blev taget af dagsordenen". By the written outcome
rule an item postponed or taken off in the approval of the agenda is postponed; this finds, for an item with no
decision text of its own, the words that state its fate earlier in the minutes."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache

from graphbuild.vocab.near import CASE_BLIND_LOOKALIKES, lowered

# "Punkt 3", "pkt. 9", "Sag nr. 80 og 88", "sagerne nr. 5 og 7", "punkterne 4, 8 og 13" ... the verb of its fate
_FATE = re.compile(
    r"(?i)\b(?:punkt(?:erne)?|pkt\.?|sag(?:en|erne)?(?:\s+nr\.?)?|dagsordenspunkt(?:erne)?)\s*(?:nr\.?\s*)?"
    r"(?P<numbers>\d{1,4}(?:\s*\([^()\n]{1,40}\))?(?:\s*(?:,|og|samt)\s*\d{1,4}(?:\s*\([^()\n]{1,40}\))?)*)\b(?![.,]\d)"
    r"(?P<between>[^.\n]{0,80}?)"
    r"\b(?P<fate>(?:blev\s+|er\s+)?(?:udgår|udgik|udsættes|udsat|udskydes|udskudt|trukket|taget\s+af|tages\s+af)\b"
    r"[^.\n]*\.?)"
)
# what is not an item's fate between the number and the verb: a paragraph or a part of a plan ("punkt 3 i lokalplanen")
_NOT_AN_ITEM = re.compile(r"(?i)^\s*(?:i|af|på|under)\s")
_BRACKETED = re.compile(r"\([^()]*\)")
_DIGITS = re.compile(r"\d+")
# the fate's verbs as the lower-cased text holds them: a text without one before the item states no fate, and the
# pattern (which opens with a word boundary, case-blind) is not searched; the two letters a case-blind pattern also
# reads as "i" or "s" (and lower-casing does not map to them) leave it searched
_FATE_STEMS = ("udgår", "udgik", "udsættes", "udsat", "udskydes", "udskudt", "trukket", "taget", "tages")


def fate_of(number: str, text: str, before: int) -> tuple[str, int] | None:
    """The words stating the fate of item ``number`` in ``text`` before offset ``before`` (the item's own start), and
    their offset: the verb and the rest of its sentence ("blev taget af dagsordenen.")."""
    if not number.isdigit():
        return None
    if before < _first_stem_end(text):
        return None
    for match in _fates_before(text, before):
        numbers = {int(n) for n in _DIGITS.findall(_BRACKETED.sub(" ", match["numbers"]))}
        if int(number) in numbers and not _NOT_AN_ITEM.match(match["between"]):
            return match["fate"].strip(), match.start("fate")
    return None


@lru_cache(maxsize=2)  # one document's text is asked, item after item: no more texts held than that
def _first_stem_end(text: str) -> int | float:
    """Where the text's first fate verb (a stem of ``_FATE_STEMS`` in its lower case) ends at the earliest, worked out
    once per document, not once per item: a text cut before that holds none (a stem's first place ends before its
    later ones). Zero where a letter a case-blind pattern reads otherwise than ``str.lower`` ("ı", "ſ") keeps the
    stems from telling; infinity where no stem stands."""
    if any(ch in text for ch in CASE_BLIND_LOOKALIKES):
        return 0
    low = lowered(text)
    ends = [at + len(stem) for stem in _FATE_STEMS if (at := low.find(stem)) >= 0]
    return min(ends, default=float("inf"))


# where a match of ``_FATE`` can start: its word boundary and the first letters of each of its item words
_ITEM_WORD = re.compile(r"(?i)\b(?:punkt|pkt|sag|dagsordenspunkt)")


@lru_cache(maxsize=8)
def _item_word_starts(text: str) -> list[int]:
    return [m.start() for m in _ITEM_WORD.finditer(text)]


def _fates_before(text: str, before: int) -> Iterator[re.Match[str]]:
    """``_FATE.finditer(text, 0, before)``, tried only where an item word stands (found once per document), not
    scanned from the document's start for every item: no match starts elsewhere (every one opens with an item word
    after a word boundary; an item word holds no boundary inside it), and each is tried as the scan would, with the
    text ending at ``before``, from the end of the match before it."""
    starts = _item_word_starts(text)
    resume = 0
    for start in starts[: bisect_left(starts, before)]:
        if start < resume:
            continue
        match = _FATE.match(text, start, before)
        if match is not None:
            yield match
            resume = match.end()
