"""A body's name given by a naming phrase (membership_naming): a new body the members set up unnamed and named in a
sentence after ("… som navn på det kommende selskab"), and a body's new name ("skifter … navn til X") as an alias of
the body named before it. Excerpts from the dev split of tests/realworld, and near misses that must give nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import facts_of_text, member_pairs_of_text

from graphbuild.extract.membership_kind_named import kind_named_networks

HEADER = "Referat\nMøde i Beredskabskommissionen den 16. december 2015\n\nPunkt 1: Orientering\n\n"


def members_of(tmp_path: Path, body: str) -> set[tuple[str, str]]:
    return member_pairs_of_text(tmp_path, HEADER + body)


def _all(network: str, *members: str) -> set[tuple[str, str]]:
    return {(m, network) for m in members}


# gribskov-beredskabskommissionen-2015-12-16 (dev): the six set up a company named two sentences later
GRIBSKOV = (
    "De seks kommuner Hillerød, Gribskov, Egedal, Furesø, Halsnæs og Frederikssund er i gang med at etablere et "
    "fælles beredskabsselskab til start 1.1.2016.\n\n"
    "Beredskabskommissionen besluttede på møde den 15. september 2015 at sende den anbefalede model 2A for "
    "risikobaseret dimensionering til udtalelse i Beredskabsstyrelsen.\n\n"
    "Byrådet godkendte endvidere Frederiksborg Brand og Redning som navn på det kommende selskab, ligesom byrådet "
    "godkendte selskabets ejerstrategi."
)


def test_new_body_named_later(tmp_path: Path) -> None:
    assert members_of(tmp_path, GRIBSKOV) == _all(
        "Frederiksborg Brand og Redning", "Hillerød", "Gribskov", "Egedal", "Furesø", "Halsnæs", "Frederikssund"
    )


@pytest.mark.parametrize(
    "text",
    [
        # nothing set up: the naming phrase names a body the statement's members did not make
        "De seks kommuner Hillerød, Gribskov, Egedal, Furesø, Halsnæs og Frederikssund er med i en analyse af "
        "beredskabet.\n\nByrådet godkendte endvidere Frederiksborg Brand og Redning som navn på det kommende selskab.",
        # set up, but no name given after it
        "De seks kommuner Hillerød, Gribskov, Egedal, Furesø, Halsnæs og Frederikssund er i gang med at etablere et "
        "fælles beredskabsselskab til start 1.1.2016.\n\nFrederiksborg Brand og Redning holder møde i januar.",
        # a municipality is no body's name
        "De tre kommuner Hillerød, Gribskov og Egedal er i gang med at etablere et fælles selskab. Det nye selskab "
        "skal hedde Hillerød Kommune.",
    ],
)
def test_no_body_named_later(tmp_path: Path, text: str) -> None:
    assert members_of(tmp_path, text) == set()


# bsik-webpage-baggrunden (dev): the owners of Brand & Redning Djursland, which takes a new name
BSIK = (
    "Norddjurs kommune og Syddjurs kommune har allerede i 2007 stiftet et § 60-fællesskab: Brand & Redning "
    "Djursland. Etableringen af det nye beredskab sker ved en udvidelse af ejerskabet af Brand & Redning Djursland, "
    "således at Randers kommune og Favrskov kommune indtræder i ejerskabskredsen pr. 1. januar 2016. Ved den "
    "lejlighed skifter beredskabet også navn til Beredskab & Sikkerhed - Randers, Favrskov, Djursland."
)


def _aliases(tmp_path: Path, text: str) -> dict[str, set[str]]:
    facts = facts_of_text(tmp_path, HEADER + text)
    return {e.name: set(e.aliases) for e in facts.entities if e.type == "Organization"}


def test_renamed_body_takes_its_new_name(tmp_path: Path) -> None:
    assert "Beredskab & Sikkerhed" in _aliases(tmp_path, BSIK)["Brand & Redning Djursland"]
    assert ("Randers", "Brand & Redning Djursland") in members_of(tmp_path, BSIK)


def test_rename_of_a_body_no_rule_made_adds_nothing(tmp_path: Path) -> None:
    # the municipality's own committee renamed: no network, so no alias and no membership
    text = "Teknik- og Miljøudvalget skifter navn til Klima- og Miljøudvalget fra 1. januar 2016."
    assert members_of(tmp_path, text) == set()
    assert not any("Klima- og Miljøudvalget" in names for names in _aliases(tmp_path, text).values())


def test_project_named_after_a_body_set_up_is_no_network(tmp_path: Path) -> None:
    text = (
        "De tre kommuner Hillerød, Gribskov og Egedal er gået i gang med at etablere et fælles selskab. "
        "Det første projekt i selskabet får navnet Grøn Omstilling Nord."
    )
    assert members_of(tmp_path, text) == set()


# fyens-news-aeroe-landdistrikternes-faellesraad-2018 (dev): the network after its kind word, then a cue with no
# object that refers back to it
FYENS = (
    "Ærø: Tilbage i 2009-2015 løste Ærø kommune medlemskab til interesseorganisationen Landdistrikternes Fællesråd. "
    'Kommunen meldte sig i sin tid ind for at være del af fællesrådets kampagne "Blomstrende Landsby" og ud igen.\n\n'
    "Men tiderne er skiftet og på Økonomi- og erhvervsudvalgets møde forleden, blev det besluttet at melde sig ind "
    "igen.\n\n"
    '- Kommunen meldte sig ud dengang, fordi vi også skulle betale for "Blomstrende Landsby", og det kan vi så '
    "slippe for nu. Og nu er Landdistrikterne Fællesråd begyndt at interessere sig mere for de små ø-kommuner, og "
    "alle de ø-kommuner, vi også arbejder sammen med; Fanø, Læsø og Samsø, de er også medlem, og derfor synes vi "
    "også, vi passende kan være med igen."
)


def test_cue_with_no_object_refers_to_the_network_named_before(tmp_path: Path) -> None:
    assert members_of(tmp_path, FYENS) == _all("Landdistrikternes Fællesråd", "Fanø", "Læsø", "Samsø")


@pytest.mark.parametrize(
    "text",
    [
        # the cue has its own object: a person's seat, no network to refer back to
        "Ærø Kommune er medlem af interesseorganisationen Landdistrikternes Fællesråd. Formanden for udvalget, "
        "Jens Hansen, er også medlem af bestyrelsen.",
        # no network named before the cue
        "Byrådet drøftede sagen. Fanø, Læsø og Samsø, de er også medlem, og derfor synes vi, vi kan være med igen.",
        # a network named too long before
        "Ærø Kommune er medlem af foreningen Danske Øer. "
        + "Byrådet drøftede budgettet for næste år. " * 40
        + "Fanø, Læsø og Samsø, de er også medlem.",
    ],
)
def test_cue_with_no_object_and_no_network_near(tmp_path: Path, text: str) -> None:
    assert {m for m, _ in members_of(tmp_path, text)} <= {"Ærø"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ærø Kommune har i mange år været medlem af interesseorganisationen Landdistrikternes Fællesråd.",
            _all("Landdistrikternes Fællesråd", "Ærø"),
        ),
        # the kind word before a municipality or a plan names no network
        ("Ærø Kommune er med i netværket Ærø Kommune.", set()),
    ],
)
def test_network_named_after_its_kind_word(tmp_path: Path, text: str, expected: set[tuple[str, str]]) -> None:
    assert members_of(tmp_path, text) == expected


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "løste Ærø kommune medlemskab til interesseorganisationen Landdistrikternes Fællesråd.",
            ["Landdistrikternes Fællesråd"],
        ),
        ("på generalforsamlingen i foreningen Destination Limfjorden", ["Destination Limfjorden"]),
        # a local association or a housing company (fanoe-grundejerforeninger-moede-2019-04-11, nordfyn-
        # kommunalbestyrelsen-2007-12-13, dev), an abbreviation or a letter
        ("Jens Pedersen, Grundejerforeningen Sønderho Sommerhusområde", []),
        ("Regnskab Boligselskabet BSB Søndersø", []),
        ("Boligselskabet L", []),
    ],
)
def test_network_after_its_kind_word(text: str, names: list[str]) -> None:
    assert [name for _, _, name in kind_named_networks(text)] == names
