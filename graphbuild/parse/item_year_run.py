"""A contents list of items numbered by running number and year ("36/10 Sager til orientering /10
Revisionsberetning ... /10 Budget 2011 høringssvar") whose running numbers a transcript dropped, leaving
only the year after a slash between the titles: cut at each "/10". The first entry keeps its full
number; the others take the running numbers after it, as the list's order implies them."""

from __future__ import annotations

import re
from functools import lru_cache

from graphbuild.parse.item_lines import ONE_TITLE, ContentsEntry, title_from
from graphbuild.parse.lines import Line

_FIRST = re.compile(r"(?<!\S)(?P<num>\d{1,3})/(?P<year>\d\d)\s+(?=[A-ZÆØÅ])")
_RUN = 3  # a list has three or more titles after the first


def year_run_entries(lines: list[Line], skip: set[int]) -> tuple[set[int], list[ContentsEntry]]:
    """The entries of every such list, and the lines they stand on (lines in ``skip`` are not read)."""
    inside: set[int] = set()
    entries: list[ContentsEntry] = []
    for line in lines:
        if line.index in skip or "/" not in line.clean:
            continue
        found = _run_in(line)
        if found:
            inside.add(line.index)
            entries.extend(found)
    return inside, entries


@lru_cache(maxsize=64)
def _year_separator(year: str) -> re.Pattern[str]:
    """ "/10" before a capitalised title: where a transcript dropped an item's running number."""
    return re.compile(rf"(?<=\s)/{year}\s+(?=[A-ZÆØÅ])")


def _run_in(line: Line) -> list[ContentsEntry]:
    text = line.clean
    for first in _FIRST.finditer(text):
        separator = _year_separator(first["year"])
        cuts = [m for m in separator.finditer(text, first.end())]
        if len(cuts) < _RUN:
            continue
        starts = [first.end(), *(c.end() for c in cuts)]
        ends = [*(c.start() for c in cuts), len(text)]
        titles = [text[a:b].strip() for a, b in zip(starts, ends, strict=True)]
        if any(len(t) > ONE_TITLE for t in titles[:-1]) or not all(titles):
            return []  # prose between the slashes: no list
        last = titles[-1]
        if len(last) > ONE_TITLE:
            titles = titles[:-1]  # the page goes on after the last title: its end is unknown
        number, year, width = int(first["num"]), first["year"], len(first["num"])  # "04/13": zero-padded
        found = [ContentsEntry(first["num"] + f"/{year}", title_from(titles[0]), line)]
        # the running numbers follow each other down the list: entry k after "36/10" is (36 + k)/10
        found.extend(
            ContentsEntry(f"{number + k:0{width}d}/{year}", title_from(t), line, printed=False)
            for k, t in enumerate(titles[1:], start=1)
        )
        return found
    return []
