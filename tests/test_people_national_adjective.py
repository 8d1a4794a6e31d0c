"""The national adjective in the plural ("Danske") opens an organisation's name, never a person's ("Danske
Handicaporganisationer", "Danske Regioner", "Danske Patienter"): a word never in a name (`person_names`), so a
flattened list's organisation run on after a name is left out and no run of the organisation's words is a name; a
name before the organisation's bracket stays. Excerpts quoted from dev-write documents of tests/realworld, and a
flattened list in their shape."""

from __future__ import annotations

import pytest

from graphbuild.extract.people import find_people
from graphbuild.vocab.person_names import plausible

CASES: list[tuple[str, set[str], set[str]]] = [
    # danske-naturparker-nationalkomite-2018-04-24: the organisation in a bracket after each name
    (
        "Afbud: Nicolai Lysgaard Thomsen (Danske Regioner), Hans Ove Pedersen (De Kommunale Park-\n",
        {"Nicolai Lysgaard Thomsen", "Hans Ove Pedersen"},
        set(),
    ),
    # a flattened list: each name with its organisation run on after it
    (
        "Deltagere: Mette Lund Danske Handicaporganisationer Jens Hansen Danske Regioner\n",
        {"Mette Lund", "Jens Hansen"},
        {"Mette Lund Danske Handicaporganisationer", "Mette Lund Danske", "Jens Hansen Danske Regioner"},
    ),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_organisation_after_a_name_left_out(text: str, wanted: set[str], unwanted: set[str]) -> None:
    names = {p.name for p in find_people(text, 0, len(text))}
    assert wanted <= names, names
    assert not unwanted & names, names


def test_organisation_is_no_name() -> None:
    assert not plausible(["Danske", "Handicaporganisationer"])
    assert not plausible(["Danske", "Regioner"])
    assert plausible(["Hans", "Ove", "Pedersen"])
