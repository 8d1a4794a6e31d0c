"""A body's bulleted members a PDF's text layer flattened into one line, read by `roles`: "… Sagsfremstilling
Integrationsrådet består af: • Martin Bech - valgt blandt Byrådets medlemmer • Peter H.S. Kristensen - valgt …",
"… Om udvalget Udvalget består af syv regionsrådsmedlemmer: • Niels Erik Iversen (A) (formand) • Birgit Marie
Christensen (A)(næstformand) • John G. Christensen (A) …". The line is read as `role_member_blocks` reads the list
before it was flattened: a line break before each bullet and before the label (from the sentence's start, or the
bare "Medlemmer" the bullet follows), the text otherwise as it is (one character for one, so every place stays).
Only on a line of FLAT_LINE characters or more, and only a bullet run whose first bullet follows a colon or a bare
label of members; `role_member_blocks`' guards hold (no label of attendance, absence, candidates or substitutes;
an entry that prints a seat in the body gives no `medlem`), and two of its own: no label that names a chair's post
("… en formand blandt udvalgets eksterne medlemmer i hver fase:"), and no name the flattened line ends in (the next
page's first word may have joined it)."""

from __future__ import annotations

import re
from collections.abc import Callable

from graphbuild.extract.people import PersonMention
from graphbuild.extract.role_facts import RoleFact, Target
from graphbuild.extract.role_member_blocks import LABEL_MAX, members_in_blocks
from graphbuild.extract.role_member_flattened_runs import FLAT_LINE

BULLET = "•"
# the label's own opening inside the flattened line: a sentence's start ("… af poster. Integrationsrådet består af:")
SENTENCE_END = re.compile(r"[.!?][ \t]+(?=[A-ZÆØÅ0-9])")
# a bare label of members right before the bullet: "… 21. Underskriftsark Medlemmer • NAME: Deltog"
# (capitalised, as a heading is: "… valgt blandt Byrådets medlemmer • NAME" is an entry's end, no label)
BARE_LABEL = re.compile(r"(?<=[ \t])(?:[A-ZÆØÅ][\wæøå-]*medlemmer|Medlemmer)(?:ne)?[ \t]*$")

# a label that names a chair's post lists chairs, not members: "Der valgtes desuden en formand blandt udvalgets
# eksterne medlemmer i hver fase: • NAME, Socialdemokratiet (A) • …"
CHAIR_WORD = re.compile(r"formand|formænd", re.IGNORECASE)


def members_in_flattened_bullets(
    text: str, people: list[PersonMention], chair_at: Callable[[int], Target], found: list[RoleFact]
) -> list[RoleFact]:
    """`medlem` for each person of a bulleted list of members inside a flattened line, as `role_member_blocks`
    reads the list on lines of its own."""
    if f" {BULLET} " not in text:
        return []
    chars: list[str] | None = None
    line_start = 0
    while line_start < len(text):
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        if line_end - line_start >= FLAT_LINE and f" {BULLET} " in text[line_start:line_end]:
            chars = chars or list(text)
            _reline(text, chars, line_start, line_end)
        line_start = line_end + 1
    if chars is None:
        return []
    return [f for f in members_in_blocks("".join(chars), people, chair_at, found) if not _ends_line(text, f.end)]


def _ends_line(text: str, end: int) -> bool:
    """Whether nothing but blanks follows a name on its line: a flattened page ends in it, and the name reader may
    have joined the next page's first word to it ("• Næstformand for PLO-Hovedstaden Marianne Puge Redaktør")."""
    line_end = text.find("\n", end)
    return not text[end : len(text) if line_end < 0 else line_end].strip()


def _reline(text: str, chars: list[str], start: int, end: int) -> None:
    """Line breaks (in place of blanks) before each bullet of text[start:end] and before a label a run follows."""
    previous = start
    at = text.find(f" {BULLET} ", start, end)
    while at >= 0:
        before = text[previous:at].rstrip()
        if before.endswith(":") or BARE_LABEL.search(text, previous, at):
            label_at = _label_start(text, previous, at)
            if label_at is not None and not CHAIR_WORD.search(text, label_at, at):
                chars[label_at] = "\n"
        chars[at] = "\n"
        previous = at + 2
        at = text.find(f" {BULLET} ", previous, end)


def _label_start(text: str, start: int, bullet: int) -> int | None:
    """The blank before the label the bullet at ``bullet`` follows: before a bare "Medlemmer", else after the
    sentence's end; None when the label would be longer than a label is."""
    bare = BARE_LABEL.search(text, start, bullet)
    if bare is not None:
        return bare.start() - 1
    window = max(start, bullet - LABEL_MAX)
    ends = list(SENTENCE_END.finditer(text, window, bullet))
    if not ends:
        return None
    return ends[-1].end() - 1
