"""A noun in the definite before a known first name opens no name (`person_names.definite_lead`, asked by
`plausible`): the place, the building or the unit a flattened header or list runs on before the person ("Mødelokale 2,
Bytoften Karl Haahr, Keld Jacobsen", "Rød 3, Prøvestenen Lars Løgstrup deltog som suppleant"); the person is read
without it, and a first name the lists know that ends so stays ("Kristen Marie Hansen"). Excerpts quoted from
dev-write documents of tests/realworld."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphbuild.vocab.person_names import definite_lead, plausible
from tests.text_facts import assert_persons

CASES: list[tuple[str, set[str], set[str]]] = [
    # varde-kultur-fritid-2015-06-09 (Varde, a flattened header): the meeting place, then those present
    (
        "Referat\nKultur- og Fritidsudvalget\nMødedato: 9. juni 2015\n\nMødested: Deltagere: Fraværende: Referent: "
        "Mødelokale 2, Bytoften Karl Haahr, Keld Jacobsen, Preben Friis-Hauge, Peter Nielsen\n\n"
        "1. Godkendelse af dagsorden\nGodkendt.\n",
        {"Karl Haahr", "Keld Jacobsen"},
        {"Bytoften Karl Haahr"},
    ),
    # helsingoer-handicapraadet-2015-11-23: the meeting room's building before a stand-in's sentence
    (
        "Referat\nHandicaprådet\nMødedato: 23. november 2015\n\nFraværende: Karsten Grubert Kurt Mortensen Rød 3, "
        "Prøvestenen Lars Løgstrup deltog som suppleant for Karsten Grubert.\n\n1. Godkendelse af dagsorden\n"
        "Godkendt.\n",
        {"Lars Løgstrup"},
        {"Prøvestenen Lars Løgstrup"},
    ),
    # the same shape in a list of those present: the room's noun glued to the first entry
    (
        "Referat\nØkonomiudvalget\nMødedato: 3. marts 2020\n\nTil stede: Kantinen Jens Hansen (A), Mette Lund (V)\n\n"
        "1. Godkendelse af dagsorden\nGodkendt.\n",
        {"Jens Hansen", "Mette Lund"},
        {"Kantinen Jens Hansen"},
    ),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_definite_noun_opens_no_name(tmp_path: Path, text: str, wanted: set[str], unwanted: set[str]) -> None:
    assert_persons(tmp_path, text, wanted, unwanted)


@pytest.mark.parametrize("name", ["Kantinen Jens Hansen", "Visitationsenheden Birgitte Nystrup"])
def test_definite_lead_is_no_name(name: str) -> None:
    assert definite_lead(name.split())
    assert not plausible(name.split())


@pytest.mark.parametrize("name", ["Kristen Marie Hansen", "Margaret Anne Berg", "Niels-Jørgen Holm Larsen"])
def test_near_misses_stay(name: str) -> None:
    assert not definite_lead(name.split())
    assert plausible(name.split())
