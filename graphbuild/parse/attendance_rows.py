"""The row every attendance reader returns, and what the readers share of the text: the lower-cased
text with its offsets kept, and item numbers as minutes write them ("punkterne 12-15", "pkt. 3 og 5")
(the offsets of cue words: ``attendance_reading.CueWords``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from graphbuild.models import AttendanceStatus
from graphbuild.parse.attendance_names import NameHit
from graphbuild.vocab.near import lowered_as_written


@dataclass
class Row:
    name: str
    status: AttendanceStatus
    start: int
    end: int
    party: str | None = None
    role: str | None = None
    for_: str | None = None
    absent_items: list[str] = field(default_factory=list)
    per_item: bool = False  # read from a per-item statement, not a list of the whole meeting
    late: bool = False  # present, the entry noting they came late ("(ankom kl. 17.30)"): outranks an apology
    welcomed: bool = False  # present only as the one who welcomed the meeting ("X bød velkommen")


ITEM_WORD = r"(?:dagsordens)?(?:punkt(?:erne|er)?|pkt\.?|sag(?:erne)?|sagsnr\.?)"
ITEMS = rf"(?P<items>\d+(?:\s*(?:[-–]|,|og|til)\s*(?:{ITEM_WORD}\s*)?\d+)*)"


def lowered(text: str) -> str:
    """``text`` in lower case with the same offsets (a letter whose lower case is longer stays as it is): the
    document's shared lower-case copy when it holds no such letter (``vocab.near.lowered_as_written``)."""
    return lowered_as_written(text)


_ITEM_WORD_PATTERN = re.compile(rf"(?i){ITEM_WORD}")
_COMMA_OR_OG = re.compile(r"\s*(?:,|og)\s*")
_NUMBER = re.compile(r"\d+")
_RANGE_MARK = re.compile(r"[-–]|til")


def item_numbers(spec: str) -> list[str]:
    """Item numbers: "12-15" -> 12..15, "14 og 18", "01 – pkt. 03" -> 1..3."""
    numbers: list[str] = []
    parts = _COMMA_OR_OG.split(_ITEM_WORD_PATTERN.sub(" ", spec))
    for part in parts:
        bounds = [int(n) for n in _NUMBER.findall(part)]
        if len(bounds) == 2 and _RANGE_MARK.search(part) and 0 <= bounds[1] - bounds[0] <= 200:
            numbers += [str(n) for n in range(bounds[0], bounds[1] + 1)]
        else:
            numbers += [str(n) for n in bounds]
    return numbers


def as_row(hit: NameHit, status: AttendanceStatus, for_: str | None = None) -> Row:
    """The row of a name a reader found."""
    return Row(hit.name, status, hit.start, hit.end, party=hit.party, role=hit.role, for_=for_)
