"""Unnumbered item headings set apart by blank lines (as a PDF's paragraph gaps now are): numbered by the
document's contents list where it has one, and found over the item's own labelled lines ("Fraværende: …")
between the title and its first section heading. A line no contents entry names is then no item."""

from __future__ import annotations

from graphbuild.parse.item_lines import Candidate, ContentsEntry
from graphbuild.parse.item_unnumbered import numbered_by_contents
from graphbuild.parse.items import find_items
from graphbuild.parse.lines import split_lines

WITH_CONTENTS = """Referat

Kommunalbestyrelsen

27.05.2022

Indholdsfortegnelse
1. Tilslutning til Digital Borgerdialog 2
2. Anlægsbevilling til renovering af Søndre Skole 3
3. Eventuelt 4

Tilslutning til Digital Borgerdialog

Sagsnr.: 390-2022-24305

Fraværende: Mathias Lund Thorsen

Sagsfremstilling

Kommunerne kan tilslutte sig platformen.

Beslutning

Kommunalbestyrelsen besluttede at tilmelde sig platformen.

Anlægsbevilling til renovering af Søndre Skole

Sagsnr.: 390-2022-651752

Sagsfremstilling

Der søges om en anlægsbevilling.

Beslutning

Afslået.

Eventuelt

Beslutning

Intet.
"""


def _items(text: str) -> list[tuple[str, str]]:
    items, _ = find_items(text, split_lines(text))
    return [(item.number, item.title) for item in items if not item.from_contents]


def test_unnumbered_headings_take_the_numbers_of_the_contents_entries_with_their_titles() -> None:
    assert _items(WITH_CONTENTS) == [
        ("1", "Tilslutning til Digital Borgerdialog"),
        ("2", "Anlægsbevilling til renovering af Søndre Skole"),
        ("3", "Eventuelt"),
    ]


def test_a_labelled_line_between_a_title_and_its_first_heading_keeps_the_title_an_item() -> None:
    without_contents = WITH_CONTENTS.replace(
        WITH_CONTENTS[
            WITH_CONTENTS.index("Indholdsfortegnelse") : WITH_CONTENTS.index(
                "Tilslutning til Digital Borgerdialog\n\nSags"
            )
        ],
        "",
    )
    assert [number for number, _ in _items(without_contents)] == ["1", "2", "3"]
    assert _items(without_contents)[0][1] == "Tilslutning til Digital Borgerdialog"


def test_a_line_no_contents_entry_names_is_no_item_once_others_match() -> None:
    lines = [line for line in split_lines("Budget 2023\nEventuelt\nSide 3\n") if line.clean]
    found = [Candidate(str(n + 1), line.clean, line, explicit=False) for n, line in enumerate(lines)]
    contents = [ContentsEntry("7", "Budget 2023", lines[0]), ContentsEntry("9", "Eventuelt", lines[1])]
    assert [(c.number, c.title) for c in numbered_by_contents(found, contents)] == [
        ("7", "Budget 2023"),
        ("9", "Eventuelt"),
    ]


def test_candidates_are_kept_as_found_when_no_contents_entry_names_any() -> None:
    lines = [line for line in split_lines("Budget 2023\nEventuelt\n") if line.clean]
    found = [Candidate(str(n + 1), line.clean, line, explicit=False) for n, line in enumerate(lines)]
    contents = [ContentsEntry("1", "Godkendelse af dagsorden", lines[0])]
    assert [c.number for c in numbered_by_contents(found, contents)] == ["1", "2"]
