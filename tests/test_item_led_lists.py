"""A numbered list a sentence leads into inside an item's text: its later points are no items where a heading
further on carries their numbers (item_led_lists)."""

from __future__ import annotations

from snippet_items import item_numbers, item_titles

# taarnborg-lokalraad-2017-03-06 (dev-write): item 2's text leads into a list of funds numbered from 1, and item 3
# follows it; the page prints the list a level deeper than the items
TAARNBORG = (
    "Referat af lokalrådsmøde 6. marts 2017\n\n"
    " 1. Sommerfest\n"
    "  Se referatet fra lokalrådsmødet 2. februar 2017\n"
    " 2. Siden sidst\n"
    "  – Husk at søge diverse fonde:\n\n"
    "  1. SEAS-NVE – senest 10. marts (Jørgen søger)\n"
    "  2. Matas Miljøfond – senest 15. maj (tvivlsomt, da den henvender sig til skoler og børnehaver)\n"
    "  3. Friluftsrådet – tidsfrist? (Kan søges til fx anlæg af Halsebyparken)\n"
    " 3. Eventuelt\n"
    "  – Husk årsmøde i Dagli’Brugsen i Frølunde den 30. marts klokken 20.00 (Vi deltager).\n"
)
# the same lines as a text layer prints them, every line at the margin: no indent tells the list from the items
TAARNBORG_AT_THE_MARGIN = "\n".join(line.strip() for line in TAARNBORG.splitlines()) + "\n"

# roedovre-kultur-fritid-2025-08-12 (dev-write): an information item's points led into by a colon, each a sentence
ROEDOVRE_POINTS = (
    "Meddelelsespunktet fremlægges til orientering:\n\n"
    "1. Præsentation af Kulturmetropolens INDBLIK-rapport fra maj 2025.\n"
    "2. Orientering om Bevægelsespakken.\n"
    "3. Plan for borgermøde om Rødovrestrategien (se bilag).\n\n"
)


def test_the_points_after_a_lead_in_leave_the_next_item_its_number() -> None:
    assert item_numbers(TAARNBORG_AT_THE_MARGIN) == ["1", "2", "3"]
    assert item_titles(TAARNBORG_AT_THE_MARGIN)[2] == "Eventuelt"


def test_the_list_printed_a_level_deeper_reads_alike() -> None:
    assert item_titles(TAARNBORG) == ["Sommerfest", "Siden sidst", "Eventuelt"]


def test_points_that_take_the_numbers_of_two_items_after_them() -> None:
    # the items numbered from 1, as a small body's minutes number them: points 2 and 3 stood for items 2 and 3
    text = (
        "Kultur- og Fritidsudvalget\n\nReferat\n\n1. Meddelelser\n\nSagens kerne\n\n"
        + ROEDOVRE_POINTS
        + "Beslutning\n\nTaget til efterretning.\n\n"
        "2. Udlån af lokaler til ikke-folkeoplysende foreninger\n\nSagens kerne\n\nBeslutning\n\nGodkendt.\n\n"
        "3. Eventuelt\n\nBeslutning\n\nIntet.\n"
    )
    assert item_titles(text) == ["Meddelelser", "Udlån af lokaler til ikke-folkeoplysende foreninger", "Eventuelt"]


def test_a_lead_in_over_the_first_item_opens_no_list() -> None:
    # near miss: the header leads into the meeting's own items, no item's heading above them; item 2 and item 3
    # stay items (the "1." after the lead-in is passed over by the heading readers, as before)
    text = TAARNBORG_AT_THE_MARGIN.replace(
        "Referat af lokalrådsmøde 6. marts 2017\n",
        "Referat af lokalrådsmøde 6. marts 2017\nPå mødet blev følgende behandlet:\n",
    )
    assert item_titles(text) == ["Siden sidst", "Eventuelt"]


def test_a_point_no_later_heading_numbers_alike_is_left_to_the_inner_list_reader() -> None:
    # near miss: no item 3 after the list; the point stands as the heading readers read it
    text = TAARNBORG_AT_THE_MARGIN.split("3. Eventuelt")[0]
    assert item_numbers(text) == ["1", "2", "3"]


def test_a_point_past_the_items_last_number_goes_with_its_list() -> None:
    # the list under item 1: its "2." meets item 2's heading after it, so its "3." is the list's too, no item 3
    # that would leave "2. Siden sidst" behind
    text = (
        "Referat af lokalrådsmøde 6. marts 2017\n"
        "1. Sommerfest\n"
        "– Husk at søge diverse fonde:\n"
        "1. SEAS-NVE – senest 10. marts (Jørgen søger)\n"
        "2. Matas Miljøfond – senest 15. maj (tvivlsomt, da den henvender sig til skoler og børnehaver)\n"
        "3. Friluftsrådet – tidsfrist? (Kan søges til fx anlæg af Halsebyparken)\n"
        "2. Siden sidst\n"
        "– Se i øvrigt referatet fra februarmødet\n"
    )
    assert item_titles(text) == ["Sommerfest", "Siden sidst"]
