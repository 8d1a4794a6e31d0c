"""A member list that prints a line under each name saying who appointed or elected the member ("• Mette
Kramer\n  Udpeget af kommunalbestyrelsen", Samsø Kommune's page on its Færgeudvalg): the detail line is no
person and gets no `medlem` row, however the appointing body is written (`vocab/person_names.plausible`: a
name ends in its surname, never in a particle). Each case is the page's list under a members label (the
appointing body also written with a capital, "Byrådet", "Region Syddanmark"), with the (person, role) facts it must
give and those it must not."""

from __future__ import annotations

from pathlib import Path

from text_facts import RoleCase, RolePairs, assert_role_form, facts_of_text, role_form_cases

_ENTRIES = (
    " • Mette Kramer\n  Udpeget af {body}\n   \n • Carsten Bruun\n  Udpeget af {body}\n   \n"
    " • Flemming Skov\n  Valgt af {body}\n"
)

CASES: list[RoleCase] = [
    (
        "the appointing body in lower case, as Samsø prints it",
        "Færgeudvalget\n\nMedlemmer:\n" + _ENTRIES.format(body="kommunalbestyrelsen"),
        {("Mette Kramer", "medlem"), ("Carsten Bruun", "medlem"), ("Flemming Skov", "medlem")},
        {("Udpeget af", "medlem"), ("Valgt af", "medlem")},
    ),
    (
        "the appointing body capitalised: its name ends the detail line's run, the verb and 'af' before it no name",
        "Færgeudvalget\n\nMedlemmer:\n" + _ENTRIES.format(body="Byrådet"),
        {("Mette Kramer", "medlem"), ("Carsten Bruun", "medlem"), ("Flemming Skov", "medlem")},
        {("Udpeget af", "medlem"), ("Valgt af", "medlem")},
    ),
    (
        # near miss: a name whose surname opens with a particle keeps it and its row
        "a member whose surname opens with a particle is still a member",
        "Færgeudvalget\n\nMedlemmer:\n • Dorthe la Cour\n  Udpeget af Byrådet\n   \n • Carsten Bruun\n"
        "  Udpeget af Byrådet\n",
        {("Dorthe la Cour", "medlem"), ("Carsten Bruun", "medlem")},
        {("Udpeget af", "medlem")},
    ),
]


@role_form_cases(CASES, id_chars=60)
def test_detail_lines_under_members(tmp_path: Path, text: str, present: RolePairs, absent: RolePairs) -> None:
    assert_role_form(tmp_path, text, present, absent)


def test_detail_lines_name_no_one(tmp_path: Path) -> None:
    text = "Færgeudvalget\n\nMedlemmer:\n" + _ENTRIES.format(body="Region Syddanmark")
    people = {e.name for e in facts_of_text(tmp_path, text).entities if e.type == "Person"}
    assert people == {"Mette Kramer", "Carsten Bruun", "Flemming Skov"}
