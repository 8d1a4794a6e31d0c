"""A body's members as a page prints them one a paragraph under a label (read by `roles`): the name on the paragraph's
first line, its post and its organisation on the lines under it ("Leila Lindén (S)\nRegionsrådsmedlem\nRegion
Hovedstaden"), the label a line ending in a colon that names the members or the body ("… indstillet disse
repræsentanter til bestyrelsen:", "Bestyrelsens medlemmer:"). Each is `medlem` of the body the label names, else of
the body the text is about there (README roles rule 2); a paragraph that opens with the person's seat in the body
("Formand\nBent Hansen (S)") or prints one is the readers of titles', and no `medlem`. Three paragraphs or more; a
label of who attended or was absent heads none.
A group's heading with no colon, a paragraph of its own, over two paragraphs or more of its members
("Borgerrepræsentanter", "Offentligt udpegede repræsentanter", a board's page listing its seats by group) heads them
too: each is `medlem` of the body the text is about there."""

from __future__ import annotations

import re
from bisect import bisect_left

from graphbuild.extract.mentions import Mention
from graphbuild.extract.people import PersonMention
from graphbuild.extract.role_boards import ChairOf
from graphbuild.extract.role_facts import RoleFact, Target, role_fact
from graphbuild.extract.role_list_seats import prints_own_seat
from graphbuild.extract.role_lower_bodies import GENERIC_BODY
from graphbuild.extract.role_member_appositions import body_after
from graphbuild.extract.role_member_blocks import NOT_A_MEMBER_LABEL, next_line

# a label of members or of a body, ending its line in a colon
LABEL = re.compile(
    r"[^\n]{0,250}?(?:medlem|repræsentant|bestyrelse|udvalg|råd(?:et)?(?![\wæøå])|styregruppe)[^\n]{0,80}?:[ \t]*$",
    re.IGNORECASE,
)
# the body a label names after "til"/"i"/"af": "… repræsentanter til bestyrelsen:"
LABEL_BODY = re.compile(r"(?<![\wæøå])(?:til|i|af)[ \t]+(?=[^\n:]{3,80}:[ \t]*$)", re.IGNORECASE)
# a paragraph's line that only names a seat in the body, over the name: "Formand", "Næstformand:"
SEAT_LINE = re.compile(
    r"[ \t]*(?:[1-9]\.[ \t]*)?(?:næst)?formand[ \t]*:?[ \t]*|[ \t]*(?:suppleant|observatør)[ \t]*:?[ \t]*",
    re.IGNORECASE,
)
NAME_LINE_REST = re.compile(r"[ \t]*(?:\((?P<bracket>[^()\n]{1,40})\))?[ \t]*")
# a group's heading on a line of its own, no colon, over its members' paragraphs: "Borgerrepræsentanter", "Offentligt
# udpegede repræsentanter", "Kommunale medlemmer" (a plural of members or representatives ends it)
GROUP_HEADING = re.compile(
    r"[ \t]*+(?=(?-i:[A-ZÆØÅ]))(?:[\wæøå-]+[ \t]+){0,3}[\wæøå-]*(?:medlemmer|repræsentanter)[ \t]*+", re.IGNORECASE
)
GROUP_HEADING_MAX = 60
MIN_GROUP_PARAGRAPHS = 2  # the heading names its members: two paragraphs are a group
# a line under the name: a post or an organisation, short, no sentence
DETAIL_LINE = re.compile(r"[ \t]*[A-ZÆØÅ0-9][^\n.!?]{0,70}[ \t]*")
MAX_DETAIL_LINES = 3
MIN_PARAGRAPHS = 3
NOMINATED = re.compile(r"(?<=har)[ \t]+(?:[^\n:]{0,120}?[ \t]+)?indstillet(?![\wæøå])", re.IGNORECASE)


def members_in_paragraphs(
    text: str, people: list[PersonMention], mentions: list[Mention], chairs: ChairOf, found: list[RoleFact]
) -> list[RoleFact]:
    """`medlem` for each person of a run of one-name paragraphs under a label of members or of a body."""
    if len(people) < MIN_GROUP_PARAGRAPHS or "\n\n" not in text:
        return []
    starts = [p.start for p in people]
    known = {(f.person.name, f.role, f.target) for f in found}
    out: list[RoleFact] = []
    out += _under_group_headings(text, people, starts, chairs, known)
    pos = 0
    while (colon := text.find(":\n", pos)) >= 0:
        pos = colon + 2
        line_start = text.rfind("\n", 0, colon) + 1
        label = LABEL.fullmatch(text, line_start, colon + 1)
        # the parties' nomination done ("har … indstillet disse repræsentanter til bestyrelsen:") seats them
        if label is None or NOT_A_MEMBER_LABEL.search(NOMINATED.sub("", label.group(0))):
            continue
        if bisect_left(starts, colon) != bisect_left(starts, line_start):
            continue  # a name on the label's line: a sentence about someone, no label
        entries = _paragraphs(text, people, starts, colon + 1)
        if len(entries) < MIN_PARAGRAPHS:
            continue
        out += _members(entries, _label_body(text, line_start, colon, mentions, chairs), known)
    return out


