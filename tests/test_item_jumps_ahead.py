"""A number past the next one that stands inside an item's text before the next items' headings ("Pkt. 7: …" in
item 2's follow-up of the last minutes, then "3. …", "4. …") is a reference, no heading: the items after it are kept.
Lines of dev-write minutes of Medicinhaverne i Tranekær (2022-05-31), quoted as printed. A run that skips numbers
(an item taken off) keeps its later items, and "Punkt N:" headings over numbered points stay the items."""

from __future__ import annotations

from tests.snippet_items import item_numbers

_MINUTES = (
    "Referat af bestyrelsesmøde 31. maj 2022 i Medicinhaverne.\n"
    "1. Dirigent og referent, justering af dagsorden.\n"
    "Kaj blev valgt som dirigent og Elin som referent.\n"
    "2. Opfølgning på referat fra møde den 17. maj 2022.\n"
    "Pkt. 7: Tilfredshedsundersøgelsen vil ske efter sommerferien.\n"
    "Pkt. 13: Holger viste et eksempel på et gavekort. Bestyrelsen var enige om, at gavekort er fast på 100 kr.\n"
    "Ib er i kontakt med leverandøren af “koglen”, om de vil levere et skilt.\n"
    "3. Indvielse af Børnenes Medicinhave.\n"
    "De ansøgte penge (knap 50.000 kr.) er bevilliget.\n"
    "4. Planlægning af foredrag i efteråret.\n"
    "Jytte og Elin har meldt sig. Og andre er velkomne.\n"
    "5. Udvælgelse af planter, hvor Helle Ravn deltog.\n"
    "Bestyrelsen besluttede, at fremadrettet skal nye planter være raidet.\n"
    "6. Budget for Have 6, hvor Helle Ravn deltog.\n"
    "Jørgens oplæg til anlægsbudget blev gennemgået.\n"
    "7. Evt.\n"
)


def test_references_to_the_last_minutes_items_do_not_pass_over_the_items() -> None:
    assert item_numbers(_MINUTES) == ["1", "2", "3", "4", "5", "6", "7"]


def test_a_run_that_skips_a_number_keeps_its_later_items() -> None:
    text = (
        "1. Godkendelse af dagsorden.\nGodkendt.\n"
        "2. Meddelelser.\nFormanden orienterede.\n"
        "5. Budget 2023.\nGodkendt.\n"
        "6. Eventuelt.\nIntet.\n"
    )
    assert item_numbers(text) == ["1", "2", "5", "6"]


def test_many_references_do_not_take_the_place_of_the_items() -> None:
    # four "Pkt. N:" lines (a third of the numbered lines) between items 2 and 3: still references, no headings
    text = _MINUTES.replace(
        "Ib er i kontakt", "Pkt. 9: Skiltet er bestilt.\nPkt. 11: Hjemmesiden opdateres.\nIb er i kontakt"
    )
    assert item_numbers(text) == ["1", "2", "3", "4", "5", "6", "7"]


def test_explicit_headings_over_numbered_points_stay_the_items() -> None:
    text = (
        "Punkt 49: Idékatalog til forebyggelse\n"
        "Forvaltningen indstiller, at udvalget godkender:\n"
        "1. Idékatalog til forebyggelse af oversvømmelser\n"
        "2. Orientering om udviklingsplanen\n"
        "Beslutning\nGodkendt.\n"
        "Punkt 50: Status på DK2020-klimaplan\n"
        "3. Status på klimaplanen gives mundtligt\n"
        "Beslutning\nTaget til efterretning.\n"
    )
    assert item_numbers(text) == ["49", "50"]


def test_a_list_inside_the_item_after_a_skip_keeps_the_item() -> None:
    text = (
        "1. Godkendelse af dagsorden.\nGodkendt.\n"
        "2. Meddelelser.\nFormanden orienterede.\n"
        "5. Budget 2023.\nUdvalget har drøftet følgende:\n"
        "1. Anlæg\n2. Drift\n3. Takster\n4. Gebyrer\n"
        "Godkendt.\n"
        "6. Eventuelt.\nIntet.\n"
    )
    assert item_numbers(text)[:3] == ["1", "2", "5"]
