"""A title on a line of its own next to a name on a line of its own (read by `roles`): a signature ("Med venlig
hilsen\n\nJens Hansen\nKommunaldirektør", "Jens Hansen\nborgmester" on a signature sheet), a post above its holder
on a page of posts ("Viceborgmester\n\nTobias B. Johansen (V)", "Sekretær\nMie Helene Andresen"). The lines of
one block pair up in the order the block opens with (name then title, or title then name); a block whose lines
do not alternate (a roster under one heading, a list of names) gives none."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from graphbuild.extract.mentions import Mention
from graphbuild.extract.people import PersonMention
from graphbuild.extract.role_facts import PENDING, UNPLACED, RoleFact, Target, placed_titles, role_fact
from graphbuild.extract.role_patterns import BOARD_ROLES, ROLE_WORDS, is_municipal, is_staff, role_of_word
from graphbuild.extract.role_targets import COUNCIL_SEATS, OFFICER, chief

# a title alone on its line: "Kommunaldirektør", "Sekretær:", or with its body: "Formand for Centerbestyrelsen"
TITLE_LINE = re.compile(
    rf"[ \t]*(?P<role>{ROLE_WORDS})(?:[ \t]+(?:for|i)[ \t]+(?-i:[A-ZÆØÅ])[^:\n]{{1,60}})?[ \t]*:?[ \t]*", re.IGNORECASE
)
# a name alone on its line, a party or initials after it, a signature's slash before it
NAME_LINE_REST = re.compile(r"[ \t]*(?:\([^()\n]{1,12}\))?[ \t]*")
NAME_LINE_LEAD = re.compile(r"[ \t/]*")


def titles_on_lines(
    text: str,
    people: list[PersonMention],
    chair: Callable[[int], Target],
    own: Mention | None,
    found: list[RoleFact],
) -> list[RoleFact]:
    """The title on the line next to each name alone on its line, as the block they stand in pairs them."""
    known = placed_titles(found)
    out: list[RoleFact] = []
    for block in _blocks(text, people):
        kinds = [kind for kind, _, _ in block]
        if len(block) < 2 or len(block) % 2 or any(a == b for a, b in pairwise(kinds)):
            continue  # one line alone, or a list of names (a roster under a heading is its own reader's)
        for first, second in zip(block[::2], block[1::2], strict=True):
            p = first[1] if first[0] == "name" else second[1]
            role = first[2] if first[0] == "title" else second[2]
            if p is None or role is None:
                continue
            target = _held_in(role, p, chair, own)
            if target is None or (p.name, role) in known:
                continue
            known.add((p.name, role))
            out.append(role_fact(p, role, target, p.start, p.end))
    return out


def _held_in(role: str, p: PersonMention, chair: Callable[[int], Target], own: Mention | None) -> Target | None:
    """A chair's or a board's seat in the body the text is about there; a municipal title in the own
    municipality, else the person's; a staff title or an officer's in the own municipality, else placed by
    the step."""
    if role in BOARD_ROLES:
        return chair(p.start)
    if is_municipal(role) or role in COUNCIL_SEATS:
        return own if own is not None else PENDING
    if is_staff(role) or chief(role) or OFFICER.fullmatch(role.split()[-1]):
        return own if own is not None else UNPLACED
    return None


def _blocks(text: str, people: list[PersonMention]) -> list[list[tuple[str, PersonMention | None, str | None]]]:
    """Runs of lines each a name alone or a title alone, blank lines between them allowed; any other line
    ends a run."""
    names_by_line: dict[int, list[PersonMention]] = {}
    for p in people:
        names_by_line.setdefault(text.rfind("\n", 0, p.start) + 1, []).append(p)
    blocks: list[list[tuple[str, PersonMention | None, str | None]]] = []
    current: list[tuple[str, PersonMention | None, str | None]] = []
    line_start = 0
    while line_start <= len(text):
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        line = _line_kind(text, line_start, line_end, names_by_line.get(line_start, []))
        if line is not None:
            current.append(line)
        elif text[line_start:line_end].strip():
            if current:
                blocks.append(current)
            current = []
        line_start = line_end + 1
    if current:
        blocks.append(current)
    return blocks


def _line_kind(
    text: str, start: int, end: int, on_line: list[PersonMention]
) -> tuple[str, PersonMention | None, str | None] | None:
    """("name", p, None) for a name alone on its line, ("title", None, role) for a title alone, else None."""
    if len(on_line) == 1:
        p = on_line[0]
        if NAME_LINE_LEAD.fullmatch(text, start, p.start) and NAME_LINE_REST.fullmatch(text, p.end, end):
            return ("name", p, None)
        return None
    if on_line or end - start > 90:
        return None
    title = TITLE_LINE.fullmatch(text, start, end)
    return ("title", None, role_of_word(title["role"])) if title is not None else None
