"""An organisation the text defines with its abbreviation, "Full Name (ABBR)", carries both names
(extract/abbreviation_aliases): the definitions read, and a role held in the abbreviation's entity held in the full
name's too; a party's letter, a person's initials and a bracket whose letters the words before it do not begin
define nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphbuild.extract.abbreviation_aliases import add_abbreviation_aliases, definitions
from graphbuild.extract.builder import FactsBuilder
from tests.text_facts import facts_of_text

# dev-write snippets, quoted as printed
URS = (
    "Pressemeddelelse: Ny formand og næstformand i UdviklingsRåd Sønderjylland\n\n"
    "Jesper Arkil, Adm. Direktør for Arkil Holding A/S, blev på URS’ generalforsamling den 22. februar 2022 valgt "
    "som ny formand, og Erik Lauritzen, Borgmester i Sønderborg, blev valgt som ny næstformand for foreningen "
    "UdviklingsRåd Sønderjylland (URS).\n\n"
    "Der har også været et grundlæggende ønske om at sikre rotation på formandsposten i URS, samt en bred geografisk "
    "repræsentation. Som en konsekvens heraf, træder Direktør for Naturmælk, Leif Friis Jørgensen tilbage som "
    "formand for URS.\n"
)


@pytest.mark.parametrize(
    ("text", "abbreviation", "name"),
    [
        ("næstformand for foreningen UdviklingsRåd Sønderjylland (URS).", "URS", "UdviklingsRåd Sønderjylland"),
        ("Som ny chef for Center for Forebyggelse (CFO) reflekterede han kort", "CFO", "Center for Forebyggelse"),
        ("det mere end 100 år gamle selskab, Sydfyns Elforsyning (SEF), til Danmarks", "SEF", "Sydfyns Elforsyning"),
        ("Referat af møde i Regionskontaktudvalget (REKU) for", "REKU", "Regionskontaktudvalget"),
        ("Trivsels-, Sundheds- og Forebyggelsesudvalget (TSF)", "TSF", "Trivsels-, Sundheds- og Forebyggelsesudvalget"),
        ("Referat fra Det Lokale Beskæftigelsesråd (LBR)", "LBR", "Det Lokale Beskæftigelsesråd"),
    ],
)
def test_a_name_defined_with_its_abbreviation(text: str, abbreviation: str, name: str) -> None:
    assert definitions(text) == {abbreviation: name}


@pytest.mark.parametrize(
    "text",
    [
        "Til stede: Bo Hansen (A), Lis Holm (V)",  # a party's letter
        "Afbud fra Anders Banke (SF) og andre",  # letters the words before do not begin
        "Referent: Hanne Voetmann (HV)",  # a person's initials
        "Deltog: Karsten Søndergaard Frederiksen (SF)",  # initials of a name with a first name before
        "Lis Nielsen og Gylling Haahr (GH) deltog",  # a person's initials, the surname the lists know
        "jf. sag (2019-123) og kommunekode (0101)",  # numbers
        "Sagen blev drøftet (OK)",  # a word in lower case before the bracket
    ],
)
def test_no_definition(text: str) -> None:
    assert definitions(text) == {}


def test_an_abbreviations_entity_carries_the_full_name(tmp_path: Path) -> None:
    facts = facts_of_text(tmp_path, URS)
    urs = [e for e in facts.entities if e.name == "URS"]
    assert urs and all("UdviklingsRåd Sønderjylland" in e.aliases for e in urs)


def test_an_undefined_abbreviation_gets_no_alias(tmp_path: Path) -> None:
    facts = facts_of_text(tmp_path, URS.replace(" (URS)", ""))
    assert all("UdviklingsRåd Sønderjylland" not in e.aliases for e in facts.entities if e.name == "URS")


def test_both_ways_and_only_organisations() -> None:
    facts = FactsBuilder()
    facts.entity("org:reku", "Organization", "Regionskontaktudvalget")
    facts.entity("org:cfo", "Organization", "CFO")
    facts.entity("org:other", "Organization", "Friluftsrådet")
    text = "Møde i Regionskontaktudvalget (REKU). Som ny chef for Center for Forebyggelse (CFO) reflekterede han"
    add_abbreviation_aliases(text, facts)
    aliases = {e.name: e.aliases for e in facts.entities()}
    assert aliases == {
        "Regionskontaktudvalget": ["REKU", "Regionskontaktudvalget (REKU)"],
        "CFO": ["Center for Forebyggelse", "Center for Forebyggelse (CFO)"],
        "Friluftsrådet": [],
    }
