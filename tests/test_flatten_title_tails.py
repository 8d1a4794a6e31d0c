"""A flattened contents list's titles (parse.flatten_title_tails through flatten_titles.split_title_run): a
title wrapped onto a second line whose last line is a place's address ("... for boligområdet | Egeparken,
Grønhøjgårdsvej, Taastrup") stays one title; a subject before a dash, a department's name or a lone case word
after a lower-case word still opens a title of its own; a name after a dash goes on ("Ny forening - Aalborg
Tamilsk Sports Klub"), a case word after it ends its title; a genitive after "for" goes on to its noun ("for
Driftsenhedens tømrerværksted"), no title opening after a lost year. Excerpts of dev documents."""

from __future__ import annotations

import pytest

from graphbuild.parse.flatten_title_tails import is_group_heading, is_name_tail
from graphbuild.parse.flatten_titles import split_title_run


@pytest.mark.parametrize(
    ("run", "titles"),
    [
        (  # Høje-Taastrup
            "Kommunens interesser i forhold til Råstofplan Endelig vedtagelse af lokalplan 1.69 for boligområdet "
            "Egeparken, Grønhøjgårdsvej, Taastrup Godkendelse af nye kvalitetsstandarder for støtte- og botilbud",
            [
                "Kommunens interesser i forhold til Råstofplan",
                "Endelig vedtagelse af lokalplan 1.69 for boligområdet Egeparken, Grønhøjgårdsvej, Taastrup",
                "Godkendelse af nye kvalitetsstandarder for støtte- og botilbud",
            ],
        ),
        (  # Silkeborg
            "Godkendelse af forhøjelse af anlægsbevilling til gennemførelse af byggeprojekt for nyt Medborgerhus, "
            "Bindslevs Plads, Silkeborg Godkendelse af anlægstilskud til Arena Midt, Kjellerup",
            [
                "Godkendelse af forhøjelse af anlægsbevilling til gennemførelse af byggeprojekt for nyt Medborgerhus, "
                "Bindslevs Plads, Silkeborg",
                "Godkendelse af anlægstilskud til Arena Midt, Kjellerup",
            ],
        ),
    ],
)
def test_an_address_wrapped_onto_its_own_line_stays_in_its_title(run: str, titles: list[str]) -> None:
    assert split_title_run(run) == titles


@pytest.mark.parametrize(
    "piece",
    [
        "Egeparken, Grønhøjgårdsvej, Taastrup",
        "Dalgasgade, Ewaldsvej m.fl., Silkeborg",
        "Hovedgaden 37, Durup",
    ],
)
def test_an_address_is_a_name_tail(piece: str) -> None:
    assert is_name_tail(piece.split())


@pytest.mark.parametrize(
    "piece",
    [
        "Bogense Andelsboligforening - Regnskab",  # a subject and its case after a dash
        "Boligselskabet L.A.B. Fyn, afd.",  # a department: "afd." is a word of the title
        "Strategi",  # a lone case word, no address
        "Godkendelse af anlægstilskud til Arena Midt, Kjellerup",  # lower-case words: a title
        "Meddelelser",
    ],
)
def test_a_title_is_no_name_tail(piece: str) -> None:
    assert not is_name_tail(piece.split())


def test_a_genitive_after_for_goes_on_to_its_noun() -> None:
    # Rebild: "for Driftsenhedens tømrerværksted" is no title opening after a year the transcript lost
    run = (
        "Vurdering af nedlukning eller videreførelse af deponi på Sørup Fyld- og Genbrugsplads Resultatlønsaftale "
        "for Driftsenhedens tømrerværksted Delvandforsyningsplan for Smidieområdet"
    )
    assert "Resultatlønsaftale for Driftsenhedens tømrerværksted" in split_title_run(run)


def test_a_title_after_a_lost_year_is_still_cut() -> None:
    # near miss: "for [2006] Tillæg til ..." opens the next title; the word is no genitive
    assert split_title_run("Beretning vedrørende revisionen af Amtets årsregnskab for Tillæg til oversigten i") == [
        "Beretning vedrørende revisionen af Amtets årsregnskab for",
        "Tillæg til oversigten i",
    ]


@pytest.mark.parametrize(
    ("run", "title"),
    [
        (  # Aalborg: the place after the dash opens the subject's name
            "Ny forening - Aalborg Tamilsk Sports Klub søger om godkendelse Ny forening - Aalborg Ferie-Stolpen "
            "søger om godkendelse",
            "Ny forening - Aalborg Tamilsk Sports Klub søger om godkendelse",
        ),
        (  # Varde
            "Fordeling af Eliteidrætspuljen Ændret samarbejde - Ølgod Ungdomshus Præsentation af resultater",
            "Ændret samarbejde - Ølgod Ungdomshus",
        ),
    ],
)
def test_a_name_after_a_dash_goes_on(run: str, title: str) -> None:
    assert title in split_title_run(run)


