"""A name's last word shaped like a common noun (a noun in the definite or a derived noun, eight letters or more, no
name the lists know, or a compound with a hyphen and a word in lower case) is an organisation's or the next field's
word run on after the name, left out (`name_noun_tails`); a surname the lists know, a "-sen" surname and a double
surname stay. Excerpts quoted from dev-write documents of tests/realworld."""

from __future__ import annotations

import pytest

from graphbuild.extract.name_noun_tails import noun_shaped
from graphbuild.extract.people import find_people

CASES: list[tuple[str, set[str], set[str]]] = [
    # naturturisme-bestyrelse-2010-11-24: a flattened list of names, each with its organisation run on
    (
        "Afbud: Peter Lund Ærø Kommune René Larsen Langeland Kommune H.C. Rasmussen Langeland Kommune Christian "
        "Ulrich Landbruget - Patriotisk Selskab Jacob Salvig Turisterhv. - Naturama\n",
        {"Christian Ulrich"},
        {"Christian Ulrich Landbruget"},
    ),
    (
        "Søren Strandgaard Skov og Naturstyrelsen Fyn Jørgen Friis Ærø Kommune Peter Thor Andersen Øhavsmuseerne\n\n"
        "2 1. Godkendelse af dagsorden.\n",
        {"Peter Thor Andersen"},
        {"Peter Thor Andersen Øhavsmuseerne"},
    ),
    # hoersholm-oekonomiudvalget-2017-lions-sagen: the case handler's name, then the case's title
    (
        "Sagsbehandler: Christian Buch Sørensen Lions-sagen - KL-undersøgelse af bestyrelsens\n",
        {"Christian Buch Sørensen"},
        {"Christian Buch Sørensen Lions-sagen"},
    ),
    # skive-byraad-2008-03-25: a flattened contents list's next title run on after a name
    (
        "Salg af vejareal til Anne-Marie og Svend Erik Pedersen Kommuneplantillæg: Skive Midtby\n",
        {"Svend Erik Pedersen"},
        {"Svend Erik Pedersen Kommuneplantillæg"},
    ),
    # a list's entries each with a workplace in the definite run on after the name (the neuter's "-et")
    (
        "Deltagere: Jens Hansen Fritidscentret Mette Lund Kulturhuset Peter Olsen Biblioteket\n",
        {"Jens Hansen", "Mette Lund", "Peter Olsen"},
        {"Peter Olsen Biblioteket"},
    ),
    # kerteminde-byraadet-docplayer-42389536: a flattened page's contents heading ("-else") run on after a name
    (
        "i stedet mødte Lene Bjerregaard Indholdsfortegnelse: 657. Spørgetid Budgetopfølgning alle udvalg\n",
        {"Lene Bjerregaard"},
        {"Lene Bjerregaard Indholdsfortegnelse"},
    ),
    # rudersdal-idraetsraad-repraesentantskabsmoede-2020: a club's name ("-klub") is no person's
    (
        "Jessica Panke Wagner fra Holte Volleyklub orienterede om initiativet\n",
        {"Jessica Panke Wagner"},
        {"Holte Volleyklub"},
    ),
    # limfjordupdate-news-nationalparkfond-thy-bestyrelse-2021: a board member's organisation run on after the name
    (
        "Liselotte Schouboe-Madsen Landbrug & Fødevarer\n",
        {"Liselotte Schouboe-Madsen"},
        {"Liselotte Schouboe-Madsen Landbrug"},
    ),
    # regionsjaelland-forretningsudvalget-2020-08-14, rudersdal-idraetsraad-repraesentantskabsmoede-2020: a pit's and a
    # club's name before a municipality or a clause are no person's
    (
        "i den sydlige del af Hedehusene Grusgrav, Roskilde Kommune\n",
        set(),
        {"Hedehusene Grusgrav"},
    ),
    ("Bakkehuset for fodboldmotion og Holte Volleyball for et initiativ om styrkelse\n", set(), {"Holte Volleyball"}),
    # near miss: a first name the lists know that ends so is no noun
    ("Deltagere: Anne Margaret, Elisabet Holm\n", {"Anne Margaret", "Elisabet Holm"}, set()),
    # near misses: surnames that end like a noun the lists know ("-ning"), and double surnames
    ("Tina Tving Stauning (A) Side 1 af 56\n", {"Tina Tving Stauning"}, set()),
    ("(V), Birgitte Schjerning Povlsen (C), Benny Würtz (L)\n", {"Birgitte Schjerning Povlsen"}, set()),
    ("Hans Andersen, Peer Wille-Jørgensen\n", {"Peer Wille-Jørgensen"}, set()),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_noun_tail_left_out(text: str, wanted: set[str], unwanted: set[str]) -> None:
    names = {p.name for p in find_people(text, 0, len(text))}
    assert wanted <= names, names
    assert not unwanted & names, names


@pytest.mark.parametrize(
    ("word", "shaped"),
    [
        ("Øhavsmuseerne", True),
        ("Friluftsrådet", True),
        ("Biblioteket", True),
        ("Seminariet", True),
        ("Kommuneplantillæg", True),
        ("Lions-sagen", True),
        ("Indholdsfortegnelse", True),
        ("Orientering", True),
        ("Lokalarkiv", True),
        ("Landbrug", True),
        ("Grusgrav", True),
        ("Håndbold", True),
        # near misses: a surname the lists know, a short word, a double surname, a surname's form
        ("Stauning", False),
        ("Bertelsen", False),
        ("Støvring", False),
        ("Gyldenkerne", False),
        ("Margaret", False),
        ("Skov", False),
        ("Wille-Jørgensen", False),
        ("Christensen-udvalget", False),
        ("Erhvervsstyrelsen", False),
    ],
)
def test_noun_shaped(word: str, shaped: bool) -> None:
    assert noun_shaped(word) is shaped
