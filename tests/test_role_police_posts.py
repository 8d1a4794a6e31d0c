"""A police post printed with a name is the police's, never the municipality's own staff: held in the body the text
is about (a beredskabskommission seats the police district's director) unless a reader finds the police district named
with it. Forms quoted (shortened) from dev-write documents of tests/realworld/ (Københavns and Bornholms
Beredskabskommission, Gribskov's, SSP Jammerbugt's Kredsråd print the police's director among the members); the test
split is never read while writing these rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphbuild.extract.role_patterns import is_staff
from graphbuild.extract.role_police_posts import is_police_post
from tests.text_facts import facts_of_text, named_relations


@pytest.mark.parametrize(
    ("role", "police"),
    [
        ("politidirektør", True),
        ("vicepolitidirektør", True),
        ("politimester", True),
        ("politiinspektør", True),
        ("rigspolitichef", True),
        ("politisk chef", False),  # a word that only opens with "politi"
        ("politiker", False),
        ("direktør", False),
        ("beredskabsdirektør", False),
    ],
)
def test_police_posts(role: str, police: bool) -> None:
    assert is_police_post(role) is police


def test_a_police_post_is_no_municipal_staff() -> None:
    assert not is_staff("politidirektør")
    assert not is_staff("vicepolitidirektør")
    # the municipality's own staff stay its own
    assert is_staff("beredskabsdirektør")
    assert is_staff("kommunaldirektør")
    assert is_staff("centerchef")


# koebenhavn-beredskabskommissionen-2014-11-18 (its header shortened)
_BEREDSKABSKOMMISSIONEN = (
    "Referat\n\nBeredskabskommissionen, Københavns Kommune\n\nMødedato: 18. november 2014\n\n"
    "1. Godkendelse af dagsorden\n\nBeslutning\n\nTilstede var:\nOverborgmester Frank Jensen\n\n"
    "Borgmester Ninna Thomsen\n\nVicepolitidirektør Anne Tønnes\n\nObservatør Claus Friis\n\n"
    "Afbud fra:\nBorgmester Morten Kabell grundet tjenesterejse.\n\nDagsorden godkendt uden bemærkninger.\n"
)


def test_the_police_director_in_a_beredskabskommissions_minutes(tmp_path: Path) -> None:
    held = {
        (person, props.get("role"), target)
        for person, target, props in named_relations(facts_of_text(tmp_path, _BEREDSKABSKOMMISSIONEN), "HOLDS_ROLE")
    }
    assert ("Anne Tønnes", "vicepolitidirektør", "Beredskabskommissionen (København)") in held
    assert ("Anne Tønnes", "vicepolitidirektør", "København") not in held
    # the mayors stay the municipality's
    assert ("Ninna Thomsen", "borgmester", "København") in held
