"""Contents lists of year-numbered items whose running numbers a transcript dropped ("36/10 A /10 B /10 C")."""

from __future__ import annotations

import pytest

from graphbuild.parse.item_year_run import year_run_entries
from graphbuild.parse.items import find_items
from graphbuild.parse.lines import split_lines

CASES = [
    (  # sydtrafik-bestyrelse-2010-06-25 (dev), the contents run of its first page
        "Afbud sker til Ulla Grosmann Dagsordenspunkter: 36/10 Sager til orientering /10 Budget 2011 høringssvar "
        "/10 Turistrute på Nordals /10 Årsberetning /10 Orientering om Rejsekort (lukket punkt)",
        [
            ("36/10", "Sager til orientering"),
            ("37/10", "Budget 2011 høringssvar"),
            ("38/10", "Turistrute på Nordals"),
            ("39/10", "Årsberetning"),
            ("40/10", "Orientering om Rejsekort (lukket punkt)"),
        ],
    ),
    (  # a zero-padded running number keeps its width
        "Dagsorden: 04/13 Sager til orientering /13 Rejsekort udrulningsplan /13 Udpegning af medlemmer /13 Valg",
        [("04/13", "Sager til orientering"), ("05/13", "Rejsekort udrulningsplan"),
         ("06/13", "Udpegning af medlemmer"), ("07/13", "Valg")],
    ),
    # two separators only: too few for a list
    ("Dagsorden: 36/10 Sager til orientering /10 Budget 2011 /10 Årsberetning", []),
    # another year after the slash is no separator of this list
    ("Dagsorden: 36/10 Sager til orientering /11 Budget /11 Regnskab /11 Valg", []),
    # a date in prose: no title follows the slashes
    ("Mødet den 12/10 blev aflyst, og 14/10 samt 16/10 og 18/10 er nye datoer.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_year_run_entries(text: str, expected: list[tuple[str, str]]) -> None:
    _, entries = year_run_entries(split_lines(text), set())
    assert [(e.number, e.title) for e in entries] == expected


def test_listed_items_become_items_and_page_label_is_none() -> None:
    text = (
        "1 Dato:\nJ. nr.: Bestyrelsesmøde Dagsordenspunkter: 36/10 Sager til orientering /10 Budget 2011 høringssvar "
        "/10 Turistrute på Nordals /10 Årsberetning\n\n2 36/10 Sager til orientering\nJ. nr Dato: 3. juni 2010\n"
    )
    items, _ = find_items(text, split_lines(text))
    assert "1" not in {i.number for i in items}
    assert {i.number: i.title for i in items if i.from_contents} == {
        "37/10": "Budget 2011 høringssvar",
        "38/10": "Turistrute på Nordals",
        "39/10": "Årsberetning",
    }
