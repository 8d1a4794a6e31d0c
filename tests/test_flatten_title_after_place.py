"""A flattened contents list's title that ends on the municipality it is about ("... havnesporene i Skive |
Parkeringskontrol", "... kystturismen på Møn | Mobil og bredbånd", "... ved Anholtfærgen i Grenaa | Sandbanke vest
for Anholt Havn"): the word after the place opens the next title (parse.flatten_title_after_place through
flatten_titles.split_title_run). Runs of dev-write contents pages of Skive, Vordingborg and Norddjurs, quoted as
printed. A place's own word, a quarter of the town, a building or a short capitalised word after the place stays in
its title."""

from __future__ import annotations

import pytest

from graphbuild.parse.flatten_title_after_place import ends_at_place
from graphbuild.parse.flatten_titles import split_title_run


@pytest.mark.parametrize(
    ("run", "titles"),
    [
        (
            # skive-oekonomiudvalget-2014-10-21: a long compound after the place
            "Nedlæggelse af havnebanen og havnesporene i Skive Parkeringskontrol Henvendelse fra kommunen om "
            "indkøb af vejsalt",
            [
                "Nedlæggelse af havnebanen og havnesporene i Skive",
                "Parkeringskontrol",
                "Henvendelse fra kommunen om indkøb af vejsalt",
            ],
        ),
        (
            # vordingborg-erhvervsudvalget-2014-09-08: a word that opens a phrase after the place
            "Potentialeplan for kystturismen på Møn Mobil og bredbånd - Kortlægning af og lånepulje Erhvervsprisen",
            [
                "Potentialeplan for kystturismen på Møn",
                "Mobil og bredbånd - Kortlægning af og lånepulje",
                "Erhvervsprisen",
            ],
        ),
        (
            # norddjurs-faergeudvalget-grenaa-anholt-2015-06-02: a former municipality's name
            "Orientering om projektansøgning, ventefaciliteter ved Anholtfærgen i Grenaa Sandbanke vest for Anholt "
            "Havn",
            [
                "Orientering om projektansøgning, ventefaciliteter ved Anholtfærgen i Grenaa",
                "Sandbanke vest for Anholt Havn",
            ],
        ),
    ],
)
def test_a_title_ends_on_the_place_it_is_about(run: str, titles: list[str]) -> None:
    assert split_title_run(run) == titles


@pytest.mark.parametrize(
    "words",
    [
        "Renovering af faglokaler på Møn Skole Ansøgning",  # a building of the town (vordingborg 2015, dev-write)
        "Budget for Jobcenter i Skive Kommune Godkendelse",  # the place's own word
        "Lokalplan for boliger i Aalborg Øst Godkendelse",  # a quarter of the town
        "Byfornyelse i Skive Midtby Status",
        "Lokalplan for centerområde i Skørping Centrum Godkendelse",
        "Mødested i Skive Idrætscenter Godkendelse",  # a long compound that names a building
        "Trafikplan i Skive Unge Godkendelse",  # a short word with a capital after it: no phrase of its own
        "Trafik i Skive ØK Godkendelse",  # an acronym
        "Trafik for Skive Parkeringskontrol Henvendelse",  # no preposition of place
    ],
)
def test_a_place_that_goes_on_is_no_title_end(words: str) -> None:
    split = words.split()
    place = next(k for k, word in enumerate(split) if word in ("Møn", "Skive", "Aalborg", "Skørping"))
    assert not ends_at_place(split, place + 1)


def test_page_numbers_dates_and_points_after_a_place_open_no_title() -> None:
    for run in (
        "Nedlæggelse af havnesporene i Skive 12 Parkeringskontrol",  # a page number: its own cut, no title
        "Møde i Skive 5. juni Parkeringskontrol",
        "Anbefaling i Skive At 1) godkendes",
    ):
        pieces = split_title_run(run)
        assert not any(piece.split()[0] in ("12", "5.", "At", "juni") for piece in pieces), pieces
