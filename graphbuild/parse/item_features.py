"""Layout-independent features of the lines that open with a number, for the learned item model.

A "led" line opens with an item number in any form ("3. Titel", "Punkt 3:", "Pkt. 3", "Sag nr. 3", "3)",
"3 Titel", a number alone on its line). Each gets a vector of generic features: its number's form, its
title's shape, the lines around it (blank lines, section headings and case labels below it, other led
lines close by), whether its number continues another led line's and whether its title recurs. No
feature names a publisher, a portal or a phrasing of one layout.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from graphbuild.parse.dates import DANISH_MONTHS
from graphbuild.parse.item_lines import (
    AD_NUMBER,
    ITEM_NUMBER,
    NUMBER_LEAD,
    NUMBER_WORDS,
    SENTENCE_BREAK,
    is_heading,
)
from graphbuild.parse.lines import Line

# a line that opens with an item's number in any of the forms the heading rules read (item_lines.NUMBER_WORDS),
# without what the rules also ask of the rest of the line
_LED = re.compile(
    rf"(?i)^(?P<prefix>{NUMBER_LEAD}(?:{'|'.join(w.pattern for w in NUMBER_WORDS)})|{AD_NUMBER})?"
    rf"\s*{ITEM_NUMBER}(?P<after>.*)$"
)
_MARK = re.compile(r"^(?P<sub>[a-z](?![a-zæøå]))?\s*(?P<mark>[.:)]|\s[-–]|-|–)?\s*(?P<rest>.*)$")
_CASE_LABEL = re.compile(r"(?i)^(?:sags?\s*(?:nr|nummer|id)|j\.\s*nr|journal\s*nr|dok\.?\s*nr|acadre|sagsnr)")
_MONTH_START = re.compile(rf"(?i)^(?:{'|'.join(DANISH_MONTHS)})\b")
_PAGE_END = re.compile(r"(?:\.{3,}|\t)\s*\d{1,3}$")
_NUMBER_END = re.compile(r"\s\d{1,3}$")
_RECOMMENDATION = re.compile(r"(?i)^(?:at|om)\s")
_WORD = re.compile(r"\w+")
# the number word each kind of prefix opens with, and what leads into one ("Dagsordenspunkt", "Ad pkt.")
_KINDS = tuple((re.compile(word.pattern, re.IGNORECASE), word.kind) for word in NUMBER_WORDS)
_LEAD = re.compile(r"^dagsordens?")
# what a led line's prefix opens with, lower case: a line opening otherwise is tried only when it opens with a digit
_PREFIX_STARTS = ("punkt", "pkt", "nr", "sag", "dagsorden", "ad")
_NEAR = 8  # lines below a heading looked at for section headings and case labels
_RUN = 3  # led lines this close count as a run (a list, a contents page)


@dataclass(frozen=True)
class LedLine:
    """A line that opens with a number: where it is, its number, and the text after the number."""

    position: int  # index in the lines
    number: int
    prefix: str  # "" or punkt, pkt, sag, nr, ad
    sub: str  # the letter of "2a."
    mark: str  # ".", ":", ")", "-", or "" (none)
    rest: str  # the title, as printed after the number


def led_lines(lines: list[Line]) -> list[LedLine]:
    """Every line that opens with a number of at most four digits, in order."""
    led: list[LedLine] = []
    for position, line in enumerate(lines):
        cleaned = line.clean
        if not cleaned or not (cleaned[0].isdigit() or cleaned[:10].lower().startswith(_PREFIX_STARTS)):
            continue
        match = _LED.match(cleaned)
        if match is None:
            continue
        marked = _MARK.match(match["after"])
        assert marked is not None  # every part of it is optional
        prefix = _prefix_kind(match["prefix"] or "")
        mark = (marked["mark"] or "").strip().replace("–", "-")
        led.append(LedLine(position, int(match["num"]), prefix, marked["sub"] or "", mark, marked["rest"].strip()))
    return led


def _prefix_kind(prefix: str) -> str:
    """punkt, pkt, nr, sag, ad ("Ad pkt. 3", "Ad 3)"), or "" for no prefix."""
    lowered = prefix.lower()
    if lowered.startswith("ad"):
        return "ad"
    word = _LEAD.sub("", lowered)
    return next((kind for pattern, kind in _KINDS if pattern.match(word)), "")


def _title_key(rest: str) -> str:
    return " ".join(_WORD.findall(rest.lower()))[:40]


def _texts_before(lines: list[Line]) -> list[int]:
    """How many lines with text stand before each line (and, last, in all): read once a document, so the count
    between two lines (``_texts_between``) and a line's blankness are a subtraction, not a walk over the lines."""
    counts = [0]
    count = 0
    for line in lines:
        if line.text.strip():
            count += 1
        counts.append(count)
    return counts


