"""A flattened "Pkt. Tekst Side" run whose item numbers and page numbers both stand bare
(parse.flatten_titles.split_title_run)."""

from __future__ import annotations

from graphbuild.parse.flatten_titles import split_title_run

# modelled on hedensted-byraadet-pkt70-87 (dev-write): committees between the entries, pages after the titles
RUN = (
    "Udvalget for Økonomi 70 Ansættelser som følge af det stigende antal flygtninge 4 Udvalget for Beskæftigelse "
    "71 Ekstraopgaver ved beskæftigelsesreform 7 Udvalget for Teknik 72 Indsamling af husholdningsaffald 9"
)


def test_bare_numbers_going_up_by_one_are_the_items_own() -> None:
    assert split_title_run(RUN) == [
        "70. Ansættelser som følge af det stigende antal flygtninge",
        "71. Ekstraopgaver ved beskæftigelsesreform",
        "72. Indsamling af husholdningsaffald",
    ]


def test_page_numbers_alone_number_no_entry() -> None:
    run = "Godkendelse af dagsorden 3 Budget 2022 5 Orientering fra formanden 8 Eventuelt 9"
    assert not any(piece[:1].isdigit() for piece in split_title_run(run))


def test_pages_going_up_by_one_number_no_entry() -> None:
    run = "Godkendelse af dagsorden 3 Budget 2022 4 Orientering fra formanden 5 Eventuelt 6"
    assert not any(piece[:1].isdigit() for piece in split_title_run(run))


# modelled on naturstyrelsen-skovraadet-2016-04-06 (dev-write): "1) ... 2) ...", two numbers the text layer lost
PARENTHESISED = (
    "1) Præsentationsrunde 2) Godkendelse af dagsorden 3) Godkendelse af referat fra mødet den 30. oktober ) "
    "Orientering fra Naturstyrelsen (ca. kl ) 5) Seneste nyt om naturpakken (ca. kl ) 6) Drøftelse af notat om "
    "virkemidler (ca. kl ) ) Fagligt oplæg om skovstatistik (ca. kl ) 8) Orientering om kortlægning af skove"
)


def test_a_run_numbered_in_brackets_is_cut_at_its_marks() -> None:
    assert split_title_run(PARENTHESISED) == [
        "1. Præsentationsrunde",
        "2. Godkendelse af dagsorden",
        "3. Godkendelse af referat fra mødet den 30. oktober",
        "Orientering fra Naturstyrelsen (ca. kl )",
        "5. Seneste nyt om naturpakken (ca. kl )",
        "6. Drøftelse af notat om virkemidler (ca. kl )",
        "Fagligt oplæg om skovstatistik (ca. kl )",
        "8. Orientering om kortlægning af skove",
    ]


def test_a_titles_own_brackets_and_two_marks_cut_nothing() -> None:
    assert split_title_run("Godkendelse af dagsorden Lokalplan (forslag) Budget 2022 Eventuelt") == [
        "Godkendelse af dagsorden",
        "Lokalplan (forslag)",
        "Budget 2022",
        "Eventuelt",
    ]
    assert "Valg af 1) formand 2) næstformand" in split_title_run("Valg af 1) formand 2) næstformand Budget Eventuelt")
