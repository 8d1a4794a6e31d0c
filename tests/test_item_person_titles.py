"""A numbered line whose title is a person's name alone is a point of a list of people, no item
(item_person_titles)."""

from __future__ import annotations

from snippet_items import item_titles

from graphbuild.parse.item_person_titles import is_person_name

# skaelskoer-skolebestyrelse-2015-09-16 (dev-write): the board's parent deputies in their order, then the agenda; the
# page's lines as the page sets them (its text layer ran them onto one line)
SKAELSKOER = (
    "Skolebestyrelsesmøde\nOnsdag den 16. september 2015\n"
    "Suppleanter for forældre:\n1. Vagn Dinesen -\n2. Anders Koefoed -\n3. Lars Hemmingsen -\n4. Lise Karlsson -\n"
    "5. Brit Kæseler Grell -\n6. Lasse Bager -\n"
    "Fraværende: Lene Gammelgaard, Mai Houlind\n\nDagsorden\n\n1. Temapunkt\n\n"
    "2. Beslutning om godkendelse af referat fra sidste møde ved Anne Birgitte Duus\n\n"
    "3. Orientering fra elevrådet ved Victor Wersinger\n"
)


def test_a_list_of_people_numbered_is_no_agenda() -> None:
    assert item_titles(SKAELSKOER) == [
        "Temapunkt",
        "Beslutning om godkendelse af referat fra sidste møde ved Anne Birgitte Duus",
        "Orientering fra elevrådet ved Victor Wersinger",
    ]


def test_a_name_alone_is_a_person() -> None:
    assert is_person_name("Lise Karlsson -")
    assert is_person_name("Brit Kæseler Grell")


def test_a_title_that_says_what_of_a_person_is_an_items() -> None:
    # near misses: lemvig-kommunalbestyrelsen-infref4351 "åbent 1 Stefan Agger - udtræden af kommunalbestyrelsen",
    # idraetssamvirket-frederikshavn's "1. Inge Nørbjerg blev valgt som dirigent." (both dev-write, both items)
    assert not is_person_name("Stefan Agger - udtræden af kommunalbestyrelsen")
    assert not is_person_name("Inge Nørbjerg blev valgt som dirigent.")
    assert not is_person_name("Godkendelse af dagsorden")
    assert item_titles("Referat\n\n1. Stefan Agger - udtræden af kommunalbestyrelsen\n\nGodkendt.\n") == [
        "Stefan Agger - udtræden af kommunalbestyrelsen"
    ]
