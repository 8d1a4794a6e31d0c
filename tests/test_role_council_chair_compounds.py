"""A council's chair or vice chair named by the council's compound ("menighedsrådsformand", "elevrådsnæstformand",
"regionsrådsformand") is a title wherever a title is read (`role_patterns.ROLE_WORDS`). Excerpts quoted from
dev-write documents of tests/realworld, with the (person, role) facts they must give and those they must not."""

from __future__ import annotations

from pathlib import Path

from text_facts import RoleCase, RolePairs, assert_role_form, role_form_cases, role_pairs_of_text

CASES: list[RoleCase] = [
    (
        # simon-peters-kirke-news-menighedsraadets-konstituering-2020
        "a parish council's chair on a label line of the constitution",
        "Konstitueringen faldt således ud:\n\nMenighedsrådsformand: Bjarne Høi Sørensen\n\n"
        "Kasserer: Jenny Sølvsteen Thomsen\n",
        {("Bjarne Høi Sørensen", "menighedsrådsformand"), ("Jenny Sølvsteen Thomsen", "kasserer")},
        {("Jenny Sølvsteen Thomsen", "menighedsrådsformand")},
    ),
    (
        # sunds-kirke-menighedsmoede-2020-06-09
        "a parish council's chair before the name in an item's title",
        "Dagsorden\n\n1. Velkomst ved menighedsrådsformand Inger Christensen\n",
        {("Inger Christensen", "menighedsrådsformand")},
        set(),
    ),
    (
        # skaelskoer-skolebestyrelse-2015-09-16
        "a pupils' council's chair and vice chair before the names in a flattened list",
        "Elev- og medarbejderrepræsentanter: Anne Birgitte Duus - Elevrådsformand Victor Wersinger 9.j - Kenny "
        "Kragesand Elevrådsnæstformand Malthe Johansen 9.j Mai Laurfelt Houlind -\n",
        {("Victor Wersinger", "elevrådsformand"), ("Malthe Johansen", "elevrådsnæstformand")},
        {("Kenny Kragesand", "elevrådsnæstformand")},
    ),
]


@role_form_cases(CASES, header="Referat\n\n", id_chars=60)
def test_a_council_chair_by_its_compound_is_a_title(
    tmp_path: Path, text: str, present: RolePairs, absent: RolePairs
) -> None:
    assert_role_form(tmp_path, text, present, absent)


def test_a_council_named_alone_holds_no_chair(tmp_path: Path) -> None:
    # guard: a council's meeting or its name before a name ("menighedsrådsmøde", "Ældrerådet") is no chair's title
    text = "Referat\n\nMenighedsrådsmøde hos Inger Christensen. Ældrerådet ved Ole Hansen orienterede.\n"
    found = role_pairs_of_text(tmp_path, text)
    assert not any(role.endswith("formand") for _, role in found)
