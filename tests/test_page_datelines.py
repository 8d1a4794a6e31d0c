"""A news article's dateline names the municipality it reports from (`page_datelines`), and a mayor the article names
with no municipality of his own is held there (`role_page_mayors`): Sjællandske Medier's article from Vordingborg,
Folkebladet's from Rebild and Nordjyske's from Vesthimmerland (dev-write), as printed; a place that is no
municipality, a label further down and a colon before no sentence give none."""

from __future__ import annotations

from pathlib import Path

from graphbuild.extract.page_datelines import dateline_municipality
from tests.text_facts import facts_of_text, named_relations

# sn-news-vordingborg-brandfolk-2018 (dev-write): its headline, its dateline, and the sentence that names the mayor
# (the article names Næstved too, so no "only municipality" places him)
VORDINGBORG = (
    "Brandfolk mødte op i deres stiveste puds\n\n"
    "Vordingborg - 06. januar 2018 kl. 19:14 Af Claus Vilhelmsen Kontakt redaktionen: sndk@sn.dk\n\n"
    "Brandvæsenet er nogle, vi ser, når der er noget, vi ikke selv kan klare. Også folk fra Næstved var med.\n\n"
    "Den tråd tog borgmester Mikael Smed (S) op."
)
# folkebladet-news-rebild-byraadsmoede-uddrag (dev-write): the lead's opening
REBILD = (
    "REBILD: Efterhånden, som sommerferien de fleste steder er afsluttet, er det også blevet tid til at komme i gang."
)
# nordjyske-news-vesthimmerland-limfjordsraadet-2007 (dev-write): the lead's opening, after a stray bracket
VESTHIMMERLAND = (
    "Vesthimmerland\n\nTil møder om fjorden\n\n{ VESTHIMMERLAND: Uffe Bro (S) og Knud Kristensen (K) bliver …"
)


def test_the_dateline_names_the_municipality() -> None:
    assert dateline_municipality(VORDINGBORG) == ("municipality:0390", "Vordingborg")
    assert dateline_municipality(REBILD) == ("municipality:0840", "Rebild")
    assert dateline_municipality(VESTHIMMERLAND) == ("municipality:0820", "Vesthimmerland")


def test_a_mayor_with_no_municipality_is_held_in_the_datelines(tmp_path: Path) -> None:
    held = {
        (p, str(props.get("role")), t)
        for p, t, props in named_relations(facts_of_text(tmp_path, VORDINGBORG), "HOLDS_ROLE")
    }
    assert ("Mikael Smed", "borgmester", "Vordingborg") in held
    assert not {row for row in held if row[1] == "borgmester" and row[2] != "Vordingborg"}


def test_no_dateline() -> None:
    assert dateline_municipality("Sydhavnen - 06. januar 2018 kl. 19:14\n\nNyt fra havnen.") is None  # no municipality
    assert dateline_municipality("Nyt\n\n" + "Tekst. " * 120 + "\nKOLDING: Tre medlemmer") is None  # past the opening
    assert dateline_municipality("KOLDING:\nNavne og tal") is None  # a label, no sentence after its colon
