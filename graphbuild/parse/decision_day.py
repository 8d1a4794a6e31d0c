"""The meeting's day as the document's own decision headings print it, where the header's day is wrong.

An item's decision sections are told apart by their heading's date: the meeting's day is this meeting's decision, an
earlier day a body's decision quoted from the case's history. Where the header's day is wrong (a case history's date
near the top read as the meeting's), that test takes the history for the decision. The minutes' own decision heading
repeats in item after item ("Forretningsudvalgets beslutning den 8. november 2022"), a quoted decision stands in one
or a few: a day later than the header's that most items' decision headings carry is the meeting's.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from graphbuild.models import AgendaItem
from graphbuild.parse.dates import find_date

# a day printed in one item's headings only may be any body's: the minutes' own heading repeats
_FEWEST_ITEMS = 2


def decision_day(items: list[AgendaItem], header_day: date | None) -> date | None:
    """The day the meeting's decisions carry: the header's day, unless a later day stands in the decision headings
    of more items (two at least) than the header's day does."""
    if header_day is None:
        return None  # no day to doubt: an undated meeting's decisions are read by their order alone
    items_per_day: Counter[date] = Counter()
    for item in items:
        # in the order the headings print them (a set's order follows date hashes, which change with each run's
        # hash seed, and a tie in `most_common` goes to the day counted first)
        days: dict[date, None] = {}
        for section in item.sections:
            if section.kind == "beslutning" and section.heading:
                found = find_date(section.heading)
                if found is not None:
                    days[found.value] = None
        items_per_day.update(days.keys())
    if not items_per_day:
        return header_day
    day, count = items_per_day.most_common(1)[0]
    # a decision dated after the meeting is no history the meeting quotes: the header's day is not the meeting's
    if day > header_day and count >= _FEWEST_ITEMS and count > items_per_day[header_day]:
        return day
    return header_day
