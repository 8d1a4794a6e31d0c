"""A network's or an association's kind word opening its name ("Grundejerforeningen Vesterengen", "Landsforeningen
SIND", "Landsbyforum Stevns") names the body by the capitalised words run on after it, not by the kind word alone; the
run ends before a post's word, a body's word, a genitive before what it owns and a word the text also writes in lower
case. Snippets quoted from dev-write documents."""

from __future__ import annotations

import pytest

from graphbuild.extract.mention_organisations import find_unknown_organisations


def _names(text: str) -> set[str]:
    return {m.name for m in find_unknown_organisations(text, 0, len(text))}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "samt en henvendelse fra Haveforeningen Strandhøj på Kløvermarksvej vedr. Lynetteholm.",
            "Haveforeningen Strandhøj",
        ),
        ("Ragna Heide - repræsentant fra Landsforeningen SIND\n\nAlice Rasmussen", "Landsforeningen SIND"),
        ("Landsbyforum Stevns er et større udviklingsprojekt, som har til formål at udvikle", "Landsbyforum Stevns"),
        (
            "  • Landboforeningen Gefion\n  • Landsforeningen Bæredygtigt Landbrug\n",
            "Landsforeningen Bæredygtigt Landbrug",
        ),
    ],
)
def test_a_kind_word_opening_a_name_runs_on_over_it(text: str, name: str) -> None:
    assert name in _names(text)


def test_a_post_after_the_name_is_no_part_of_it() -> None:
    text = "Anton Pedersen, Grundejerforeningen Sønderho Sommerhusområde Borgmester Sofie Valbjørn, Fanø Kommune"
    assert "Grundejerforeningen Sønderho Sommerhusområde" in _names(text)
    assert not any("Borgmester" in name for name in _names(text))


def test_a_genitive_before_what_it_owns_is_no_part_of_it() -> None:
    text = "Mette er Fællesskaber for Regstrup- og Kundby-området\n5. Lokalforum Regstrups rolle\n6. Møder"
    assert "Lokalforum" in _names(text)
    assert not any("Regstrups" in name for name in _names(text))


def test_a_body_s_word_or_a_word_never_in_a_name_ends_it() -> None:
    assert "Mødeforum" in _names("1 Referat Mødeforum Styregruppen for Rammeaftale Sjælland Sagsnr Dokumentnr")
    assert "Vækstforum" in _names("Repræsentant udpeget af Vækstforum Region Hovedstaden Afbud: Thyge Enevoldsen")


def test_a_name_before_the_kind_word_is_left_as_it_was() -> None:
    names = _names("Birdlife/Dof Pelle Andesen-Harild\nDanmarks Naturfredningsforening Jens Prom\n")
    assert not any("Jens" in name for name in names)
