"""An employee's title in the minutes of a company's or an association's board, "direktør H. C. Bonde",
"Kirsten Therkildsen, afdelingsleder", "økonomichef Mads Medelbye" in "Bestyrelsen i Sydtrafik"'s or "FynBus
Bestyrelse"'s minutes: held in the organisation whose board it is (`Meeting.body_owner`, which parse read off the
body's name), not in its board, where the readers placed it as the meeting's body; read by `roles` last. Never a seat
of the board or the meeting ("formand", "bestyrelsesmedlem", "referent", "mødeleder"), a municipality's own title
("kommunaldirektør", "borgmester"), nor a title another body is printed for."""

from __future__ import annotations

from graphbuild.extract.role_facts import RoleFact, held_in_organisation, held_in_the_body
from graphbuild.extract.role_patterns import is_municipal

# the last word of an employee's title: "direktør", "afdelingsleder", "kontrakt- og flexchef", "informationsmedarbejder"
_EMPLOYEE_ENDINGS = ("direktør", "chef", "leder", "medarbejder", "konsulent", "økonom")
# a seat, not employment: the meeting's leader, a member's own staff seat on the board
_NO_EMPLOYEE = frozenset({"leder", "mødeleder", "kommunaldirektør", "stadsdirektør"})
_QUALIFIERS = ("konstitueret ", "fungerende ", "daværende ", "administrerende ", "adm. ")


def is_employee_title(role: str) -> bool:
    """Whether a title is an employee's post in an organisation (its director, a chief, a head of a unit, a staff
    member), not a seat in a body or a municipality's own post."""
    bare = role.lower()
    for qualifier in _QUALIFIERS:
        bare = bare.removeprefix(qualifier)
    last = bare.split()[-1] if bare.split() else ""
    return bool(last) and last.endswith(_EMPLOYEE_ENDINGS) and last not in _NO_EMPLOYEE and not is_municipal(bare)


def held_by_the_owner(fact: RoleFact, body_id: str | None, owner: str | None) -> RoleFact:
    """The fact held in the board's owner when its title is an employee's and the readers placed it in the meeting's
    body; else the fact as it is."""
    if owner is None or body_id is None or fact.role is None or not is_employee_title(fact.role):
        return fact
    if not held_in_the_body(fact, body_id):
        return fact
    return held_in_organisation(fact, owner)
