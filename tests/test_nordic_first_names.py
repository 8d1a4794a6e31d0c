"""The Nordic first names DaCy's list lacks (graphbuild/data/nordic_first_names.csv, from Faker's and Mimesis's
Danish, Norwegian, Swedish and Finnish lists): a person who goes by one is read like any other, and the list keeps
out the names that are also a Danish or English word, a Danish surname or a municipality."""

from __future__ import annotations

import csv
from importlib import resources
from pathlib import Path

import pytest

from graphbuild.extract.people import find_people
from graphbuild.vocab.reference import first_names, first_names_left_out, last_names, municipality_by_name
from tests.text_facts import facts_of_text, meeting_of_text, role_pairs_of_text


def _supplement() -> list[dict[str, str]]:
    text = resources.files("graphbuild.data").joinpath("nordic_first_names.csv").read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


def test_the_names_dacy_lacks_are_first_names_and_dacys_stay() -> None:
    names = first_names()
    assert {"Winni", "Sanni", "Sonni", "Guri", "Silja", "Dirch", "Torbjørn", "Marie", "Søren"} <= names


def test_the_supplement_holds_no_word_surname_or_municipality() -> None:
    rows = _supplement()
    added = {row["name"] for row in rows}
    assert all(row["sources"] for row in rows)
    # "Odd" (Odd Fellow), "Ege" (ege, oaks), "Holm" and "Berg" (surnames), "Sol": words and surnames kept out
    assert not {"Odd", "Ege", "Holm", "Berg", "Sol"} & first_names()
    assert not added & last_names()
    assert not {name.lower() for name in added} & set(municipality_by_name())


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # Korsør Kunstforening, generalforsamling 2005
        (
            "Til revisor genvalgtes Sonni Jørgensen, der fungerer sammen med John Dyrby.\n"
            "Som suppleant genvalgtes Anne Byberg, der fungerer sammen med Jan Søe.",
            ("Sonni Jørgensen", "revisor"),
        ),
        # DJ Kreds Fyn, bestyrelsesmøde 2016
        ("1. Valg af ordstyrer: Silja Smith.", ("Silja Smith", "ordstyrer")),
    ],
)
def test_a_role_held_by_a_nordic_first_name(tmp_path: Path, text: str, pair: tuple[str, str]) -> None:
    assert pair in role_pairs_of_text(tmp_path, text)


def test_apologies_from_nordic_first_names_alone() -> None:
    # Østerhurup Havn, bestyrelsesmøde 2019
    meeting = meeting_of_text("Referat\n\nAfbud fra Dion og Torbjørn.\n\n1. Godkendelse af dagsorden\nGodkendt.")
    assert {(a.name, a.status) for a in meeting.attendance} == {("Dion", "absent"), ("Torbjørn", "absent")}


def test_a_name_that_is_an_english_word_opens_no_person(tmp_path: Path) -> None:
    # "Odd" is a Norwegian first name and the Odd Fellow order's word: kept out of the list
    facts = facts_of_text(tmp_path, "Odd Fellow logen anvendes fortsat til foredrag. Der udarbejdes budget.")
    assert not [e for e in facts.entities if e.type == "Person"]


def test_the_filters_leave_out_landscape_nouns_and_swedish_names_in_danish_letters() -> None:
    left_out = first_names_left_out()
    assert {name for name, why in left_out.items() if why == "a landscape's noun"} == {"Fjord", "Vang"}
    assert {"Okæ", "Ønd", "Aaghæ", "Hælghe"} <= set(left_out)
    assert not set(left_out) & first_names()
    # near misses: a name a Danish or Norwegian list gives keeps its æ or ø, a Swedish one its ä or ö; "Mark" is
    # no landscape's noun
    assert {"Ønder", "Torbjørn", "Pär", "Björn", "Mark", "Søren"} <= first_names()


def test_a_landscape_noun_after_a_place_opens_no_name() -> None:
    # alleroed-webpage-vandraad-2019-20: a member list's organisation, then its member
    text = "Foreningen til ophjælpning af fiskeriet i Roskilde Fjord Kim Lund Jørgensen\nFriluftrådet Peter Engholm\n"
    names = {p.name for p in find_people(text, 0, len(text))}
    assert {"Kim Lund Jørgensen", "Peter Engholm"} <= names
    assert "Fjord Kim Lund Jørgensen" not in names
