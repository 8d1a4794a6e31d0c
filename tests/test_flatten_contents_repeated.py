"""A flattened page whose contents list is numbered bare and whose items repeat its numbers with full stops
(parse.flatten): the items after the list are cut apart, and a "Medlemmer:" label ends the list's last title.
Snippets flattened as a PDF text layer prints a page on one line (Gribskov Kommune's Kulturråd)."""

from __future__ import annotations

from snippet_items import item_numbers, item_titles

from graphbuild.parse.flatten import resegment
from graphbuild.parse.lines import split_lines

_FILLER = " ".join(["Der blev orienteret om sagen og den videre proces."] * 8)
PAGE = (
    "1 Kulturrådet Publiceret 08-12-2014 Mandag den 08-12-2014 kl. 19:00 Indholdsfortegnelse: Åbne "
    "59 Godkendelse af protokol 60 Meddelelser fra Kulturrådets formand / medlemmer 61 Mødeplan 2015 "
    "62 Lokaletilskud 2015 63 Eventuelt Medlemmer: Ole M. Jørgensen Flemming Christensen Sidse Klarlund "
    "Fraværende: Tonny Jensen Meddelelser:Åbne 59. Godkendelse af protokol 18.00Ø00 - 2014/06569 Sagsfremstilling "
    f"Godkendelse af protokol fra Kulturrådets møde den 20. oktober 2014. {_FILLER} Beslutning Godkendt. "
    f"60. Meddelelser fra Kulturrådets formand / medlemmer 18.00Ø00 - 2014/17823 Sagsfremstilling {_FILLER} "
    "Beslutning Til efterretning.\n"
)


def _segments(text: str) -> list[str]:
    lines, _ = resegment(split_lines(text))
    return [line.text for line in lines]


def test_items_repeating_a_bare_list_are_cut_after_it() -> None:
    segments = _segments(PAGE)
    assert any(s.startswith("59. Godkendelse af protokol") for s in segments)
    assert "59" in item_numbers(PAGE)


def test_members_label_ends_the_last_title() -> None:
    titles = dict(zip(item_numbers(PAGE), item_titles(PAGE), strict=True))
    assert titles["63"] == "Eventuelt"


def test_a_number_inside_a_bare_list_title_stays_whole() -> None:
    # "8. Forslag" inside the first title of a bare list is the title's own, not an item: the run goes on after it
    text = (
        "1 Indholdsfortegnelse 1 Lokalplan og Kommuneplantillæg 8. Forslag til vedtagelse 2 Lokalplan 358 for "
        f"Vestbyen 3 Eventuelt {_FILLER} {_FILLER}\n"
    )
    assert not any(s.startswith("8. Forslag") for s in _segments(text))
