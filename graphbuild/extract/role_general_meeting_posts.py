"""A post an association elects at its general meeting, "formanden Finn Mikkelsen", "kassereren Helle Purup",
"revisor NAME", "suppleant NAME", and the members it elects to the board, in "Generalforsamlingen i X"'s minutes:
held in the association (`Meeting.body_owner`), not in the general meeting, where the readers placed it as the
meeting's body; read by `roles` last, beside `role_owner_seats`. Never the meeting's own posts ("dirigent",
"referent", "stemmetæller", "ordstyrer"), a post at a meeting that is no general meeting (a board's "formand" stays
the board's), nor one held in a body another reader found; only where parse read the owner."""

from __future__ import annotations

import re

from graphbuild.extract.role_facts import RoleFact, held_in_organisation, held_in_the_body

# the association's posts a general meeting elects, an ordinal before ("2. næstformand", "1. suppleant") kept apart;
# a member's seat too ("Der skal blev valgt 4 medlemmer til bestyrelsen"): a general meeting seats no members of
# its own, the members elected there sit on the association's board
_ELECTED_POST = re.compile(
    r"(?:\d\.\s*)?(?:formand|næstformand|kasserer|revisor|revisorsuppleant|suppleant|medlem|bestyrelsesmedlem)"
)
_GENERAL_MEETING = re.compile(r"(?i)\bgeneralforsamling")


def elected_post_held_by_the_owner(
    fact: RoleFact, body_id: str | None, body: str | None, owner: str | None
) -> RoleFact:
    """The fact held in the association when its title is a post the association elects, the meeting is its general
    meeting and the readers placed the post in the meeting's body; else the fact as it is."""
    if owner is None or body_id is None or body is None or fact.role is None:
        return fact
    if not _GENERAL_MEETING.search(body) or not _ELECTED_POST.fullmatch(fact.role.lower()):
        return fact
    if not held_in_the_body(fact, body_id):
        return fact
    return held_in_organisation(fact, owner)
