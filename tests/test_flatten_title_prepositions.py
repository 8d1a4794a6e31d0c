"""A flattened contents title that ends in a preposition flatten_titles' binding words do not hold ("langs",
"omkring") goes on to the capitalised word after it, the preposition's object, not the next title
(parse.flatten_title_prepositions through flatten_titles.split_title_run). Runs of dev-write contents pages of
Lyngby-Taarbæk and Rebild, and Ballerup's near miss, quoted as printed. A real next title after an ordinary
lower-case word in the same run is still cut; a word a title opens with, a standing item or a name whose next word is
capitalised too after the preposition opens its own."""

from __future__ import annotations

import pytest

from graphbuild.parse.flatten_title_prepositions import governs_name
from graphbuild.parse.flatten_titles import split_title_run


@pytest.mark.parametrize(
    ("run", "titles"),
    [
        (  # Lyngby-Taarbæk: "langs"; the next title after the page number still cut
            "Endelig vedtagelse af Lokalplan 273 for Klampenborgvej 211 m.fl. (Beslutning) 25 Trafikale "
            "skitseprojekter i forbindelse med byudvikling langs Helsingørmotorvejen 9 27 (Beslutning) 10 Valg af "
            "skrifttype til vejnavneskilte (Beslutning) 33",
            [
                "Endelig vedtagelse af Lokalplan 273 for Klampenborgvej 211 m.fl. (Beslutning)",
                "Trafikale skitseprojekter i forbindelse med byudvikling langs Helsingørmotorvejen 9 27 (Beslutning)",
                "Valg af skrifttype til vejnavneskilte (Beslutning)",
            ],
        ),
        (  # Rebild: "omkring"; "Folkeoplysningspolitik" after the lower-case "aktiviteter" still opens a title
            "Kvalitetsrapport - skoleområdet Fortsat drøftelse af økonomisk status samt struktur omkring "
            "Ungdomsskolens aktiviteter Folkeoplysningspolitik Godkendelse af byggeregnskab for servicearealer",
            [
                "Kvalitetsrapport - skoleområdet",
                "Fortsat drøftelse af økonomisk status samt struktur omkring Ungdomsskolens aktiviteter",
                "Folkeoplysningspolitik",
                "Godkendelse af byggeregnskab for servicearealer",
            ],
        ),
    ],
)
def test_a_preposition_goes_on_to_its_object(run: str, titles: list[str]) -> None:
    assert split_title_run(run) == titles


@pytest.mark.parametrize(
    ("text", "k"),
    [
        ("Trafikale skitseprojekter i forbindelse med byudvikling Helsingørmotorvejen", 6),  # no preposition
        ("samarbejdet omkring Godkendelse af dagsorden", 2),  # a word a title opens with
        ("struktur omkring Meddelelser", 2),  # a standing item
        ("struktur omkring Forslag til budget", 2),  # a title's opening word
        # Ballerup: a name whose next word is capitalised too, "Måløvhøj Vandværk - godkendelse af vandtakst" the next
        ("Lokalplan nr. 120 for et erhvervsområde omkring Metalbuen Måløvhøj Vandværk", 7),
        ("ungdomsboliger, beliggende Elmeparken 51, 53", 2),  # Hørsholm: "beliggende", no preposition
    ],
)
def test_no_object_where_a_title_opens(text: str, k: int) -> None:
    assert not governs_name(text.split(), k)


def test_a_lower_case_word_before_the_same_name_still_cuts() -> None:
    run = "Fortsat drøftelse af økonomisk status samt struktur Ungdomsskolens aktiviteter Folkeoplysningspolitik"
    assert split_title_run(run)[0] == "Fortsat drøftelse af økonomisk status samt struktur"


@pytest.mark.parametrize(
    ("text", "k"),
    [
        ("byudvikling langs Helsingørmotorvejen 9 27 (Beslutning)", 2),  # Lyngby-Taarbæk: a number after the name
        ("struktur omkring Ungdomsskolens aktiviteter Folkeoplysningspolitik", 2),  # Rebild: a lower-case word after it
    ],
)
def test_the_object_of_a_preposition(text: str, k: int) -> None:
    assert governs_name(text.split(), k)
