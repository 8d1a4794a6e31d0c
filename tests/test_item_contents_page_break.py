"""A contents heading right over the first item's heading, with a page's number between the heading and the item's
case label (a PDF's page break): the line is the item's heading, not a contents entry whose text is missing.
Dev-write excerpt: Gribskov Idrætsråd, 1 March 2018 (its page mark added the way a PDF prints it)."""

from __future__ import annotations

from graphbuild.parse.items import find_items
from graphbuild.parse.lines import split_lines


def _items(text: str) -> list[tuple[str, bool, int]]:
    items, _ = find_items(text, split_lines(text))
    return [(item.number, item.from_contents, len(item.sections)) for item in items]


GRIBSKOV = """Idrætsrådet
Torsdag den 01-03-2018 kl. 19:45
Tilbage
Indholdsfortegnelse
1. Godkendelse af dagsorden, Idrætsrådet

Side 9 af 12

Sagsnummer: 18.15.00-G01-6-18
Administrationen indstiller til Idrætsrådet,
at godkende dagsordenen.
Beslutning
Godkendt.
2. Meddelelser Idrætsrådet
Sagsnummer: 18.15.00-G01-8-18
Sagsfremstilling
Hvis der er mødemeddelser eller anden for orientering medtages det under dette punkt.
Beslutning
Intet.
"""


def test_an_entry_over_a_page_mark_then_a_case_label_is_the_items_heading() -> None:
    items = _items(GRIBSKOV)
    assert [(number, listed) for number, listed, _ in items] == [("1", False), ("2", False)]
    assert items[0][2] >= 1  # item 1 keeps its text and its decision


def test_a_contents_list_over_a_page_mark_stays_a_contents_list() -> None:
    text = GRIBSKOV.replace(
        "1. Godkendelse af dagsorden, Idrætsrådet\n",
        "1. Godkendelse af dagsorden, Idrætsrådet\n2. Meddelelser Idrætsrådet\n\nSide 2 af 12\n\n"
        "1. Godkendelse af dagsorden, Idrætsrådet\n",
        1,
    )
    assert [(number, listed) for number, listed, _ in _items(text)] == [("1", False), ("2", False)]
