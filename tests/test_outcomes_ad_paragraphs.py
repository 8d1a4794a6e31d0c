"""Minutes that list the agenda first, then a paragraph per item opened by "Ad. N": each paragraph is its item's
narrative, read for the item's outcome; an item with no paragraph has no decision text (none). Quoted (shortened) from
the minutes of Naturpark Lillebælt's Naturparkrådet (naturpark-lillebaelt-naturparkraadet-2017-10-23, dev-write) and
Fensmark Lokalråd (fensmark-lokalraad-2021-06-08, dev-write); the near misses from Thisted's Børne- og Familieudvalg
(thisted-boerne-familieudvalget-2021-06-08) and Køge's Økonomiudvalg (koege-oekonomiudvalget-2021-01-19), whose
"Ad 1." answers the points of a recommendation inside one item's decision."""

from __future__ import annotations

from graphbuild.extract import extract_facts
from graphbuild.extract.outcome_ad_paragraphs import ad_paragraphs
from graphbuild.parse import parse_meeting
from graphbuild.sources import source_from_text

NATURPARK = """Møde i Naturparkrådet d. 23. oktober 2017

Program:

1. 17.00 Velkomst ved formand Johannes Lundsfryd

2. 17.05 Lidt om Bülows Kaserne v Christian Bro

3. 17.15 Pilotparkens resultater siden 2014 v Niels Ole Præstbro

4. 17.45 Opdateret organisering af Naturpark Lillebælt fra 2018 v Styregruppen

5. 19.30 Tak for i dag

Afbud: Allan Buch, Lars Mortensen.

Referat:

Ad. 1. Johannes Lundsfryd – Ansøgningen er nu sendt af sted til Friluftsrådet. Det har været en lang proces.

Ad. 3. Niels Ole Præstbro orienterede om Pilotparkens resultater siden 2014.

Dialog:

Grete Andersen – godt at se der er sket rigtig meget.
"""

FENSMARK = """Referat af

Lokalrådsmøde på Holmegaardskolen

tirsdag d. 8. juni 2021 kl. 17-18.30

Dagsorden:

1. Velkommen tilbage til (næsten) normale tilstande

2. til stede

3. Hvert medlem har ordet

4. Formanden afslutter

Referat:

Ad. 1 Formanden bød velkommen

Ad. 2 Bjarne Nielsen, John Poulsen, Dorte Bach

Ad. 3 Almindelig drøftelse af bl.a. generalforsamlingen. Der blev fremsat forslag om at holde borgermøde med nogle
politikere lige efter generalforsamlingen.
"""


def _outcomes(text: str) -> dict[str, str]:
    facts = extract_facts(parse_meeting(source_from_text(text)))
    return {item.number: item.outcome for item in facts.items}


def test_each_paragraph_is_its_items_narrative() -> None:
    outcomes = _outcomes(NATURPARK)
    # Ad. 1: narrative under a welcome (discussed); Ad. 3: "orienterede om" (noted); items 2, 4, 5 have no paragraph:
    # none, not the paragraphs the last listed item's text runs on over
    assert outcomes == {"1": "discussed", "2": "none", "3": "noted", "4": "none", "5": "none"}


def test_a_listed_line_read_as_no_item_still_ends_a_paragraph() -> None:
    outcomes = _outcomes(FENSMARK)
    # "2. til stede" is no item parse reads, yet "Ad. 2"'s names are not item 1's welcome nor item 3's talk
    assert outcomes["1"] == "none"  # a welcome only
    assert outcomes["3"] == "discussed"
    assert outcomes["4"] == "none"


def test_the_paragraphs_and_where_they_begin() -> None:
    source = source_from_text(NATURPARK)
    items = sorted(parse_meeting(source).items, key=lambda i: i.start)
    found, first = ad_paragraphs(source.text, items)
    assert first == source.text.index("Ad. 1.")
    assert found[0][0].startswith("Johannes Lundsfryd – Ansøgningen er nu sendt")
    assert found[2][0].startswith("Niels Ole Præstbro orienterede om")
    assert set(found) == {0, 2}


# Thisted: "Ad 1." inside item 70's decision answers the points of "Meddelelser fra: 1. … 2. … 3. …"; the meeting's
# items are numbered 69-71, so no paragraph's number is a listed item's
THISTED = """Referat

Børne- og Familieudvalget

Mødedato: 8. juni 2021

69. Godkendelse af dagsorden

Beslutning

Godkendt.

70. Meddelelser

Sagstema

Meddelelser fra:

 1. Udvalgsformand
 2. Øvrige udvalgsmedlemmer

Beslutning

Ad 1. Formanden orienterede om:

 • Henvendelse fra Sennels vedr. pasningssituationen.

Ad 2. Intet til referat

71. Anlæg - Omprioritering af rådighedsbeløb i 2021

Beslutning

Anbefales overfor Økonomiudvalget og Byrådet.
"""

# Køge: items 1-3 with texts of their own; "Ad 1: Godkendt. / Ad 2-3: Anbefales." answers the recommendation's points
KOEGE = """Referat

Økonomiudvalget

Mødedato: 19. januar 2021

1. Godkendelse af dagsorden

Beslutning

Godkendt.

2. Anlægsbevilling til renovering af Søndre Skole

Indstilling

Økonomidirektøren indstiller, at
1) anlægsbevilling gives
2) rådighedsbeløbet frigives

Beslutning

Ad 1: Godkendt.

Ad 2: Anbefales.
"""


def test_points_of_a_recommendation_are_no_paragraphs() -> None:
    assert _outcomes(THISTED) == {"69": "approved", "70": "noted", "71": "endorsed"}
    assert _outcomes(KOEGE) == {"1": "approved", "2": "approved"}
    for text in (THISTED, KOEGE):
        source = source_from_text(text)
        assert ad_paragraphs(source.text, sorted(parse_meeting(source).items, key=lambda i: i.start)) == ({}, -1)
