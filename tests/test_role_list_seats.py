"""The one check the member-list readers share (graphbuild/extract/role_list_seats): whether a list's entry prints the
person's own seat in the body the list is of, so that the title is read and no `medlem` beside it."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import role_pairs_of_text

from graphbuild.extract.role_list_seats import chair_in_bracket, prints_own_seat


@pytest.mark.parametrize(
    "entry",
    [
        "• Tobias Johansen (V), Viceborgmester - Formand",
        "Bent Hansen (S) (næstformand)",
        "Fmd.: Jens Hansen",
        "Suppleant: Ole Berg",
        "Lise Holm (observatør – Vicekredsleder, Beredskabsforbundet)",
        "Karen Olsen, kasserer",
        "bestyrelsesformand og borgmester i Hillerød (A)",
    ],
)
def test_a_bare_seat_or_a_boards_own_post_is_the_persons_seat(entry: str) -> None:
    assert prints_own_seat(entry)


def test_a_seat_for_a_body_is_a_seat_only_in_the_body_the_list_is_of() -> None:
    entry = "Formand for Beredskabskommissionen Lars Holm"
    assert prints_own_seat(entry, "medlemmer af beredskabskommissionen:")
    # a chair of another body is a member of this one too
    assert not prints_own_seat("Formand for PLO-Hovedstaden Karin Zimmer", "medlemmer af praksisudvalget:")


@pytest.mark.parametrize(
    "entry", ["Lone Hansen (A)", "Peter Madsen, Byrådsmedlem, Viborg", "Karen Olsen - Danmarks Naturfredningsforening"]
)
def test_an_entry_with_no_seat_is_a_plain_member(entry: str) -> None:
    assert not prints_own_seat(entry)


def test_the_readers_leave_a_seated_entry_to_the_title_readers(tmp_path: Path) -> None:
    # a line-up under a body's name (role_lineups)
    lineup = (
        "Konstituering\n\nBestyrelsen\nJens Hansen, formand\nKaren Olsen, kasserer\nPeter Madsen (V)\nLone Berg (A)\n"
    )
    pairs = role_pairs_of_text(tmp_path, lineup)
    assert ("Peter Madsen", "medlem") in pairs and ("Lone Berg", "medlem") in pairs
    assert ("Jens Hansen", "medlem") not in pairs and ("Karen Olsen", "medlem") not in pairs


@pytest.mark.parametrize(
    ("entry", "chair"),
    [
        ("Michael Ziegler (borgmester) (C), Annette Johansen (A)", True),
        ("Niels Erik Iversen (A) (formand)", True),
        ("Birgit Marie Christensen (A)(næstformand)", True),
        ("Annette Johansen (A), Bjarne Kogsbøll (C)", False),
        ("Lone Hansen (A), formand for Socialudvalget", False),
    ],
)
def test_the_bodys_chair_in_a_bracket_after_the_name(entry: str, chair: bool) -> None:
    name_end = entry.index(" (")
    assert chair_in_bracket(entry, name_end) is chair


def test_a_councils_member_list_prints_its_mayor_as_chair(tmp_path: Path) -> None:
    # hoeje-taastrup-byraadet-2013-06-18 (shortened): the mayor in the council's list is no plain member
    text = (
        "Referat\nByrådet\nMødedato: 18. juni 2013\n"
        "Medlemmer:  Michael Ziegler (borgmester) (C), Annette Johansen (A), Peter Madsen (V), Karen Olsen (O)\n\n"
        "1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n"
    )
    pairs = role_pairs_of_text(tmp_path, text)
    assert ("Michael Ziegler", "borgmester") in pairs and ("Michael Ziegler", "medlem") not in pairs
    assert ("Annette Johansen", "medlem") in pairs and ("Karen Olsen", "medlem") in pairs


def test_a_rosters_seat_bracket_after_the_members_municipality(tmp_path: Path) -> None:
    # rm-webpage-sundhedskoordinationsudvalget-2021 (shortened): the seat printed after the municipality is the
    # person's in the roster's body, no plain `medlem` beside it
    text = (
        "Sundhedskoordinationsudvalget\n\nKommunale medlemmer:\n"
        "Ib Boye Lauritsen (V), Ikast-Brande (næstformand)\nNils Borring (A), Favrskov\nLone Langballe (O), Viborg\n"
    )
    pairs = role_pairs_of_text(tmp_path, text)
    assert ("Ib Boye Lauritsen", "næstformand") in pairs and ("Ib Boye Lauritsen", "medlem") not in pairs
    assert ("Nils Borring", "medlem") in pairs and ("Lone Langballe", "medlem") in pairs
