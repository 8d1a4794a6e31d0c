"""An employee's title in the minutes of a municipality's own committee or council, "Direktør Henrik B. Larsen
indstiller, at …" in Økonomiudvalget's, "udviklingsdirektør NAME" in a committee's: held in the municipality whose
body it is (the administration employs its staff), not in the committee, where the readers placed it as the meeting's
body; read by `roles` last, beside `role_board_staff` (a company's staff in its board's minutes). Never a seat of the
meeting ("mødeleder", "formand"), a municipality's own title that another reader places ("kommunaldirektør"), a post
of another authority seated in the body ("politidirektør", "vicepolitidirektør": the police's seat in a
beredskabskommission), nor a title held in a body another reader found."""

from __future__ import annotations

from graphbuild.extract.role_board_staff import is_employee_title
from graphbuild.extract.role_facts import RoleFact, Target, held_in

# a post of another authority that sits in a municipality's body by law: the police director in its
# beredskabskommission ("vicepolitidirektør Anne Tønnes"), not the municipality's employee
_OTHER_AUTHORITY = ("politi", "vicepoliti", "rigspoliti")


def held_by_the_authority(fact: RoleFact, body_id: str | None, own: Target | None) -> RoleFact:
    """The fact held in the municipality (`own`, the meeting's own municipality) when its title is an employee's and
    the readers placed it in the meeting's body; else the fact as it is."""
    if own is None or body_id is None or fact.role is None or not is_employee_title(fact.role):
        return fact
    if fact.role.lower().startswith(_OTHER_AUTHORITY):
        return fact
    in_the_body = fact.target == body_id or (fact.mention is not None and fact.mention.id == body_id)
    if not in_the_body:
        return fact
    return held_in(fact, own)
