"""A header's "X Kommune" named as a participant's, not the owner's: in the value of an attendance field ("Afbud:
Vejle Kommune", "Fremmødte: Vejle Kommune, DGI og Sport Danmark"), as the label of its representatives' names
("Vejle Kommune: Ole Berg, Lis Holm", "Vejle Kommune v/ Ole Berg"), or after a person's post in it ("Ole Berg,
direktør i Vejle Kommune"). A body of unknown reach whose header lists a municipality among those who came is not
that municipality's; a municipal body's header, the publisher's heading ("Vejle Kommune – Økonomiudvalget") and a
municipality named before no person's name ("Vejle Kommune: Referat") keep theirs."""

from __future__ import annotations

import re

from graphbuild.vocab.person_names import NAME_RUN, plausible
from graphbuild.vocab.reference import first_names

# an attendance field's label at its line's start, its value up to the name
_ATTENDANCE_FIELD = re.compile(
    r"(?i)^[ \t]*(?:deltagere|deltog(?:[ \t]+ikke)?|til[ \t]*stede|tilstedeværende|fremmødte|mødt|afbud"
    r"|fraværende|gæster|indkaldte|øvrige[ \t]+deltagere)[ \t]*:[^:.\n]{0,60}$"
)
# "direktør i ", "chef for ", "konsulent i ": a person's post in the municipality
_POST_BEFORE = re.compile(r"\b[a-zæøå]*(?:direktør|chef|leder|konsulent|medarbejder)[ \t]+(?:i|for|hos)[ \t]+$")
# ": Ole Berg", " v/ Ole Berg", " ved Ole Berg": its representatives' names after the municipality
_NAME_AFTER = re.compile(rf"[ \t]*(?::|v/|ved\b)[ \t]*(?P<name>{NAME_RUN.pattern})")
_REACH = 80


def names_a_participant(text: str, start: int, end: int) -> bool:
    """Whether the "X Kommune" at ``start:end`` of ``text`` is named as a participant's: in an attendance field,
    before its representatives' names, or after a person's post in it."""
    line_start = text.rfind("\n", 0, start) + 1
    if start - line_start <= _REACH and _ATTENDANCE_FIELD.search(text[line_start:start]):
        return True
    if _POST_BEFORE.search(text[max(line_start, start - 40) : start]):
        return True
    after = _NAME_AFTER.match(text, end)
    if after is None:
        return False
    tokens = after["name"].split()
    return len(tokens) >= 2 and tokens[0] in first_names() and plausible(tokens)
