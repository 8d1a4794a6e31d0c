"""Who appointed a page's listed members, read by `role_chairs` where a list reader would take the network named
last before an entry: on a web page or in a news article a network its line names after "udpeget af", "valgt af"
or "indstillet af" ("5 medlemmer udpeget af kommunekontaktrådet i Region Hovedstaden (KKR Hovedstaden):") sent the
members, and holds no seat of the list under it: the seats are the body's the page is about."""

from __future__ import annotations

import re

# the appointer's verb and "af" before the name on the same line, no colon or full stop between (the label's colon
# ends it: a network named after the colon is the entry's)
_APPOINTED_BY = re.compile(
    r"(?i:\b(?:udpeget|udpegede|udpeges|valgt|valgte|vælges|indstillet|indstillede|indstilles)[ \t]+af[ \t])"
    r"[^\n:.]{0,80}$"
)
_REACH = 120  # the appointer's verb stands on the network's line, within a label's length before it


def named_as_appointer(text: str, pos: int) -> bool:
    """Whether the name at pos stands after an appointer's "udpeget af" on its own line, as who appointed."""
    line_start = max(text.rfind("\n", 0, pos) + 1, pos - _REACH)
    return _APPOINTED_BY.search(text, line_start, pos) is not None
