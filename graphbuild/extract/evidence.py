"""Text helpers shared by the extractors: quotes (the sentence or line), dates, evidence."""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from graphbuild.extract.role_abbreviations import ABBREVIATED_POST_WORDS, managing_director_dot
from graphbuild.models import Evidence
from graphbuild.parse.dates import DANISH_MONTHS, month_number
from graphbuild.parse.lines import next_newline, start_of_line
from graphbuild.vocab.sentence_abbreviations import FORMER, GROUND_FLOOR, PARAGRAPH, PER, POINT, is_abbreviation

MAX_QUOTE = 320
MONTH_RE = "|".join(DANISH_MONTHS)


@dataclass(frozen=True)
class Scope:
    """A stretch of the document: the header (item None) or one agenda item."""

    item: str | None
    start: int
    end: int
    key: str | None = None  # the item's identity in its meeting (ids.item_keys): its number unless that repeats


def sentence_bounds(text: str, start: int, end: int, lo: int = 0, hi: int | None = None) -> tuple[int, int]:
    """The sentence (or, failing that, the line) around text[start:end], trimmed of white space."""
    return sentences_of(text).bounds(start, end, lo, hi)


@lru_cache(maxsize=4)
def sentences_of(text: str) -> Sentences:
    """The one sentence index of a text, shared by every step that asks about it."""
    return Sentences(text)


class Sentences:
    """Sentence bounds in one text, from its stops found once: a dot, ! or ? (or, on the left, : and ;)
    before white space that does not end an abbreviation or a number."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._stops = [m.start() for m in _STOP.finditer(text)]  # [.!?:;] before white space
        self._ends = [p for p in self._stops if text[p] in ".!?"]
        self._abbreviation: dict[int, bool] = {}

    def _is_stop(self, dot: int) -> bool:
        known = self._abbreviation.get(dot)
        if known is None:
            known = self._abbreviation[dot] = _is_abbreviation(self.text, dot)
        return not known

    def bounds(self, start: int, end: int, lo: int = 0, hi: int | None = None) -> tuple[int, int]:
        text = self.text
        hi = len(text) if hi is None else hi
        # the line's ends read from the text's newlines found once (a page of one line was walked per quote)
        line_start = max(lo, start_of_line(text, start))
        left = line_start
        stops = self._stops
        i = bisect_right(stops, start - 2) - 1  # a stop whose following space is before start
        while i >= 0 and stops[i] >= line_start:
            if self._is_stop(stops[i]):
                left = stops[i] + 1
                break
            i -= 1
        nl = next_newline(text, end)
        right = hi if nl < 0 or nl >= hi else nl
        ends = self._ends
        j = bisect_left(ends, end)  # a stop at the line's end changes nothing: the line ends there
        while j < len(ends) and ends[j] < right - 1:
            if self._is_stop(ends[j]):
                right = ends[j] + 1
                break
            j += 1
        while left < start and text[left].isspace():
            left += 1
        while right > end and text[right - 1].isspace():
            right -= 1
        if right - left > MAX_QUOTE:
            left = max(left, start - MAX_QUOTE // 2)
            right = min(right, max(end, left + MAX_QUOTE))
        return left, right


_STOP = re.compile(r"[.!?:;](?=\s)")


_LAST_WORD = re.compile(r"(\S+)$")
# besides the shared abbreviations, an abbreviated post's ("fmd.", "kommunaldir.") and five more of its own: a
# quote runs on past a point's or a paragraph's reference ("forlod mødet efter pkt. 7.", "§ 15 stk. 2")
_OWN_ABBREVIATIONS = ABBREVIATED_POST_WORDS | {PER, FORMER, GROUND_FLOOR, POINT, PARAGRAPH}


# a name's initials run together before its surname: "C.C. Nielsen", "J.P. Hansen" (two or more, each but the last
# with its full stop: a sentence may end in one capital, "… på liste A. Derefter …", never in such a run)
_INITIALS = re.compile(r"(?:[A-ZÆØÅ]\.){1,3}[A-ZÆØÅ]")
_SURNAME_AFTER = re.compile(r"[ \t]+[A-ZÆØÅ][a-zæøå]")


def _is_abbreviation(text: str, dot: int) -> bool:
    """A dot after a number or a short lower-case abbreviation (kl., bl.a., fx., ca.) ends no sentence, nor one
    closing a name's initials before its surname ("C.C. Nielsen, formand, Anker Boye, næstformand"), nor "Adm."
    before a director's word ("Christian Høgsbro, Adm. Direktør")."""
    word = _LAST_WORD.search(text[max(0, dot - 8) : dot])
    if word is None:
        return False
    token = word.group(1).lstrip("([")  # a rank in brackets: "Per Hansen (1. viceborgmester)"
    if _INITIALS.fullmatch(token) and _SURNAME_AFTER.match(text, dot + 1):
        return True
    if managing_director_dot(text, dot):
        return True
    return token.isdigit() or is_abbreviation(token, _OWN_ABBREVIATIONS)


def evidence(text: str, doc: str, item: str | None, start: int, end: int, lo: int = 0) -> Evidence:
    s, e = sentence_bounds(text, start, end, lo)
    return Evidence(document=doc, item=item, start=s, end=e, quote=text[s:e])


def month_end(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


MONTH_END_RE = re.compile(rf"udgangen af\s+({MONTH_RE})\s+(\d{{4}})", re.IGNORECASE)


def first_month_end(text: str) -> str | None:
    match = MONTH_END_RE.search(text)
    if match is None:
        return None
    month = month_number(match.group(1))
    return month_end(int(match.group(2)), month) if month else None
