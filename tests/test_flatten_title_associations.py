"""A flattened contents list's title that names an association by a one-word name and its association word ("Klage
fra Særslev Gymnastikforening", "Ørslev Kulturforening søger om ...", "Ny forening - Aalborg Bordfodboldforening")
stays one title: the association's word ends in "-ing" as a nominalisation does, but after the name it opens no
title (parse.flatten_titles through split_title_run). Runs of dev-write contents pages of Nordfyn, Ringsted,
Aalborg and Varde, quoted as printed. After a second capitalised word, or after a title's own opening or closing
word, the association's word may still open the next title."""

from __future__ import annotations

import pytest

from graphbuild.parse.flatten_titles import split_title_run


@pytest.mark.parametrize(
    ("run", "titles"),
    [
        (  # Nordfyn
            "Regler for anvisning af kommunale lokaler og anlæg Klage fra Særslev Gymnastikforening - "
            "Rekvisittilskud...17 SAGER TIL EFTERRETNING Budgetrapport pr. 1. juli",
            [
                "Regler for anvisning af kommunale lokaler og anlæg",
                "Klage fra Særslev Gymnastikforening - Rekvisittilskud",
                "Budgetrapport pr. 1. juli",
            ],
        ),
        (  # Ringsted
            "Budget udarbejdelse af forslag til budgettet i fagudvalg Ørslev Kulturforening søger om midler fra "
            "Temaudviklingspuljen til Energifestival Bevilling til projekt",
            [
                "Budget udarbejdelse af forslag til budgettet i fagudvalg",
                "Ørslev Kulturforening søger om midler fra Temaudviklingspuljen til Energifestival",
                "Bevilling til projekt",
            ],
        ),
        (  # Aalborg
            "Ny forening - Afghansk Kvindeforening søger om godkendelse som tilskudsberettiget forening Ny forening - "
            "Aalborg Bordfodboldforening søger om godkendelse Ny forening - Aktiv Ferie-Stolpen søger om godkendelse",
            [
                "Ny forening - Afghansk Kvindeforening søger om godkendelse som tilskudsberettiget forening",
                "Ny forening - Aalborg Bordfodboldforening søger om godkendelse",
                "Ny forening - Aktiv Ferie-Stolpen søger om godkendelse",
            ],
        ),
        (  # Varde: the name after a comma
            "Ansøgning - Tilskud i 2015, Varde Musikforening Ansøgning - Tilskud til Sommerkoncerter i Vestjylland",
            [
                "Ansøgning - Tilskud i 2015, Varde Musikforening",
                "Ansøgning - Tilskud til Sommerkoncerter i Vestjylland",
            ],
        ),
    ],
)
def test_a_one_word_name_and_its_association_stay_one_title(run: str, titles: list[str]) -> None:
    assert split_title_run(run) == titles


def test_after_a_second_capitalised_word_the_association_opens_the_next_title() -> None:
    # Nordfyn: "Særslev" ends the title before, "Bogense Andelsboligforening" is the next one's subject; the name
    # before the association's word is not one word alone, so the word is cut before as before (the cut before
    # "Bogense" is left to a later rule)
    run = (
        "Endelig vedtagelse af Lokalplan Boliger ved gadekæret i Særslev Bogense Andelsboligforening - Regnskab "
        "Boligselskabet BSB Søndersø - Regnskab"
    )
    assert "Andelsboligforening - Regnskab" in split_title_run(run)


def test_after_a_title_word_the_association_opens_the_next_title() -> None:
    # a standing one-word item and a case word before the association's word: each a title of its own
    run = "Regnskab 2019 Status Idrætsforeningen søger om tilskud Orientering om budget Meddelelser Eventuelt"
    assert split_title_run(run) == [
        "Regnskab 2019",
        "Status",
        "Idrætsforeningen søger om tilskud",
        "Orientering om budget",
        "Meddelelser",
        "Eventuelt",
    ]
    run = "Godkendelse af dagsorden Meddelelser Grundejerforeningen Ved Åen søger om tilskud Eventuelt Lukket"
    assert "Grundejerforeningen Ved Åen søger om tilskud" in split_title_run(run)
