"""An empty page in a flattened transcript (parse.flatten): its number alone on its line between two pages' lines
("1 Referat …" "2" "3 Handicaprådet Mødedato Side …") still makes the text a transcript of numbered pages, so the
next page's number opens no item. Dev-write excerpt flattened as a PDF text layer prints a page (Helsingør Kommune's
Handicapråd; Norddjurs Kommune's Kommunalbestyrelse prints the same shape)."""

from __future__ import annotations

from snippet_items import item_titles

from graphbuild.parse.flatten import SEGMENT_LENGTH, flat_threshold
from graphbuild.parse.items import find_items
from graphbuild.parse.lines import split_lines

HELSINGOER = (
    "1 Referat Handicaprådet Mødedato: Mandag den 23. november 2015 Mødetidspunkt: Kl. 8:00 Sluttidspunkt: Kl. 11:00 "
    "Mødested: Bemærkninger: Medlemmer: Michael Mathiesen (C) Philip Læborg (C) Ib Kirkegaard (O) Haldis Glerfoss (Ø) "
    "Duygu Ngotho (A) Katrine Kjærbo Karsten Grubert Karl Vilhelm Nielsen Jacob Svendsen Kirsten Fazio Lene Fritzbøger "
    "Andersen Hanne Olsson-Dragø Kurt Mortensen Niels Fiil Hildebrandt Deltagere: Lars Løgstrup Fraværende: Philip "
    "Læborg Haldis Glerfoss Duygu Ngotho Karsten Grubert Kurt Mortensen Rød 3, Prøvestenen Lars Løgstrup deltog som "
    "suppleant for Karsten Grubert. Inge Juul Knudsen deltog som suppleant for Kurt Mortensen Sagsoversigt Side 01. "
    "Godkendelse af dagsorden Oplæg til dialog om udbredelse af digital kommunikation "
    "Lukket - Uddeling af Handicapprisen\n\n"
    "2\n\n"
    "3 Handicaprådet Mødedato Side Godkendelse af dagsorden Åben sag Sagsnr.: Sagen afgøres i: Bilag: Handicaprådet "
    "Indstilling Formandsskabet indstiller: Atdagsordenen godkendes Beslutninger Handicaprådet den Ikke til stede: "
    "Philip Læborg Dagsordenen godkendt.\n"
)


def test_an_empty_pages_number_between_two_pages_keeps_the_transcript_numbered() -> None:
    assert flat_threshold(split_lines(HELSINGOER)) == SEGMENT_LENGTH
    assert not any(title.startswith("Handicaprådet Mødedato") for title in item_titles(HELSINGOER))


def test_an_item_numbered_as_its_page_at_the_pages_start_is_kept() -> None:
    # near miss: page 3 opens with item 3's own number after the page's ("3 3. Valg af næstformand …"): still an item
    numbered = HELSINGOER.replace("3 Handicaprådet Mødedato Side Godkendelse af dagsorden", "3 3. Valg af næstformand")
    items, _ = find_items(numbered, split_lines(numbered))
    assert any(item.number == "3" and item.title.startswith("Valg af næstformand") for item in items)
