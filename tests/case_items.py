"""Agenda items for the attendance tests' cases, read from their "Punkt N: title" lines: the one scaffold the
tests of absences printed inside items share."""

from __future__ import annotations

import re

from graphbuild.models import AgendaItem, Section

_ITEM_HEAD = re.compile(r"(?m)^Punkt (\d+): (.*)$")


def items_of_case(text: str) -> list[AgendaItem]:
    """The items of a case: each "Punkt N: title" line to the next, its "Beslutning" section if it has one."""
    heads = list(_ITEM_HEAD.finditer(text))
    items = []
    for index, head in enumerate(heads):
        end = heads[index + 1].start() if index + 1 < len(heads) else len(text)
        decision = text.find("Beslutning\n", head.end(), end)
        sections = (
            [Section(heading="Beslutning", kind="beslutning", text=text[decision:end], start=decision, end=end)]
            if decision >= 0
            else []
        )
        items.append(AgendaItem(number=head[1], title=head[2], start=head.start(), end=end, sections=sections))
    return items
