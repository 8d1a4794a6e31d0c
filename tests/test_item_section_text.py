"""A short line inside an item's own text on a page whose item headings were lost (parse/item_section_text, read by
parse/item_unnumbered): under an item's main heading or a section of remarks and over a decision heading, no title.
Dev-write excerpts (Stevns Kommune, Aalborg Kommune, Kolding Kommune), each beside a near miss whose title stays.
The test split is never read."""

from __future__ import annotations

from snippet_items import item_titles

# Stevns Kommune, Udvalget for Børn, Unge og Læring, 7 June 2022: the item's heading lost, its "Resume" first
STEVNS = """Referat

Tirsdag d. 7 juni 2022
MødestedHotherskolen
UdvalgBørn, Unge og Læring
Bemærkninger


Resume

Godkendelse af dagsorden for BUL den 7. juni 2022


Beslutning

Udvalget godkender dagsordenen.
"""

# Aalborg Kommune, Udsatterådet, 12 March 2025: each item opens at "Åben" / "Beslutning"
AALBORG = """Udsatterådet 12. marts 2025

Åben

Beslutning

Dagsorden godkendes

Åben

Beslutning

Bjarke er stoppet som sekretær for Udsatterådet, og Christina Alberg Hahn overtager hans plads.
"""

# Kolding Kommune, Byrådet, 23 June 2014: the item opens at "Resumé"; its remarks over an earlier body's decision
KOLDING = """Resumé

Byrådet skal tage stilling til en anlægsbevilling til renovering af Lindegade 26, Christiansfeld.

Centralforvaltningens bemærkninger

Der er ikke yderligere bemærkninger

Beslutning Plan- og Boligudvalget den 10-06-2014

Plan- og Boligudvalget indstiller sagen til godkendelse.
"""


def test_a_line_under_the_resume_and_over_the_decision_is_no_title() -> None:
    assert item_titles(STEVNS) == [""]  # one item opening at its first main heading, with no title


def test_a_line_between_two_decision_headings_is_no_title() -> None:
    assert item_titles(AALBORG) == ["", ""]  # each item opens at "Åben" with neither number nor title


def test_a_line_under_a_section_of_remarks_is_no_title() -> None:
    assert item_titles(KOLDING) == [""]  # one item opening at its first main heading, with no title


def test_a_title_over_its_first_heading_after_a_decision_stays() -> None:
    # near miss: the next item's title after the item before's decision, over a case's opening heading
    text = """Resume

Godkendelse af dagsorden.

Beslutning

Godkendt.

Budgetforslag 2023-2026

Resume

Udvalget skal behandle budgetforslag 2023-2026 på egne politikområder.

Beslutning

Godkendt.
"""
    assert "Budgetforslag 2023-2026" in item_titles(text)


def test_a_title_over_a_decision_after_an_empty_case_heading_stays_when_set_apart_by_text() -> None:
    # near miss: the line above the title is the item before's decision text, not a heading
    text = """Dagsorden godkendes

Beslutning

Godkendt.

Meddelelser

Beslutning

Taget til efterretning.
"""
    assert item_titles(text) == ["Dagsorden godkendes", "Meddelelser"]
