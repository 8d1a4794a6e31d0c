"""Bornholm's own name for itself, "Bornholms Regionskommune", is one mention of the municipality that prints its
word ("Regionskommune" as "Kommune" is printed), not a genitive heading another body's name; a region is none."""

from __future__ import annotations

from graphbuild.extract.mention_known import find_names


def _municipalities_named(text: str) -> list[tuple[str, str]]:
    return [(m.name, text[m.start : m.end]) for m in find_names(text, 0, len(text)) if m.type == "Municipality"]


def test_the_regional_municipality_is_named_with_its_word() -> None:
    assert _municipalities_named("åbent 19 Ændring af styrelsesvedtægten for Bornholms Regionskommune") == [
        ("Bornholm", "Bornholms Regionskommune")
    ]
    assert _municipalities_named("Frederiksbergs Kommune og Bornholms Regionskommune.") == [
        ("Frederiksberg", "Frederiksbergs Kommune"),
        ("Bornholm", "Bornholms Regionskommune"),
    ]


def test_a_region_or_another_body_after_the_genitive_is_no_regional_municipality() -> None:
    assert _municipalities_named("Region Hovedstaden og Bornholms Trafikselskab") == [("Bornholm", "Bornholms")]
    assert _municipalities_named("Regionskommune") == []
