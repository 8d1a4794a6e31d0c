"""A board's members as its own page lists them under the board's heading (read by `roles`): a line of its own that is
the board's word or its members' ("Bestyrelse", "BESTYRELSE", "Skolens bestyrelse:", "Amgros Bestyrelse",
"Bestyrelsesmedlemmer"), a few lines of prose about the board at most, then one entry a name: the name opening its
line, alone or with its post after a comma or in a bracket ("Karoline Prien Kjeldsen, formand", "Jens Rottbøll"), the
person's own work or who appointed them on the short lines under it ("Udpeget af DA", "fhv. museumsdirektør, ROMU
(udpeget af ROMU)"). Each entry that prints no seat of its own in the board is `medlem` of the board the text is
about there (README roles rule 2); one that prints a seat ("(formand)", "Bestyrelsesformand, …") is the readers of
titles', and so is one under a group's label that names a seat ("Suppleanter:"). Three entries or more. An entry list
printed as one block ends at its first blank line, so a section after it ("Direktion" over the director) holds no
member; entries printed a paragraph each end at a line of prose or a second name on a line."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass

from graphbuild.extract.people import PersonMention
from graphbuild.extract.role_boards import ChairOf
from graphbuild.extract.role_facts import RoleFact, role_fact
from graphbuild.extract.role_list_seats import prints_own_seat

# the board's heading, a line of its own: the board's word, an owner's words or a genitive before it, a colon after
HEADING = re.compile(
    r"[ \t]*(?:(?-i:[A-ZÆØÅ])[\wæøå.&-]*[ \t]+){0,3}?bestyrelse(?:n|ns[ \t]+medlemmer|smedlemmer)?[ \t]*:?[ \t]*",
    re.IGNORECASE,
)
HEADING_MAX = 50
# a group's label between the entries, a line of its own ending in a colon: "Udpegede suppleanter:"
GROUP_LABEL = re.compile(r"[^\n:]{1,60}:")
# the heading of the staff's group on a line of its own, with its colon or not: "Sekretariat", "Direktion:"
STAFF_HEADING = re.compile(
    r"(?:[\wæøå-]*forvaltning(?:en)?|administration(?:en)?|sekretariat(?:et)?|direktion(?:en)?|embedsmænd(?:ene)?)"
    r"[ \t]*:?",
    re.IGNORECASE,
)
# a group's label that names its entries' seat, in the plural too: "Suppleanter:", "Tilforordnede:"
GROUP_SEAT = re.compile(r"suppleant|stedfortræder|observatør|tilforordne", re.IGNORECASE)
# what a name's line may print after the name: a post after a comma or a dash, or a bracket
NAME_LINE_REST = re.compile(r"[ \t]*(?:,[^\n]{0,80}|\([^()\n]{1,40}\)|[ \t][-–][ \t][^\n]{0,80})?[ \t]*")
MAX_PROSE_LINES = 4  # lines about the board between its heading and its first entry
MAX_DETAIL_LINES = 3  # non-blank lines under an entry's name
DETAIL_MAX = 90
MIN_ENTRIES = 3
# a seat printed on a line of its own right above the name it is of ("NÆSTFORMAND" over "Jesper Smaling")
SEAT_ABOVE = re.compile(
    r"(?:bestyrelses)?(?:næst)?(?:formand|forperson)|kasserer|sekretær|suppleant|medlem", re.IGNORECASE
)


@dataclass(frozen=True)
class BoardEntry:
    """One name's entry under a board's heading: the person, whether it prints their seat in the board, the lines
    under the name (the person's own work, who appointed them) and the body the text is about there."""

    person: PersonMention
    seated: bool
    details: tuple[str, ...]
    heading_end: int


def board_entries(text: str, people: list[PersonMention]) -> list[BoardEntry]:
    """Every run of three name entries or more under a board's heading."""
    if len(people) < MIN_ENTRIES or "estyrelse" not in text.lower():
        return []
    starts = [p.start for p in people]
    out: list[BoardEntry] = []
    for heading_end in _headings(text):
        entries = _entries(text, people, starts, heading_end)
        if len(entries) >= MIN_ENTRIES:
            out += [BoardEntry(p, seated, details, heading_end) for p, seated, details in entries]
    return out


def members_under_board_heading(entries: list[BoardEntry], chairs: ChairOf, found: list[RoleFact]) -> list[RoleFact]:
    """`medlem` of the board for each entry, printing no seat, of a run of name entries under the board's heading."""
    members = {f.person.name for f in found if f.role in ("medlem", "bestyrelsesmedlem")}
    out: list[RoleFact] = []
    for entry in entries:
        p = entry.person
        if not entry.seated and p.name not in members:
            members.add(p.name)
            out.append(role_fact(p, "medlem", chairs(entry.heading_end) or chairs.unnamed, p.start, p.end))
    return out


def _lines(text: str, pos: int) -> Iterator[tuple[int, int]]:
    """The (start, end) of each line from pos on, read only as far as the run of entries goes."""
    while pos <= len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        yield pos, end
        pos = end + 1


def _headings(text: str) -> list[int]:
    """Where each line that is the board's heading ends."""
    ends: list[int] = []
    lower = text.lower()
    at = lower.find("bestyrelse")
    while at >= 0:
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        if end - start <= HEADING_MAX and HEADING.fullmatch(text, start, end):
            ends.append(end)
        at = lower.find("bestyrelse", end)
    return ends


def _name_line(
    text: str, people: list[PersonMention], starts: list[int], start: int, end: int
) -> tuple[PersonMention, str] | None:
    """The person a line opens with and what it prints after the name, when the line is one name's entry."""
    indent = len(text[start:end]) - len(text[start:end].lstrip())
    index = bisect_left(starts, start + indent)
    if index >= len(people) or people[index].start != start + indent:
        return None
    p = people[index]
    if index + 1 < len(people) and people[index + 1].start < end:
        return None  # a second name on the line: prose or a pair, no entry
    if NAME_LINE_REST.fullmatch(text, p.end, end) is None:
        return None
    return p, text[p.end : end]


def _seated(rest: str, group: str, details: list[str]) -> bool:
    """Whether an entry prints the person's seat in the board: on its name's line or the lines under it, or in its
    group's label ("Suppleanter:")."""
    return GROUP_SEAT.search(group) is not None or prints_own_seat("\n".join([rest, *details]))


def _entries(
    text: str, people: list[PersonMention], starts: list[int], heading_end: int
) -> list[tuple[PersonMention, bool, tuple[str, ...]]]:
    """The run of name entries under a heading, each with whether it prints the person's seat in the board and the
    lines under its name."""
    entries: list[tuple[PersonMention, bool, tuple[str, ...]]] = []
    details: list[str] = []
    current: tuple[PersonMention, str] | None = None
    prose = 0
    last_prose = ""
    has_above = 0
    group = group_of_current = ""  # the label of the group of entries under way ("Suppleanter:")
    block: bool | None = None  # whether the entries are printed as one block with no blank line between them
    blank_since_name = False
    for start, end in _lines(text, heading_end + 1):
        line = text[start:end].strip()
        if not line:
            if current is not None:
                blank_since_name = True
                if block:
                    break
            continue
        named = _name_line(text, people, starts, start, end)
        if named is not None:
            # the entry's own seat line over its name stays its own
            above = details.pop() if len(details) > has_above and SEAT_ABOVE.fullmatch(details[-1]) else ""
            if current is None and SEAT_ABOVE.fullmatch(last_prose):
                above = last_prose
            if current is not None:
                block = block if block is not None else not blank_since_name
                entries.append((current[0], _seated(current[1], group_of_current, details), tuple(details)))
            current, details, blank_since_name = named, [above] if above else [], False
            group_of_current = group
            has_above = 1 if above else 0
            continue
        if bisect_left(starts, start) != bisect_left(starts, end):
            break  # a name inside a line: prose about someone
        if current is None:
            last_prose = line
            prose += 1
            if prose > MAX_PROSE_LINES:
                return []
            continue
        if STAFF_HEADING.fullmatch(line):
            break  # "Sekretariat", "Direktion": the staff after the board, no member of it
        if GROUP_LABEL.fullmatch(line):
            group = line  # "Suppleanter:" over the next entries: their seat, no detail of the entry above
            continue
        if len(line) > DETAIL_MAX or len(details) >= MAX_DETAIL_LINES:
            break
        details.append(line)
    if current is not None:
        entries.append((current[0], _seated(current[1], group_of_current, details), tuple(details)))
    return entries
