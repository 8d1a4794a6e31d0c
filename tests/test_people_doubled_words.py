"""A name never prints one word twice in a row (`person_names.doubled_at`): the repeated word opens what is named
after the person, a firm run on after the name in a flattened list ("Poul Bjergved Bjergved Consult"), so `people`
ends the name before it and `plausible` takes no run that repeats a word; a double surname of two words and a first
name that is also the surname stay. Excerpt quoted from a dev-write document of tests/realworld."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphbuild.extract.people import find_people
from graphbuild.vocab.person_names import doubled_at, plausible
from tests.text_facts import facts_of_text, named_relations

# rammeaftale-sjaelland-styregruppen-18-08: the guests' list flattened, each with a place or a firm after the name
GUESTS = (
    "Gæster Kirsten Eklund Region Sjælland Poul Bjergved Bjergved Consult Lena Andersen - Slagelse Afbud: Bo Guntofte"
)


def test_people_end_before_the_repeat() -> None:
    names = {p.name for p in find_people(GUESTS, 0, len(GUESTS))}
    assert {"Kirsten Eklund", "Poul Bjergved", "Lena Andersen"} <= names, names
    assert not {"Poul Bjergved Bjergved", "Poul Bjergved Bjergved Consult"} & names, names


def test_no_attendance_row_with_the_repeat(tmp_path: Path) -> None:
    text = "Referat\nStyregruppen\nMødedato: 3. marts 2020\n\nDeltagere Jens Hansen Næstved Kommune " + GUESTS
    facts = facts_of_text(tmp_path, text + "\n\n1. Godkendelse af dagsorden\nGodkendt.\n")
    persons = {e.name for e in facts.entities if e.type == "Person"}
    attended = {person for person, _, _ in named_relations(facts, "ATTENDED")}
    assert "Poul Bjergved" in persons, persons
    assert not any("Bjergved Bjergved" in name for name in persons | attended), (persons, attended)


@pytest.mark.parametrize("name", ["Poul Bjergved Bjergved", "Jens Hansen Hansen"])
def test_repeat_is_no_name(name: str) -> None:
    assert doubled_at(name.split()) is not None
    assert not plausible(name.split())


@pytest.mark.parametrize("name", ["Hans Jensen", "Jens Peter Jensen", "Peer Wille-Jørgensen", "Søren Søren-Hansen"])
def test_near_misses_stay(name: str) -> None:
    assert doubled_at(name.split()) is None
    assert plausible(name.split())
