"""A party's name a flattened member list prints after each member's name ("Susanne Zimmer Frie Grønne", "Marie
Bjerre Venstre") is not part of the name: the parties founded since 2015 are party words as the older ones are
(``vocab.person_names.NOT_NAME_WORDS``). Excerpts from dev-write documents (brn-bestyrelsen-2020-09-18,
alleroed-byraad-2011-01-27)."""

from __future__ import annotations

from graphbuild.extract.people import find_people

_BRN = (
    "Bjarne Laustsen Anne-Luise Skov-Jensen Socialdemokratiet Det Konservative Folkeparti Norddanmarks EU-Kontor\n\n"
    "Karsten Lauritzen Susanne Zimmer Frie Grønne\n\nMarie Bjerre Venstre\n"
)
_ALLEROED = "Poul Albrechtsen (O), Jens Grønne (R), John Køhler (V), Bjarni G. Jørgensen (V)\n"


def _names(text: str) -> list[str]:
    return [p.name for p in find_people(text, 0, len(text))]


def test_a_new_partys_name_is_left_out_of_the_name_before_it() -> None:
    names = _names(_BRN)
    assert "Susanne Zimmer" in names
    assert not any("Frie" in name for name in names)


def test_a_surname_that_is_a_partys_second_word_stays_a_surname() -> None:
    # near miss: "Grønne" of "Frie Grønne" is a surname too, so only "Frie" is a party word
    assert "Jens Grønne" in _names(_ALLEROED)
