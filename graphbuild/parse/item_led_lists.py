"""A numbered list a sentence leads into inside an item's text goes on through all its points: "Direktionen
indstiller, at" / "1. Budgettet godkendes" / "2. Overskuddet overføres" / "3. Anlægsrammen fastholdes", "Formanden
orienterede om følgende:" / "1. Ny hjemmeside" / "2. Sommerfest" / "3. Affaldsordning". The heading readers pass
over the list's "1." (the line before leads into it, `item_headings.leads_into_list`); its later points, each the
number after the last, printed and indented alike within a few lines and no section heading between
(`item_inner_lists.next_point`), are the list's too where an item's heading further on carries one of its points'
numbers ("3. Eventuelt" after the list, which keeps it): then every later point is, one past the items' last
number as well; a list no later heading numbers alike stands as read (`item_inner_lists` reads it). A list a
label opens ("Dagsorden:", "Følgende dagsorden:"), a "1." no item's heading stands above (the meeting's own items
after a header's lead-in) and a flattened page's pieces none."""

from __future__ import annotations

from graphbuild.parse.item_features import LedLine
from graphbuild.parse.item_headings import leads_into_list
from graphbuild.parse.item_inner_lists import next_point
from graphbuild.parse.item_lines import Candidate, previous_text
from graphbuild.parse.lines import Line


def led_list_points(
    candidates: list[Candidate], lines: list[Line], led: list[LedLine], segmented: set[int]
) -> set[int]:
    """The line indexes of candidates that are the later points of a list a sentence leads into inside an item's
    text. ``led``: ``led_lines(lines)``; ``segmented``: the pieces of a flattened page."""
    if not candidates:
        return set()
    at = {candidate.line.index: candidate for candidate in candidates}
    first_heading = min(at)
    points: set[int] = set()
    run: LedLine | None = None  # the last point of the open list
    read: list[Candidate] = []  # the open list's points the heading readers took for headings
    for entry in [*led, None]:
        index = lines[entry.position].index if entry is not None else -1
        if entry is not None and run is not None and next_point(run, entry, lines):
            run = entry
            if index in at and not at[index].explicit:
                read.append(at[index])
            continue
        if any(_taken_later(point, candidates) for point in read):
            points.update(point.line.index for point in read)  # the list meets the items' own numbers
        read = []
        run = (
            entry if entry is not None and _opens_led_list(entry, index, at, first_heading, lines, segmented) else None
        )
    return points


def _opens_led_list(
    entry: LedLine, index: int, at: dict[int, Candidate], first_heading: int, lines: list[Line], segmented: set[int]
) -> bool:
    """Whether a numbered line is a list's "1." that the line before leads into, under an item's heading and
    itself no item's."""
    if entry.number != 1 or entry.sub or entry.prefix or not entry.rest or index in at or index in segmented:
        return False
    if index < first_heading:
        return False  # no item's heading above: the meeting's own list of items
    previous = previous_text(lines, index)
    return previous is not None and leads_into_list(previous.clean)


def _taken_later(point: Candidate, candidates: list[Candidate]) -> bool:
    """Whether a heading after the point carries its number: the item the point would take the place of."""
    return any(c.number == point.number and c.line.index > point.line.index for c in candidates)
