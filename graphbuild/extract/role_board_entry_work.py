"""A board member's own work as the board's page prints it on the lines under the name (read by `roles`): a title
opening the line, "former" before it or not, the organisation it is held in after it ("Skoleleder Dybbøl-skolen",
"fhv. museumsdirektør, ROMU (udpeget af ROMU)", "Lektor"). The person's work is a role of its own beside the seat
in the board (the roles annotation log): held in the organisation the line names, else in the body the text is
about there. A seat in the board ("Formand", "Medarbejderrepræsentant") is the seat readers', and a profession
("advokat", "arkitekt MAA") is no post."""

from __future__ import annotations

import re

from graphbuild.extract.role_board_headed_entries import BoardEntry
from graphbuild.extract.role_boards import ChairOf
from graphbuild.extract.role_facts import RoleFact, held_in_organisation, role_fact
from graphbuild.extract.role_list_seats import prints_own_seat
from graphbuild.extract.role_patterns import PROFESSIONS, ROLE_WORDS, role_of_word

TITLE = re.compile(
    rf"(?:fhv\.[ \t]+|tidl\.[ \t]+)?(?P<title>{ROLE_WORDS})(?=$|[ \t]*[,(]|[ \t]+(?-i:[A-ZÆØÅ]))", re.IGNORECASE
)
# the organisation after the title: a capitalised name, up to a bracket
ORGANISATION = re.compile(r"[ \t]*,?[ \t]*(?P<name>(?-i:[A-ZÆØÅ])[^(),\n]{1,60}?)[ \t]*(?:\(|$)")


def work_under_names(entries: list[BoardEntry], chairs: ChairOf, found: list[RoleFact]) -> list[RoleFact]:
    """The title a line under each entry's name opens with, held in the organisation it names or the board's body."""
    known = {(f.person.name, f.role) for f in found}
    out: list[RoleFact] = []
    for entry in entries:
        for line in entry.details:
            title = TITLE.match(line)
            if title is None or prints_own_seat(line):
                continue
            role = role_of_word(title["title"])
            p = entry.person
            if role in PROFESSIONS or (p.name, role) in known:
                continue
            known.add((p.name, role))
            fact = role_fact(p, role, chairs(entry.heading_end) or chairs.unnamed, p.start, p.end)
            organisation = ORGANISATION.match(line, title.end())
            out.append(held_in_organisation(fact, organisation["name"]) if organisation else fact)
    return out
