"""A seat in a council, a board or a group a compound names ("planfaggruppemedlem", "Amtsrådsmedlem",
"hovedbestyrelsesmedlem") is a title wherever a title is read (`role_patterns.ROLE_WORDS`). Excerpts quoted from
dev-write documents of tests/realworld, with the (person, role) facts they must give and those they must not."""

from __future__ import annotations

from pathlib import Path

from text_facts import RoleCase, RolePairs, assert_role_form, role_form_cases, role_pairs_of_text

CASES: list[RoleCase] = [
    (
        # danskeplanchefer-webpage-planfaggruppen-2013-2014
        "a group's former member before the name, his workplace's title after it",
        "Planfaggruppen\n\nCasper Toftholm erstatter pr. 15. september 2014 tidligere planfaggruppemedlem Tine "
        "Christiansen, planchef i Slagelse Kommune. En stor tak til Tine for en vedholdende indsats.\n",
        {("Tine Christiansen", "planfaggruppemedlem"), ("Tine Christiansen", "planchef")},
        {("Casper Toftholm", "planfaggruppemedlem")},
    ),
    (
        # rsyd-vaekstforum-2006-05-04
        "a county council's member before the name in a list's entry",
        "Deltagere\n\n • Amtsrådsmedlem Hinrich Jürgensen, Det tyske mindretal i Danmark\n",
        {("Hinrich Jürgensen", "amtsrådsmedlem")},
        set(),
    ),
]


@role_form_cases(CASES, header="Referat\n\n", id_chars=60)
def test_a_compound_seat_is_a_title(tmp_path: Path, text: str, present: RolePairs, absent: RolePairs) -> None:
    assert_role_form(tmp_path, text, present, absent)


def test_a_household_member_is_no_seat(tmp_path: Path) -> None:
    # guard: a member of no council, board or group ("husstandsmedlem", "familiemedlem") holds no title
    text = "Referat\n\nAnsøgningen er sendt af husstandsmedlem Jens Hansen og familiemedlem Ole Nielsen.\n"
    found = role_pairs_of_text(tmp_path, text)
    assert not any(role.endswith("medlem") and role != "medlem" for _, role in found)
