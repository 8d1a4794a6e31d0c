"""The body a chair's seat opening a list's entry is held in, read by `roles` over every reader's facts: an entry
that opens with its seat ("Formand Jacob Bundsgaard (S), borgmester i Aarhus Kommune.", "• Næstformand: Martin Damm
(V), Kalundborg") under a heading that names a body — a line that is the body's name alone ("Arbejdsmarkeds- og
Erhvervsudvalget:", `role_lineups`) or a label naming it by its own name ("Medlemmerne af KL's bestyrelse i
valgperioden 2018-2022 er:", "Beredskabskommissionens medlemmer er:", `role_label_bodies`) — holds that seat in the
body the heading names, not in the body the readers of titles placed it in (the network or the organisation the text
named last before it). A label that names the body by its kind's word alone ("Medlemmer af udvalget:") names none:
its seats stay where they are."""

from __future__ import annotations

import re
from bisect import bisect_left

from graphbuild.extract.mentions import Mention
from graphbuild.extract.people import PersonMention
from graphbuild.extract.role_boards import ChairOf
from graphbuild.extract.role_facts import RoleFact, Target, held_in
from graphbuild.extract.role_label_bodies import label_body
from graphbuild.extract.role_lineups import MIN_ENTRIES, body_lineups, entries_under
from graphbuild.parse.lines import start_of_line
from graphbuild.vocab import ids
from graphbuild.vocab.text_patterns import ENTRY_MARK

# the seat that opens an entry before the name, with its colon or not: "Formand ", "Næstformand: ", "Fmd.: "
SEAT_OPENING = re.compile(
    rf"{ENTRY_MARK}(?P<seat>(?i:næstformand|formand|forperson|næstfmd|nfmd|fmd))\.?[ \t]*:?[ \t]+"
)
SEAT_ROLES = {"fmd": "formand", "nfmd": "næstformand", "næstfmd": "næstformand"}
LABEL_MAX = 120


def seats_held_under_headings(
    text: str, people: list[PersonMention], mentions: list[Mention], chairs: ChairOf, found: list[RoleFact]
) -> list[RoleFact]:
    """The facts found, a chair's seat that opens an entry under a heading naming a body held in that body."""
    seats = _seats_under_headings(text, people, mentions, chairs)
    if not seats:
        return found
    out: list[RoleFact] = []
    held: set[tuple[int, str, str]] = set()
    for fact in found:
        seat = seats.get(fact.person.start)
        if seat is not None and fact.role is not None and fact.role.lower() == seat[0]:
            fact = held_in(fact, seat[1])
            if (fact.person.start, seat[0], fact.target) in held:
                continue  # two readers read the one seat: held there once
            held.add((fact.person.start, seat[0], fact.target))
        out.append(fact)
    return out


def _seats_under_headings(
    text: str, people: list[PersonMention], mentions: list[Mention], chairs: ChairOf
) -> dict[int, tuple[str, Target]]:
    """Where each seated entry's name starts under a heading that names a body: the seat it opens with, the body."""
    lineups = body_lineups(text, people, mentions, chairs)
    lineups += _labelled_lists(text, people, mentions)
    out: dict[int, tuple[str, Target]] = {}
    for body, entries in lineups:
        for p, _ in entries:
            line_start = start_of_line(text, p.start)
            opening = SEAT_OPENING.match(text, line_start, p.start)
            if opening is not None and opening.end() == p.start:
                seat = opening["seat"].lower()
                out[p.start] = (SEAT_ROLES.get(seat, seat), body)
    return out


def _labelled_lists(
    text: str, people: list[PersonMention], mentions: list[Mention]
) -> list[tuple[Target, list[tuple[PersonMention, bool]]]]:
    """The lists under a label of members that names their body by its own name, with that body."""
    if len(people) < MIN_ENTRIES:
        return []
    starts = [p.start for p in people]
    out: list[tuple[Target, list[tuple[PersonMention, bool]]]] = []
    seen: set[int] = set()
    for p in people:
        label_end = start_of_line(text, p.start)
        while label_end > 0 and text[label_end - 1].isspace():
            label_end -= 1  # the blank lines between the label and its first entry
        label_start = text.rfind("\n", 0, label_end) + 1
        if label_start in seen or label_end - label_start > LABEL_MAX:
            continue
        seen.add(label_start)
        index = bisect_left(starts, label_start)
        if index < len(starts) and starts[index] < label_end:
            continue  # a name on the line: an entry or a sentence, no label
        named = label_body(text, label_start, label_end)
        if named is None:
            continue  # no label, or one naming its body by the kind's word alone ("Medlemmer af udvalget:")
        entries = entries_under(text, people, starts, label_end)
        if len(entries) >= MIN_ENTRIES:
            out.append((_label_body(mentions, *named), entries))
    return out


def _label_body(mentions: list[Mention], start: int, name: str) -> Target:
    """The body a label names: the mention of its whole name there, else an organisation of that name (never the
    mention of its owner alone, "KL" of "KL's bestyrelse")."""
    named = next(
        (m for m in mentions if m.start == start and m.type == "Organization" and m.end - m.start >= len(name)), None
    )
    return named if named is not None else (ids.organization_id(name), name, "Organization")
