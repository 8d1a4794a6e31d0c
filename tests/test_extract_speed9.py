"""The faster readings of h-speed9 give what the readings they replace gave (issue 13 item 7): a network's
name read from the builder is the name its entity carries, and the gate before a network's dissolution pattern
never spares a text the pattern matches in."""

from __future__ import annotations

import random

import pytest

from graphbuild.extract.builder import FactsBuilder
from graphbuild.extract.evidence import _is_abbreviation
from graphbuild.extract.membership_networks import _dissolution_of, may_tell_of_dissolution
from graphbuild.extract.role_abbreviations import ABBREVIATED_POST_WORDS
from graphbuild.vocab.near import lowered


def test_name_of_is_the_built_entitys_name() -> None:
    facts = FactsBuilder()
    facts.entity("org:a", "Organization", "Østsjællands Beredskab", "Østsjællands Beredskabs")
    facts.entity("org:a", "Organization", "Another Name")  # a later name does not replace the first
    facts.entity("org:b", "Organization", "KL")
    built = {e.id: e.name for e in facts.entities()}
    assert {id: facts.name_of(id) for id in built} == built
    assert facts.name_of("org:none") is None


# pieces the texts are made of: the pattern's words in every case and inflection, near misses, the name, and the
# letters a case-blind pattern reads as "s", "k" or "i"
_PIECES = [
    "Østsjællands Beredskab",
    "ØSTSJÆLLANDS BEREDSKAB",
    "opløsningen af ",
    "Opløsningen af det ",
    "OPLØSNINGEN AF ",
    "opløſningen af ",
    "nedlæggelsen af ",
    "NEDLÆGGELSE AF ",
    "lukningen af ",
    "luKning af ",
    "lukning af ",
    "lukning af den ",
    " blev opløst",
    " er nedlagt",
    " bliver lukket",
    " I/S blev helt opløst",
    " blev OPLØST",
    " blev Nedlagt",
    " er lukKet",
    "Lukket punkt",
    " opløses",
    " lukkes",
    " nedlægges",
    " i 2020",
    ". ",
    " ",
    "\n",
    "Siden ",
    "kommunerne",
]


@pytest.mark.parametrize("seed", range(400))
def test_the_gate_never_spares_a_dissolution(seed: int) -> None:
    rng = random.Random(seed)
    text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 12)))
    if _dissolution_of("Østsjællands Beredskab").search(text) is not None:
        assert may_tell_of_dissolution(text, lowered(text))


def test_the_gate_spares_a_text_without_a_word_of_dissolution() -> None:
    for text in (
        "Østsjællands Beredskab holdt møde med kommunerne. Beredskabet blev udvidet i 2020.",
        "Lukket punkt: Østsjællands Beredskab. Østsjællands Beredskab blev LUKKET",  # the participle as written
    ):
        assert _dissolution_of("Østsjællands Beredskab").search(text) is None
        assert not may_tell_of_dissolution(text, lowered(text))


def test_abbreviations_end_no_sentence() -> None:
    # (the word before a dot is read from the eight characters before it: a longer abbreviation is not seen whole)
    for word in ("kl", "bl.a", "Ca", "f.eks", "12", "(1", *(w for w in ABBREVIATED_POST_WORDS if len(w) <= 8)):
        text = f"Mødet {word}. Næste"
        assert _is_abbreviation(text, text.index(". "))
    text = "Mødet sluttede. Næste"
    assert not _is_abbreviation(text, text.index(". "))
