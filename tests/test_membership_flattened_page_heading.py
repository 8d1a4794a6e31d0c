"""A flattened page's heading (issue 13 item 3, issue 12 item 3): a PDF-to-text step that puts a page on one line runs
the page's heading into the sentence that opens with the same name ("1 Kredsrådet Kredsrådet er sammensat af …"); the
name that opens the line and opens it again at once heads the page, as the line of its own did before flattening, so
"Kredsrådet er sammensat af … (Randers, Norddjurs, …)" still names the body the page is about. The snippet is
randers-webpage-kredsraadet (dev-write) flattened as benchmarks.realworld_flattened flattens it; a first line with no
repeated opening, or a headline repeated, heads no body."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import member_pairs_of_text

from graphbuild.extract.membership_networks import FLAT_HEADING

SENTENCE = (
    "Kredsrådet er sammensat af politidirektøren, der er formand, og af borgmestrene for de syv kommuner, der indgår "
    "i Østjyllands politikreds (Randers, Norddjurs, Syddjurs, Favrskov, Aarhus, Odder og Samsø). Rådet har en række "
    "lovbestemte opgaver: 1. Kredsrådet drøfter • spørgsmål af almindelig karakter vedrørende politiets virksomhed\n"
)
MEMBERS = {"Randers", "Norddjurs", "Syddjurs", "Favrskov", "Aarhus", "Odder", "Samsø"}


def test_the_flattened_heading_names_the_page_as_its_own_line_did(tmp_path: Path) -> None:
    flattened = member_pairs_of_text(tmp_path, "1 Kredsrådet " + SENTENCE)
    assert flattened == {(m, "Kredsrådet") for m in MEMBERS}
    assert member_pairs_of_text(tmp_path, "Kredsrådet\n\n" + SENTENCE) == flattened


@pytest.mark.parametrize(
    "opening",
    [
        "1 ",  # no heading run in: the page names no body
        "1 Sønderborg cykler med Sønderborg cykler med. ",  # a headline repeated is no body's name
    ],
)
def test_no_repeated_name_heads_no_body(tmp_path: Path, opening: str) -> None:
    assert member_pairs_of_text(tmp_path, opening + SENTENCE) == set()


def test_the_heading_is_the_shortest_repeated_opening() -> None:
    match = FLAT_HEADING.match("1 Om os Om os Om os Fra 1.1.2015 har borgerne i Esbjerg, Fanø og Varde Kommuner")
    assert match is not None and match["name"] == "Om os"
    assert FLAT_HEADING.match("1 Kredsrådet er sammensat af politidirektøren") is None
    assert FLAT_HEADING.match("Kredsrådet Kredsrådet er sammensat") is None  # no page number: no flattened page
