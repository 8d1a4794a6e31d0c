"""A municipality's or region's name the word-by-word cut of a flattened contents list left standing alone between
two titles is no title: it ends the title before it when the next opens with a case's noun and its preposition
("Regnskab Kulturcenter Støvring | Godkendelse af ..."), else it opens the next ("Sindal Varmeforsyning søger om
...") (parse.flatten_title_places through flatten_titles.split_title_run). Runs of dev-write contents pages of
Rebild, Vordingborg and Hjørring, quoted as printed. A piece of two words, a name no list knows, or a piece cut off
by a page number is left as it is."""

from __future__ import annotations

import pytest

from graphbuild.parse.flatten_title_places import is_lone_place, rejoin_lone_places
from graphbuild.parse.flatten_titles import split_title_run


@pytest.mark.parametrize(
    ("run", "titles"),
    [
        (  # Rebild: the name ends the title before it
            "Sammenlægning af byggegrunde på Bæveren Rebild Events Regnskab Kulturcenter Støvring Godkendelse af "
            "takster for 2010 Meddelelser Eventuelt",
            [
                "Sammenlægning af byggegrunde på Bæveren Rebild Events",
                "Regnskab Kulturcenter Støvring",
                "Godkendelse af takster for 2010",
                "Meddelelser",
                "Eventuelt",
            ],
        ),
        (  # Vordingborg: the name ends the title before it
            "Udbud af vintertjeneste Bedømmelse af totalrådgiverudbud, nyt administrationsbyggeri Vordingborg "
            "Aflysning af lokalplan E-2.1 erhvervsområde Meddelelser",
            [
                "Udbud af vintertjeneste",
                "Bedømmelse af totalrådgiverudbud, nyt administrationsbyggeri Vordingborg",
                "Aflysning af lokalplan E-2.1 erhvervsområde",
                "Meddelelser",
            ],
        ),
        (  # Hjørring: the name opens the next title (and an amount's "kr" ends one)
            "Forslag til budgetproces Sindal Varmeforsyning søger om Kommunegaranti på 50 mio. kr Modulboliger i "
            "tomme bygninger, frigivelse af midler til forsøgsprojekt Meddelelser Eventuelt",
            [
                "Forslag til budgetproces",
                "Sindal Varmeforsyning søger om Kommunegaranti på 50 mio. kr",
                "Modulboliger i tomme bygninger, frigivelse af midler til forsøgsprojekt",
                "Meddelelser",
                "Eventuelt",
            ],
        ),
        (  # Rebild: the name opens the next title
            "Region Nordjylland vedr. byggegrund til sikret døgninstitution for børn og unge Rebild Gadebelysning A/S "
            "Kommuneplan status",
            [
                "Region Nordjylland vedr. byggegrund til sikret døgninstitution for børn og unge",
                "Rebild Gadebelysning A/S",
                "Kommuneplan status",
            ],
        ),
    ],
)
def test_a_lone_place_joins_a_title(run: str, titles: list[str]) -> None:
    assert split_title_run(run) == titles


@pytest.mark.parametrize(
    "piece",
    [
        ["Mejlby"],  # a village no list of municipalities knows
        ["Vordingborg", "Kommune"],  # two words: the place's own name
        ["Meddelelser"],  # a standing item
        ["Støvring", "Godkendelse"],
    ],
)
def test_no_lone_place(piece: list[str]) -> None:
    assert not is_lone_place(piece)


def test_a_place_cut_off_by_a_page_number_stays() -> None:
    # the cut after the name was no guess (a page number, a leader): the pieces are left as they are
    pieces = [["Regnskab", "Kulturcenter"], ["Støvring"], ["Godkendelse", "af", "takster"]]
    assert rejoin_lone_places(pieces, {1}) == (pieces, {1})
