"""A flattened page's own number inside its prose opens no item.

A transcript that put each page of a PDF on one line after its page number prints, on page 2, "… herunder
Plejecenter Snorrebakken, etape 2. Der var frokostpause kl": the number that ends the sentence is the page's number
by chance, and it continues the item numbers (1, 2, …), so it was read as item 2, "Der var frokostpause kl", and
the real item 2 on the next page was shifted. Such a number is no item's when all hold: it is the number its page's
line opens with; it stands inside the page, after a lower-case word with no sentence end between ("etape 2."), not
at the page's start; and a sentence follows it, an expletive or a pronoun and a finite verb ("Der var", "Det blev",
"Vi har"), no title's opening.

Guards: an item numbered as its page at the page's start ("3 3. Godkendelse af …") is kept; an item number after a
sentence's end ("Godkendt. 2. Budget"), after a capitalised word ("Godkendt 2. Sager til behandling") or before a
title ("dagsorden 2. Budget 2011") is kept; a number that is not its page's is untouched.
"""

from __future__ import annotations

import re

# the page number a flattened page's line opens with
_PAGE_NUMBER = re.compile(r"(\d{1,3})[ \t]+(?=\S)")
# a lower-case word right before the number: no sentence end, no capitalised heading word between
_WORD_BEFORE = re.compile(r"(?<![\w.])[a-zæøå]{2,}[ \t]+$")
# a sentence's opening after "N. ": an expletive or a pronoun, then a finite verb
_SENTENCE = re.compile(
    r"\d{1,3}\.[ \t]+(?:Der|Det|Den|Dette|Han|Hun|Vi|De|Man)[ \t]+"
    r"(?:var|er|blev|bliver|har|havde|kan|kunne|skal|skulle|vil|ville|må|fik|får)\b"
)
_BEFORE_REACH = 40


def page_number_in_prose(line: str, start: int) -> bool:
    """Whether the number at ``start`` of a flattened page's ``line`` is its page's number inside a sentence."""
    page = _PAGE_NUMBER.match(line)
    if page is None or start <= page.end():
        return False
    if (
        not line.startswith(page.group(1), start)
        or line[start + len(page.group(1)) : start + len(page.group(1)) + 1] != "."
    ):
        return False
    if _SENTENCE.match(line, start) is None:
        return False
    return _WORD_BEFORE.search(line[max(0, start - _BEFORE_REACH) : start]) is not None
