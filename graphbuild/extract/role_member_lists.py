"""The members a list names, read by `roles`: a member listed by title on the line under a chair's ("• Formand
Finn Amby\n• Medlem Mogens Toustrup"), and everyone a member list of the meeting's own body names ("Medlemmer: A,
B, C"), or in a document whose body parse did not name, of its unnamed body; and the names under a "Medlemmer:"
label a PDF's text layer flattened with the labels beside it ("Medlemmer: Fraværende: A (A) B (V) …"); and the
names a line of its own lists after a label of members ("Menige medlemmer: A og B", "• Tre medlemmer udpeget af
Økonomiudvalget: A, B og C")."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import replace
from typing import Protocol

from graphbuild.extract.mentions import Mention
from graphbuild.extract.people import PersonMention
from graphbuild.extract.role_facts import UNPLACED, RoleFact, Target, placed_titles, role_fact
from graphbuild.extract.role_list_seats import chair_in_bracket
from graphbuild.models import Attendance, Meeting
from graphbuild.parse.lines import start_of_line
from graphbuild.vocab.near import line_matches, plain_lowered
from graphbuild.vocab.staff_groups import STAFF_GROUP, STAFF_GROUP_WORDS


class MemberListContext(Protocol):
    """What the member-list readers need of the document being extracted."""

    text: str
    people: list[PersonMention]
    meeting: Meeting


# "• Formand Finn Amby\n• Næstformand Mette Bjerre (byrådsmedlem)\n• Medlem Mogens Toustrup": a member's
# line in a list of one entry a line, under the lines of the chair of a body
MEMBER_LINE = re.compile(r"[ \t•*·–-]*Medlem[ \t]+$")
CHAIR_LINE = re.compile(r"[ \t•*·–-]*(?:Formand|Næstformand)[ \t]+$")
# (the blanks before and after the bracket read once each: as "[ \t]*(?:…)?[ \t]*", two runs side by side, a line of
# blanks after a name that went on was shared between them every way; the same lines)
LINE_REST = re.compile(r"[ \t]*+(?:\([^()\n]{1,40}\)[ \t]*+)?(?=\n|$)")


def members_listed_under_chairs(ctx: MemberListContext, found: list[RoleFact]) -> list[RoleFact]:
    """A member listed by title on the line after a chair's or another member's: of the chair's body."""
    text = ctx.text
    by_line: dict[int, RoleFact] = {}
    for fact in found:
        start = start_of_line(text, fact.person.start)
        if fact.role in ("formand", "næstformand") and CHAIR_LINE.fullmatch(text, start, fact.person.start):
            by_line[start] = fact
    out: list[RoleFact] = []
    for p in ctx.people:
        start = start_of_line(text, p.start)
        if not MEMBER_LINE.fullmatch(text, start, p.start) or not LINE_REST.match(text, p.end):
            continue
        above = start_of_line(text, max(0, start - 1))
        chair = by_line.get(above)
        if chair is None:
            continue
        fact = replace(chair, person=p, role="medlem", valid_from=None, valid_to=None, start=p.start, end=p.end)
        by_line[start] = fact  # the next member's line may follow this one
        out.append(fact)
    return out


def member_list_of_the_body(
    ctx: MemberListContext, body: Target | None, found: list[RoleFact], rows: list[Attendance] | None = None
) -> list[RoleFact]:
    """Everyone a member list of the meeting's own body names ("Medlemmer: A, B, C", "Bestyrelsen: …", as
    parse read it, `MEMBER_LABEL_ROLES`) is a member of that body, unless a title in it was read for them."""
    if body is None:
        return []
    # a title in the body, or one no reader placed (the step places it in this body, the document's)
    held_here = (body.id if isinstance(body, Mention) else body[0], UNPLACED[0])
    titled = {f.person.name for f in found if f.target in held_here}
    listed = ctx.meeting.attendance if rows is None else rows
    headed = under_member_headings(ctx.text, listed)
    out: list[RoleFact] = []
    for row in listed:
        member = row.role == "medlem" or (row.role is None and row.start in headed)
        if not member or row.status == "substitute" or row.name in titled or chair_in_bracket(ctx.text, row.end):
            continue
        titled.add(row.name)
        out.append(role_fact(PersonMention(row.start, row.end, row.name), "medlem", body, row.start, row.end))
    return out


