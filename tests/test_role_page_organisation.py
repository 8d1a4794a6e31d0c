"""The organisation a web page names as a board's, a general meeting's or a director's owner holds the seats the page
places in no body (`role_page_organisation`): Vestforbrænding's "Vestforbrændings nye bestyrelse", BRMV's
"Generalforsamling i BRMV", Energy Supply's "Holte Fjernvarmes adm. direktør" (dev-write); a name its opening does not
print, a person's name, a municipality's and a meeting's document are not read."""

from __future__ import annotations

from pathlib import Path

from graphbuild.extract.role_page_organisation import page_organisation
from tests.text_facts import facts_of_text, meeting_of_text, named_relations

# vestforbraending-news-ny-bestyrelse-2021 (dev-write): its opening lines, as printed
VESTFORBRAENDING = """Gå til main indhold
22. december 2021

Vestforbrænding klar med ny bestyrelse

Ved et netop afholdt bestyrelsesmøde har Vestforbrændings nye bestyrelse, som sidder frem til udgangen af 2025, \
konstitueret sig.

Vestforbrændings 19 ejerkommuner har efter KV2021 udpeget deres medlemmer til bestyrelsen. Som bestyrelsesformand \
fortsætter Furesøs borgmester, Ole Bondo Christensen (A), og næstformand bliver Gentoftes borgmester Michael Fenger.
"""

# brmidtvest-news-generalforsamling-2024 (dev-write): its headline and first lines
BRMV = """Generalforsamling i BRMV

08. april 2024

Der blev sagt velkommen til vores nye Partnerskabschef Nicolai Houmark Lauridsen, som havde sin debut til \
generalforsamlingen.
"""

# energy-supply-news-norfors-holte-fjernvarme-2019 (dev-write): the first sentence, then the director's owner
HOLTE = """Styrket samarbejde: Norfors' affaldsvarme sendes længere sydpå
I 2008 indledte Holte Fjernvarme og Norfors et samarbejde med udveksling af varme.
Med sammenlægningen får fjernvarmen sin egen sektion hos Norfors, og Holte Fjernvarmes adm. direktør, Bjørk Paamand \
Olsen, bliver således fremover også ny fjernvarmechef hos Norfors.
"""

# tv2fyn-news-udvikling-fyn-navn (dev-write): the headline, then the board's meeting in the organisation
UDVIKLING_FYN = """Barnets navn: Udvikling Fyn

Fredag blev det første bestyrelsesmøde i den ny fælles fynske turist- og erhvervsorganisation afholdt.

På det første bestyrelsesmøde i Udvikling Fyn blev også valgt et formandskab på seks bestyrelsesmedlemmer.
"""


def _organisation(text: str) -> str | None:
    found = page_organisation(text, meeting_of_text(text))
    return found[1] if found else None


def test_the_organisation_a_page_names_as_an_owner() -> None:
    assert _organisation(VESTFORBRAENDING) == "Vestforbrænding"
    assert _organisation(BRMV) == "BRMV"
    assert _organisation(HOLTE) == "Holte Fjernvarme"  # "Holte" is a first name, "Fjernvarme" no surname
    assert _organisation(UDVIKLING_FYN) == "Udvikling Fyn"  # its board's meeting: "bestyrelsesmøde i Udvikling Fyn"


def test_no_organisation_from_a_person_a_municipality_a_later_name_or_minutes() -> None:
    # near misses: a person's name, a first name inside the run, a municipality, a headline's opening word
    assert _organisation("Jens Hansen\n\nJens Hansens bestyrelse mødes.\n") is None
    assert _organisation("TV MidtVest\n\nHan er direktør for TV MidtVest Ivar Brændgaard.\n") is None
    assert _organisation("Slagelse\n\nGeneralforsamling i Slagelse Kommune.\n") is None
    assert _organisation("Om bestyrelsen\n\nOm bestyrelsen.\n") is None
    # an owner the page's opening never prints is not what the page is about
    assert (
        _organisation("Nyt fra havnen\n\n" + "Tekst. " * 120 + "\nBestyrelsen hos Augustenborg Fjernvarme.\n") is None
    )
    minutes = meeting_of_text(BRMV).model_copy(update={"kind": "referat"})
    assert page_organisation(BRMV, minutes) is None


def test_the_seats_the_page_places_nowhere_are_held_in_the_organisation(tmp_path: Path) -> None:
    held = {
        (p, props.get("role"), t)
        for p, t, props in named_relations(facts_of_text(tmp_path, VESTFORBRAENDING), "HOLDS_ROLE")
    }
    assert ("Michael Fenger", "næstformand", "Vestforbrænding") in held
    assert not any(t.startswith("unnamed body") for _, _, t in held)


def test_a_byline_is_no_opening() -> None:
    # transportnyhederne-news-midttrafik-ny-bestyrelse-2026-01-26 (dev-write): the owner printed only in the byline
    text = (
        "Trafikselskab for Midtjylland har fået ny bestyrelse\n\n"
        "Af: Redaktionen Midttrafiks nye bestyrelse og direktør Lars Berg (Foto: Region Midtjylland)\n\n"
        "Claus Leick (SF) overtager formandsposten efter Steen Vindum (V), som bliver 1. næstformand.\n"
    )
    assert _organisation(text) is None
