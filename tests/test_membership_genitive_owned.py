"""A name a membership cue reads in the genitive before a lower-case word is what the body owns or does, not the
body (membership_unknown_networks): "indtræder i Movias bestyrelse" (a seat on its board), "medlem af Danske
Handicaporganisationers ekspertgruppe", "står bag Xs projekt" name no network; a name that ends in its own s
("Psykiatriens Hus") and the body itself after the cue are still read."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import member_pairs_of_text

from graphbuild.extract.membership_unknown_networks import unknown_network

HEADER = "Referat\nMøde i Økonomiudvalget den 1. marts 2022\n\nPunkt 1: Orientering\n\n"


@pytest.mark.parametrize(
    "text",
    [
        # a news item's headline and a speaker's affiliation (dev-write)
        "Pernille Beckmann indtræder i Movias bestyrelse",
        "v. Mette Faber, overlæge, ph.d. og medlem af Danske Handicaporganisationers ekspertgruppe vedr. ulighed i "
        "sundhed",
    ],
)
def test_a_genitive_before_what_it_owns_names_no_network(text: str) -> None:
    assert unknown_network(text, 0, len(text)) is None


def test_a_name_ending_in_its_own_s_is_still_read() -> None:
    text = "Det blev besluttet om at etablere Psykiatriens Hus ud fra en vision om at fremme den sociale indsats."
    assert unknown_network(text, 0, len(text)) == "Psykiatriens Hus"
    text = "Vi indgik sammen med Struer Kommune i Vestkystforeningen."
    assert unknown_network(text, 0, len(text)) == "Vestkystforeningen"


@pytest.mark.parametrize(
    "text",
    [
        # a seat on the body's board, a project it runs, its work
        "Greve Kommune indtræder i Movias bestyrelse.",
        "Greve og Solrød Kommuner står bag Movias projekt om busfremkommelighed.",
        "Lemvig og Struer Kommuner indgår i Vestkystforeningens arbejde.",
    ],
)
def test_no_membership_of_a_genitive_s_body_part(tmp_path: Path, text: str) -> None:
    assert not {network for _, network in member_pairs_of_text(tmp_path, HEADER + text)}


def test_the_body_itself_after_the_cue_is_still_read(tmp_path: Path) -> None:
    pairs = member_pairs_of_text(tmp_path, HEADER + "Lemvig og Struer Kommuner står bag Vestkystforeningen.")
    assert pairs == {("Lemvig", "Vestkystforeningen"), ("Struer", "Vestkystforeningen")}
