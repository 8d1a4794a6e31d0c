"""A known first name printed alone after the label of a meeting's post, read as a person's name (read by `roles`):
small associations' and parish councils' minutes sign with the minute-taker's first name ("Ref: Tommy", "Ref. Jørgen",
"Referent: Hanne") or label the meeting's officers so ("2. Valg af ordstyrer: Anna"), as a board constituting itself
labels its posts ("Formand: Hanne", "Kasserer: Anders"). The name is the fuller spelling the document prints when it
names one person so ("Ref: Tommy" beside "Tommy Johannessen" in the attendance list); a first name two printed names
share names no one. The label opens its line and the name ends it: never a word that is no first name ("Ref.Godkendt",
"Ref. GRYBE", "Referent: Dronningeværelset"), never a longer name's first word ("Referent: Hanne Jensen" is the name
readers')."""

from __future__ import annotations

import re

from graphbuild.extract.mentions import Mention
from graphbuild.extract.name_words import is_first_name
from graphbuild.extract.people import PersonMention
from graphbuild.vocab.near import word_positions

# a board's posts, labelled so where the board constitutes itself ("Formand: Hanne", "Kasserer. John.")
_BOARD_POSTS = "formand|næstformand|kasserer|sekretær"
# the label opening its line (after an item's number or "Valg af"), a colon or a full stop and a space, then the
# first name alone on the rest of its line
LABELLED_NAME = re.compile(
    r"^[ \t]*(?:(?:\d{1,2}\.|valg[ \t]+af)[ \t]+)*"
    rf"(?:referent|referant|ref|ordstyrer|dirigent|mødeleder|{_BOARD_POSTS})"
    r"(?:[ \t]*\.?:[ \t]*|\.[ \t]+)"
    r"(?P<name>(?-i:[A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?))[ \t]*\.?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# the label's words (lower case): the lines one of them opens are the only ones read (`near.word_positions`, on the
# text lowered once for every reader, not a regex over the whole text)
_LABEL_WORDS = ("ref", "ordstyrer", "dirigent", "mødeleder", "formand", "næstformand", "kasserer", "sekretær")


def _label_lines(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each line that one of the label's words opens (after at most an item's number and "Valg
    af"), in order."""
    starts: set[int] = set()
    for at in word_positions(text, _LABEL_WORDS):
        start = text.rfind("\n", max(0, at - 40), at) + 1
        if (start or at <= 40) and len(text[start:at].strip()) <= 12:
            starts.add(start)
    lines = []
    for start in sorted(starts):
        end = text.find("\n", start)
        lines.append((start, len(text) if end < 0 else end))
    return lines


def with_labelled_first_names(text: str, people: list[PersonMention], mentions: list[Mention]) -> list[PersonMention]:
    """`people` and each known first name printed alone after a meeting post's label that nothing found overlaps,
    named by the one fuller name the document gives that first name, if any; sorted by start."""
    matches = [m for line in _label_lines(text) if (m := LABELLED_NAME.match(text, *line)) is not None]
    if not matches:
        return people
    taken = [(p.start, p.end) for p in people] + [(m.start, m.end) for m in mentions]
    fuller: dict[str, set[str]] = {}
    for p in people:
        fuller.setdefault(p.name.split()[0], set()).add(p.name)
    added: list[PersonMention] = []
    for match in matches:
        name, start, end = match["name"], match.start("name"), match.end("name")
        if not is_first_name(name) or any(a < end and start < b for a, b in taken):
            continue
        spellings = fuller.get(name, set())
        if len(spellings) > 1:
            continue  # two people the document names by this first name: which one is not said
        added.append(PersonMention(start, end, next(iter(spellings)) if spellings else name))
    return sorted([*people, *added], key=lambda p: p.start) if added else people
