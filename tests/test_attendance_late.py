"""A member listed as present with a note that they came late, who is on the list of apologies too (issue 13,
item 1): present, the items before the one they came under missed where the note names it. Cases: a short
excerpt of a real A–K page's form (København's Folkeoplysningsudvalg, "(ankom under behandlingen af punkt
6)") and variants written for the form; one table, (text, expected rows with items missed)."""

from __future__ import annotations

import pytest

from graphbuild.parse.attendance_lists import find_attendance
from graphbuild.parse.items import find_items
from graphbuild.parse.lines import split_lines

P, A = "present", "absent"
ITEMS = "\n\n1. Godkendelse af dagsorden\n\nGodkendt.\n\n2. Budget\n\nGodkendt.\n\n3. Skoler\n\nGodkendt.\n"

CASES: list[tuple[str, set[tuple[str, str, tuple[str, ...]]]]] = [
    (
        "I mødet deltog:\nLeslie Arentoft, Bjarne Fey, Susanne Møller (ankom under behandlingen af punkt 3) og Rikke "
        "Lauritzen.\n\nFølgende havde meldt afbud:\nSusanne Møller, Birthe Skaarup." + ITEMS,
        {
            ("Leslie Arentoft", P, ()),
            ("Bjarne Fey", P, ()),
            ("Susanne Møller", P, ("1", "2")),
            ("Rikke Lauritzen", P, ()),
            ("Birthe Skaarup", A, ()),
        },
    ),
    # the apology first, a party and a time
    (
        "Afbud: Lis Holm (V)\nDeltagere: Ole Berg (A), Lis Holm (V) (kom kl. 17.30), Per Bak (C)" + ITEMS,
        {("Ole Berg", P, ()), ("Lis Holm", P, ()), ("Per Bak", P, ())},
    ),
    (
        "Til stede: Ole Berg, Lis Holm (ankom kl. 18.15), Per Bak\nFraværende: Lis Holm" + ITEMS,
        {("Ole Berg", P, ()), ("Lis Holm", P, ()), ("Per Bak", P, ())},
    ),
    # any note closed in its bracket after a name is the entry's, never a sentence that ends the list
    (
        "Til stede: Ole Berg, Lis Holm (mødte kl. 18.15), Per Bak\nFraværende: Lis Holm" + ITEMS,
        {("Ole Berg", P, ()), ("Lis Holm", P, ()), ("Per Bak", P, ())},
    ),
    (
        "Deltagere: Ole Berg, Lis Holm (fra punkt 3), Per Bak" + ITEMS,
        {("Ole Berg", P, ()), ("Lis Holm", P, ("1", "2")), ("Per Bak", P, ())},
    ),
    (
        "Deltagere: Ole Berg, Lis Holm (fra kl. 18), Per Bak" + ITEMS,
        {("Ole Berg", P, ()), ("Lis Holm", P, ()), ("Per Bak", P, ())},
    ),
    # a note that is no arrival leaves the apology as it was
    (
        "Deltagere: Ole Berg, Lis Holm (formand), Per Bak\nAfbud: Lis Holm" + ITEMS,
        {("Ole Berg", P, ()), ("Lis Holm", A, ()), ("Per Bak", P, ())},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_late_arrival_outranks_the_apology(text: str, expected: set[tuple[str, str, tuple[str, ...]]]) -> None:
    items, _ = find_items(text, split_lines(text))
    found = {(row.name, row.status, tuple(row.absent_items)) for row in find_attendance(text, items)}
    assert found == expected
