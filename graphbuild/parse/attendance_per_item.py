"""Absence from some items only: "X deltog ikke under punkterne 12-15", "X forlod mødet efter pkt. 4",
"X ankom kl. 17.54 under behandlingen af punkt 4", "X deltog kun under punkt 5 og 6", "Under punkterne 14
og 18 deltog stedfortræder S"; and from the item a sentence stands in, without its number: "X deltog ikke
i sagens behandling", "X erklærede sig inhabil"."""

from __future__ import annotations

import re

from graphbuild.parse.attendance_history import OtherMeetings
from graphbuild.parse.attendance_merge import name_key
from graphbuild.parse.attendance_prose_names import (
    name_hit,
    names_after,
    names_before,
    names_before_loose,
    sentence_start,
)
from graphbuild.parse.attendance_reading import CueWords
from graphbuild.parse.attendance_rows import ITEM_WORD, ITEMS, Row, as_row, item_numbers
from graphbuild.vocab.pattern_words import may_match, required_words
from graphbuild.vocab.person_names import DEPUTY_WORD, NAME_RUN

_NOT_ITEMS = re.compile(
    # "deltog ikke i mødet under punkt 5", "var ikke til stede under pkt. 5": the meeting's other items attended
    r"(?i)\b(?:(?:deltog|var)\s+ikke\s+(?:med\s+|til\s+stede\s+|i\s+mødet\s+)?|var\s+fraværende\s+|"
    r"(?:erklærede\s+sig\s+|var\s+)inhabil\s+)"
    rf"(?:i|under|ved)\s+(?:behandlingen?\s+af\s+|(?:sagens|mødets)\s+behandling\s+(?:af\s+)?)?{ITEM_WORD}\s*{ITEMS}"
)
# the same with the item numbers a PDF's text layer lost ("Anny Winther deltog ikke i behandlingen af pkt og pkt"):
# the member attended the meeting, the items missed unknown
_NOT_ITEMS_UNNUMBERED = re.compile(
    r"(?i)\b(?:(?:deltog|var)\s+ikke\s+(?:med\s+)?|var\s+fraværende\s+)"
    rf"(?:i|under|ved)\s+(?:behandlingen\s+af\s+|(?:sagens|mødets)\s+behandling\s+(?:af\s+)?)?{ITEM_WORD}(?![a-zæøå])(?!\.?\s*\d)"
)
_UNDER_ITEMS_SUB = re.compile(rf"(?i)\bunder\s+{ITEM_WORD}\s*{ITEMS}\s+deltog\s+{DEPUTY_WORD}(?:en)?\s+")
_LEFT = re.compile(
    rf"(?i)\b(?:erklærede\s+sig\s+inhabile?\s+og\s+)?"  # "A og B erklærede sig inhabile og forlod mødet"
    rf"(?:gik|forlod\s+(?:[a-zæøå]+)?mødet)(?:\s+kl\.?\s*[\d.:]+)?\s+(?P<when>efter|under|før)\s+"
    rf"(?:behandlingen\s+af\s+|behandling\s+af\s+)?{ITEM_WORD}\s*(?P<n>\d+)"
)
_ARRIVED = re.compile(
    rf"(?i)\b(?:ankom|kom|mødte|deltog\s+(?:først\s+)?(?=fra))(?:\s+kl\.?\s*[\d.:]+)?\s*(?P<when>under|efter|før|til|fra)\s+"
    rf"(?:behandlingen\s+af\s+|behandling\s+af\s+)?{ITEM_WORD}\s*(?P<n>\d+)"
)
_LEFT_ANY = re.compile(r"(?i)\b(?:forlod\s+(?:[a-zæøå]+)?mødet|ankom\s+kl)")
# present for some items only: "X deltog under punkt 5 og 6", "Under punkt 6 deltog A og B"
_ONLY_ITEMS_AFTER = re.compile(
    rf"(?i)\bdeltog\s+(?:kun\s+|alene\s+|først\s+)?(?:under|i|ved)\s+(?:behandlingen\s+af\s+|mødets\s+)?{ITEM_WORD}\s*{ITEMS}"
)
_ONLY_ITEMS_BEFORE = re.compile(
    rf"(?i)\b(?:under|ved)\s+(?:behandlingen\s+af\s+)?{ITEM_WORD}\s*{ITEMS}\s+deltog(?:\s*:)?\s+(?!ikke\b)"
)


