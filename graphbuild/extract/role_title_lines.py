"""A title on a line of its own next to a name on a line of its own (read by `roles`): a signature ("Med venlig
hilsen\n\nJens Hansen\nKommunaldirektør", "Jens Hansen\nborgmester" on a signature sheet), a post above its holder
on a page of posts ("Viceborgmester\n\nTobias B. Johansen (V)", "Sekretær\nMie Helene Andresen"), the holder's own
title before the name ("Ordstyrer\n\nFormand Marlene Gjøstrand"). The lines of
one block pair up in the order the block opens with (name then title, or title then name); a block whose lines
do not alternate (a roster under one heading, a list of names) gives none."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import pairwise

from graphbuild.extract.mentions import Mention
from graphbuild.extract.people import PersonMention
from graphbuild.extract.role_facts import PENDING, UNPLACED, RoleFact, Target, placed_titles, role_fact
from graphbuild.extract.role_meeting_posts import MEETING_POSTS
from graphbuild.extract.role_patterns import BOARD_ROLES, ROLE_WORDS, is_municipal, is_staff, role_of_word
from graphbuild.extract.role_targets import COUNCIL_SEATS, OFFICER, chief
from graphbuild.extract.role_titles import listed_seat, named_target
from graphbuild.parse.lines import end_without_space, start_of_line, start_without_space

# a title alone on its line: "Kommunaldirektør", "Sekretær:", or with its body: "Formand for Centerbestyrelsen";
# a meeting's own post in a web page's header table: "Referent\n\nNAME", "Ordstyrer\nNAME"
# … or with the unit it heads or its workplace after it, a contact page's entry: "Sektionsleder Voksenhandicap,
# Socialafdelingen", "Kommunaldirektør, Vejle Kommune", "Direktør - Fjernvarme Fyn"
# … or with what it heads after any preposition, or a second title after "og" before it: "Leder af Unge- og
# Kulturcentret", "Færgedirektøren fra Færgeselskabet Læsø", "Musikskoleleder og sekretær i musikskolerådet"
TITLE_LINE = re.compile(
    rf"[ \t]*(?P<role>{ROLE_WORDS}|{MEETING_POSTS})(?:(?:[ \t]+og[ \t]+(?:{ROLE_WORDS}|{MEETING_POSTS}))?"
    r"[ \t]+(?:for|i|af|ved|hos|fra)[ \t]+(?=[\wæøå])[^:\n]{1,60}|"
    r"(?:[ \t]+(?-i:[A-ZÆØÅ])[\wæøå-]*(?:[ \t]+(?:og|&|(?-i:[A-ZÆØÅ])[\wæøå-]*))*)?"
    r"(?:[ \t]*(?:,|[ \t][-–])[ \t]*(?P<at>[^:,\n]{1,50}?))?)?"
    r"[ \t]*:?[ \t]*",
    re.IGNORECASE,
)
MEETING_POST_WORDS = frozenset(MEETING_POSTS.split("|"))
# a regional council's titles: "Regionsrådsformand", "Regionsrådsmedlem" (held in a region, never a municipality)
REGIONAL_COUNCIL = ("regionsråd", "regionråd")
# what stands between a name and the region on the line under its title: "Leila Lindén (S)\nRegionsrådsmedlem\n"
NAME_TITLE_LINES = re.compile(r"[^\n]*\n[ \t]*[^\n]+\n[ \t]*")
# a name alone on its line, a party or initials after it, a signature's slash or a list's bullet before it
NAME_LINE_REST = re.compile(r"[ \t]*(?:\([^()\n]{1,12}\))?[ \t]*")
# … or a title of the name's own before it, under a meeting's post: "Ordstyrer\n\nFormand Marlene Gjøstrand"
NAME_LINE_LEAD = re.compile(rf"[ \t/•]*(?:(?=[A-ZÆØÅ])(?i:{ROLE_WORDS})[ \t]+)?")


def titles_on_lines(
    text: str,
    people: list[PersonMention],
    chair: Callable[[int], Target],
    own: Mention | None,
    found: list[RoleFact],
    regions: Sequence[Mention] = (),
) -> list[RoleFact]:
    """The title on the line next to each name alone on its line, as the block they stand in pairs them; a
    regional council's title in the region `regions` names on the line under it, else in the text's region (the
    first of `regions`, the regions the text names, the most named first)."""
    known = placed_titles(found)
    out: list[RoleFact] = []
    for block in _blocks(text, people):
        for first, second in _pairs(block):
            p = first[1] if first[0] == "name" else second[1]
            role = first[2] if first[0] == "title" else second[2]
            workplace = first[3] if first[0] == "title" else second[3]
            if p is None or role is None:
                continue
            target = held_in_by_title(role, p, chair, own)
            if target is None and role.startswith(REGIONAL_COUNCIL):
                target = _region_under(text, p, regions) or (regions[0] if regions else UNPLACED)
            if workplace is not None and role not in BOARD_ROLES and target is not None:
                target = named_target(text, *workplace, []) or target  # "Direktør - Fjernvarme Fyn"
            if target is None or (p.name, role) in known:
                continue
            known.add((p.name, role))
            out.append(role_fact(p, role, target, p.start, p.end))
    return out


def _region_under(text: str, p: PersonMention, regions: Sequence[Mention]) -> Mention | None:
    """The region named alone on the line under the title under the name: "Leila Lindén (S)\nRegionsrådsmedlem\n
    Region Hovedstaden"."""
    for region in regions:
        line_end = text.find("\n", region.end)
        alone = not text[region.end : len(text) if line_end < 0 else line_end].strip()
        if region.start > p.end and alone and NAME_TITLE_LINES.fullmatch(text, p.end, region.start):
            return region
    return None


