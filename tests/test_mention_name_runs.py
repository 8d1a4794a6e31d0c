"""An association's or a department's name runs on over the capitalised words after its form's first one
("Foreningen Dansk Fjernvarme", not "Foreningen Dansk"), up to what follows a name: a person's name, a
municipality's "X Kommune", a heading's word; never past a coordinated list, nor where the text prints the shorter
name on its own. Snippets quoted from dev-write documents."""

from __future__ import annotations

import pytest

from graphbuild.extract.mention_organisations import find_unknown_organisations


def _names(text: str) -> set[str]:
    return {m.name for m in find_unknown_organisations(text, 0, len(text))}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("HD rådfører sig hos Foreningen Dansk Fjernvarme.", "Foreningen Dansk Fjernvarme"),
        (
            "Derfor arbejder Fonden Multihus Hjortshøj på et projekt med etablering af et fælles samlingssted",
            "Fonden Multihus Hjortshøj",
        ),
        (
            "udpegede borgmester Thomas Adelskov til bestyrelsen for Fonden Geopark Odsherred. Endvidere godkendte",
            "Fonden Geopark Odsherred",
        ),
        (
            "som selv har henvendt sig til regionen, samt Center for Klinisk Forskning og Forebyggelse (CKFF), Det",
            "Center for Klinisk Forskning",
        ),
        ("Lone Nygaard Jensen, Chef for Center for Social Indsats\nKarina", "Center for Social Indsats"),
    ],
)
def test_a_name_runs_on_over_its_capitalised_words(text: str, name: str) -> None:
    assert name in _names(text)


def test_a_persons_name_after_a_department_is_no_part_of_it() -> None:
    text = "BRS, Center for Forebyggelse Mads Leffers Svendstrup, BRS, Center for Forebyggelse Mikkel Kjær Rønnow"
    assert _names(text) >= {"Center for Forebyggelse"}
    assert not any("Mads" in name or "Mikkel" in name for name in _names(text))


def test_a_name_the_text_prints_on_its_own_is_that_long() -> None:
    # "Neriman" is in no list of first names: the document's own "Center for Forebyggelse (referent)" ends the name
    text = (
        "BRS, Center for Forebyggelse Neriman Balikci, BRS, Center for Forebyggelse Christian Eske Nielsen, "
        "BRS, Center for Forebyggelse (referent)"
    )
    assert _names(text) == {"Center for Forebyggelse", "BRS"}


def test_a_coordinated_department_name_is_complete() -> None:
    text = "kører Center for It og Digitalisering Asset Management-systemet, der anvendes til at registrere"
    assert "Center for It og Digitalisering" in _names(text)
    assert not any("Asset" in name for name in _names(text))


def test_a_municipality_a_heading_word_or_a_weekday_after_the_name_is_no_part_of_it() -> None:
    assert "Foreningen Dansk Fjernvarme" in _names("Foreningen Dansk Fjernvarme Odder Kommune har bedt om")
    assert "Foreningen Dansk Fjernvarme" in _names("Foreningen Dansk Fjernvarme Beslutning Godkendt")
    assert "Foreningen Dansk Fjernvarme" in _names("Foreningen Dansk Fjernvarme Mandag den 3. maj")
