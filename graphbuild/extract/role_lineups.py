"""A body's line-up under its name, as a constituting meeting's news or a board's page prints it (read by `roles`): a
line that is only a body's name ("Socialudvalg", "Teknik og Havneudvalg (incl. kultur)", "Færgebestyrelsen",
"Administrativ styregruppe"), then two entries or more, one a line, each opening with a name ("Jette Strøm (V)",
"Claus Engstrup, Kultur- og Fritidschef, Randers Kommune"), blank lines between them. Each listed person is
`medlem` of the body the heading names (README roles rule 2), unless the entry marks the person's seat in it ("Fmd.:
NAME", "Stedfortræder: NAME", "NAME (formand)", "NAME, kasserer"): that seat is read by the readers of titles, and
no `medlem` beside it.
A heading of who attended or was absent ("Fraværende fra udvalget") heads no line-up, nor a group label
("Udpeget af byrådet:", `vocab.group_labels`). The line-ups
(`body_lineups`) and their entries (`entries_under`) are read by `role_heading_seats` too, for the seats they print."""

from __future__ import annotations

import re
from bisect import bisect_left

from graphbuild.extract.mentions import Mention
from graphbuild.extract.people import PersonMention
from graphbuild.extract.role_boards import ChairOf
from graphbuild.extract.role_facts import RoleFact, Target, role_fact
from graphbuild.extract.role_list_seats import prints_own_seat
from graphbuild.extract.role_lower_bodies import GENERIC_BODY
from graphbuild.extract.role_member_blocks import CONTACT_LINE, NOT_A_MEMBER_LABEL, next_line
from graphbuild.parse.lines import end_without_space, start_of_line
from graphbuild.vocab import ids
from graphbuild.vocab.bodies import ends_in_body_noun
from graphbuild.vocab.group_labels import is_group_label
from graphbuild.vocab.text_patterns import ENTRY_MARK

# a heading that is a body's name and nothing else: capitalised, up to eight words, a gloss in brackets after it
BODY_HEADING = re.compile(
    r"[ \t]*(?P<name>[A-ZÆØÅ][\wæøå-]*(?:[ \t]+[\wæøå&-]+){0,7})[ \t]*(?:\([^()\n]{1,60}\))?[ \t]*:?[ \t]*"
)
HEADING_MAX = 90
MEMBERS_WORD = re.compile(r"medlem", re.IGNORECASE)
# the term after a body's name: "Bestyrelsen 2023", "Udvalget 2022-2025"
YEARS_AFTER = re.compile(r"[ \t]+\d{4}(?:[ \t]*[-–][ \t]*\d{2,4})?$")
# what opens an entry before its name: a bullet or a number, and a seat marked with its colon ("Fmd.:", "Formand:",
# "Stedfortræder:"), whose holder is no plain member
ENTRY_OPENING = re.compile(
    rf"{ENTRY_MARK}"
    # … or the seat's title before the name with no colon: "Formand Jens Hansen", "Næstformand NAME"
    r"(?P<seat>(?i:fmd|formand|nfmd|næstfmd|næstformand|suppleant|stedfortræder|observatør)\.?[ \t]*:?[ \t]+|"
    r"(?i:fmd|nfmd|næstfmd)\.?:)?"
)
# what follows the name in an entry: nothing, a bracket (a party, a seat), a comma or a dash and a short rest (a
# title, an organisation); never a sentence going on after the bracket ("NAME (V) spurgte til …")
ENTRY_REST = re.compile(r"[ \t]*(?:\([^()\n]{1,60}\)[ \t]*)?(?:[,–-][^\n]{1,100})?[ \t.]*")
MIN_ENTRIES = 2


def members_under_body_headings(
    text: str, people: list[PersonMention], mentions: list[Mention], chairs: ChairOf, found: list[RoleFact]
) -> list[RoleFact]:
    """`medlem` of the body a heading names for each person of the line-up under it that the entry prints no seat
    for; a person a reader already made `medlem` of that body is skipped."""
    known = {(f.person.name, f.role, f.target) for f in found}
    out: list[RoleFact] = []
    for body, entries in body_lineups(text, people, mentions, chairs):
        body_id = body.id if isinstance(body, Mention) else body[0]
        for p, seated in entries:
            if seated or (p.name, "medlem", body_id) in known:
                continue
            known.add((p.name, "medlem", body_id))
            out.append(role_fact(p, "medlem", body, p.start, p.end))
    return out