def _members(
    entries: list[tuple[PersonMention, bool]], body: Target, known: set[tuple[str, str | None, str]]
) -> list[RoleFact]:
    """`medlem` of ``body`` for each entry that prints no seat of its own and was not found so already."""
    body_id = body.id if isinstance(body, Mention) else body[0]
    out: list[RoleFact] = []
    for p, seated in entries:
        if not seated and (p.name, "medlem", body_id) not in known:
            known.add((p.name, "medlem", body_id))
            out.append(role_fact(p, "medlem", body, p.start, p.end))
    return out


def _under_group_headings(
    text: str, people: list[PersonMention], starts: list[int], chairs: ChairOf, known: set[tuple[str, str | None, str]]
) -> list[RoleFact]:
    """`medlem` of the body the text is about for each paragraph of a run under a group's heading with no colon
    ("Borgerrepræsentanter\n\nGitte L. Albjerg\nNyborg\n\nRebecha Foged\nFaaborg-Midtfyn"), the heading
    itself a paragraph of its own line."""
    if "repræsentanter" not in text and "medlemmer" not in text:
        return []
    out: list[RoleFact] = []
    for heading in _group_headings(text):
        entries = _paragraphs(text, people, starts, heading)
        if len(entries) < MIN_GROUP_PARAGRAPHS:
            continue
        out += _members(entries, chairs(heading) or chairs.unnamed, known)
    return out


def _group_headings(text: str) -> list[int]:
    """Where each group's heading ends: a paragraph of one short line that is a group's heading."""
    ends: list[int] = []
    for word in ("repræsentanter", "medlemmer"):
        at = text.find(word)
        while at >= 0:
            start = text.rfind("\n", 0, at) + 1
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            at = text.find(word, end)
            if end - start > GROUP_HEADING_MAX or not (_blank_above(text, start) and _blank_below(text, end)):
                continue
            line = text[start:end]
            if GROUP_HEADING.fullmatch(line) and not NOT_A_MEMBER_LABEL.search(line):
                ends.append(end)
    return ends


def _blank_above(text: str, start: int) -> bool:
    """Whether the line that starts at `start` opens the text or has a blank line above it."""
    return start == 0 or not text[text.rfind("\n", 0, start - 1) + 1 : start].strip()


def _blank_below(text: str, end: int) -> bool:
    """Whether the line that ends at `end` ends the text or has a blank line below it."""
    below = text.find("\n", end + 1)
    return end >= len(text) or not text[end + 1 : len(text) if below < 0 else below].strip()


def _label_body(text: str, start: int, colon: int, mentions: list[Mention], chairs: ChairOf) -> Target:
    """The body the label names after its last "til"/"i"/"af"; for a body by its kind alone ("til bestyrelsen") the body
    named last before the colon, else the body the text is about there."""
    named = None
    for at in LABEL_BODY.finditer(text, start, colon + 1):
        named = body_after(text, at.end(), mentions, chairs) if not GENERIC_BODY.match(text, at.end()) else None
    # "… på Danske Regioners generalforsamling … til bestyrelsen:": the body the label names last, a board's owner
    return named or chairs.last_named(colon) or chairs(start) or chairs.unnamed


def _paragraphs(
    text: str, people: list[PersonMention], starts: list[int], pos: int
) -> list[tuple[PersonMention, bool]]:
    """The run of paragraphs after pos, each an optional seat line, a line that is one name and its bracket, and up to
    three short detail lines with no name; with whether the paragraph prints the person's seat."""
    entries: list[tuple[PersonMention, bool]] = []
    while True:
        pos, end = next_line(text, pos, "\n\n")
        lines = text[pos:end].split("\n")
        if not lines or not lines[0].strip():
            break
        seated = SEAT_LINE.fullmatch(lines[0]) is not None
        name_at = pos + (len(lines[0]) + 1 if seated else 0)
        name_lines = lines[1:] if seated else lines
        if not name_lines:
            break
        index = bisect_left(starts, name_at)
        if index >= len(people) or text[name_at : people[index].start].strip():
            break
        p = people[index]
        line_end = name_at + len(name_lines[0])
        rest = NAME_LINE_REST.fullmatch(text, p.end, line_end)
        details = name_lines[1:]
        if (
            rest is None
            or len(details) > MAX_DETAIL_LINES
            or (index + 1 < len(people) and people[index + 1].start < end)
        ):
            break
        if not all(DETAIL_LINE.fullmatch(line) for line in details):
            break
        bracket = rest["bracket"] or ""
        entries.append((p, seated or prints_own_seat(bracket)))
        pos = end
    return entries