def _relative_items(numbers: list[str], n: int, after: bool, including: bool) -> list[str]:
    """The items before or after item ``n``: every number between the meeting's first (or 1) and
    ``n``, or between ``n`` and its last, since an excerpt or a contents list may lose some."""
    known = [int(x) for x in numbers if x.isdecimal()]
    if after:
        last = max(known, default=n)
        return [str(x) for x in range(n if including else n + 1, last + 1)] if last - n <= 200 else []
    first = min(known, default=1)
    return [str(x) for x in range(first, n + 1 if including else n)] if 0 <= n - first <= 200 else []


# the words each of ``per_item``'s patterns cannot match without (``pattern_words``): a sentence that holds none of a
# pattern's words is not searched with it
_WORDS = {
    pattern: required_words(pattern)
    for pattern in (_UNDER_ITEMS_SUB, _NOT_ITEMS, _NOT_ITEMS_UNNUMBERED, _LEFT, _ARRIVED, _ONLY_ITEMS_AFTER,
                    _ONLY_ITEMS_BEFORE, _LEFT_ANY)
}  # fmt: skip
PER_ITEM_WORDS = tuple(sorted({word for words in _WORDS.values() for word in words or ()}))  # for the sentence's pass


def _matches(
    pattern: re.Pattern[str], text: str, lo: int, hi: int, present: frozenset[str] | None
) -> list[re.Match[str]]:
    """``pattern``'s matches in ``text[lo:hi]``, none looked for where the span holds none of its words."""
    return list(pattern.finditer(text, lo, hi)) if may_match(present, _WORDS[pattern]) else []


def per_item(text: str, lo: int, hi: int, numbers: list[str], present: frozenset[str] | None = None) -> list[Row]:
    """Per-item absences and presences the sentence ``text[lo:hi]`` states; ``present``: the words of
    ``PER_ITEM_WORDS`` it holds (``pattern_words.SpanWords``; None: every pattern tried)."""
    rows: list[Row] = []
    sub = _UNDER_ITEMS_SUB.search(text, lo, hi) if may_match(present, _WORDS[_UNDER_ITEMS_SUB]) else None
    if sub:  # "Under punkterne 14 og 18 deltog stedfortræder S (V), da C (V) var inhabil."
        items = item_numbers(sub["items"])
        subs = names_after(text, sub.end(), hi)
        later = [h for run in NAME_RUN.finditer(text, subs[-1].rest_start if subs else sub.end(), hi)
                 if (h := name_hit(text, run, hi))]  # fmt: skip
        absent = later[0] if later else None
        for s in subs:
            rows.append(as_row(s, "substitute", absent.name if absent else None))
        if absent:
            rows.append(Row(absent.name, "present", absent.start, absent.end, party=absent.party,
                            absent_items=items, per_item=True))  # fmt: skip
        return rows
    for m in _matches(_NOT_ITEMS, text, lo, hi, present):
        for hit in names_before(text, lo, m.start()):
            rows.append(Row(hit.name, "present", hit.start, hit.end, party=hit.party,
                            absent_items=item_numbers(m["items"]), per_item=True))  # fmt: skip
    if not rows:
        for m in _matches(_NOT_ITEMS_UNNUMBERED, text, lo, hi, present):
            for hit in names_before(text, lo, m.start()):
                rows.append(Row(hit.name, "present", hit.start, hit.end, party=hit.party, per_item=True))
    for m in _matches(_LEFT, text, lo, hi, present):
        n, when = int(m["n"]), m["when"].lower()
        items = _relative_items(numbers, n, after=when != "før", including=when == "under")
        for hit in names_before_loose(text, lo, m.start()):
            rows.append(
                Row(hit.name, "present", hit.start, hit.end, party=hit.party, absent_items=items, per_item=True)
            )
    for m in _matches(_ARRIVED, text, lo, hi, present):
        n, when = int(m["n"]), m["when"].lower()
        items = _relative_items(numbers, n, after=False, including=when == "efter")  # "fra punkt 3": 1-2
        for hit in names_before_loose(text, lo, m.start()):
            rows.append(
                Row(hit.name, "present", hit.start, hit.end, party=hit.party, absent_items=items, per_item=True)
            )
    for m in _matches(_ONLY_ITEMS_AFTER, text, lo, hi, present):
        missed = [n for n in numbers if n not in item_numbers(m["items"])]
        for hit in names_before_loose(text, lo, m.start()):
            rows.append(
                Row(hit.name, "present", hit.start, hit.end, party=hit.party, absent_items=missed, per_item=True)
            )
    for m in _matches(_ONLY_ITEMS_BEFORE, text, lo, hi, present):
        missed = [n for n in numbers if n not in item_numbers(m["items"])]
        for hit in names_after(text, m.end(), hi):
            rows.append(
                Row(hit.name, "present", hit.start, hit.end, party=hit.party, absent_items=missed, per_item=True)
            )
    left = None if rows or not may_match(present, _WORDS[_LEFT_ANY]) else _LEFT_ANY.search(text, lo, hi)
    if left:
        for hit in names_before_loose(text, lo, left.start()):
            rows.append(Row(hit.name, "present", hit.start, hit.end, party=hit.party, per_item=True))
    return rows


