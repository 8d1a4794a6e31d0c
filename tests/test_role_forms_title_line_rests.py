"""A title on the line under a name alone on its line (`role_title_lines`) with what it heads after a preposition
("Daglig leder af Ungdomsskolen og Fritidsungdomsklubberne", "Færgedirektøren fra Færgeselskabet Læsø") or a
second title after "og" ("Musikskoleleder og sekretær i musikskolerådet"), the name with a bullet before it; the
block must still alternate name and title lines. Excerpts quoted from dev-write documents of tests/realworld."""

from __future__ import annotations

from pathlib import Path

from text_facts import RoleCase, RolePairs, assert_role_form, role_form_cases

HEADER = "Bestyrelsen\n\n"

CASES: list[RoleCase] = [
    (
        # tieren-halsnaes-ungdomsskolebestyrelsen-2018-02-08
        "a manager's title with the units it heads after 'af', each under its name",
        "Mødedeltagere uden stemmeret deltager ad hoc:\n\nBirgit Danekilde\n\nDaglig leder af Ungdomsskolen og "
        "Fritidsungdomsklubberne\n\nPeter Rohde\n\nDaglig leder af 10. klasse center\n\nDagsorden:",
        {("Birgit Danekilde", "daglig leder"), ("Peter Rohde", "daglig leder")},
        set(),
    ),
    (
        # favrskov-musikskoleraadet-2024-01-23
        "a title with a second one after 'og' and a body in lower case after 'i'",
        "På kontoret\n\nAnders Grimstrup-Larsen\n\nFormand, forældrerepræsentant\n\nMette Sandahl Sørensen\n\n"
        "Musikskoleleder og sekretær i musikskolerådet\n\nBjørn de Place\n\nRepræsentant for folkeskolerne\n",
        {("Anders Grimstrup-Larsen", "formand"), ("Mette Sandahl Sørensen", "musikskoleleder")},
        {("Anders Grimstrup-Larsen", "musikskoleleder"), ("Bjørn de Place", "musikskoleleder")},
    ),
    (
        # samsoe-webpage-faergeudvalget
        "a title in the definite with its workplace after 'fra', under a name with a bullet before it",
        "Færgeudvalget består af:\n\n • Carsten Bruun\n   Udpeget af kommunalbestyrelsen\n • Lars Simon Rieks\n  "
        " Færgedirektøren fra Færgeselskabet Læsø\n",
        {("Lars Simon Rieks", "færgedirektør")},
        {("Carsten Bruun", "færgedirektør")},
    ),
    (
        "near miss: a line of names with no title line between them pairs none with the title under the last",
        "Deltagere:\n\nBirgit Danekilde\n\nPeter Rohde\n\nDaglig leder af Ungdomsskolen\n\nLise Holm\n\nJens Hansen\n",
        set(),
        {("Birgit Danekilde", "daglig leder"), ("Lise Holm", "daglig leder"), ("Jens Hansen", "daglig leder")},
    ),
]


@role_form_cases(CASES, HEADER)
def test_title_line_with_what_it_heads(tmp_path: Path, text: str, present: RolePairs, absent: RolePairs) -> None:
    assert_role_form(tmp_path, text, present, absent)
