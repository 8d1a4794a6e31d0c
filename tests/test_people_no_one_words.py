"""A word that names no person is never in a name (`person_names.names_no_one`, asked by `plausible`): a title in
the definite, the post's holder ("Formanden Aase Windeballe bød velkommen"), and a room's word a flattened header
prints before the members ("Mødelokale: Medlemmer: Byrådssal Michael Ziegler (borgmester) (C)"); a name the lists
know that ends so ("Søren", "Karen", "Ali Ünsal") stays. Excerpts quoted from dev-write documents of
tests/realworld."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphbuild.vocab.person_names import names_no_one, plausible
from tests.text_facts import assert_persons

CASES: list[tuple[str, set[str], set[str]]] = [
    # dansk-lokalhistorisk-forening-generalforsamling-2018-04-14: the chair in the definite before her name
    (
        "Referat\n\nFra bestyrelsen deltog: Aase Windeballe, Ole Koefoed Nielsen, Helge Torm, Arne Fogt, Flemming "
        "Bruun, Erik Nørr og Erik Christensen.\nFormanden Aase Windeballe bød velkommen og foreslog Bent Thygesen "
        "som dirigent.\n\n1. Valg af dirigent\n",
        {"Aase Windeballe", "Bent Thygesen"},
        {"Formanden Aase Windeballe"},
    ),
    # hoeje-taastrup-byraadet-dagsorden-17-april: the meeting room's word run on before the first member
    (
        "1 Dagsorden Dato: Tirsdag den Mødetidspunkt: 18:00 Mødelokale: Medlemmer: Byrådssal Michael Ziegler "
        "(borgmester) (C), Annette Johansen (A), Bjarne Kogsbøll (C), Conny Trøjborg Krogh (F), Daniel Donoso (F) "
        "Fraværende:\n",
        {"Michael Ziegler", "Annette Johansen"},
        {"Byrådssal Michael Ziegler"},
    ),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_no_one_word_left_out(tmp_path: Path, text: str, wanted: set[str], unwanted: set[str]) -> None:
    assert_persons(tmp_path, text, wanted, unwanted)


@pytest.mark.parametrize(
    "word", ["Formanden", "Borgmesteren", "Kommunaldirektøren", "Byrådssal", "Mødelokale", "Udvalgsværelset"]
)
def test_words_naming_no_one(word: str) -> None:
    assert names_no_one(word)


@pytest.mark.parametrize("name", ["Søren Jensen", "Karen Maren", "Ali Ünsal", "Faysal Ali", "Jens Formandsen"])
def test_near_misses_stay_names(name: str) -> None:
    assert plausible(name.split())
