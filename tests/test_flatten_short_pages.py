"""A page too short to be cut as a page in a flattened transcript (parse.flatten, `short_pages`): its line still opens
with its page number, one above the page before it, and an item's heading follows the number ("3 Sag nr. 93 …" where
an excerpt ends). Dev-write excerpts (Frederikssund Kommune's Økonomiudvalg, Aalborg Kommune's
Folkeoplysningsudvalg: "5 Punkt 2. Prioriteringskatalog …"). The test split is never read."""

from __future__ import annotations

from graphbuild.parse.flatten import SEGMENT_LENGTH, resegment
from graphbuild.parse.items import find_items
from graphbuild.parse.lines import split_lines

# Frederikssund Kommune, Økonomiudvalget, 18 May 2010: the third page cut short where the excerpt ends
FREDERIKSSUND = (
    "1 Referat fra møde i Økonomiudvalget Tirsdag den 18. maj 2010 Kl i Borgmesterens kontor Mødedeltagere: Ole Find "
    "Jensen (A) John Schmidt Andersen (V) Kim Rockhill (A) Morten Skovgaard (C) Pia Adelsteen (O) Side 1 af 56\n\n"
    "2 Indhold Åben dagsorden Sag nr. 74 Orientering om likviditet 2010 Sag nr. 75 Årsregnskab 2009 Sag nr. 76 "
    "Budgetopfølgning pr. 31. marts 2010 for Økonomiudvalgets område Sag nr. 77 Budgetopfølgning pr. 31. marts 2010\n\n"
    "3 Sag nr. 93 Aftale vedrørende anvisning af ældreboliger, Kl\n"
)


def test_a_short_pages_number_is_cut_from_the_heading_after_it() -> None:
    lines = split_lines(FREDERIKSSUND)
    assert len(lines[-1].text) < SEGMENT_LENGTH
    pieces, _ = resegment(lines)
    assert any(line.text.startswith("Sag nr. 93 Aftale") for line in pieces)
    items, _ = find_items(FREDERIKSSUND, split_lines(FREDERIKSSUND))
    found = {item.number: item for item in items}
    assert "93" in found and found["93"].title.startswith("Aftale vedrørende anvisning af ældreboliger")


def test_a_short_line_whose_number_skips_a_page_keeps_it() -> None:
    # near miss: "5 …" after page 2 is no page of the run (pages 3 and 4 missing): its number is not cut as a page's
    skipped = FREDERIKSSUND.replace("3 Sag nr. 93", "5 Sag nr. 93")
    pieces, _ = resegment(split_lines(skipped))
    assert not any(line.text.startswith("Sag nr. 93 Aftale") for line in pieces)