def test_a_case_word_after_a_dash_still_ends_its_title() -> None:
    # near miss (Nordfyn): "- Regnskab" is the subject's case, the next name opens the next title
    assert split_title_run("Boligselskabet BSB Søndersø - Regnskab Boligforeningen Højstrup - Regnskab") == [
        "Boligselskabet BSB Søndersø - Regnskab",
        "Boligforeningen Højstrup - Regnskab",
    ]


@pytest.mark.parametrize(
    ("run", "title"),
    [
        (  # Region Hovedstaden
            "Henvendelse fra regionsrådsmedlem Henrik Thorup (O) om at ikraftsætte pulje til ambulanceberedskabet "
            "Godkendelse af referat",
            "Henvendelse fra regionsrådsmedlem Henrik Thorup (O) om at ikraftsætte pulje til ambulanceberedskabet",
        ),
        (  # Hørsholm
            "Gæsteforelæsning og debat ved udvalgsformand Caroline Victoria Christensen Godkendelse af referat",
            "Gæsteforelæsning og debat ved udvalgsformand Caroline Victoria Christensen",
        ),
    ],
)
def test_a_person_named_after_a_post_stays_in_the_title(run: str, title: str) -> None:
    assert title in split_title_run(run)


def test_a_title_after_a_lower_case_word_is_still_cut_when_it_names_no_person() -> None:
    # near miss: "Anne" is a first name, but "Godkendelse" after it is no surname: a title opens at "Anne"
    assert split_title_run("Orientering om budget Anne Godkendelse af referat")[0] == "Orientering om budget"


@pytest.mark.parametrize(
    ("run", "titles"),
    [
        (  # Varde: the deciding committee's name between the titles it decides on
            "Budgetstatus 30. april Udvalget for Kultur og Fritid Budgetforslag Udvalget for Kultur og Fritid "
            "Budgetønske angående drift af KulturSpinderiet",
            ["Budgetstatus 30. april", "Budgetforslag", "Budgetønske angående drift af KulturSpinderiet"],
        ),
        (  # Rebild: the committee over its closed items
            "Orientering Økonomiudvalget Lukket Evt. køb af ejendom",
            ["Orientering", "Evt. køb af ejendom"],
        ),
    ],
)
def test_a_committee_heading_its_titles_is_no_title(run: str, titles: list[str]) -> None:
    assert split_title_run(run) == titles


@pytest.mark.parametrize(
    "piece",
    ["Udvalget for Kultur og Fritid", "Økonomiudvalget", "Økonomiudvalget Lukket", "Udvalget for Social Omsorg"],
)
def test_a_committee_name_is_a_group_heading(piece: str) -> None:
    assert is_group_heading(piece)


@pytest.mark.parametrize(
    "piece",
    [
        "Boligselskabet Nordjylland, afd. 26, Bindslev - kapitaltilførsel",  # a company: the title's subject
        "Økonomiudvalgets regnskab",
        "Udvalget for Kultur og Fritid - mødeplan",
        "Godkendelse af mødeplan for Udvalget for Kultur og Fritid",
    ],
)
def test_a_title_naming_a_committee_is_no_group_heading(piece: str) -> None:
    assert not is_group_heading(piece)


@pytest.mark.parametrize(
    ("run", "title"),
    [
        (  # Silkeborg
            "Godkendelse af forslag til lokalplan for et erhvervsområde ved Skærskovhedevej vest for Funder samt "
            "tillæg nr. 52 til Silkeborg Kommuneplan Godkendelse af forslag til lokalplan",
            "Godkendelse af forslag til lokalplan for et erhvervsområde ved Skærskovhedevej vest for Funder samt "
            "tillæg nr. 52 til Silkeborg Kommuneplan",
        ),
        (  # Nordfyn: a former municipality's plan
            "Endelig vedtagelse af Kommuneplantillæg nr. 3 til Søndersø Kommuneplan Endelig vedtagelse af Lokalplan",
            "Endelig vedtagelse af Kommuneplantillæg nr. 3 til Søndersø Kommuneplan",
        ),
    ],
)
def test_a_municipality_s_plan_stays_in_its_title(run: str, title: str) -> None:
    assert title in split_title_run(run)


def test_a_case_word_after_a_municipality_still_opens_a_title() -> None:
    # near miss: "Budgetopfølgning" after the place is the next title
    assert split_title_run("Lokalplan for et boligområde i Silkeborg Budgetopfølgning 2. kvartal") == [
        "Lokalplan for et boligområde i Silkeborg",
        "Budgetopfølgning 2. kvartal",
    ]
