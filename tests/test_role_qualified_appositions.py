"""A qualified title between commas after a name is that name's (`role_qualified_appositions`): "NAME, tidligere
formand for Handicaprådet, NAME2 og NAME3 deltog" gives NAME the post and NAME2 none, as the unqualified apposition
does; a qualified title before a name with no comma between ("NAME, tidligere borgmester NAME2") stays the next
name's. The shape is the news items' and minutes' apposition (venstre-jammerbugt-news:
"Lene Kjelgaard Jensen (K), forhenværende borgmester i Thisted Kommune, som har været formand …")."""

from __future__ import annotations

from pathlib import Path

from text_facts import RoleCase, RolePairs, assert_role_form, role_form_cases

from graphbuild.extract.role_qualified_appositions import QUALIFIED_APPOSITION

HEADER = "Referat fra mødet i Økonomiudvalget den 3. marts 2021\n\n"

CASES: list[RoleCase] = [
    (
        # venstre-jammerbugt-news-brn-ny-formand-2018-02-13
        "a former post between commas after the name, a relative clause after it",
        "Han overtager formandsposten efter Lene Kjelgaard Jensen (K), forhenværende borgmester i Thisted Kommune, "
        "som har været formand siden BRN startede tilbage i 2015.",
        {("Lene Kjelgaard Jensen", "borgmester")},
        set(),
    ),
    (
        "a former chair of a body between commas, names after it: the name before's",
        "Jens Hansen, tidligere formand for Handicaprådet, Mette Larsen og Søren Nielsen deltog.",
        {("Jens Hansen", "formand")},
        {("Mette Larsen", "formand")},
    ),
    (
        "a former post with no body between commas",
        "Jens Hansen, tidligere borgmester, Mette Larsen og Søren Nielsen deltog.",
        {("Jens Hansen", "borgmester")},
        {("Mette Larsen", "borgmester")},
    ),
    (
        "an abbreviated qualifier, a department after the title",
        "Jens Hansen, fhv. direktør for Teknik og Miljø, Mette Larsen og Søren Nielsen deltog.",
        {("Jens Hansen", "direktør")},
        {("Mette Larsen", "direktør")},
    ),
    (
        "a post leaving, a lower-case body",
        "Jens Hansen (V), afgående næstformand i bestyrelsen, Mette Larsen og Søren Nielsen deltog.",
        {("Jens Hansen", "næstformand")},
        {("Mette Larsen", "næstformand")},
    ),
    (
        "an adverb of the apposition before the title: 'i dag', 'indtil 2020', 'bl.a.', 'også'",
        "Jens Hansen, i dag formand for Ældrerådet, Mette Larsen og Søren Nielsen deltog. Ole Berg, indtil 2020 "
        "direktør i Nordfyns Kommune, Anne Holm og Bo Ek deltog. Per Lund, bl.a. næstformand for Handicaprådet, "
        "Lise Dam og Eva Bak deltog.",
        {("Jens Hansen", "formand"), ("Ole Berg", "direktør"), ("Per Lund", "næstformand")},
        {("Mette Larsen", "formand"), ("Anne Holm", "direktør"), ("Lise Dam", "næstformand")},
    ),
    (
        "a body a name reader may take for a name inside the apposition",
        "Jens Hansen, tidligere næstformand i Danske Handicaporganisationer, Mette Larsen og Søren Nielsen deltog.",
        {("Jens Hansen", "næstformand")},
        {("Mette Larsen", "næstformand")},
    ),
    (
        "a qualified title before the next name, no comma between, stays that name's",
        "Til stede: formand Jens Hansen, tidligere borgmester Mette Larsen og Søren Nielsen.",
        {("Jens Hansen", "formand"), ("Mette Larsen", "borgmester")},
        {("Jens Hansen", "borgmester")},
    ),
    (
        "a qualified title before a name with no comma after it is the next name's",
        "Jens Hansen takkede tidligere borgmester Mette Larsen for samarbejdet.",
        {("Mette Larsen", "borgmester")},
        {("Jens Hansen", "borgmester")},
    ),
]


@role_form_cases(CASES, HEADER)
def test_qualified_appositions(tmp_path: Path, text: str, present: RolePairs, absent: RolePairs) -> None:
    assert_role_form(tmp_path, text, present, absent)


def test_the_qualifier_is_lower_case() -> None:
    assert QUALIFIED_APPOSITION.fullmatch(", tidligere formand for X, ")
    assert not QUALIFIED_APPOSITION.fullmatch(", Tidligere formand for X, ")
    assert not QUALIFIED_APPOSITION.fullmatch(", formand for X, ")
