"""A contents page whose unnumbered titles end in dotted leaders and page numbers, run onto one line by a text layer:
"Godkendelse af dagsorden........ 3 Svar på forslag fra DD om … Aarhus Ø......... 4 Svar på forslag fra KF og M om …
P-huse......... 6 …".

Unflattened, each title stands on its line with its leader and the contents reader takes it as an entry. Flattened,
``flat_lists.leader_cuts`` cut such a page only where the number column was read apart from the titles; a page of
unnumbered titles stayed one line, and its entries (and the items listed only there) were lost. Here (where
``leader_cuts`` finds no number column) each leader's
page number ends an entry where three or more leaders stand on the line, their page numbers going up (a contents
list's pages follow the items), each title between two of them no longer than a title (a title whose leader was lost
may stand with the next), and a capitalised title or the next item's number follows.

Guards: fewer than three leaders; page numbers that go down (a leader inside a form's fields, a list of figures
after the contents); a stretch between two leaders longer than a title or two ("SAGER TIL UDVALGETS AFGØRELSE
Evaluering af … Kulturmidler Ansøgning fra Otterup Friluftsspil...5 SAGER TIL …": several titles run together, whose
leaders the page printed only at each group's end, which ``flatten_titles`` cuts word by word); a leader whose page
number is followed by a lower-case word (a title's own words after a number, "… afsnit 3 og 4") none.
"""

from __future__ import annotations

import re
from itertools import pairwise

from graphbuild.parse.item_lines import ONE_TITLE

_LEAST = 3  # leaders on the line
_PAGE = re.compile(r"\d{1,3}")  # the page number in a leader's match, after its dots
_TITLE_NEXT = re.compile(r"[A-ZÆØÅ0-9\"“„]")  # what opens the next entry: a capitalised title or its number
_BETWEEN = ONE_TITLE + 30  # characters between two leaders: a title, or a short one whose leader was lost and the next


def leader_title_cuts(text: str, leaders: list[re.Match[str]]) -> list[int]:
    """Offsets after each dotted leader's page number in a flattened line of three or more, the pages going up;
    ``leaders``: the line's matches of ``flat_lists.LEADER_PAGE``, a leader's dots and its page number."""
    if len(leaders) < _LEAST or any(b.start() - a.end() > _BETWEEN for a, b in pairwise(leaders)):
        return []
    pages = [_page(leader[0]) for leader in leaders]
    if any(b < a for a, b in pairwise(pages)):
        return []
    return [m.end() for m in leaders if m.end() < len(text) and _TITLE_NEXT.match(text, m.end())]


def _page(leader: str) -> int:
    """The page number a leader's match holds after its dots."""
    page = _PAGE.search(leader)
    return int(page[0]) if page is not None else 0
