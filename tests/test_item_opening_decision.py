"""A first item whose heading the page text lost, its dated decision printed under the page's header before the first
item a reader found (parse/item_opening_decision): dev-write excerpts (Svendborg Kommune), with near misses that open
no item. The test split is never read."""

from __future__ import annotations

from snippet_items import items_with_decisions

# Svendborg Kommune, Børne- Unge- og Uddannelsesudvalget, 14 August 2024: the approval of the agenda lost its title
SVENDBORG = """Børne- Unge- og Uddannelsesudvalget
Referat • 14. august 2024 kl. 15.30
Indhold
Beslutning i Børne- Unge- og Uddannelsesudvalget den 14-08-2024
Godkendt.
Rasmus Feldingbjerg Drabe (løsg.) var fraværende.
Beslutningstema
1. Oversendelse af opdateret demografitema på dagtilbudsområdet
Indstilling
Direktionen indstiller,
- At opdateret demografi på dagtilbudsområdet fremsendes til budgetforhandlingerne.
Sagsfremstilling
Økonomiudvalget har besluttet, at der kan fremsendes op til 3 temaer.
Beslutning i Børne- Unge- og Uddannelsesudvalget den 14-08-2024
Anbefales.
"""


def test_a_dated_decision_over_the_first_item_opens_an_untitled_item() -> None:
    found = items_with_decisions(SVENDBORG)
    assert found[0][:2] == ("", "")
    assert found[0][2] is not None and found[0][2].startswith("Godkendt.")
    assert found[1][1] == "Oversendelse af opdateret demografitema på dagtilbudsområdet"


def test_an_undated_decision_word_or_another_first_heading_opens_none() -> None:
    undated = SVENDBORG.replace("Indhold\nBeslutning i Børne- Unge- og Uddannelsesudvalget den 14-08-2024", "Referat")
    assert "" not in [title for _, title, _ in items_with_decisions(undated)]
    resume_first = SVENDBORG.replace("Indhold\n", "Indhold\nResumé\nUdvalget behandler budgettet.\n", 1)
    assert "" not in [title for _, title, _ in items_with_decisions(resume_first)]
