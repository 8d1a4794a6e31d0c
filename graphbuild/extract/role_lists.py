"""The titles parse read before names in the meeting's attendance lists, read by `roles`: "• Koncerndirektør Hans
Kirk, Danfoss A/S", "Adm. direktør", "Rektor", "Formand for sammenlægningsudvalg"; held in the body named after the
name on its line (on a flattened line, up to the next bullet), else by the title's kind."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Protocol

from graphbuild.extract.mentions import Mention
from graphbuild.extract.people import PersonMention
from graphbuild.extract.role_facts import PENDING, UNPLACED, RoleFact, Target, placed_titles, role_fact
from graphbuild.extract.role_patterns import (
    BOARD_ROLES,
    NAME_BRACKET_ON_LINE,
    ROLE_WORDS,
    is_municipal,
    is_staff,
    role_of_word,
)
from graphbuild.models import Meeting
from graphbuild.vocab import ids
from graphbuild.vocab.municipality_names import municipality_named


class ListedTitlesContext(Protocol):
    """What the reader needs of the document being extracted."""

    text: str
    meeting: Meeting


# a board's member list flattened onto one line, whose entries' titles are read though the label precedes them
BOARD_MEMBER_LABELS = ("bestyrelsesmedlemmer", "repræsentantskabsmedlemmer", "bestyrelse")
# a title parse read before a name in an attendance list: "Koncerndirektør", "Adm. direktør", "Rektor",
# "Formand for sammenlægningsudvalg"; an occupation ("Restauratør", "Gårdejer") is no role
LISTED_TITLE = re.compile(
    rf"(?:(?:konstitueret|fungerende)\s+)?(?:{ROLE_WORDS}|(?:pro|vice)?rektor|[a-zæøå]*rådsmedlem)(?:\s+for\s+[^\n]+)?",
    re.IGNORECASE,
)
# the body after the entry's name on its line: "Hans Kirk, Danfoss A/S", "Tove Larsen (S), Aabenraa Kommune"
WORKPLACE_AFTER = re.compile(rf"{NAME_BRACKET_ON_LINE}[ \t]*,[ \t]*")


_CLAUSE_MARK = re.compile(r"[),;:]")
_FOR_A_NAME = re.compile(r"\sfor\s+[A-ZÆØÅ]")


def listed_titles(
    ctx: ListedTitlesContext,
    mentions: list[Mention],
    chair_at: Callable[[int], Target],
    own: Mention | None,
    region: Mention | None,
    found: list[RoleFact],
) -> list[RoleFact]:
    """Roles from the titles in the meeting's attendance lists ("• Koncerndirektør Hans Kirk, Danfoss
    A/S"): held in the body named after the name on its line, else a chair's in the body it chairs, a
    municipal title in the person's municipality (PENDING), a staff title in the municipality's own
    minutes; a title no role was read for already."""
    text = ctx.text
    known = placed_titles(found)
    out: list[RoleFact] = []
    for row in ctx.meeting.attendance:
        if not row.role or not LISTED_TITLE.fullmatch(row.role) or text[row.start : row.end] != row.name:
            continue
        # "formand for sammenlægningsudvalg" is a title of its own; "direktør for Regional" names a body
        head, _, held_for = row.role.partition(" for ")
        # the entry's own text: its line, or on a line a PDF flattened, from its bullet ("… • Rektor Jens …")
        entry_start = max(text.rfind("\n", 0, row.start), text.rfind("•", max(0, row.start - 120), row.start)) + 1
        printed = text[entry_start : row.start]
        # a board's member list flattened onto the line: "Repræsentantskabsmedlemmer: A, Langeland B, …"
        from_label = any(f"{label}:" in printed.lower() for label in BOARD_MEMBER_LABELS)
        if (_CLAUSE_MARK.search(printed) or len(printed.split()) > 6) and not from_label:
            continue  # only an entry that opens its line: "…(A), FormandBjarne Kvist" is the name before's title
        of_named = bool(held_for) and bool(_FOR_A_NAME.search(printed))
        role = role_of_word(head) if of_named else role_of_word(row.role)
        if (row.name, role) in known:
            continue
        person = PersonMention(row.start, row.end, row.name)
        line_end = text.find("\n", row.end)
        line_end = len(text) if line_end < 0 else line_end
        if text[entry_start - 1 : entry_start] == "•":
            bullet = text.find("•", row.end, line_end)
            line_end = line_end if bullet < 0 else bullet  # the entry ends at the next bullet
        gap = WORKPLACE_AFTER.match(text, row.end, line_end)
        target: Target | None = None
        if gap is not None:
            target = next((m for m in mentions if m.start == gap.end() and m.end <= line_end), None)
            comma = text.find(",", gap.end(), line_end)
            workplace = text[gap.end() : comma if comma >= 0 else line_end].strip(" \t.;")
            if target is None and workplace[:1].isupper() and len(workplace.split()) <= 6:
                words = " ".join(workplace.split())
                info = municipality_named(words.removesuffix(" Kommune"))
                target = (
                    (ids.municipality_id(info.code), info.name, "Municipality")
                    if info is not None
                    else (ids.organization_id(words), words, "Organization")
                )
        target_type = target.type if isinstance(target, Mention) else target[2] if target else None
        if target is None or (role in BOARD_ROLES and target_type == "Municipality"):
            target = chair_at(row.start) if role in BOARD_ROLES else PENDING if is_municipal(role) else None
            if target is None and is_staff(role):
                target = own
            if target is None and role.startswith(("regionsråd", "regionråd")):
                target = region
        if target is None:
            target = UNPLACED
        out.append(role_fact(person, role, target, row.start, row.end))
        known.add((row.name, role))
    return out
