"""Numbered lists inside an item's text: a list that starts again from 1 under a chosen item's heading ("2.
Godkendelse af udtræden ..." ... "Indstilling" ... "1. Godkender af X udtræder ..." / "2. Godkender at Y
indtræder ..." / "3. Udpeger til de ledige udvalgsposter og hverv.") goes on through its points, and a point the
rules or the model chose as an item is the list's when it is a sentence (no item's heading ends in a full stop).
Lettered points under an item whose heading ends in a colon ("1. Startpunkter:" / "1a. …") are its record too."""

from __future__ import annotations

import re

from graphbuild.parse.item_features import LedLine
from graphbuild.parse.item_lines import Candidate, is_heading
from graphbuild.parse.lines import Line

_POINT_REACH = 12  # lines from one point of a list to the next at most


def without_inner_points(chosen: list[Candidate], lines: list[Line], led: list[LedLine]) -> list[Candidate]:
    """The chosen headings less the points of lists inside an item's text: a run of numbered lines printed and
    indented alike that starts again from 1 after a chosen heading (the "1." not chosen), each point the one after
    the last within a few lines with no section heading between, its titles opening alike (capital or lower case);
    a chosen point is dropped when its title is a sentence. ``led``: ``led_lines(lines)``, read once per document."""
    if len(chosen) < 2:
        return chosen
    chosen_at = {candidate.line.index: candidate for candidate in chosen}
    points: set[int] = set()
    run: LedLine | None = None  # the last point of the open inner list
    inside_item = False  # a chosen heading stands above: its text goes on
    for entry in led:
        at = lines[entry.position].index
        heading = chosen_at.get(at)
        if run is not None and next_point(run, entry, lines):
            run = entry
            if heading is not None and heading.title.rstrip().endswith("."):
                points.add(at)  # a sentence, as a recommendation's points are: no item's heading
            continue
        if heading is not None:
            inside_item, run = True, None
        elif inside_item and entry.number == 1 and not entry.sub and entry.rest:
            run = entry  # a list that starts again from 1 inside the item's text
    if not points:
        return chosen
    return [candidate for candidate in chosen if candidate.line.index not in points]


def _indent(line: Line) -> int:
    return len(line.text) - len(line.text.lstrip())


def next_point(last: LedLine, entry: LedLine, lines: list[Line]) -> bool:
    """Whether a numbered line is the next point of the list whose last point is ``last``: the number after it,
    printed alike and indented alike, its title opening as the last one's does, a few lines on and no section
    heading between."""
    if entry.number != last.number + 1 or (entry.prefix, entry.mark, entry.sub) != (last.prefix, last.mark, ""):
        return False
    if not entry.rest or entry.rest[:1].isupper() != last.rest[:1].isupper():
        return False
    if entry.position - last.position > _POINT_REACH or _indent(lines[entry.position]) != _indent(lines[last.position]):
        return False  # far apart, or a point of another level: an item after its own nested points
    return not any(is_heading(line.clean) for line in lines[last.position + 1 : entry.position] if line.clean)


_LEAST_BARE_POINTS = 3  # two sub-numbered lines together may be two short items; three with no text are a list


def without_bare_sub_points(chosen: list[Candidate]) -> list[Candidate]:
    """The chosen headings less a list of sub-numbered points on adjacent lines under their item ("6. Siden sidst" /
    "6.1 Aktivitetsmessen i Gelsted" / "6.2 Reception 3. september" / ...): three or more points N.1, N.2, ... of
    a chosen item N, each on the line right after the one before, with no text of their own, are the item's text.
    Sub-items with a text of their own between them stay items."""
    tops = {candidate.number for candidate in chosen if candidate.number.isdigit()}
    drop: set[int] = set()
    run: list[Candidate] = []
    for candidate in [*chosen, None]:
        if candidate is not None and _follows(run, candidate, tops):
            run.append(candidate)
            continue
        if len(run) >= _LEAST_BARE_POINTS:
            drop.update(point.line.index for point in run)
        run = [candidate] if candidate is not None and _sub_number(candidate, tops) == 1 else []
    return [candidate for candidate in chosen if candidate.line.index not in drop]


def _sub_number(candidate: Candidate, tops: set[str]) -> int | None:
    """The point's number under its item ("6.2" -> 2) when its item ("6") is chosen, else None."""
    top, dot, sub = candidate.number.partition(".")
    return int(sub) if dot and top in tops and sub.isdecimal() else None


def _follows(run: list[Candidate], candidate: Candidate, tops: set[str]) -> bool:
    """Whether a candidate is the run's next point: the same item's, numbered one more, on the very next line."""
    if not run:
        return False
    last = run[-1]
    number = _sub_number(candidate, tops)
    return (
        number is not None
        and candidate.number.partition(".")[0] == last.number.partition(".")[0]
        and number == (_sub_number(last, tops) or 0) + 1
        and candidate.line.index == last.line.index + 1
    )


# "1a", "2 b", "4.c": a lettered point under its item's number
_LETTERED_NUMBER = re.compile(r"^(?P<top>\d{1,3})[.\s]?[a-h]$")


def without_led_letters(chosen: list[Candidate], lines: list[Line]) -> list[Candidate]:
    """The chosen headings less the lettered points of an item whose heading leads into them with a colon ("1.
    Startpunkter:" / "1a. Dagsorden blev godkendt" / "1b. Referat fra sidst blev godkendt", "2. Økonomi:" / "2a. Budget
    2019. Orientering ..."): the item's own record, point by point. Lettered items under a heading that is a title
    ("4. Tilrettelæggelse af ekstraordinær generalforsamling" / "4a. Bestyrelsen foreslår ...") stay, and so do those
    of a group's heading ("3. Sager til beslutning:" / "3a. Budget 2024") whose points carry section headings of
    their own (an item's "Sagsfremstilling", "Beslutning")."""
    leading = {c.number for c in chosen if c.number.isdecimal() and c.line.clean.rstrip("*_ ").endswith(":")}
    if not leading:
        return chosen
    points = [
        k
        for k, c in enumerate(chosen)
        if (match := _LETTERED_NUMBER.match(c.number)) is not None and match["top"] in leading
    ]
    if any(_headed_text(chosen, k, lines) for k in points):
        return chosen
    dropped = {chosen[k].line.index for k in points}
    return [c for c in chosen if c.line.index not in dropped]


def _headed_text(chosen: list[Candidate], k: int, lines: list[Line]) -> bool:
    """Whether a section heading stands in the chosen heading's text, before the next chosen heading."""
    end = chosen[k + 1].line.index if k + 1 < len(chosen) else len(lines)
    return any(line.clean and is_heading(line.clean) for line in lines[chosen[k].line.index + 1 : end])