# absence from the item the sentence stands in: "Torben Engholm deltog ikke i sagens behandling.",
# "X deltog ikke i behandlingen af punktet", "X deltog ikke i behandlingen af dette punkt", "X erklærede sig inhabil."
# "X forlod mødet under behandlingen af dette punkt" (left for this item, as an inhabil member does), "X var ikke til
# stede under punktet", "X (A) deltog ikke i behandlingen." (the item named by the sentence's place alone)
_NOT_THIS_ITEM = re.compile(
    r"(?i)\b(?:deltog|deltager)\s+ikke\s+i\s+(?:(?:sagens|punktets)\s+behandling|"
    r"behandlingen\s+af\s+(?:sagen|punktet|dette\s+punkt|denne\s+sag))\b|"
    # "X deltog ikke under punktet", "X var ikke til stede under behandlingen af dette punkt", "X var fraværende
    # under sagens behandling"
    r"\b(?:(?:deltog|deltager)\s+ikke|(?:var|er)\s+ikke\s+til\s+stede|(?:var|er)\s+fraværende)\s+under\s+"
    r"(?:(?:sagens|punktets)\s+behandling|(?:behandlingen\s+af\s+)?(?:sagen|punktet|dette\s+punkt|denne\s+sag))\b|"
    r"\b(?:deltog|deltager)\s+ikke\s+i\s+behandlingen(?=\s*[.;]|\s*$)|"
    r"\bforlod\s+mødet\s+under\s+(?:(?:sagens|punktets)\s+behandling|"
    r"behandlingen\s+af\s+(?:sagen|punktet|dette\s+punkt|denne\s+sag))\b|"
    r"\b(?:erklærede\s+sig|var|blev\s+erklæret)\s+inhabil(?=\s*[.,;]|\s*$|\s+i\s+(?:sagen|punktet)\b)"
)


# the gate: a word every match holds, one of the first two, or one of the last three before "i" or "under" after any run
# of white space (the pattern's "\s+": "deltog ikke\ni sagens behandling", a line wrapped between the two words)
_NOT_THIS_ITEM_WORDS = ("inhabil", "forlod", "ikke", "stede", "fraværende")
_THEN_I_OR_UNDER = re.compile(r"(?i)\s+(?:i|under)")
_BEFORE_I_OR_UNDER = frozenset({"ikke", "stede", "fraværende"})
NOT_THIS_ITEM_WORDS = _NOT_THIS_ITEM_WORDS  # for the document's one pass over its cue words


def _may_hold_not_this_item(text: str, cues: CueWords) -> bool:
    """Whether ``_NOT_THIS_ITEM`` may match in ``text`` (``cues`` read from it lower-cased, same offsets): one of its
    words there, "ikke", "stede" and "fraværende" only before "i" or "under"."""
    for word in _NOT_THIS_ITEM_WORDS:
        offsets = cues.before(word)
        if word not in _BEFORE_I_OR_UNDER:
            if offsets:
                return True
        elif any(_THEN_I_OR_UNDER.match(text, at + len(word)) for at in offsets):
            return True
    return False


