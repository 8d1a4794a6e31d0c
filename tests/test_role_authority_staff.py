"""An employee's title in a municipality's own committee minutes is held in the municipality, not in the committee
the readers placed it in as the meeting's body; the committee's own seats, and a post of another authority seated in
the body, stay where they are. Forms quoted (shortened) from dev-write documents of tests/realworld/ (Vejen's
Økonomiudvalget prints its director's recommendation; Københavns Beredskabskommission seats the police's
vicepolitidirektør); the test split is never read while writing these rules."""

from __future__ import annotations

from pathlib import Path

from graphbuild.extract.people import PersonMention
from graphbuild.extract.role_authority_staff import held_by_the_authority
from graphbuild.extract.role_facts import UNPLACED, role_fact
from tests.text_facts import facts_of_text, named_relations

# vejen-oekonomiudvalget-2019-03-05
_VEJEN = (
    "Her kan du se dagsordener og referater fra møder i udvalgene i Vejen Kommune.\n\n"
    "Udvalg: Økonomiudvalget\n\nMødedato: 05-03-2019\n\nMødested: M 5 - Vejen Rådhus\n\n"
    "1.Månedlig budgetopfølgning på Økonomiudvalgets område pr. 31. januar 2019 (B)\n\n"
    "Sagsnummer: 19/4531\n\n"
    "Administrativ indstilling\n\nDirektør Henrik B. Larsen indstiller, at\n\n"
    "  • der gives en orientering om budgetopfølgningen pr. 31. januar 2019.\n\n"
    "Beslutning Økonomiudvalget den 05-03-2019\n\nTaget til efterretning.\n"
)


def _held(tmp_path: Path, text: str) -> set[tuple[str, str | None, str]]:
    return {
        (person, props.get("role"), target)
        for person, target, props in named_relations(facts_of_text(tmp_path, text), "HOLDS_ROLE")
    }


def test_a_director_in_a_committees_minutes_is_the_municipalitys(tmp_path: Path) -> None:
    held = _held(tmp_path, _VEJEN)
    assert ("Henrik B. Larsen", "direktør", "Vejen") in held
    assert not any(person == "Henrik B. Larsen" and target != "Vejen" for person, _, target in held)


_COMMITTEE = ("organization:beredskabskommissionen", "Beredskabskommissionen", "Organization")
_OWN = ("municipality:0101", "København", "Municipality")


def test_an_employee_placed_in_the_meetings_body_moves_to_the_municipality() -> None:
    fact = role_fact(PersonMention(0, 10, "Henrik B. Larsen"), "direktør", _COMMITTEE, 0, 10)
    assert held_by_the_authority(fact, _COMMITTEE[0], _OWN).target == _OWN[0]


def test_near_misses_stay_where_the_readers_placed_them() -> None:
    person = PersonMention(0, 10, "Anne Tønnes")
    body = _COMMITTEE[0]
    # koebenhavn-beredskabskommissionen-2014-11-18: "Vicepolitidirektør Anne Tønnes" among those present, the
    # police's seat in the commission, no employee of the municipality
    police = role_fact(person, "vicepolitidirektør", _COMMITTEE, 0, 10)
    assert held_by_the_authority(police, body, _OWN).target == body
    # the committee's own seats and the meeting's leader
    for seat in ("formand", "næstformand", "mødeleder", "medlem", "kommunaldirektør"):
        assert held_by_the_authority(role_fact(person, seat, _COMMITTEE, 0, 10), body, _OWN).target == body
    # a director placed in another body a reader found ("direktør for Louisiana") is that body's
    other = ("organization:louisiana", "Louisiana", "Organization")
    assert held_by_the_authority(role_fact(person, "direktør", other, 0, 10), body, _OWN).target == other[0]
    # no municipality of its own (a company's or an association's minutes): as it is
    director = role_fact(person, "direktør", _COMMITTEE, 0, 10)
    assert held_by_the_authority(director, body, None).target == body
    # a title no reader placed yet is left to the step
    unplaced = role_fact(person, "direktør", UNPLACED, 0, 10)
    assert held_by_the_authority(unplaced, body, _OWN).target == UNPLACED[0]
