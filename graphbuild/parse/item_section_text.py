"""A short line inside an item's own text, no unnumbered item's title: on a page whose item headings were lost
(fold-out buttons a page's text drops), a line under one of an item's main headings or a section of remarks and
over a decision heading is that section's text ("Resume" / "Godkendelse af dagsorden for BUL den 7. juni 2022" /
"Beslutning", "Beslutning" / "Dagsorden godkendes" / "Beslutning", "Centralforvaltningens bemærkninger" / "Der er
ikke yderligere bemærkninger" / "Beslutning Plan- og Boligudvalget den 10-06-2014"). Read by `item_unnumbered`; a
title over the item's first heading after the decision text of the item before ("Beslutning" / "Godkendt." /
"Titel" / "Resumé"), or over a heading that opens a case ("Sagsfremstilling", "Indstilling"), stays one."""

from __future__ import annotations

import re

from graphbuild.parse.item_lines import previous_text
from graphbuild.parse.lines import Line
from graphbuild.parse.sections import heading_kind

# "Bemærkninger", "Centralforvaltningens bemærkninger", "Økonomiske bemærkninger": an item's section of remarks
REMARKS_HEADING = re.compile(r"(?i)^(?:[\wæøå\-]+\s+)?bemærkninger:?$")


def inside_item_text(line: Line, below: Line, lines: list[Line], heads: set[int]) -> bool:
    """Whether ``line``, over the item heading ``below``, is an item's own text rather than a title: the line
    above it (blank lines passed over) an item's main heading or a section of remarks, the heading below it a
    decision's."""
    upper = previous_text(lines, line.index)
    if upper is None or heading_kind(below.clean) != "beslutning":
        return False
    return upper.index in heads or REMARKS_HEADING.match(upper.clean) is not None
