"""A letter's closing formula below a list, "Med venlig hilsen", "Venlig hilsen", "Mvh.", "På bestyrelsens vegne":
the list has ended, and the name after it is the signer's, no entry. Before, the formula's three words or fewer were
skipped as a list's stray piece ("RM", "Faxe") and the signer read as one more entry (absent, under "Afbud:").
Read by `attendance_entries` at the start of each entry."""

from __future__ import annotations

import re

# the formula opening the entry's piece, in any case; "hilsen" alone only on a line of its own
_CLOSING = re.compile(
    r"(?i:(?:med[ \t]+)?(?:venlig(?:st)?|kærlig|de[ \t]+bedste)[ \t]+hilsen(?:er)?|mvh\.?(?=[ \t]*(?:\n|$))|"
    r"på[ \t]+[\wæøå-]+(?:[ \t]+[\wæøå-]+)?[ \t]+vegne)(?![\w-])"
)


def closing_formula_at(text: str, pos: int, end: int) -> bool:
    """Whether a letter's closing formula opens ``text[pos:end]``."""
    return _CLOSING.match(text, pos, end) is not None
