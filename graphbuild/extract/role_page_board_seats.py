"""A member's seat a reader held in the organisation that owns the board a web page or a news article is about, held
in that board, read by `roles` over every reader's facts: "Anne V. Kristensen (V) og Bent Hansen (S) blev valgt ind i
bestyrelsen for Danske Regioner …" over a roster of members a reader placed in "Danske Regioner", "Konstituering af
Hirtshals Havns nye bestyrelse" over the board's members placed in "Hirtshals Havn"; `role_page_body` names the
board and its owner. Only a member's seat (`medlem`, `bestyrelsesmedlem`, `suppleant`): never a chair's post, which
pages print as the owner's as often as the board's ("KL’s nye formand", "Movias formand NAME"), nor another title
held in the owner ("direktør")."""

from __future__ import annotations

from graphbuild.extract.role_facts import RoleFact, Target, held_in
from graphbuild.vocab.folding import fold

SEATS = frozenset({"medlem", "bestyrelsesmedlem", "suppleant"})


def in_page_board(fact: RoleFact, board: tuple[Target, str] | None) -> RoleFact:
    """The fact held in the page's board when a reader held its member's seat in the board's owner, else the fact."""
    if board is None or fact.role not in SEATS:
        return fact
    target, owner = board
    return held_in(fact, target) if fold(fact.target_name) == fold(owner) else fact
