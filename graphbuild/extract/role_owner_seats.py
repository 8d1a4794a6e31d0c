"""A seat titled by one body of an organisation printed in the minutes of another of its bodies,
"bestyrelsesformand NAME", "NAME, bestyrelsesmedlem" in "Repræsentantskabet i Midttrafik"'s minutes,
"repræsentantskabsmedlem NAME" in "FynBus Bestyrelse"'s, "bestyrelsesformand" at "Generalforsamlingen i X": held in
the organisation both bodies are of (`Meeting.body_owner`), not in the meeting's body, where the readers placed it;
read by `roles` last. Never a seat of the meeting's own body ("bestyrelsesmedlem" in the board's minutes), nor one
held in a body another reader found."""

from __future__ import annotations

import re

from graphbuild.extract.role_facts import RoleFact, held_in_organisation, held_in_the_body

# a title compounded with the body it is a seat of: "bestyrelsesformand", "bestyrelsesmedlem",
# "repræsentantskabsmedlem", "generalforsamlingsvalgt"-free: the body's kind and the seat
_SEAT_OF = re.compile(r"(?P<kind>bestyrelses|repræsentantskabs)(?:formand|næstformand|medlem|suppleant)")
_KIND_OF_BODY = re.compile(r"(?i)(bestyrelse|repræsentantskab|generalforsamling)")


def seat_held_by_the_owner(fact: RoleFact, body_id: str | None, body: str | None, owner: str | None) -> RoleFact:
    """The fact held in the organisation when its title is a seat of another kind of body than the meeting's and the
    readers placed it in the meeting's body; else the fact as it is."""
    if owner is None or body_id is None or body is None or fact.role is None:
        return fact
    seat = _SEAT_OF.fullmatch(fact.role.lower())
    meeting_kind = _KIND_OF_BODY.search(body)
    if seat is None or meeting_kind is None or seat["kind"].removesuffix("s") == meeting_kind.group(1).lower():
        return fact
    if not held_in_the_body(fact, body_id):
        return fact
    return held_in_organisation(fact, owner)