def find_item_absences(
    text: str,
    items: list[tuple[int, int, str]],
    others: OtherMeetings,
    cues: CueWords,
) -> list[Row]:
    """Per-item absences stated inside an item without its number: the item is the one the sentence
    stands in (``items`` are the meeting's (start, end, number)); none from ``others``."""
    rows: list[Row] = []
    if not _may_hold_not_this_item(text, cues):
        return rows
    for m in _NOT_THIS_ITEM.finditer(text):
        if others is not None and others.covers(m.start()):
            continue
        number = next((n for start, end, n in items if start <= m.start() < end), None)
        if number is None:
            continue
        lo = sentence_start(text, m.start())
        for hit in names_before_loose(text, lo, m.start()):
            rows.append(
                Row(hit.name, "present", hit.start, hit.end, party=hit.party, absent_items=[number], per_item=True)
            )
    return rows


def away_from_every_item(rows: list[Row], decided: list[str]) -> list[Row]:
    """A member whom the items' own sentences ("X deltog ikke i sagens behandling") name as away from every item
    that records a decision, two or more, was away from the meeting: the document's repetition says so, not an
    item's absence (Region Hovedstaden's minutes repeat the sentence under each item for a member not there)."""
    if len(decided) < 2:
        return rows
    missed: dict[str, set[str]] = {}
    for row in rows:
        if row.per_item and row.status == "present" and row.absent_items:
            missed.setdefault(name_key(row.name), set()).update(row.absent_items)
    every = {key for key, numbers in missed.items() if set(decided) <= numbers}
    for row in rows:
        if row.per_item and row.status == "present" and name_key(row.name) in every:
            row.status, row.absent_items, row.per_item = "absent", [], False
    return rows


def item_lists_as_item_absences(rows: list[Row], items: list[tuple[int, int, str]], decided: list[str]) -> list[Row]:
    """An absence list printed inside an item ("Beslutning … Fraværende: Kenneth Jerkel" under item 37) is
    that item's: for a person the meeting's own lists already give as absent from some items ("Fraværende:
    Kenneth Jerkel (punkt 37, 38)"), an absence inside one of those items repeats it, not an absence from the
    whole meeting; unless such lists name the person in every item that records a decision (``decided``),
    a signature sheet after them recording none. ``items`` are the meeting's (start, end, number)."""
    missed: dict[str, set[str]] = {}
    for row in rows:
        if row.per_item and row.status == "present" and row.absent_items:
            missed.setdefault(name_key(row.name), set()).update(row.absent_items)
    if not missed:
        return rows
    inside: dict[int, str] = {}  # id of an absent row -> the item whose text holds it, one the person missed
    for row in rows:
        number = next((n for start, end, n in items if start <= row.start < end), None)
        if row.status == "absent" and not row.per_item and number in missed.get(name_key(row.name), ()):
            inside[id(row)] = number or ""
    named: dict[str, set[str]] = {}
    for row in rows:
        if id(row) in inside:
            named.setdefault(name_key(row.name), set()).add(inside[id(row)])
    every = {key for key, numbers in named.items() if decided and set(decided) <= numbers}
    return [row for row in rows if id(row) not in inside or name_key(row.name) in every]


def item_absence_lists(
    rows: list[Row], bare: set[int], items: list[tuple[int, int, str]], decided: list[str]
) -> list[Row]:
    """A bare "Fraværende" list inside an item's text, in minutes whose header has a field of its own for the
    absent ("Fraværende:" empty in the header, then "Godkendt. Fraværende Jorun Bech (A)" under item 1; "For
    stemmer … Imod stemmer … Fraværende: Hanne Nielsen (A)" after a vote): who was away from that item, present
    otherwise, unless such lists name the person under every item that records a decision (two or more). ``bare``: where
    the rows of bare "Fraværende" lists start; ``items``: (start, end, number) of the items' own text."""
    missed: dict[str, set[str]] = {}
    inside: dict[int, str] = {}
    for row in rows:
        number = next((n for start, end, n in items if start <= row.start < end), None)
        if number is not None and row.start in bare and row.status == "absent" and not row.per_item:
            inside[id(row)] = number
            missed.setdefault(name_key(row.name), set()).add(number)
    # one item with a decision cannot tell an item's absence from the meeting's: the list is that item's
    every = {key for key, numbers in missed.items() if len(decided) > 1 and set(decided) <= numbers}
    for row in rows:
        if id(row) in inside and name_key(row.name) not in every:
            row.status, row.absent_items, row.per_item = "present", [inside[id(row)]], True
    return rows
