"""An election's result printed as lines of a post and its holder under the election's item ("Konstituering" /
"Formand – Marina Wijngaard" / "Næstformand – Inge-Lis Madsen", "Formand. Niels." / "Kasserer. John."): the written
rule's election, "also its result printed as a list of names and posts", approved where it is printed before any
other form (a point put off after it, "Eventuel selvsupplering udsættes til et senere møde", is not the first form).
"""

from __future__ import annotations

import re

from graphbuild.extract.decision_rules import first_form

# a board's or a meeting's post at a line's start, a dash, colon or full stop, then a capitalised name
# ("Formand – Marina Wijngaard", "Kasserer. John.", "Vicekasserer/webmaster – Carsten Kristoffersen")
_POST_LINE = re.compile(
    r"(?im)^[ \t]*(?:vice|næst)?(?:formand|kasserer|sekretær|referent|ordstyrer|dirigent|revisor|stemmetæller)"
    r"(?:e|en)?(?:/[\wæøå]+)?[ \t]*(?:[–-]|[:.])[ \t]*(?-i:[A-ZÆØÅ][a-zæøå]+)"
)
_FEWEST_POSTS = 2


def posts_filled_first(decision: str) -> bool:
    """The decision prints two or more lines of a post and its holder, the first of them before any verdict form."""
    lines = list(_POST_LINE.finditer(decision))
    if len(lines) < _FEWEST_POSTS:
        return False
    form = first_form(decision)
    return form is None or form[1] > lines[0].start()
