"""A title with its holder's name in brackets right after it (`role_bracketed_holders`), as associations' and
councils' minutes print it (SLA Fyn, Veddelev Kolaug, Grundejerforeningen Sejer Strande, Assens Kommune): the name
opening the bracket holds the title; never a body's or a firm's name in the bracket, a name after other words in
it, or a substitute's seat."""

from __future__ import annotations

from pathlib import Path

from text_facts import RoleCase, RolePairs, assert_role_form, role_form_cases

from graphbuild.extract.role_bracketed_holders import BRACKET_CLOSES, TITLE_THEN_BRACKET

HEADER = "Referat fra bestyrelsesmøde i SLA Fyn\nTirsdag den 19. marts 2024 kl. 19.00\n\n"

CASES: list[RoleCase] = [
    (
        "a new board member named in brackets, a place after the comma (SLA Fyn)",
        "1. Siden sidst\n\nHaastrup Arkiv har fået et nyt bestyrelsesmedlem (Anna Haastrup, Fåborg) og en ny "
        "suppleant.",
        {("Anna Haastrup", "bestyrelsesmedlem")},
        set(),
    ),
    (
        "the auditor named in brackets (Veddelev Kolaug)",
        "Regnskabet blev runddelt. Regnskabet var godkendt af vores revisor (Peter Sørensen).",
        {("Peter Sørensen", "revisor")},
        set(),
    ),
    (
        "a council member named in a vote's count, the party after the comma (Assens Kommune)",
        "Imod stemte 5 medlemmer (O og Ø).\n\n1 medlem (Henrik Hansen, A) stemte hverken for eller imod.",
        {("Henrik Hansen", "medlem")},
        set(),
    ),
    (
        "a substitute named in brackets stands in at this meeting: attendance, no title",
        "Afbud fra Jens Hansen, hans stedfortræder (Peter Sørensen) deltog.",
        set(),
        {("Peter Sørensen", "stedfortræder"), ("Peter Sørensen", "suppleant")},
    ),
    (
        "a party's word before the bracket is no title (the corpus README)",
        "Byrådets løsgænger (Peter Sørensen) stemte imod.",
        set(),
        {("Peter Sørensen", "løsgænger")},
    ),
]


@role_form_cases(CASES, HEADER)
def test_bracketed_holder_forms(tmp_path: Path, text: str, present: RolePairs, absent: RolePairs) -> None:
    assert_role_form(tmp_path, text, present, absent)


def test_a_bracket_that_opens_with_no_name_or_holds_more_is_not_read() -> None:
    """ "chefkonsulent (Rambøll)" puts no title before a name; "formand (valgt 2019: NAME" has words before the name;
    "revisor (NAME og NAME)" does not close after the name."""
    assert TITLE_THEN_BRACKET.search("v. Hanne Nielsen, chefkonsulent (") is not None
    assert TITLE_THEN_BRACKET.search("formand (valgt 2019: ") is None
    assert TITLE_THEN_BRACKET.search("Skovbjerg (referent) #1 Suppleant") is None
    assert BRACKET_CLOSES.match(", Fåborg) og en ny suppleant") is not None
    assert BRACKET_CLOSES.match(" og Lise Holm)") is None
