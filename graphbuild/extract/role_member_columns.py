"""A column of members a PDF's text layer flattened onto one line after its heading (read by `roles`): "Medlem Ulla
Astman (i formandskab) Henrik Ringbæk Madsen Lone Sondrup …", "Tilknyttede bestyrelsesmedlemmer: Christian
Ahlefeldt-Laurvig-Lehn Niels Rasmussen Michael Martin Jensen …", "Bestyrelsesmedlemmer: NAME Ærø Kommune NAME …"
(a bare "Medlemmer:" is the meeting's attendance label, `role_member_lists`'): a heading of members, then three
names or more one after the other, each with at most a party or a seat in brackets and its municipality after it.
Each is `medlem` of the body the text is about there (README roles rule 2: a list of a body's members under a
heading that names its members), unless its bracket prints a seat ("(i formandskab)", "(observatør)"): that is the
readers of titles'. A heading of who attended or was absent heads no column."""

from __future__ import annotations

import re

from graphbuild.extract.people import PersonMention
from graphbuild.extract.role_boards import ChairOf
from graphbuild.extract.role_facts import RoleFact, role_fact
from graphbuild.extract.role_member_blocks import NOT_A_MEMBER_LABEL

# the column's heading right before its first name: "Medlem", "Medlemmer:", "Tilknyttede bestyrelsesmedlemmer:"
COLUMN_HEADING = re.compile(
    r"(?<![\wæøå-])(?:[A-ZÆØÅa-zæøå][a-zæøå]+e[ \t]+)?"
    r"(?:[Bb]estyrelses|[Uu]dvalgs|[Rr]åds|[Rr]epræsentantskabs)?(?:[Mm]edlem(?:mer)?)[ \t]*:?[ \t]+$"
)
HEADING_REACH = 60
BARE_LABEL = re.compile(r"Medlemmer[ \t]*:?")
# after a name in the column: its party or its seat in brackets, its municipality ("Ærø Kommune")
AFTER_NAME = re.compile(
    r"[ \t]*(?:\((?P<bracket>[^()\n]{1,40})\))?[ \t]*"
    r"(?:(?:[A-ZÆØÅ][\wæøå-]*[ \t]+)?[A-ZÆØÅ][\wæøå-]*[ \t]+[Kk]ommune[ \t]*)?,?[ \t]*"
)
PARTY = re.compile(r"[A-ZÆØÅ]{1,3}|[A-ZÆØÅ][a-zæøå]+")
MIN_NAMES = 3


def members_in_flattened_columns(
    text: str, people: list[PersonMention], chairs: ChairOf, found: list[RoleFact]
) -> list[RoleFact]:
    """`medlem` of the body the text is about for each name of a flattened column under a heading of members."""
    if len(people) < MIN_NAMES or "edlem" not in text:
        return []
    seated = {f.person.name for f in found if f.role == "medlem"}
    out: list[RoleFact] = []
    index = 0
    while index < len(people):
        run = _column_at(text, people, index)
        if not run:
            index += 1
            continue
        index += len(run)
        target = chairs(run[0][0].start) or chairs.last_named(run[0][0].start) or chairs.unnamed
        for p, seat in run:
            if seat or p.name in seated:
                continue
            seated.add(p.name)
            out.append(role_fact(p, "medlem", target, p.start, p.end))
    return out


def _column_at(text: str, people: list[PersonMention], index: int) -> list[tuple[PersonMention, bool]]:
    """The column whose first name is people[index], each name with whether its bracket prints a seat; none when no
    heading of members stands right before it or it lists fewer than three names."""
    first = people[index]
    lead = text[max(0, first.start - HEADING_REACH) : first.start]
    heading = COLUMN_HEADING.search(lead)
    if heading is None or "\n" in lead[heading.start() :] or NOT_A_MEMBER_LABEL.search(heading.group(0)):
        return []
    if BARE_LABEL.fullmatch(heading.group(0).strip()):
        return []  # the meeting's own "Medlemmer:" label, read as its attendance list by parse (`role_member_lists`)
    run: list[tuple[PersonMention, bool]] = []
    for p in people[index:]:
        if run:
            gap = AFTER_NAME.match(text, run[-1][0].end, p.start)
            if gap is None or gap.end() != p.start:
                break
            run[-1] = (run[-1][0], _seat(gap["bracket"]))
        run.append((p, False))
    last = AFTER_NAME.match(text, run[-1][0].end)
    if last is not None:
        run[-1] = (run[-1][0], _seat(last["bracket"]))
    return run if len(run) >= MIN_NAMES else []


def _seat(bracket: str | None) -> bool:
    """Whether a bracket after a name prints something other than a party: a seat, no plain member."""
    return bracket is not None and PARTY.fullmatch(bracket.strip()) is None
