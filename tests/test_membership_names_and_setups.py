"""Memberships whose network a statement names by a place's genitive, sets up under a name given later, or
lists in a table of shares (issue 13, item 3): real excerpts of dev-write documents, each with what it must
give, and near misses that must give nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import facts_of_text, named_relations

from graphbuild.extract.membership_network_forms import may_be_network, place_genitive
from graphbuild.extract.membership_unknown_networks import unknown_network


def members_of(tmp_path: Path, text: str) -> set[tuple[str, str]]:
    facts = facts_of_text(tmp_path, text)
    return {(member, network) for member, network, _ in named_relations(facts, "MEMBER_OF")}


def _all(network: str, *members: str) -> set[tuple[str, str]]:
    return {(m, network) for m in members}


# a place in the genitive is the owner of the noun after it, never a body's name: "Østjyllands politikreds"
@pytest.mark.parametrize("name", ["Østjyllands", "Danmarks", "Vejles", "Fyns", "Aarhus'"])
def test_a_place_in_the_genitive_is_no_network(name: str) -> None:
    assert place_genitive(name)
    assert not may_be_network(name)


@pytest.mark.parametrize("name", ["Landdistrikternes Fællesråd", "Business Region Aarhus", "Gate 21", "Movias"])
def test_a_name_is_no_place_genitive(name: str) -> None:
    assert not place_genitive(name)


def test_a_cooperation_in_a_place_genitive_takes_no_cut_name() -> None:
    text = "de syv kommuner, der indgår i Østjyllands politikreds (Randers, Norddjurs og Samsø)."
    assert unknown_network(text, 0, len(text)) is None


def test_a_counted_list_on_a_body_s_page_is_the_body_s(tmp_path: Path) -> None:
    # randers-webpage-kredsraadet (dev-write): the list belongs to the page's body, not to "Østjyllands"
    text = (
        "Kredsrådet\n\nKredsrådet er sammensat af politidirektøren, der er formand, og af borgmestrene for de syv "
        "kommuner, der indgår i Østjyllands politikreds (Randers, Norddjurs, Syddjurs, Favrskov, Aarhus, Odder og "
        "Samsø).\n"
    )
    found = members_of(tmp_path, text)
    assert found == _all("Kredsrådet", "Randers", "Norddjurs", "Syddjurs", "Favrskov", "Aarhus", "Odder", "Samsø")


# taarnby-webpage-tandreguleringsklinikken (dev-write): the councils set the body up "med virkning fra" a day, and the
# statutes' words name it two sentences later ("Fællesskabet benævnes X")
SET_UP_NAMED_LATER = (
    "Kommunalbestyrelserne i Albertslund, Brøndby, Hvidovre, Ishøj, Tårnby og Vallensbæk kommuner har med virkning "
    "fra den 1. januar 2012 etableret et kommunalt fællesskab på tandreguleringsområdet med henblik på at levere "
    "ydelser i henhold til den enhver tid gældende lovgivning på tandreguleringsområdet.\n\n"
    "Aftalens formål er at etablere et kommunalt fællesskab på tandreguleringsområdet med henblik på udførelse af "
    'tandregulering og andre specielle tandplejeopgaver. Fællesskabet benævnes "Tandreguleringsklinikken".\n'
)


def test_a_body_set_up_on_a_day_and_named_by_its_statutes(tmp_path: Path) -> None:
    expected = _all("Tandreguleringsklinikken", "Albertslund", "Brøndby", "Hvidovre", "Ishøj", "Tårnby", "Vallensbæk")
    assert members_of(tmp_path, "Udskriv\n\n" + SET_UP_NAMED_LATER) == expected


@pytest.mark.parametrize(
    "text",
    [
        # one municipality's own body is no network
        SET_UP_NAMED_LATER.replace(
            "Albertslund, Brøndby, Hvidovre, Ishøj, Tårnby og Vallensbæk kommuner", "Tårnby Kommune"
        ),
        # a project's name is no body's
        SET_UP_NAMED_LATER.replace("Fællesskabet benævnes", "Projektet benævnes"),
    ],
)
def test_no_body_set_up_and_named(tmp_path: Path, text: str) -> None:
    assert members_of(tmp_path, "Udskriv\n\n" + text) == set()


# svjb-news-samlet-beredskaberne-2015 (dev-write): the municipalities' citizens served by "et samlet beredskab" named
# by its form, the list's "Kommune" in the singular after several names
SHARED_SERVICE = (
    "Fra 1. januar 2015 har borgerne i Esbjerg, Varde og Fanø Kommune fået hjælp af et samlet beredskab, der nu er "
    "samlet under navnet Sydvestjysk Brandvæsen. Materiel, mandskab og stationer er dog de samme.\n"
)


def test_a_service_the_municipalities_share(tmp_path: Path) -> None:
    found = members_of(tmp_path, "Pressemeddelelser\n\n" + SHARED_SERVICE)
    assert found == _all("Sydvestjysk Brandvæsen", "Esbjerg", "Varde", "Fanø")


@pytest.mark.parametrize(
    "text",
    [
        # one person's affiliation, not a group of municipalities
        SHARED_SERVICE.replace("borgerne i Esbjerg, Varde og Fanø Kommune", "direktøren i Esbjerg Kommune"),
        # the mayors' seats are theirs
        SHARED_SERVICE.replace("borgerne i", "borgmestrene i"),
        # what is shared is no body
        SHARED_SERVICE.replace("et samlet beredskab", "et samlet overblik"),
    ],
)
def test_no_service_shared(tmp_path: Path, text: str) -> None:
    assert members_of(tmp_path, "Pressemeddelelser\n\n" + text) == set()


# tvsyd-news-trekantbrand-uden-vejle-2021-01 (dev-write): a council decides that its municipality leave a body, the
# membership the decision ends (README `memberships` 2)
LEAVING = (
    "Et snævert flertal i Vejle Byråd besluttede kort før jul, at kommunen skal have sit eget brandvæsen og dermed "
    "siger farvel til Trekantområdets Brandvæsen.\n"
)


def test_a_council_decides_that_its_municipality_leave(tmp_path: Path) -> None:
    assert members_of(tmp_path, "Nyheder\n\n" + LEAVING) == {("Vejle", "Trekantområdets Brandvæsen")}


def test_a_council_decides_to_leave_a_body_named_with_its_number(tmp_path: Path) -> None:
    text = "Kommunalbestyrelsen i Lejre Kommune besluttede i går, at kommunen skal træde ud af Gate 21.\n"
    assert members_of(tmp_path, "Nyheder\n\n" + text) == {("Lejre", "Gate 21")}


@pytest.mark.parametrize(
    "text",
    [
        LEAVING.replace("at kommunen skal", "at kommunen ikke skal"),
        # a person leaving a seat, not the municipality leaving the body
        "Vejle Byråd besluttede, at Ole Hansen udtræder af bestyrelsen for Trekantområdets Brandvæsen.\n",
        # no leaving
        "Vejle Byråd besluttede, at kommunen skal have sit eget brandvæsen.\n",
    ],
)
def test_no_council_decision_to_leave(tmp_path: Path, text: str) -> None:
    assert members_of(tmp_path, "Nyheder\n\n" + text) == set()


# fynbus-bestyrelse-2016-12-08 (dev-write): the owners heard as a group, then each named answering (README
# `memberships` 1), in the minutes of the body's board
OWNERS_HEARD = (
    "FynBus Bestyrelse. Referat. Torsdag den 8. december 2016\n\n"
    "1. Afdækning af risici ifm. oliepriser Resumé: På bestyrelsesmødet den 7. september 2016 besluttede bestyrelse, "
    "at ejerne skulle høres om holdningen til risikoafdækning af udviklingen i oliepriser. Assens, Kerteminde, Nyborg, "
    "Middelfart, Svendborg og Langeland kommuner tager ikke stilling til aftalen, men ønsker at FynBus varetager "
    "ejernes interesser. Nordfyn kommune er positiv overfor budgetsikkerhed. Region Syddanmark vurderer, at regionen "
    "har budgetsikkerhed via rammestyringen.\n"
)


def test_the_owners_heard_each_named_answering(tmp_path: Path) -> None:
    expected = _all(
        "FynBus",
        "Assens",
        "Kerteminde",
        "Nyborg",
        "Middelfart",
        "Svendborg",
        "Langeland",
        "Nordfyns",
        "Region Syddanmark",
    )
    assert members_of(tmp_path, OWNERS_HEARD) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the owners named, not heard: no answers
        OWNERS_HEARD.replace("at ejerne skulle høres om", "at ejerne skulle betale for"),
        # one municipality answering is no owners' hearing
        OWNERS_HEARD.replace("Assens, Kerteminde, Nyborg, Middelfart, Svendborg og Langeland kommuner", "Det"),
    ],
)
def test_no_owners_heard(tmp_path: Path, text: str) -> None:
    assert members_of(tmp_path, text) == set()
