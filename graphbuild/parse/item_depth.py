"""Where a numbered list's lines stand: the points of a list nested one level deeper are no items, and a list
whose numbering starts again at the items' own level goes on with more items.

A web page's ordered lists come out as " 1. Titel" with one space per level of nesting; a list inside an item
("  1. Herunder spm om aktindsigt") stands deeper than the items around it. A list broken by a nested one or
by the text between its points starts again from 1 ("7. Dagsordener og referater" / "  1. Direkte relationer"
/ " 1. Nyt fra institutioner"), as does a second list (the closed items after the open ones): its points are
items too, numbered as printed. Right-aligned numbers (" 9." over "10.") end in the same column: one level.
"""

from __future__ import annotations

import re
from itertools import pairwise

from graphbuild.parse.item_lines import Candidate, previous_text, same_title
from graphbuild.parse.lines import Line

_LIST_MARK = re.compile(r"^(?P<indent> *)(?P<num>\d{1,3})[.)]\s")
_MOST_INDENT = 8  # deeper than this the spaces are a PDF's layout, not a list's level
# "Lukket dagsorden", "Lukket møde:", "Lukkede punkter", "Åben dagsorden": the heading of a meeting's part (its
# words shared with a contents list's groups, item_contents_rows)
PART_STATE = r"(?:åben|åbent|åbne|(?P<closed>lukket|lukkede))"
PART_NOUN = r"(?:dagsorden|møde|del|punkter|sager)"
_PART_HEADING = re.compile(rf"(?i)^{PART_STATE}\s+{PART_NOUN}:?$")


def list_level(text: str) -> tuple[int, int] | None:
    """(indent, column after the number) of a list-marked line, or None (no list mark, or a PDF's layout)."""
    match = _LIST_MARK.match(text) if text[:1] in " 0123456789" else None
    if match is None or len(match["indent"]) > _MOST_INDENT:
        return None
    return len(match["indent"]), match.end("num")


def deeper(level: tuple[int, int], than: tuple[int, int]) -> bool:
    """Whether a list mark stands a level deeper than another: its indent and its number's end both further right."""
    return level[0] > than[0] and level[1] > than[1]


def _level(candidate: Candidate) -> tuple[int, int] | None:
    return None if candidate.explicit else list_level(candidate.line.text)


def nested_points(candidates: list[Candidate]) -> set[int]:
    """Line indexes of the points of a nested list: list-marked lines standing deeper than a list-marked line
    before them, numbered from 1, when the list comes back to that shallower level later (a PDF's uneven
    indents, " 8." then "   9.", go on numbering and are no nested list)."""
    levels = [_level(c) for c in candidates]
    later_indent = [_MOST_INDENT + 1] * (len(levels) + 1)  # the least indent of a list mark after each place
    for k in range(len(levels) - 1, -1, -1):
        level = levels[k]
        later_indent[k] = min(later_indent[k + 1], level[0] if level is not None else _MOST_INDENT + 1)
    ends: dict[int, int] = {}  # indent -> the least column after a number at that indent so far
    nested: set[int] = set()
    for k, level in enumerate(levels):
        shallower = [(i, e) for i, e in ends.items() if level is not None and deeper(level, (i, e))]
        if level is not None:
            ends[level[0]] = min(ends.get(level[0], level[1]), level[1])
        if not shallower or level is None:
            continue
        in_run = candidates[k - 1].line.index in nested and levels[k - 1] == level
        parent = next(
            c for c, o in zip(candidates[k - 1 :: -1], levels[k - 1 :: -1], strict=True) if o and deeper(level, o)
        )
        # a nested list starts from 1, or (its first point not read: "følgende fonde:" / "  1. ...") at a number
        # that does not go on from the point it stands under ("2. Siden sidst" / "  2. Matas Miljøfond")
        opened = in_run or candidates[k].number == "1" or _not_after(candidates[k].number, parent.number)
        if opened and later_indent[k + 1] <= min(shallower)[0]:
            nested.add(candidates[k].line.index)
    return nested


def _not_after(number: str, parent: str) -> bool:
    return number.isdecimal() and parent.isdecimal() and int(number) <= int(parent)


def restarts_list(candidate: Candidate, chosen: list[Candidate], lines: list[Line], nested: set[int]) -> bool:
    """Whether a "1." starts the items' list again: right under a part's heading ("Lukket dagsorden"), or a
    list-marked line at the very level of every item chosen so far, under a title of its own, right after a nested
    list's point or after items each with text of its own (not a second list in an item's text, after a first
    whose points follow each other line by line)."""
    if candidate.number != "1" or not chosen:
        return False
    above = previous_text(lines, candidate.line.index)
    if above is not None and _PART_HEADING.match(above.clean) and not same_title(chosen[0].title, candidate.title):
        return True  # "Lukket dagsorden" / "1. Salg af grund": the closed part's items, numbered from 1 again
    level = _level(candidate)
    if level is None or level[0] == 0:
        return False  # a list mark at the line's start is any numbered line's; only a rendered list's level tells
    if any(_level(c) != level for c in chosen) or same_title(chosen[0].title, candidate.title):
        return False
    if above is not None and above.index in nested:
        return True
    if _one_entry_lists(candidate, chosen[-1], level, lines):
        return True
    return all(any(line.text.strip() for line in lines[a.line.index + 1 : b.line.index]) for a, b in pairwise(chosen))


_ONE_ENTRY_REACH = 80  # lines looked ahead for the next list mark at the items' level


def _one_entry_lists(candidate: Candidate, last: Candidate, level: tuple[int, int], lines: list[Line]) -> bool:
    """Whether a "1." set apart from the item before stands in a run of lists that hold one entry each, as a web
    editor renders items it numbered one list at a time ("  1. Valg af to stemmetællere" / text / "  1. Årsberetning"):
    the item before is such a "1." too, or the next list mark at the same level is another "1." with text between."""
    if not _text_between(lines, last.line.index, candidate.line.index):
        return False
    if last.number == "1" and list_level(last.line.text) == level:
        return True
    end = min(len(lines), candidate.line.index + 1 + _ONE_ENTRY_REACH)
    for line in lines[candidate.line.index + 1 : end]:
        mark = list_level(line.text) if line.text[:1] in " 0123456789" else None
        if mark is None:
            continue
        if mark != level:
            return False  # a list at another level first: no run of the items' own one-entry lists
        following = _LIST_MARK.match(line.text)
        return (
            following is not None and following["num"] == "1" and _text_between(lines, candidate.line.index, line.index)
        )
    return False


def _text_between(lines: list[Line], first: int, second: int) -> bool:
    return any(line.text.strip() for line in lines[first + 1 : second])


def closed_part_start(chosen: list[Candidate], lines: list[Line]) -> int | None:
    """The line index of a closed part's heading ("Lukket dagsorden", "Lukkede punkter") right over a chosen "1."
    after other items: the items from there on are closed."""
    for position, candidate in enumerate(chosen):
        above = previous_text(lines, candidate.line.index) if position and candidate.number == "1" else None
        heading = _PART_HEADING.match(above.clean) if above is not None else None
        if above is not None and heading is not None and heading["closed"]:
            return above.index
    return None
