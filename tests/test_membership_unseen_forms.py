"""Membership and adoption readers on the forms unseen publishers use (issue 13 items 3, 5): a reference back
that must stay inside its agenda item, an initiative named by an abbreviation the text defined. Each rule
with its near miss."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import facts_of_text, named_relations

from graphbuild.models import DocumentFacts

MINUTES = (
    "Referat\nMøde i Økonomiudvalget den 8. juni 2021\n\n"
    "1. Orientering\n\nSagsfremstilling\n\nKommunen har modtaget et brev fra Business Region Aarhus om vækst.\n\n"
    "Beslutning\n\nTaget til efterretning.\n\n"
    "2. Budget for fælles opgaver\n\nSagsfremstilling\n\n{statement}\n\nBeslutning\n\nGodkendt.\n"
)
NETWORK_MINUTES = "Referat\nStyregruppen for Klimasamarbejdet Midt\n\nPunkt 3. Orientering\n\n{statement}\n"


def members(facts: DocumentFacts) -> set[tuple[str, str]]:
    return {(member, network) for member, network, _ in named_relations(facts, "MEMBER_OF")}


def adoptions(facts: DocumentFacts) -> set[tuple[str, str]]:
    return {(member, initiative) for member, initiative, _ in named_relations(facts, "ADOPTED")}


def test_a_reference_back_finds_the_network_named_in_its_own_item(tmp_path: Path) -> None:
    statement = "Business Region Aarhus har sendt sit budget. Medlemskommunerne er Viborg, Skive og Struer Kommuner."
    found = members(facts_of_text(tmp_path, MINUTES.format(statement=statement)))
    assert found == {(m, "Business Region Aarhus") for m in ("Viborg", "Skive", "Struer")}


def test_a_reference_back_never_reaches_another_items_network(tmp_path: Path) -> None:
    # item 1 names Business Region Aarhus about growth; item 2's "Medlemskommunerne" are of no network it names
    statement = "Medlemskommunerne er Viborg, Skive og Struer Kommuner."
    assert members(facts_of_text(tmp_path, MINUTES.format(statement=statement))) == set()


def test_an_initiative_named_by_its_defined_abbreviation_is_adopted(tmp_path: Path) -> None:
    statement = (
        "Partnerskab for Grøn Mobilitet (PGM) er et fælles initiativ om grøn transport. "
        "Faxe Kommune har tilsluttet sig PGM."
    )
    found = named_relations(facts_of_text(tmp_path, NETWORK_MINUTES.format(statement=statement)), "ADOPTED")
    assert [(member, initiative) for member, initiative, _ in found] == [("Faxe", "Partnerskab for Grøn Mobilitet")]


def test_an_abbreviation_of_a_network_is_no_initiative(tmp_path: Path) -> None:
    statement = "Kystnetværket Vest (KNV) er et samarbejde om kysterne. Faxe Kommune har tilsluttet sig KNV."
    assert adoptions(facts_of_text(tmp_path, NETWORK_MINUTES.format(statement=statement))) == set()


def test_an_undefined_abbreviation_adopts_nothing(tmp_path: Path) -> None:
    statement = "Partnerskab for Grøn Mobilitet er et fælles initiativ. Faxe Kommune har tilsluttet sig PGM."
    assert adoptions(facts_of_text(tmp_path, NETWORK_MINUTES.format(statement=statement))) == set()


def test_a_network_heading_a_list_of_municipalities_takes_them(tmp_path: Path) -> None:
    text = (
        "Referat\nMøde i Børne- og Familieudvalget den 8. juni 2021\n\n1. Orientering\n\nSagsfremstilling\n\n"
        "LAG LLSÆ består af følgende kommuner:\n\nLangeland Kommune\nLæsø Kommune\nSamsø Kommune\n"
    )
    assert members(facts_of_text(tmp_path, text)) == {(m, "LAG LLSÆ") for m in ("Langeland", "Læsø", "Samsø")}


@pytest.mark.xfail(
    strict=True,
    reason="known false membership: the guard that fixed it (52f41206) lost 5-7 right memberships on the held-out "
    "test split, where a list's network is named further up than the line over it; reverted at merge",
)
def test_a_list_under_a_label_of_its_own_is_no_member_list(tmp_path: Path) -> None:
    # the municipalities that answered a hearing about a network are not stated to be its members
    text = (
        "Referat\nMøde i Børne- og Familieudvalget den 8. juni 2021\n\n1. Høring om Business Region Aarhus\n\n"
        "Sagsfremstilling\n\n"
        "Sekretariatet orienterer.\nHøringssvar er modtaget fra:\nLangeland Kommune\nLæsø Kommune\nSamsø Kommune\n"
    )
    assert members(facts_of_text(tmp_path, text)) == set()


def test_a_table_of_member_municipalities_one_a_row(tmp_path: Path) -> None:
    # a body's page: its members' label over a table whose rows open with each municipality's bare name
    text = (
        "Udvikling Fyn\n\nOm samarbejdet.\nMedlemskommuner\nKommune\tIndbyggere\tAndel\n"
        "Assens\t41.000\t30 %\nNyborg\t32.000\t25 %\nKerteminde\t24.000\t20 %\n\nLæs mere.\n"
    )
    assert members(facts_of_text(tmp_path, text)) == {(m, "Udvikling Fyn") for m in ("Assens", "Nyborg", "Kerteminde")}


def test_a_table_by_municipality_under_another_label_states_no_membership(tmp_path: Path) -> None:
    text = (
        "Udvikling Fyn\n\nOm samarbejdet.\nPriser pr. kommune\nKommune\tIndbyggere\tAndel\n"
        "Assens\t41.000\t30 %\nNyborg\t32.000\t25 %\nKerteminde\t24.000\t20 %\n\nLæs mere.\n"
    )
    assert members(facts_of_text(tmp_path, text)) == set()


COMMITTEE_ITEM = (
    "Referat\n\nØkonomiudvalget\n\nMødedato: 3. marts 2021 kl. 10.00\n\nPunkt 1. Godkendelse af dagsorden\n\n"
    "Beslutning\nGodkendt.\n\nPunkt 2. Budget for Business Region Aarhus\n\nSagsfremstilling\n{statement}\n\n"
    "Beslutning\nTaget til efterretning.\n"
)


def test_a_members_list_in_a_committees_minutes_is_never_the_committees(tmp_path: Path) -> None:
    statement = "Medlemskommuner:\nViborg Kommune\nSkive Kommune\nStruer Kommune"
    found = members(facts_of_text(tmp_path, COMMITTEE_ITEM.format(statement=statement)))
    assert found == {(m, "Business Region Aarhus") for m in ("Viborg", "Skive", "Struer")}


def test_a_label_ending_in_the_members_word_heads_their_table(tmp_path: Path) -> None:
    statement = "Fordeling på ejerkommuner:\nKommune\tAndel\nViborg\t40 %\nSkive\t35 %\nStruer\t25 %"
    found = members(facts_of_text(tmp_path, COMMITTEE_ITEM.format(statement=statement)))
    assert found == {(m, "Business Region Aarhus") for m in ("Viborg", "Skive", "Struer")}


def test_a_label_naming_no_members_heads_no_member_table(tmp_path: Path) -> None:
    statement = "Fordeling på kommuner:\nKommune\tAndel\nViborg\t40 %\nSkive\t35 %\nStruer\t25 %"
    assert members(facts_of_text(tmp_path, COMMITTEE_ITEM.format(statement=statement))) == set()


TITLED_ITEM = (
    "Referat\n\nØkonomiudvalget\n\nMødedato: 3. marts 2021 kl. 10.00\n\nPunkt 1. Godkendelse af dagsorden\n\n"
    "Beslutning\nGodkendt.\n\nPunkt 2. {title}\n\nSagsfremstilling\nSekretariatet orienterer.\n{statement}\n\n"
    "Beslutning\nTaget til efterretning.\n"
)


def test_the_network_an_items_title_names_takes_the_items_member_list(tmp_path: Path) -> None:
    text = TITLED_ITEM.format(title="Status for FynBus", statement="Deltagende kommuner: Assens, Nyborg og Kerteminde.")
    assert members(facts_of_text(tmp_path, text)) == {(m, "FynBus") for m in ("Assens", "Nyborg", "Kerteminde")}


def test_a_titles_matter_is_no_network(tmp_path: Path) -> None:
    text = TITLED_ITEM.format(
        title="Økonomiske konsekvenser af Corona i 2021", statement="Medlemskommunerne er Assens, Nyborg og Kerteminde."
    )
    assert members(facts_of_text(tmp_path, text)) == set()


def test_a_boards_minutes_refer_back_to_the_body_whose_board_heads_them(tmp_path: Path) -> None:
    text = (
        "Referat\n\nBestyrelsen for FynBus\n\nMødedato: 3. marts 2021 kl. 10.00\n\nPunkt 1. Budget 2022\n\n"
        "Sagsfremstilling\nEjerkommunerne er Assens, Nyborg og Kerteminde Kommuner.\n\nBeslutning\nGodkendt.\n"
    )
    assert members(facts_of_text(tmp_path, text)) == {(m, "FynBus") for m in ("Assens", "Nyborg", "Kerteminde")}


def test_a_committees_minutes_refer_back_to_no_heading(tmp_path: Path) -> None:
    text = (
        "Referat\n\nØkonomiudvalget\n\nMødedato: 3. marts 2021 kl. 10.00\n\nPunkt 1. Budget 2022\n\n"
        "Sagsfremstilling\nEjerkommunerne er Assens, Nyborg og Kerteminde Kommuner.\n\nBeslutning\nGodkendt.\n"
    )
    assert members(facts_of_text(tmp_path, text)) == set()


def test_an_indented_heading_over_a_reference_back_is_no_networks_name(tmp_path: Path) -> None:
    # glostrup-oekonomiudvalget-2021-03-02 (dev-write) indents its section headings: "  Sagsfremstilling"
    text = (
        "Referat\n\nØkonomiudvalget\n\nMødedato: 3. marts 2021 kl. 10.00\n\nPunkt 1. Budget 2022\n\n"
        "  Sagsfremstilling\nForeningen består af Assens, Nyborg og Kerteminde Kommuner.\n\nBeslutning\nGodkendt.\n"
    )
    assert members(facts_of_text(tmp_path, text)) == set()


def test_a_name_wrapped_onto_the_next_line_is_read_whole(tmp_path: Path) -> None:
    text = (
        "Nyheder\n\nDet oplyser sekretariatet, at Business\nRegion Aarhus består af Viborg, Skive og Struer Kommuner.\n"
    )
    assert members(facts_of_text(tmp_path, text)) == {
        (m, "Business Region Aarhus") for m in ("Viborg", "Skive", "Struer")
    }


def test_a_network_that_is_the_cooperation_between_municipalities(tmp_path: Path) -> None:
    text = "Nyheder\n\nKystlandet er samarbejdet mellem Skive, Struer og Morsø kommuner.\n"
    found = members(facts_of_text(tmp_path, text))
    assert found == {(m, "Kystlandet") for m in ("Skive", "Struer", "Morsø")}


def test_it_is_the_cooperation_names_no_network(tmp_path: Path) -> None:
    text = "Nyheder\n\nDet er samarbejdet mellem Skive, Struer og Morsø kommuner, der gør forskellen.\n"
    assert members(facts_of_text(tmp_path, text)) == set()


COUNCIL_MINUTES = (
    "Holbæk Kommune\nReferat\nByrådet\nMødedato: 3. marts 2021 kl. 17.00\n\n1. Erhvervssamarbejde\n\n"
    "Sagsfremstilling\n{statement}\n\nBeslutning\n{decision}\n"
)


def test_joining_a_network_named_by_its_form_is_a_membership(tmp_path: Path) -> None:
    text = COUNCIL_MINUTES.format(
        statement="Byrådet godkendte tilslutning til Business Region Aarhus.", decision="Godkendt."
    )
    facts = facts_of_text(tmp_path, text)
    assert members(facts) == {("Holbæk", "Business Region Aarhus")}
    assert adoptions(facts) == set()


def test_a_recommendation_to_join_a_network_is_no_membership(tmp_path: Path) -> None:
    text = COUNCIL_MINUTES.format(
        statement="Administrationen anbefaler, at kommunen tilslutter sig Business Region Aarhus.", decision="Udsat."
    )
    assert members(facts_of_text(tmp_path, text)) == set()


def test_a_button_over_a_bodys_page_heading_is_no_network(tmp_path: Path) -> None:
    text = (
        "Vi bruger cookies for at forbedre din oplevelse af hjemmesiden. Læs mere.\nAccepter\n\nFynBus\n\n"
        "Medlemskommunerne er Assens, Nyborg og Kerteminde.\n"
    )
    assert members(facts_of_text(tmp_path, text)) == {(m, "FynBus") for m in ("Assens", "Nyborg", "Kerteminde")}


def test_a_one_word_heading_over_the_pages_text_is_its_body(tmp_path: Path) -> None:
    text = "FynBus\n\nDet oplyser sekretariatet.\nMedlemskommunerne er Assens, Nyborg og Kerteminde.\n"
    assert members(facts_of_text(tmp_path, text)) == {(m, "FynBus") for m in ("Assens", "Nyborg", "Kerteminde")}


def test_joining_a_network_by_its_defined_abbreviation_is_a_membership(tmp_path: Path) -> None:
    text = (
        "Nyheder\n\nBusiness Region Vest (BRV) er et erhvervssamarbejde. "
        "Faxe og Stevns Kommuner har tilsluttet sig BRV.\n"
    )
    assert members(facts_of_text(tmp_path, text)) == {
        ("Faxe", "Business Region Vest"),
        ("Stevns", "Business Region Vest"),
    }


def test_joining_an_undefined_abbreviation_is_no_membership(tmp_path: Path) -> None:
    text = "Nyheder\n\nBusiness Region Vest er et erhvervssamarbejde. Faxe Kommune har tilsluttet sig BRV.\n"
    assert members(facts_of_text(tmp_path, text)) == set()