def _is_blank(texts_before: list[int], position: int) -> bool:
    """Whether no line stands at ``position`` or it holds no text."""
    return not (0 <= position < len(texts_before) - 1) or texts_before[position + 1] == texts_before[position]


def _texts_between(texts_before: list[int], position: int, following: int) -> int:
    """How many lines with text stand between two lines."""
    last = len(texts_before) - 1
    start, end = min(position + 1, last), min(following, last)
    return max(0, texts_before[end] - texts_before[start])


def _below(lines: list[Line], position: int) -> list[str]:
    """The next few lines with text below a line, cleaned."""
    found: list[str] = []
    for line in lines[position + 1 : position + 1 + 3 * _NEAR]:
        if cleaned := line.clean:
            found.append(cleaned)
            if len(found) == _NEAR:
                break
    return found


def _list_head(lines: list[Line], position: int, led_at: set[int]) -> str:
    """The first line with text above a run of led lines (and their wrapped text) this line is in: what a
    list of points hangs under ("Indstilling:", "Beslutning", "Dagsorden:")."""
    for above in range(position - 1, max(-1, position - 3 * _NEAR), -1):
        cleaned = lines[above].clean
        if cleaned and above not in led_at and not cleaned[:1].islower():
            return cleaned
    return ""


def _squash(value: float, scale: float) -> float:
    return math.log1p(max(value, 0.0)) / scale


