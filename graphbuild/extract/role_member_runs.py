"""The names a label of members lists over several lines, read by `roles`: a list of a body's members wrapped by the
page ("Udvalgets medlemmer: Søren Pape Poulsen, Per Møller Jensen, Niels Dueholm,\n\nNina Hygum, Ib Bjerregaard")
or printed in columns under its label ("Faste medlemmer:\n\nOle M. Jørgensen Flemming Christensen\nSidse Klarlund
Lotte Starck"). Each name is `medlem` of the body the text is about there, unless a title in that body was read
for the person or the brackets after the name print a post ("A (formand)"). The list runs while name follows name
with nothing but commas, "og", "samt", spaces and line breaks between them, and it must end its line: a line that
says more than names ("… ét ny medlem til bestyrelsen: Erik Fuchs fra Orø.") is no list. A label of who attended,
left or was absent ("Fraværende medlemmer:", "Deltagende medlemmer:") lists no members
(`role_member_lists.NOT_MEMBERS`)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from graphbuild.extract.mentions import Mention
from graphbuild.extract.people import PersonMention
from graphbuild.extract.role_facts import UNPLACED, RoleFact, Target, role_fact
from graphbuild.extract.role_member_lists import NOT_MEMBERS, POST_INSIDE
from graphbuild.vocab.near import line_matches

# a label of members opening its line, its names after the colon on that line or on the lines below it: "Udvalgets
# medlemmer:", "Udvalgsmedlemmer:", "Faste medlemmer:", "Medlemmer i valgperioden 2022-2025:"
MEMBERS_LABEL = re.compile(
    r"^[ \t]*(?:[•*·–-][ \t]*)?(?P<label>(?:[\wæøå.§-]+[ \t]+){0,7}?[\wæøå-]*medlemmer(?:ne)?"
    r"(?:[ \t]+[\wæøå.§-]+){0,7}?)[ \t]*:\s*(?=[A-ZÆØÅ])",
    re.MULTILINE | re.IGNORECASE,
)
# after a listed name: a party's, an organisation's or a post's brackets, one or two ("A (borgmester) (C)")
BRACKETS_AFTER = re.compile(r"(?:[ \t]*\((?P<inside>[^()\n]{1,60})\)){0,2}")
# between two names of the list: a comma and any line breaks after it (a list the page wrapped), "og" or "samt",
# or spaces and at most one line break (a list in columns, its next row on the next line): a name after a blank
# line with no comma before it opens something else ("Udvalgets medlemmer: A, B\n\nJens Hansen\nKommunaldirektør")
BETWEEN = re.compile(
    r"[ \t]*,[ \t]*(?:(?:og|samt)[ \t]+)?(?:<br[ \t]*/?>)?\s*|[ \t]+(?:og|samt)[ \t]+|"
    r"[ \t]*(?:<br[ \t]*/?>)?[ \t]*(?:\n[ \t]*)?"
)
# a name the line break split, no name reader's, the list running on after its comma: "Mette<br />\n\nNielsen, "
_WORDS = r"(?-i:[A-ZÆØÅ])[\wæøå-]+(?:[ \t]+(?-i:[A-ZÆØÅ])[\wæøå-]+){0,2}"
WRAPPED_NAME = re.compile(rf"{_WORDS}[ \t]*(?:<br[ \t]*/?>)?[ \t]*\n\s*{_WORDS}[ \t]*,\s*")
# (the blanks and marks before and the blanks after the line break tag read once each: as "[ \t.;,]*(?:<br…>)?[ \t]*",
# two runs side by side, a line of blanks after the last name that went on was shared between them every way; the same
# strings)
LIST_END = re.compile(r"[ \t.;,]*+(?:<br[ \t]*/?>[ \t]*+)?(?:\n|$)")


def members_in_wrapped_lists(
    text: str, people: list[PersonMention], chair_at: Callable[[int], Target], found: list[RoleFact]
) -> list[RoleFact]:
    """`medlem` of the body the text is about for each name a label of members lists over more than one line."""
    if "edlemmer" not in text:
        return []
    starts = [p.start for p in people]
    # a title read in the body, or one no reader placed (the step places it in the body the text is about there)
    held = {(f.person.name, f.target) for f in found} | {(f.person.name, "medlem") for f in found if f.role == "medlem"}
    out: list[RoleFact] = []
    for label in line_matches(MEMBERS_LABEL, text, "medlemmer"):
        if NOT_MEMBERS.search(label["label"]):
            continue
        run = _names_from(text, people, bisect_left(starts, label.end()), label.end())
        if run is None or "\n" not in text[label.start() : run[-1].start]:
            continue  # a list on its label's line is `members_on_labelled_lines`'
        for p, post in _with_posts(text, run):
            body = chair_at(p.start)
            body_id = body.id if isinstance(body, Mention) else body[0]
            if post or {(p.name, body_id), (p.name, UNPLACED[0]), (p.name, "medlem")} & held:
                continue
            held.add((p.name, "medlem"))
            out.append(role_fact(p, "medlem", body, p.start, p.end))
    return out


def _names_from(text: str, people: list[PersonMention], index: int, pos: int) -> list[PersonMention] | None:
    """The names listed from pos on, each right after the one before; None unless the list ends its line."""
    run: list[PersonMention] = []
    for p in people[index:]:
        wrapped = WRAPPED_NAME.match(text, pos) if p.start != pos and run else None
        if wrapped is not None and wrapped.end() == p.start:
            pos = wrapped.end()
        if p.start != pos:
            break
        run.append(p)
        brackets = BRACKETS_AFTER.match(text, p.end)
        assert brackets is not None  # it matches the empty string
        between = BETWEEN.match(text, brackets.end())
        assert between is not None
        pos = between.end()
    if not run:
        return None
    last = BRACKETS_AFTER.match(text, run[-1].end)
    assert last is not None
    return run if LIST_END.match(text, last.end()) else None


def _with_posts(text: str, run: list[PersonMention]) -> list[tuple[PersonMention, bool]]:
    """Each listed name and whether its brackets print a post ("A (formand)")."""
    out: list[tuple[PersonMention, bool]] = []
    for p in run:
        brackets = BRACKETS_AFTER.match(text, p.end)
        inside = brackets["inside"] if brackets is not None else None
        out.append((p, inside is not None and POST_INSIDE.search(inside) is not None))
    return out