# a heading of members on a line of its own over a block of one entry a line, whatever the entries print after the
# name ("Medlemmer\n\n • Lars Gaardhøj: Deltog\n • Sofie de Bretteville Olsen: Afbud (…)", "Udvalgsmedlemmer:\nA (V)\nB
# (A), fraværende", "Bestyrelsen\nA\nB"); never a heading of those absent or present ("Fraværende medlemmer")
# (each run read once, possessive: its caller asks only whether it matches the whole line; a dash the lead takes
# could open the word's `[\wæøå-]*` instead, which reads on as well from after it; as `[ \t•*·–-]*` beside
# `[\wæøå-]*` a run of dashes was split every way, quadratic: 0.6 s at 4,000)
MEMBER_HEADING = re.compile(
    r"[ \t•*·–-]*+(?:[\wæøå-]*medlemmer(?:ne)?|bestyrelsen|repræsentantskabet|(?:udvalgets|bestyrelsens|rådets)[ \t]+"
    r"medlemmer)[ \t]*+:?+[ \t]*+",
    re.IGNORECASE,
)
HEADING_REACH = 60  # lines: a block longer than a council's members is no one list
# a staff group's heading that opens a row's own line before its names, "Fra administrationen: A, B": it heads them
_OWN_STAFF_HEADING = re.compile(rf"[ \t•*·–-]*(?:{STAFF_GROUP})[ \t]*", re.IGNORECASE)


def under_member_headings(text: str, rows: list[Attendance]) -> set[int]:
    """The starts of the rows a heading of members heads: the first line above a row that is neither blank nor
    another row's entry is such a heading (the block under it is the body's members, each on a line)."""
    if "edlemmer" not in text and "estyrelsen" not in text and "epræsentantskabet" not in text:
        return set()
    line_of_row = {start_of_line(text, row.start) for row in rows}
    lower = plain_lowered(text)
    staff_words = any(word in lower for word in STAFF_GROUP_WORDS)
    first_on_line: dict[int, int] = {}  # a row's line -> where its first row starts
    for row in rows:
        line = start_of_line(text, row.start)
        first_on_line[line] = min(first_on_line.get(line, row.start), row.start)
    headed: set[int] = set()
    verdict: dict[int, bool] = {}  # a row's line -> whether its block is under a heading of members
    for row in rows:
        line = start_of_line(text, row.start)
        if line not in verdict:
            # "Fra administrationen: A, B" under "Medlemmer": the staff group's own heading heads its names
            own = _OWN_STAFF_HEADING.fullmatch(text, line, first_on_line[line]) if staff_words else None
            verdict[line] = own is None and _block_heading_is_members(text, line, line_of_row)
        if verdict[line]:
            headed.add(row.start)
    return headed


def _block_heading_is_members(text: str, line: int, entries: set[int]) -> bool:
    for _ in range(HEADING_REACH):
        if line == 0:
            return False
        above = start_of_line(text, line - 1)
        content = text[above : line - 1]
        if content.strip() and above not in entries:
            return MEMBER_HEADING.fullmatch(content) is not None
        line = above
    return False


def members_listed(ctx: MemberListContext, unnamed: Target, found: list[RoleFact]) -> list[RoleFact]:
    """In a document whose body parse did not name: the rows of a list labelled as members ("Medlemmer:",
    "Bestyrelsesmedlemmer:") are members of the body the document is about, its unnamed one."""
    lower = plain_lowered(ctx.text)
    labelled = [
        row
        for row in ctx.meeting.attendance
        if row.role == "medlem" and "medlemmer" in lower[max(0, row.start - 300) : row.start]
    ]
    return member_list_of_the_body(ctx, unnamed, found, labelled) if labelled else []


# a header table's labels a PDF's text layer put before their values, "Medlemmer:" among them: "Medlemmer: Fraværende:
# Else Søjmark (A) Lars Pedersen (A) …", "Mødelokale: Medlemmer: Afbud: Kommunalbestyrelsens mødesal Henrik Zimino, …"
# (the members' column is the first value after a place's, and the column beside it lists some of them again)
FLATTENED_MEMBER_LABELS = re.compile(
    r"(?<![\wæøå])Medlemmer[ \t]*:(?:[ \t]+(?:Fraværende|Afbud|Fravær|Forfald)[ \t]*:)+[ \t]+"
)
# the place a label before "Medlemmer:" gave, printed before the members: "Kommunalbestyrelsens mødesal ", an address
# of up to ten words ("068 mødelokale på Rådhuset Vallensbæk Stationstorv Vallensbæk Strand ")
PLACE_BEFORE_NAMES = re.compile(r"(?:[A-ZÆØÅ0-9][\wæøå.,-]*(?:[ \t]+[\wæøå.,-]+){0,9}[ \t]+)?")
# between two names of the column: a party's letters, a comma, "og"
BETWEEN_NAMES = re.compile(r"[ \t]*(?:\([^()\n]{1,12}\))?[ \t]*,?[ \t]*(?:og[ \t]+)?")


