"""The generic membership reader (membership_cooccurring): one body and a list of municipalities in one sentence,
tied by a word of membership in any order, the body also named only by its kind's word (in the genitive, in the
nominative); and the sentences that must give nothing (attendance, appointment, a place, a council, a denial)."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import member_pairs_of_text

HEADER = "Referat\nMøde i Økonomiudvalget den 1. marts 2022\n\nPunkt 1: Orientering\n\n"


def members_of(tmp_path: Path, body: str) -> set[tuple[str, str]]:
    return member_pairs_of_text(tmp_path, HEADER + body)


@pytest.mark.parametrize(
    ("text", "network", "members"),
    [
        # the members before their word, the body named in another clause (a news item's quote, dev-write)
        (
            "Nu er Småøernes Fællesråd begyndt at interessere sig for ø-kommunerne, og Fanø, Læsø og Samsø, de er "
            "også medlem, forklarer formanden.",
            "Småøernes Fællesråd",
            {"Fanø", "Læsø", "Samsø"},
        ),
        # the body in the genitive: the body itself, in the nominative, without what it owns
        (
            "Vestkystforeningens stiftende kommuner er Lemvig, Ringkøbing-Skjern og Varde.",
            "Vestkystforeningen",
            {"Lemvig", "Ringkøbing-Skjern", "Varde"},
        ),
        # the body after its members, the word of membership between them
        (
            "I dag deltager Albertslund, Ballerup og Glostrup Kommuner i Vestegnens Ungdomsforum.",
            "Vestegnens Ungdomsforum",
            {"Albertslund", "Ballerup", "Glostrup"},
        ),
        # the body after a preposition is no partner acting with them
        (
            "I Destination Sønderjylland deltager Aabenraa og Sønderborg Kommuner sammen med erhvervet.",
            "Destination Sønderjylland",
            {"Aabenraa", "Sønderborg"},
        ),
        # a relative clause whose subject refers back to the members is theirs
        (
            "Aabenraa og Sønderborg Kommuner har et fælles selskab, Destination Sønderjylland, som de ejer i "
            "fællesskab.",
            "Destination Sønderjylland",
            {"Aabenraa", "Sønderborg"},
        ),
        # being part of a body ("indgå i"), the body later in the sentence (a reader's letter, dev-write)
        (
            "Aabenraa, Sønderborg og Haderslev indgik i 2015 et turismesamarbejde under Destination Sønderjylland.",
            "Destination Sønderjylland",
            {"Aabenraa", "Sønderborg", "Haderslev"},
        ),
    ],
)
def test_a_body_and_its_members_in_one_sentence(tmp_path: Path, text: str, network: str, members: set[str]) -> None:
    found = members_of(tmp_path, text)
    assert {m for m, n in found if n == network} == members


@pytest.mark.parametrize(
    "text",
    [
        # an attendance list by where people come from
        "Deltagere: Anne Hansen, Lemvig Kommune, og Bo Berg, Struer Kommune, medlemmer af Vestkystforeningen.",
        # a body serving a place
        "Turistforeningen står bag en række arrangementer i Lemvig, Struer og Holstebro.",
        # a municipality's own council
        "Handicaprådet består af medlemmer fra Lemvig og Struer.",
        # "indgå i" an activity with a body, no body joined
        "Aabenraa og Sønderborg Kommuner indgår i en dialog med Destination Sønderjylland om turismen.",
        # "indgå" an agreement or a cooperation with a body: its partners, no membership
        "Aabenraa og Sønderborg Kommuner indgik en aftale med Destination Sønderjylland om markedsføring.",
        "Aabenraa og Sønderborg Kommuner indgår i et samarbejde med Destination Sønderjylland om markedsføring.",
        # the body's own members from a place, "både" between the place's word and the list
        "Destination Sønderjylland har medlemmer fra både Aabenraa og Sønderborg Kommuner.",
        # the body and the municipalities acting together: partners, no membership
        "Aabenraa og Sønderborg Kommuner har sammen med Destination Sønderjylland etableret en cykelrute.",
        "Destination Sønderjylland deltager sammen med Aabenraa og Sønderborg Kommuner i projektet.",
        # the word of membership in a relative clause about the body, not its supporters
        "Aabenraa og Sønderborg Kommuner støtter Destination Sønderjylland, der har 300 medlemmer.",
        "Aabenraa og Sønderborg Kommuner yder tilskud til Destination Sønderjylland, som ejes af turisterhvervet.",
        # "indgå i" a thing, not the body: an application to it, its accounts
        "Aabenraa og Sønderborg Kommuner indgår i ansøgningen til Destination Sønderjylland.",
        # an appointment to a body's board
        "Lemvig og Struer Kommuner udpeger hver et medlem til Vestkystforeningens bestyrelse.",
        # a membership denied or ended
        "Lemvig og Struer Kommuner er ikke længere medlem af Vestkystforeningen.",
        # a partnership with the municipalities, not of them
        "Vestkystforeningen har indgået et samarbejde med Lemvig og Struer om at etablere stier.",
    ],
)
def test_no_membership(tmp_path: Path, text: str) -> None:
    assert members_of(tmp_path, text) == set()


@pytest.mark.parametrize(
    ("text", "network", "members"),
    [
        # the body named by its kind in an earlier sentence, the members' sentence referring back to it by the
        # kind's word (a news item's shape, dev-write)
        (
            "Geopark Vestfjorden er nu certificeret af Unesco. Det var langt fra givet, dengang de tre ejerkommuner "
            "Lemvig, Struer og Holstebro gik sammen om etableringen af geoparken i 2018.",
            "Geopark Vestfjorden",
            {"Lemvig", "Struer", "Holstebro"},
        ),
    ],
)
def test_a_body_referred_back_to(tmp_path: Path, text: str, network: str, members: set[str]) -> None:
    found = members_of(tmp_path, text)
    assert {m for m, n in found if n == network} == members


@pytest.mark.parametrize(
    "text",
    [
        # a reference back with no body named before it
        "De tre ejerkommuner Lemvig, Struer og Holstebro gik i 2018 sammen om etableringen af geoparken.",
        # the body named before is of another kind than the word referring back
        "Vestkystforeningen holdt møde i går. Lemvig, Struer og Holstebro gik sammen om at etablere geoparken.",
        # the body referred back to named in another agenda item
        "Geopark Vestfjorden er nu certificeret.\n\nPunkt 2: Orientering\n\nLemvig, Struer og Holstebro gik "
        "sammen om geoparken.",
    ],
)
def test_no_membership_referred_back(tmp_path: Path, text: str) -> None:
    assert members_of(tmp_path, text) == set()


def test_a_joint_body_named_with_its_owners(tmp_path: Path) -> None:
    # "fælleskommunal" ties a body and its municipalities; the name set aside between dashes is its other name
    text = (
        "Nordvestjysk Affaldsselskab - NVA - er et fælleskommunalt selskab på tværs af kommunerne Lemvig, Struer "
        "og Holstebro."
    )
    found = members_of(tmp_path, text)
    assert {m for m, n in found if n == "Nordvestjysk Affaldsselskab"} == {"Lemvig", "Struer", "Holstebro"}


@pytest.mark.parametrize(
    "text",
    [
        # a joint undertaking discussed, no body named
        "Lemvig og Struer Kommuner har drøftet et fælleskommunalt samarbejde om affald.",
        # a joint body serving a place
        "Nordvestjysk Affaldsselskab er et fælleskommunalt selskab med genbrugspladser i Lemvig og Struer.",
    ],
)
def test_no_joint_body(tmp_path: Path, text: str) -> None:
    assert members_of(tmp_path, text) == set()


def test_a_word_of_membership_far_from_its_list_in_a_long_sentence(tmp_path: Path) -> None:
    # the tie is looked for only where a municipality stands within a sentence's reach of it (WINDOW): a list 600
    # characters before it in the same sentence is still within it
    filler = "og de lokale turistforeninger har i en længere periode arbejdet med fælles markedsføring " * 7
    text = (
        f"Aabenraa, Sønderborg og Haderslev {filler}indgik i 2015 et turismesamarbejde under Destination Sønderjylland."
    )
    found = members_of(tmp_path, text)
    assert {m for m, n in found if n == "Destination Sønderjylland"} == {"Aabenraa", "Sønderborg", "Haderslev"}
    # the same word of membership with no municipality in its sentence ties nothing
    assert (
        members_of(tmp_path, f"Turistforeningerne {filler}indgik i et samarbejde under Destination Sønderjylland.")
        == set()
    )
