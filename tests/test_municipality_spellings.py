"""A municipality written in another spelling than its official name is found as that municipality: the short
form without the genitive s ("på Nordfyn" for Nordfyns Kommune), "aa" for "å" and back ("Århus", "Fåborg-Midtfyn"),
a space for the hyphen ("Høje Taastrup"); the spellings are derived from the reference list, never written by hand,
and a street named after the municipality or a region's name is none."""

from __future__ import annotations

from pathlib import Path

from graphbuild.extract.mention_known import find_names
from graphbuild.vocab.municipality_names import municipality_spellings
from graphbuild.vocab.reference import municipalities, regions
from tests.text_facts import facts_of_text, named_relations


def _municipalities_named(text: str) -> list[tuple[str, str]]:
    """(municipality, the words that name it) of each municipality mention in ``text``."""
    return [(m.name, text[m.start : m.end]) for m in find_names(text, 0, len(text)) if m.type == "Municipality"]


def test_the_spellings_are_the_reference_names_respelt() -> None:
    spellings = municipality_spellings()
    assert spellings["Nordfyn"].name == "Nordfyns"
    assert spellings["Århus"].name == "Aarhus"
    assert spellings["Ålborg"].name == "Aalborg"
    assert spellings["Åbenrå"].name == "Aabenraa"
    assert spellings["Høje Taastrup"].name == "Høje-Taastrup"
    assert spellings["Fåborg-Midtfyn"].name == "Faaborg-Midtfyn"
    assert spellings["Taarnby"].name == "Tårnby"


def test_no_spelling_is_an_official_name_or_a_region() -> None:
    official = {m.name.lower() for m in municipalities()}
    region_words = {w.lower() for r in regions() for w in r.split()}
    assert not {s.lower() for s in municipality_spellings()} & (official | region_words)


def test_the_short_form_without_the_genitive_s_is_the_municipality() -> None:
    text = "Formanden for bestyrelsen er igen Morten Andersen (V), borgmester på Nordfyn, og næstformanden er"
    assert _municipalities_named(text) == [("Nordfyns", "Nordfyn")]


def test_the_official_genitive_name_is_still_one_mention() -> None:
    text = "aftalen, men ønsker at FynBus varetager ejernes interesser. Nordfyns Kommune er positiv overfor"
    assert _municipalities_named(text) == [("Nordfyns", "Nordfyns Kommune")]


def test_old_and_spaced_spellings_are_their_municipality() -> None:
    assert _municipalities_named("Brian Hansen Damsgaard (Fåborg-Midtfyn Kommune), Åge Nielsen (KMS)") == [
        ("Faaborg-Midtfyn", "Fåborg-Midtfyn Kommune")
    ]
    assert _municipalities_named("næstformand for Bestyrelsen Peter Thyssen (Århus Kommune), bestyrelsesmedlem") == [
        ("Aarhus", "Århus Kommune")
    ]
    assert _municipalities_named("kommunalbestyrelsesmedlem Laurids Christensen fra Høje Taastrup Kommune som") == [
        ("Høje-Taastrup", "Høje Taastrup Kommune")
    ]


def test_a_street_named_for_the_town_and_a_region_are_no_municipality() -> None:
    assert _municipalities_named("Mødested: Østerbrohuset, Århusgade 103, 2100 Kbh. Ø") == []
    assert _municipalities_named("Formand Morten Andersen, Nordfyn Næstformand Poul Andersen, Region Syddanmark") == [
        ("Nordfyns", "Nordfyn")
    ]
    assert _municipalities_named("Sagen er sendt til Region Nordjylland og Nordjyllands Trafikselskab") == []


def test_a_mayor_on_the_short_form_holds_the_municipalitys_post(tmp_path: Path) -> None:
    text = (
        "Formanden for bestyrelsen er igen Morten Andersen (V), borgmester på Nordfyn, og næstformanden er "
        "Poul Andersen (S), medlem af regionsrådet."
    )
    roles = {
        (person, target, props.get("role"))
        for person, target, props in named_relations(facts_of_text(tmp_path, text), "HOLDS_ROLE")
    }
    assert ("Morten Andersen", "Nordfyns", "borgmester") in roles
    assert not any(target == "Nordfyns" for person, target, _ in roles if person == "Poul Andersen")
