"""A municipality's line right under a person's name line is the seat the person fills on a board's page ("Astrid
Ejlersen\\nSvendborg Kommune"), no membership of the municipality (README `memberships`: a seat list by municipality);
a list of municipality lines under no person is still a member list (membership_lists.grouped_member_lists)."""

from __future__ import annotations

from pathlib import Path

from text_facts import member_pairs_of_text

from graphbuild.extract.membership_lists import grouped_member_lists

# tests/realworld/docs/lag-soem-webpage-bestyrelse.txt (dev-write): a local action group's board page, each member's
# name over the municipality or region that appointed them
BOARD_PAGE = (
    "Foreningsrepræsentanter\n\nStian Ravn\nSvendborg\n\nMette Bro Jansen\nNyborg\n\n"
    "Offentligt udpegede repræsentanter\n\n"
    "Astrid Ejlersen\nSvendborg Kommune\n\n"
    "Flemming Kjærulf\nNyborg Kommune\n\n"
    "Lars Nielsen\nFaaborg-Midtfyn Kommune\n\n"
    "Simon Sharif Chowdhury\nRegion Syddanmark\n"
)


def test_municipality_lines_under_people_are_seats() -> None:
    assert grouped_member_lists(BOARD_PAGE) == []


def test_a_board_page_of_seats_states_no_membership(tmp_path: Path) -> None:
    assert member_pairs_of_text(tmp_path, BOARD_PAGE) == set()


def test_municipality_lines_under_no_person_are_still_a_list() -> None:
    text = "Trekantområdet Danmark\n\nKommunerne i samarbejdet\nFredericia Kommune\nKolding Kommune\nVejle Kommune\n"
    groups = grouped_member_lists(text)
    assert [[ref.info.name for ref in group] for group in groups] == [["Fredericia", "Kolding", "Vejle"]]
