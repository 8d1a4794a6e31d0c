"""Minutes written as a numbered list of what happened, each line a sentence ("2. Der er enighed om at vente med
konstituering til efter den nært forestående generalforsamling." / "4. Næste møde afholdes d. 26. april på
brandstationen" / "5. Dato for den første ordinære generalforsamling aftales på mødet i april."): a line there that is
a main clause with no text under it is its item's narrative though its full stop is left off, read by ``agenda`` for
``outcomes`` where no decision text of the item's own was found.

A line alone with no full stop is a title ("Næste møde", "Status på det arbejde, der er sat i gang med stierne": a
topic's words before its verb); only in a list where two other lines at least are stopped sentences with a finite verb
is the line a sentence too, and then only a main clause: its finite verb among its first three words, no question.
"""

from __future__ import annotations

import re

from graphbuild.extract.outcome_prose import FINITE_VERB
from graphbuild.models import AgendaItem

_WORD = re.compile(r"[^\W\d_]{2,}")
_NON_SPACE = re.compile(r"\S")
_SENTENCES = 2  # other stopped sentences the list must hold
_SHORTEST = 4  # words of a sentence
_SUBJECT_WORDS = 2  # words before a main clause's finite verb


def _line_after_title(item: AgendaItem, text: str) -> tuple[str, bool] | None:
    """The item's title as its line prints it, and whether its text holds more after that line; None when the title is
    not on the item's first line."""
    line_end = text.find("\n", item.start, item.end)
    line_end = item.end if line_end < 0 else line_end
    first = text[item.start : line_end]
    at = first.find(item.title) if item.title else -1
    if at < 0:
        return None
    return first[at:].strip(), _NON_SPACE.search(text, line_end, item.end) is not None


def _stopped_sentence(line: str) -> bool:
    """A line of four words or more ending in a full stop, with a finite verb."""
    return line.endswith(".") and len(_WORD.findall(line)) >= _SHORTEST and FINITE_VERB.search(line.lower()) is not None


def minuted_list(items: list[AgendaItem], text: str) -> set[int]:
    """The indexes of the items (in ``items``) whose line is a main clause with no full stop and no text under it, in
    a list whose other lines hold two stopped sentences at least."""
    lines = [_line_after_title(item, text) for item in items]
    stopped = [k for k, line in enumerate(lines) if line is not None and _stopped_sentence(line[0])]
    found: set[int] = set()
    for k, line in enumerate(lines):
        if line is None or line[1] or items[k].from_contents or not items[k].public:
            continue
        title = line[0]
        if title.endswith(".") or "?" in title or len([s for s in stopped if s != k]) < _SENTENCES:
            continue
        verb = FINITE_VERB.search(title.lower())
        if verb is None or len(_WORD.findall(title)) < _SHORTEST:
            continue
        if len(_WORD.findall(title[: verb.start()])) <= _SUBJECT_WORDS:
            found.add(k)
    return found
