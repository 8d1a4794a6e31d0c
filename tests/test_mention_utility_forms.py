"""A partnership's form ("AVV I/S") and a utility's trade after its place's name ("Holte Fjernvarme", "Odsherred
Forsyning", "Næstved Varmeværk") name an organisation; the trade's word in running prose or alone opens no name.
Snippets quoted from dev-write documents."""

from __future__ import annotations

import pytest

from graphbuild.extract.mention_organisations import find_unknown_organisations


def _names(text: str) -> set[str]:
    return {m.name for m in find_unknown_organisations(text, 0, len(text))}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # avv-bestyrelse-2011-10-25: the agenda's heading
        ("Bestyrelsen for AVV I/S DAGSORDEN. for møde i bestyrelsen", "AVV I/S"),
        # energy-supply-news-norfors-holte-fjernvarme-2019
        ("I 2008 indledte Holte Fjernvarme og Norfors et samarbejde med udveksling af varme", "Holte Fjernvarme"),
        # bosserup-vandvaerk-news-bestyrelsesmoede-2020-04-10
        (
            "etablering af en nødforsyningsforbindelse i samarbejde med Odsherred Forsyning. Bestyrelsen",
            "Odsherred Forsyning",
        ),
        # affaldplus-bestyrelsen-2016-01-29: an item's title
        ("Pkt. 4. Mellemværende med Næstved Varmeværk (B)", "Næstved Varmeværk"),
    ],
)
def test_a_utility_or_a_partnership_is_named_by_its_trade(text: str, name: str) -> None:
    assert name in _names(text)


def test_the_trades_word_alone_or_in_prose_names_nothing() -> None:
    # near misses: the word in lower case, the word alone opening a sentence, a compound of it
    assert _names("Selskabet leverer fjernvarme og forsyning til 3.000 kunder.") == set()
    assert _names("Fjernvarme er billigst. Forsyningen sikres.") == set()
    assert not any("Fjernvarmeværk" in name for name in _names("Om Fjernvarmeværket i byen."))


def test_a_name_in_the_genitive_is_named_without_its_ending() -> None:
    # energy-supply-news-norfors-holte-fjernvarme-2019: the utility owning its director's post
    text = (
        "Med sammenlægningen får fjernvarmen sin egen sektion, og Holte Fjernvarmes adm. direktør, Bjørk Paamand Olsen"
    )
    assert "Holte Fjernvarme" in _names(text)
    assert not any(name.endswith("Fjernvarmes") for name in _names(text))
    # near miss: a word that only begins with the trade's word is no genitive of it
    assert _names("Han talte om Holte Fjernvarmeselskab.") == set()
