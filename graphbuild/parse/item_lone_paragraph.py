"""A web page's one numbered paragraph, "1. Formål" over the page's rules: no agenda item, in a document that records
no meeting (its header names neither a kind of record nor a day, and it lists no one's attendance). `no_agenda` reads
lists of two or more; one entry alone was left as a portal's page of one agenda item, which prints the item's case
(`kind_case_page`) or its case number. So a lone item read from the text that holds neither a section of an item
(Sagsfremstilling, Baggrund, Indstilling, Beslutning, Økonomi, Bilag …) nor a case, journal or document number (one
the item readers took, or a portal's own line of it, "Sag 306-2009-600", "Dok. 306-2019-263412", "Sagsnr.: 12/345"),
and whose title is no standing item ("Godkendelse af dagsorden", "Eventuelt"), is none."""

from __future__ import annotations

import re

from graphbuild.models import AgendaItem
from graphbuild.parse.item_lines import STANDING_ITEM

# a line of the item's case as a portal prints it: "Sag 306-2009-600", "Dok. 306-2019-263412", "Sagsnr.: 12/345",
# "Sags id: 2019-1234", "J.nr. 00.01.00", "Journalnr. 12/345"
# (the line's blanks read once, possessive: a run of blanks is never split between two runs)
_CASE_LINE = re.compile(
    r"(?im)^[ \t]*+(?:sag(?:s)?(?:[ \t]*+(?:nr|id)\.?)?|dok(?:ument)?(?:[ \t]*+nr)?\.?|j(?:ournal)?\.?[ \t]*+nr\.?)"
    r"[ \t]*+(?::[ \t]*+)?\d"
)
_CASE_REACH = 600  # the item's heading and the lines of its case right under it


def lone_paragraph(items: list[AgendaItem], text: str) -> bool:
    """Whether the document's one item is a numbered paragraph: read from the text, no section, no case number."""
    if len(items) != 1:
        return False
    item = items[0]
    return not (
        item.from_contents
        or item.sections
        or item.case_numbers
        or item.journal_number
        or item.document_number
        or STANDING_ITEM.match(item.title)
        or _CASE_LINE.search(text, item.start, min(item.end, item.start + _CASE_REACH))
    )