def members_under_flattened_labels(ctx: MemberListContext, body: Target, found: list[RoleFact]) -> list[RoleFact]:
    """The names under a "Medlemmer:" label whose table a PDF flattened with the labels first: each a member of
    the body, unless a title in it was read for them (`member_list_of_the_body`'s rule 2 of the gold)."""
    if "Medlemmer" not in ctx.text:
        return []
    text = ctx.text
    starts = [p.start for p in ctx.people]
    held_here = (body.id if isinstance(body, Mention) else body[0], UNPLACED[0])
    known = {f.person.name for f in found if f.target in held_here}
    out: list[RoleFact] = []
    at = text.find("Medlemmer")
    while at >= 0:
        labels = FLATTENED_MEMBER_LABELS.match(text, at)
        at = text.find("Medlemmer", at + 9)
        if labels is None:
            continue
        index = bisect_left(starts, labels.end())
        line_end = text.find("\n", labels.end())
        line_end = len(text) if line_end < 0 else line_end
        if index >= len(starts) or ctx.people[index].start > line_end:
            continue
        first = ctx.people[index]
        if PLACE_BEFORE_NAMES.fullmatch(text, labels.end(), first.start) is None:
            continue
        run = [first]
        for p in ctx.people[index + 1 :]:
            gap = BETWEEN_NAMES.match(text, run[-1].end, p.start)
            if p.start > line_end or gap is None or gap.end() != p.start:
                break
            run.append(p)
        for p in run:
            if p.name not in known:
                known.add(p.name)
                out.append(role_fact(p, "medlem", body, p.start, p.end))
    return out


# a line that lists names after a label of members, nothing else after them: "Menige medlemmer: Gert Rubæk og Finn
# Christensen", "• Tre medlemmer udpeget af Økonomiudvalget: Steen S. Hansen, Bjarne Nielsen og Jørgen Larsen",
# "Øvrige bestyrelsesmedlemmer: A (V), B (A)"; never a list of who attended or left ("Fraværende medlemmer:")
MEMBERS_LABEL_LINE = re.compile(
    r"^[ \t]*(?:[•*·–-][ \t]*)?(?P<label>(?:[\wæøå.§-]+[ \t]+){0,7}?[\wæøå-]*medlem(?:mer(?:ne)?)?"
    r"(?:[ \t]+[\wæøå.§-]+){0,7}?)[ \t]*:[ \t]*(?=[A-ZÆØÅ])",
    re.MULTILINE | re.IGNORECASE,
)
NOT_MEMBERS = re.compile(
    r"fravær|afbud|forfald|deltag|til[ \t]*stede|mødt|fremmødt|ikke|tidligere|udtr|afgå|fratr|kontakt|antal",
    re.IGNORECASE,
)
# after a listed name: a party's or an organisation's brackets that print no post, then a comma, "og", "samt"
BRACKETS_AFTER = re.compile(r"[ \t]*(?:\((?P<inside>[^()\n]{1,60})\))?")
NEXT_NAME = re.compile(r"[ \t]*(?:,[ \t]*(?:og|samt)?|og|samt)[ \t]+")
LINE_END = re.compile(r"[ \t.;]*(?:\n|$)")
POST_INSIDE = re.compile(r"formand|suppleant|observatør|sekretær|kasserer", re.IGNORECASE)


def members_on_labelled_lines(
    ctx: MemberListContext, chair_at: Callable[[int], Target], found: list[RoleFact]
) -> list[RoleFact]:
    """Each name a line lists after a label of members ("Menige medlemmer: A og B") is a member of the body the
    text is about there, when the line lists nothing but names (a party's or an organisation's brackets after
    each); a name with a post in its brackets ("A (formand)") holds that post, not `medlem`."""
    text = ctx.text
    if "edlem" not in text:
        return []
    starts = [p.start for p in ctx.people]
    known = placed_titles(found)
    out: list[RoleFact] = []
    for label in line_matches(MEMBERS_LABEL_LINE, text, "medlem"):
        if NOT_MEMBERS.search(label["label"]):
            continue
        index = bisect_left(starts, label.end())
        listed: list[PersonMention] = []
        pos = label.end()
        for p in ctx.people[index:]:
            if p.start != pos:
                break
            brackets = BRACKETS_AFTER.match(text, p.end)
            assert brackets is not None  # it matches the empty string
            if brackets["inside"] is None or not POST_INSIDE.search(brackets["inside"]):
                listed.append(p)
            after = NEXT_NAME.match(text, brackets.end())
            if after is None:
                pos = brackets.end()
                break
            pos = after.end()
        if not listed or not LINE_END.match(text, pos) or pos == label.end():
            continue  # the line says more than names: "… ét ny medlem til bestyrelsen: Erik Fuchs fra Orø."
        for p in listed:
            if (p.name, "medlem") not in known:
                known.add((p.name, "medlem"))
                out.append(role_fact(p, "medlem", chair_at(p.start), p.start, p.end))
    return out