def body_lineups(
    text: str, people: list[PersonMention], mentions: list[Mention], chairs: ChairOf
) -> list[tuple[Target, list[tuple[PersonMention, bool]]]]:
    """Each line-up under a heading that names a body: the body, and its entries (each person, with whether the
    entry marks the person's seat)."""
    if len(people) < MIN_ENTRIES:
        return []
    starts = [p.start for p in people]
    out: list[tuple[Target, list[tuple[PersonMention, bool]]]] = []
    for heading_start, heading_end, name in _headings(text, people, starts):
        entries = entries_under(text, people, starts, heading_end)
        if len(entries) < MIN_ENTRIES:
            continue
        body = named_body(mentions, heading_start, heading_end, name)
        if GENERIC_BODY.fullmatch(name):  # "Udvalget", "Bestyrelsen": the body the text is about there
            body = chairs(heading_start) or chairs.last_named(heading_start) or chairs.unnamed
        out.append((body, entries))
    return out


def _headings(text: str, people: list[PersonMention], starts: list[int]) -> list[tuple[int, int, str]]:
    """The lines that are a body's name alone, with no one named on them, each right before a line opening with a
    name (or its seat's mark): (where the name starts, where the line ends, the name)."""
    out: list[tuple[int, int, str]] = []
    seen: set[int] = set()
    for p in people:
        # stepping back over the blank lines above the name's line, not copying the text before each name
        heading_end = end_without_space(text, start_of_line(text, p.start))
        heading_start = start_of_line(text, heading_end)
        if heading_start in seen:
            continue
        seen.add(heading_start)
        if heading_end - heading_start > HEADING_MAX:
            continue
        index = bisect_left(starts, heading_start)
        if index < len(starts) and starts[index] < heading_end:
            continue  # a name on the line: an entry or a sentence, no heading
        heading = BODY_HEADING.fullmatch(text, heading_start, heading_end)
        if heading is None or NOT_A_MEMBER_LABEL.search(heading[0]) or MEMBERS_WORD.search(heading[0]):
            continue  # "Medlemmer af Grønt Råd:" is a label of members, the member lists' readers'
        if is_group_label(heading[0]):
            continue  # "Udpeget af byrådet:" names who filled the seats below, not the body they are held in
        name = YEARS_AFTER.sub("", " ".join(heading["name"].split()))
        if ends_in_body_noun(name):
            out.append((heading.start("name"), heading_end, name))
    return out


def entries_under(
    text: str, people: list[PersonMention], starts: list[int], pos: int
) -> list[tuple[PersonMention, bool]]:
    """The entries under a heading: each a line opening with a name, with whether it marks the person's seat; they
    end at the first line that does not open with a name (a heading, a sentence, a label)."""
    entries: list[tuple[PersonMention, bool]] = []
    while pos < len(text):
        pos, end = next_line(text, pos)
        index = bisect_left(starts, pos)
        if index >= len(people) or people[index].start >= end:
            if entries and CONTACT_LINE.match(text, pos, end):
                pos = end  # the entry's contact line: "Tlf. 86 85 90 25"
                continue
            break
        p = people[index]
        opening = ENTRY_OPENING.match(text, pos, p.start)
        if opening is None or opening.end() != p.start or ENTRY_REST.fullmatch(text, p.end, end) is None:
            break
        entries.append((p, opening["seat"] is not None or prints_own_seat(text[p.end : end])))
        pos = end
    return entries


def named_body(mentions: list[Mention], start: int, end: int, name: str) -> Target:
    """The body the heading names: its mention opening the name, else an organisation of its name."""
    named = next((m for m in mentions if m.start == start and m.end <= end and m.type == "Organization"), None)
    return named if named is not None else (ids.organization_id(name), name, "Organization")
