"""A "Suppleanter:" line lists a body's standing substitutes (extract/role_substitute_lists.py): every listed name
holds the post, not only the first; never a name said to stand in for a member, nor the names beside a line of the
meeting's attendance (who stood in at this meeting), nor a name after the list has ended."""

from __future__ import annotations

from pathlib import Path

from tests.text_facts import RoleCase, assert_role_form, role_form_cases

CASES: list[RoleCase] = [
    (
        "a snippet with no document around it: all three names",
        "Suppleanter: Anne Hansen, Bo Jensen og Karen Nielsen",
        {("Anne Hansen", "suppleant"), ("Bo Jensen", "suppleant"), ("Karen Nielsen", "suppleant")},
        set(),
    ),
    (
        "a body's composition, each name with its party, joined by samt",
        "Bestyrelsen\n\nFormand: Ole Olsen\nSuppleanter: Anne Hansen (A), Bo Jensen (V) samt Karen Nielsen (C)\n",
        {("Anne Hansen", "suppleant"), ("Bo Jensen", "suppleant"), ("Karen Nielsen", "suppleant")},
        set(),
    ),
    (
        "under an absence's line: who stood in at this meeting, attendance",
        "Referat\n\nAfbud: Ole Olsen og Per Hansen\nSuppleanter: Anne Hansen og Bo Jensen\n\n1. Godkendelse\nGodkendt.",
        set(),
        {("Bo Jensen", "suppleant")},
    ),
    (
        "between the lists of those present and absent: who stood in, attendance",
        "Deltagere: Jens Berg, Ole Olsen, Per Holm\nSuppleanter: Anne Madsen og Bo Sørensen\nAfbud: Kim Larsen",
        set(),
        {("Bo Sørensen", "suppleant")},
    ),
    (
        "each standing in for a named member: attendance",
        "Suppleanter: Anne Hansen for Ole Olsen og Bo Jensen for Per Hansen\n",
        set(),
        {("Anne Hansen", "suppleant"), ("Bo Jensen", "suppleant")},
    ),
    (
        "the list ends at the full stop: the next sentence's name holds no post",
        "Suppleanter: Anne Hansen. Bo Jensen talte om budgettet.\n",
        {("Anne Hansen", "suppleant")},
        {("Bo Jensen", "suppleant")},
    ),
    (
        "a clause after the first name: no list",
        "Suppleanter: Anne Hansen, der takkede Bo Jensen\n",
        {("Anne Hansen", "suppleant")},
        {("Bo Jensen", "suppleant")},
    ),
]


@role_form_cases(CASES)
def test_substitute_lists(
    tmp_path: Path, text: str, present: set[tuple[str, str]], absent: set[tuple[str, str]]
) -> None:
    assert_role_form(tmp_path, text, present, absent)
