"""The members a statement names beside a group of municipalities it counts but does not name
(membership_group_fellows, read by membership_cooccurring): the regions and organisations of "et samarbejde mellem
de 11 nordjyske kommuner og Region Nordjylland" are members, the unnamed group gives none; quoted from dev-write
documents as printed (NordDanmarks EU-kontor's annual report, Venstre i Jammerbugt's news, Kulturregion Fyn's
minutes, Fyens Stiftstidende, Socialdirektørforum Syddanmark's minutes), and the near misses the guards reject."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import member_pairs_of_text

from graphbuild.extract.membership_group_fellows import group_fellows

HEADER = "Nyheder\n\n"


def members_of(tmp_path: Path, body: str) -> set[tuple[str, str]]:
    return member_pairs_of_text(tmp_path, HEADER + body)


def fellows_of(text: str) -> list[str]:
    return [ref.name for ref in group_fellows(text, 0, len(text))]


@pytest.mark.parametrize(
    ("text", "network", "members"),
    [
        # ndeu-webpage-aarsrapport-2021: the owners after the group, the list ending at a place's "i Grønland"
        (
            "NordDanmarks EU-kontor (NDEU) er etableret og ejet af de 11 nordjyske kommuner og Region Nordjylland, "
            "Sermersooq kommune i Grønland, Aalborg Universitet og University College Nordjylland.",
            "NordDanmarks EU-kontor",
            {"Region Nordjylland", "Sermersooq kommune"},
        ),
        # kulturregion-fyn-politisk-styregruppe-2015-09-04: an organisation after the group, a relative clause
        # ending the list; the second group ("de fynske kommuner") lists nobody
        (
            "Kulturregion Fyn er et samarbejde mellem 9 fynske kommuner og Kulturministeriet, som har til formål at "
            "fastholde og fremme samarbejdet mellem de fynske kommuner på kulturområdet.",
            "Kulturregion Fyn",
            {"Kulturministeriet"},
        ),
    ],
)
def test_members_beside_a_counted_group(tmp_path: Path, text: str, network: str, members: set[str]) -> None:
    found = members_of(tmp_path, text)
    assert {m for m, n in found if n == network} == members


def test_a_region_before_the_group() -> None:
    # fyens-news-fynbus-bestyrelse-konstitueret-2018 (the list read; the pipeline knows no body "Fynbus")
    assert fellows_of("Om Fynbus Fynbus ejes af Region Syddanmark og de fynske kommuner på nær Ærø.") == [
        "Region Syddanmark"
    ]


def test_a_region_after_the_group_before_a_clause() -> None:
    # venstre-jammerbugt-news-brn-ny-formand-2018-02-13: ", og har til formål" ends the list
    text = (
        "BRN er et erhvervspolitisk samarbejde mellem de 11 nordjyske kommuner og Region Nordjylland, og har til "
        "formål at fremme og igangsætte initiativer."
    )
    assert fellows_of(text) == ["Region Nordjylland"]


@pytest.mark.parametrize(
    ("text", "fellows"),
    [
        # socialdirektoerforum-syd-2019-10-09: a council is no member's name ("Regionsrådet"), nor a body's kind
        # ("Vækstforum" names one in every region)
        (
            "Foreningen for EU og Internationalt samarbejde Syddanmark blev stiftet 1. januar 2007 i et samarbejde "
            "mellem kommunerne i Syddanmark, Vækstforum og Regionsrådet.",
            [],
        ),
        # a partner's word opens the list: the municipalities and X work with the body, they are not its members
        ("Foreningen har indgået et samarbejde med de fire sydfynske kommuner og Region Syddanmark om stier.", []),
        # an affiliation's word opens the list: where the seats' holders come from, no membership
        ("Sundhedskoordinationsudvalget har medlemmer fra Region Nordjylland og de 11 nordjyske kommuner.", []),
        # a person listed with the group is no member organisation
        ("Foreningen blev stiftet af de fem vestjyske kommuner og Jens Hansen, der blev formand.", []),
        # a place's word opens the list
        ("Destinationen markedsfører turismen i de tre vestjyske kommuner og Region Midtjylland.", []),
        # bare "kommuner", no group counted or placed
        ("Foreningen er et samarbejde mellem kommuner og Region Nordjylland.", []),
        # the municipalities named: the list of named municipalities is another reader's
        ("Netværket består af Aalborg og Hjørring Kommuner, de 9 andre nordjyske kommuner og Region Nordjylland.", []),
        # a capitalised word after the list that is no name: the list ends before it
        ("Selskabet ejes af de 11 nordjyske kommuner. Det har til formål at drive busser.", []),
    ],
)
def test_near_misses(text: str, fellows: list[str]) -> None:
    assert fellows_of(text) == fellows


@pytest.mark.parametrize(
    "text",
    [
        # an appointment to the body: no membership (membership_cooccurring's guard)
        "Bestyrelsen i NordDanmarks EU-kontor består af repræsentanter fra de 11 nordjyske kommuner og Region "
        "Nordjylland.",
        # a membership considered, not decided
        "Kulturregion Fyn undersøger muligheden for et samarbejde mellem 9 fynske kommuner og Kulturministeriet.",
        # no body named in the sentence
        "Der er et godt samarbejde mellem de 11 nordjyske kommuner og Region Nordjylland.",
    ],
)
def test_no_membership(tmp_path: Path, text: str) -> None:
    assert members_of(tmp_path, text) == set()