def held_in_by_title(role: str, p: PersonMention, chair: Callable[[int], Target], own: Mention | None) -> Target | None:
    """A chair's or a board's seat, a meeting's officer's and a seat of the listed body's (a group's
    representative: "Lene Japsen\n\nMedarbejderrepræsentant") in the body the text is about there; a municipal
    title in the own municipality, else the person's; a staff title or an officer's in the own municipality, else
    placed by the step."""
    if role in BOARD_ROLES or role in MEETING_POST_WORDS or listed_seat(role):
        return chair(p.start)  # a meeting's officer is the meeting's body's, as a chair is
    if is_municipal(role) or role in COUNCIL_SEATS:
        return own if own is not None else PENDING
    if is_staff(role) or chief(role) or OFFICER.fullmatch(role.split()[-1]):
        return own if own is not None else UNPLACED
    return None


# ("name", p, None, None), ("title", None, role, the span of the workplace on its line if any), or ("other", None,
# None, None): a line next to a name that holds no title ("Chefkaptajn", a workplace), which keeps its slot
Line = tuple[str, PersonMention | None, str | None, tuple[int, int] | None]
OTHER: Line = ("other", None, None, None)


def _pairs(block: list[Line]) -> list[tuple[Line, Line]]:
    """The (name, title) or (title, name) pairs of the block's runs, each paired in the order it opens with. A run
    ends at a line that holds no title and where two names follow each other (a roster's names before a run of names
    and their titles: "Ruth Nielsen\nWilliam S. Jacobsen\nFormand\nInger-Lis Westergaard\nNæstformand"). A run pairs
    when its names and titles alternate and each name has its line beside it: a run of even length, or one opening
    with a name whose last name's line beside it holds no title ("Flemming Nielsen\nChefkaptajn" closing a list of
    names and their titles). A run another name follows, a list of names or a line alone gives none."""
    pairs: list[tuple[Line, Line]] = []
    run: list[Line] = []
    opens_plainly = True  # the run opens the block or follows a line with no title (not a roster's last name)
    for at, line in enumerate([*block, OTHER]):
        names_follow = bool(run) and run[-1][0] == "name" == line[0]
        if line[0] != "other" and not names_follow:
            run.append(line)
            continue
        if not names_follow:  # a run the next name follows is a heading's or a roster's ("Sekretær\nLise\nPeter")
            pairs += _run_pairs(run, opens_plainly and at < len(block))
        run = [] if line[0] == "other" else [line]
        opens_plainly = line[0] == "other"
    return pairs


def _run_pairs(run: list[Line], closed_by_other: bool) -> list[tuple[Line, Line]]:
    """A run's pairs: of an even run, or of an odd one opening with a name that a line with no title closes."""
    kinds = [kind for kind, *_ in run]
    alternates = all(a != b for a, b in pairwise(kinds))
    if not alternates or not (len(run) % 2 == 0 or (closed_by_other and kinds[0] == "name")):
        return []
    return list(zip(run[::2], run[1::2], strict=False))


def _blocks(text: str, people: list[PersonMention]) -> list[list[Line]]:
    """Runs of lines each a name alone or a title alone, blank lines between them allowed; any other line
    ends a run. Only the lines next to a name alone on its line are read (one pass over the people, none over
    the text)."""
    names_by_line: dict[int, list[PersonMention]] = {}
    for p in people:
        names_by_line.setdefault(start_of_line(text, p.start), []).append(p)
    lines: dict[int, Line] = {}  # by the line's start
    for line_start, on_line in names_by_line.items():
        if len(on_line) != 1 or _name_line(text, line_start, on_line[0]) is None:
            continue
        lines[line_start] = ("name", on_line[0], None, None)
        for neighbour in (_line_before(text, line_start), _line_after(text, line_start)):
            if neighbour is not None and neighbour not in lines and neighbour not in names_by_line:
                lines[neighbour] = _title_line(text, neighbour) or OTHER
    blocks: list[list[Line]] = []
    previous_end = -1
    for line_start in sorted(lines):
        if blocks and previous_end >= 0 and not text[previous_end:line_start].strip():
            blocks[-1].append(lines[line_start])
        else:
            blocks.append([lines[line_start]])
        line_end = text.find("\n", line_start)
        previous_end = len(text) if line_end < 0 else line_end
    return blocks


def _line_before(text: str, line_start: int) -> int | None:
    """The start of the nearest line above with words on it (blank lines skipped), if any."""
    end = end_without_space(text, line_start)
    return text.rfind("\n", 0, end) + 1 if end > 0 else None


def _line_after(text: str, line_start: int) -> int | None:
    """The start of the nearest line below with words on it, if any."""
    line_end = text.find("\n", line_start)
    if line_end < 0:
        return None
    rest = start_without_space(text, line_end)
    return text.rfind("\n", 0, rest) + 1 if rest < len(text) else None


def _name_line(text: str, start: int, p: PersonMention) -> Line | None:
    """("name", p, None, None) for a name alone on its line."""
    end = text.find("\n", p.end)
    end = len(text) if end < 0 else end
    if NAME_LINE_LEAD.fullmatch(text, start, p.start) and NAME_LINE_REST.fullmatch(text, p.end, end):
        return ("name", p, None, None)
    return None


def _title_line(text: str, start: int) -> Line | None:
    """("title", None, role, workplace) for a title alone on its line (its workplace after a comma or a dash)."""
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    if end - start > 90:
        return None
    title = TITLE_LINE.fullmatch(text, start, end)
    if title is None:
        return None
    workplace = title.span("at") if title["at"] else None
    return ("title", None, role_of_word(title["role"]), workplace)