def features(lines: list[Line], led: list[LedLine]) -> list[dict[str, float]]:
    """One feature vector (name → value; absent names are 0) per led line."""
    numbers_at: dict[int, list[int]] = {}
    titles: dict[tuple[int, str], int] = {}
    keys: list[str] = []  # each led line's title key, worked out once
    for k, entry in enumerate(led):
        numbers_at.setdefault(entry.number, []).append(k)
        key = _title_key(entry.rest)
        keys.append(key)
        if key:
            titles[entry.number, key] = titles.get((entry.number, key), 0) + 1
    texts_before = _texts_before(lines)
    text_lines = max(1, texts_before[-1])
    total = max(1, len(lines))
    # whether a cleaned line is a heading, asked once per text: a line below a led line is below the next few too
    headings_of: dict[str, bool] = {}
    led_at = {entry.position for entry in led}
    out: list[dict[str, float]] = []
    for k, entry in enumerate(led):
        line = lines[entry.position]
        rest = entry.rest
        below = _below(lines, entry.position)
        vector: dict[str, float] = {"bias": 1.0, f"prefix_{entry.prefix or 'none'}": 1.0}
        vector[f"mark_{entry.mark or 'none'}"] = 1.0
        if entry.sub:
            vector["lettered"] = 1.0
        if not rest:
            vector["alone"] = 1.0
            if below:
                vector["alone_title_below_upper"] = float(below[0][:1].isupper())
        else:
            first = rest[0]
            vector["rest_upper"] = float(first.isupper())
            vector["rest_lower"] = float(first.islower())
            vector["rest_digit"] = float(first.isdigit())
            vector["rest_quote"] = float(first in "\"'“„«(")
            vector["rest_len"] = _squash(len(rest), 5.0)
            vector["rest_short"] = float(len(rest) < 6)
            vector["rest_long"] = float(len(rest) > 160)
            vector["rest_words"] = _squash(len(rest.split()), 3.0)
            vector["rest_period"] = float(rest.endswith("."))
            vector["rest_colon"] = float(rest.endswith(":"))
            vector["rest_comma"] = float(rest.endswith((",", ";")))
            vector["rest_caps"] = float(rest.isupper() and len(rest) > 3)
            vector["rest_question"] = float(rest.rstrip().endswith("?"))
            vector["rest_sentences"] = float(SENTENCE_BREAK.search(rest) is not None)
            words = rest.split()
            vector["rest_lower_share"] = sum(1 for w in words if w[:1].islower()) / len(words)
            vector["rest_month"] = float(_MONTH_START.match(rest) is not None)
            vector["rest_recommendation"] = float(_RECOMMENDATION.match(rest) is not None)
            vector["rest_page_end"] = float(_PAGE_END.search(line.text) is not None)
            vector["rest_number_end"] = float(_NUMBER_END.search(rest) is not None)
            vector["glued"] = float(
                entry.mark == "" and not line.clean[len(line.clean) - len(rest) - 1 :][:1].isspace()
            )
        vector["number_small"] = float(entry.number <= 30)
        vector["number_big"] = float(entry.number >= 100)
        vector["number_one"] = float(entry.number == 1)
        vector["blank_before"] = float(_is_blank(texts_before, entry.position - 1))
        vector["blank_after"] = float(_is_blank(texts_before, entry.position + 1))
        vector["indented"] = float(line.text[:1] in " \t")
        vector["markup"] = float(line.text.lstrip()[:1] in "#*_")
        vector["bullet"] = float(line.text.lstrip()[:1] in "-•·–")
        headings = []
        for text in below:
            heading = headings_of.get(text)
            if heading is None:
                heading = headings_of[text] = is_heading(text)
            headings.append(heading)
        vector["heading_next"] = float(bool(headings) and headings[0])
        vector["heading_near"] = float(any(headings))
        vector["case_label_near"] = float(any(_CASE_LABEL.match(text) for text in below))
        # a heading of its own: a section heading between it and the next led line
        own = below[: _texts_between(texts_before, entry.position, led[k + 1].position if k + 1 < len(led) else total)]
        vector["heading_own"] = float(any(h for h, _ in zip(headings, own, strict=False)))
        head = _list_head(lines, entry.position, led_at)
        vector["under_heading"] = float(bool(head) and is_heading(head))
        vector["under_open"] = float(head.endswith((":", ",")))
        vector["next_led"] = float(k + 1 < len(led) and led[k + 1].position - entry.position <= _RUN)
        vector["previous_led"] = float(k > 0 and entry.position - led[k - 1].position <= _RUN)
        gap = (led[k + 1].position if k + 1 < len(led) else total) - entry.position
        vector["gap_next"] = _squash(gap, 5.0)
        vector["has_predecessor"] = float(entry.number == 1 or entry.number - 1 in numbers_at)
        vector["has_successor"] = float(entry.number + 1 in numbers_at)
        vector["continues_previous"] = float(k > 0 and led[k - 1].number == entry.number - 1)
        vector["continued_next"] = float(k + 1 < len(led) and led[k + 1].number == entry.number + 1)
        same_number = numbers_at[entry.number]
        vector["number_repeats"] = float(len(same_number) > 1)
        vector["number_first"] = float(len(same_number) > 1 and same_number[0] == k)
        vector["number_last"] = float(len(same_number) > 1 and same_number[-1] == k)
        key = keys[k]
        recurs = titles.get((entry.number, key), 0) if key else 0
        vector["title_recurs"] = float(recurs == 2)
        vector["title_recurs_many"] = float(recurs >= 3)
        vector["position"] = entry.position / total
        vector["early"] = float(entry.position / total < 0.1)
        vector["led_density"] = min(1.0, len(led) / text_lines * 5)
        out.append(vector)
    return out
