"""A role the role readers found: who holds which role in which body, from the words it comes from; read
by `roles` (which relates it) and the readers in `role_boards`."""

from __future__ import annotations

from dataclasses import dataclass, replace

from graphbuild.extract.mentions import Mention
from graphbuild.extract.people import PersonMention
from graphbuild.vocab import ids
from graphbuild.vocab.gazetteer import lookup_alias


@dataclass(frozen=True)
class RoleFact:
    person: PersonMention
    role: str | None
    target: str  # entity id
    target_name: str
    target_type: str
    valid_from: str | None
    valid_to: str | None
    start: int  # the words the fact comes from
    end: int
    target_kind: str | None = None
    mention: Mention | None = None  # the target as the text names it


Target = Mention | tuple[str, str, str]


def role_fact(
    p: PersonMention,
    role: str | None,
    target: Target,
    start: int,
    end: int,
    valid_from: str | None = None,
    valid_to: str | None = None,
) -> RoleFact:
    """The fact that p holds role in target (a body the text names, or an (id, name, type) it implies)."""
    if isinstance(target, Mention):
        return RoleFact(p, role, target.id, target.name, target.type, valid_from, valid_to, start, end,
                        target.kind, target)  # fmt: skip
    return RoleFact(p, role, target[0], target[1], target[2], valid_from, valid_to, start, end)


# the target of a seat (a chair, an observer, a referent) in a body the text does not name where it prints it:
# placed by the roles step after every reader had its say (a body another reader found for the same title wins)
UNPLACED: tuple[str, str, str] = ("?", "", "Organization")


# the target of a municipal title whose municipality the sentence does not name
PENDING: tuple[str, str, str] = ("", "", "Municipality")


def placed_titles(found: list[RoleFact]) -> set[tuple[str, str | None]]:
    """The (person, title) pairs found placed in a body: an unplaced one keeps no reader from placing it."""
    return {(f.person.name, f.role) for f in found if f.target != UNPLACED[0]}


def held_in(fact: RoleFact, target: Target) -> RoleFact:
    """The fact with its title held in target (a body the text names, or an (id, name, type) it implies)."""
    if isinstance(target, Mention):
        return replace(fact, target=target.id, target_name=target.name, target_type=target.type,
                       target_kind=target.kind, mention=target)  # fmt: skip
    return replace(fact, target=target[0], target_name=target[1], target_type=target[2], mention=None)


def held_in_the_body(fact: RoleFact, body_id: str) -> bool:
    """Whether the readers placed the fact in the body with this id (as its target or the mention it names)."""
    return fact.target == body_id or (fact.mention is not None and fact.mention.id == body_id)


def held_in_organisation(fact: RoleFact, name: str) -> RoleFact:
    """The fact held in the organisation of this name: the known one it is an alias of, else one of its own."""
    known = lookup_alias(name)
    if known is not None:
        return held_in(fact, (known.id, known.name, "Organization"))
    return held_in(fact, (ids.organization_id(name), name, "Organization"))
