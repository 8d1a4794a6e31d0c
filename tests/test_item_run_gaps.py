"""Items a numbered run of items leaves out where the heading readers took their lines for numbered sentences: a
title run on into its text ("3. Kommunikationshjælp – I forlængelse af …", "5. Økonomien blev alle informeret
om. Var ok.", "1. Godkendelse af dagsordenen. Godkendt.") or written in lower case ("2. til stede"), in a gap of
the run or one past either end, printed in the run's form. Snippets of dev-write documents of Mårslet
Fællesråd, Skagen Byting, Ældre Sagen Odense and Fensmark Lokalråd, quoted as printed (shortened where marked
"…"). A recommendation's points after "foreslår, at", a list a sentence leads into ("… orienterer om:"), a list
inside an item's text and a line in another form stay none."""

from __future__ import annotations

from graphbuild.parse.item_lines import Candidate
from graphbuild.parse.item_run_gaps import run_gap_items
from graphbuild.parse.lines import split_lines
from tests.snippet_items import item_numbers, item_titles

MAARSLET = (
    "Referat, FU-møde, d. 4. april 2023\n\nTil stede: Anette, Pernille, Anders, Jens, Thorkild\n\n"
    " 1. Siden sidst\n\n"
    "  1. FU har noteret sig nyheden om at Aarhus Kommune angiveligt vil omlægge 300 ha landbrugsjord omkring "
    "Vilhelmsborg til natur eller skov.\n\n"
    "  2. 27. marts deltog Jens og Pernille i møde med Aarhus Kommune i kontekst af Oplandsudvalget.\n\n"
    " 2. Indkommende henvendelser\n\n"
    "  1. FU har modtaget henvendelse om flagalleen. Der mangler kontaktinfo på hjemmesiden og i Mårslet Bladet. "
    "Dette rettes.\n\n"
    " 3. Kommunikationshjælp – I forlængelse af drøftelsen på repræsentantskabsmødet i februar har FU besluttet at "
    "avertere efter et medlem til FU, som kan hjælpe med at løfte kommunikationsopgaven. På næste møde drøftes et "
    "oplæg til en “stillingsannonce”, som Pernille vil forberede.\n\n"
    " 4.  Evt. – FU har drøftet opstart for tværgående udvalg mellem de sydlige fællesråd.\n"
)

SKAGEN = (
    "Referat fra Skagen Bytings bestyrelsesmøde d. 24. november 2020.\n"
    "Tilstede var formand Erik Hatt, kasserer Jørgen Fink Petersen, Michael Jørgensen, Helle Christensen & "
    "Hanne D. Heilmann.\n"
    "1. Nyhedsbrev fra næstformand fremsendt til videre formidling.\n"
    "2. Referater udarbejdes af sekretær Hanne Heilmann og bestyrelsesmedlem Helle Christensen.\n"
    "3. Hjemmeside og FaceBook vil blive tjekket og opdateret.\n"
    "4. Indsatsområder.\n"
    "A. Turist samarbejdet arbejdes der ihærdigt på, at såvel guidning og formidling kan udøves af lokale folk.\n"
    "B. Vedr. stranden. Dette er ej glemt, men ligger foreløbig i dvale.\n"
    "5. Økonomien blev alle informeret om. Var ok.\n"
)

ODENSE = (
    "Referat\n\n                    Bestyrelsesmøde i Odense Lokalafdeling\n\n"
    "                    Dato og klokkeslæt: fredag, den 06. juni 25 kl. 10.00-13.00\n\n"
    "   Deltagere:   Helle Frøslev, Karin Petersen, Kim Slott, Sonja Vind,\n\n"
    "                       Gert Broxgaard, Bodil Boe Lystlund    Afbud:         \n\n"
    "  1. Godkendelse af dagsordenen. Godkendt.\n"
    "  2. Økonomi.\n\n"
    "        Kassererne var desværre forhindret i at deltage i mødet.\n\n"
    "  3. Orientering fra formanden.\n\n"
    "    Karin, Sonja og Helle F har afholdt møde med gruppelederne.\n"
)

FENSMARK = (
    "Referat fra Lokalrådsmøde d. 8. juni 2021 kl. 17-18.30\n\nDagsorden:\n\n"
    "1. Velkommen tilbage til (næsten) normale tilstande\n\n2. til stede\n\n3. formanden\n\n"
    "4. Hvert medlem har ordet\n\n5. Lokalrådet – hvordan skal det køre?\n\n6. Formanden afslutter\n\n7. Evt.\n"
)


def test_a_title_run_on_into_its_text_in_the_gap_is_an_item() -> None:
    assert item_numbers(MAARSLET) == ["1", "2", "3", "4"]
    assert "Kommunikationshjælp" in item_titles(MAARSLET)


def test_one_past_the_last_item_in_the_runs_form_is_an_item() -> None:
    assert item_numbers(SKAGEN)[-1] == "5"
    assert item_titles(SKAGEN)[-1] == "Økonomien blev alle informeret om"


def test_item_one_before_a_run_from_two_is_an_item() -> None:
    assert item_numbers(ODENSE) == ["1", "2", "3"]
    assert item_titles(ODENSE)[0] == "Godkendelse af dagsordenen"


def test_lower_case_titles_in_a_wider_gap_are_items() -> None:
    assert item_numbers(FENSMARK) == ["1", "2", "3", "4", "5", "6", "7"]
    assert item_titles(FENSMARK)[1:3] == ["til stede", "formanden"]


def _candidates(text: str, numbers: list[str]) -> tuple[list[Candidate], list]:
    """The lines numbered ``numbers`` (in order) as the chosen items, and all the lines."""
    lines = split_lines(text)
    chosen, wanted = [], list(numbers)
    for line in lines:
        if wanted and line.clean.startswith(f"{wanted[0]}. "):
            chosen.append(Candidate(wanted.pop(0), line.clean[3:], line, explicit=False))
    return chosen, lines


def test_a_recommendations_points_are_no_items() -> None:
    # Forvaltningen's recommendation (a dev-write page of Enhedslisten Fanø quoting it): led into by "foreslår, at"
    text = (
        "Forvaltningen foreslår, at\n"
        "1. Orienteringen vedr. klimaindsatsen tages til efterretning\n"
        "2. De ekstraordinære midler fra det tekniske område 500.000 kr. udsættes til 2025\n\n"
        "3. Aftalen om at styrke det folkeoplysende arbejde med 75.000 kr. i 2024 og frem udgår.\n"
    )
    chosen, lines = _candidates(text, ["2", "3"])
    assert [c.number for c in run_gap_items(chosen, lines, flattened=False)] == ["2", "3"]


def test_a_list_a_sentence_leads_into_is_no_item() -> None:
    text = (
        "Sekretariatschef Flemming og konsulent Anja fra Borgerrepræsentationens Sekretariat orienterer om:\n\n"
        "  1. Borgerrepræsentationens Sekretariat og lokaludvalgets formål og rolle i Københavns Kommune.\n"
        "  2. Københavnerinddragelse i Københavns Kommune.\n"
        "  3. Forvaltningssamarbejdet – samarbejdsaftaler og forventninger.\n"
    )
    lines = split_lines(text)
    chosen = [Candidate(str(k), line.clean[3:], line, explicit=False) for k, line in ((2, lines[3]), (3, lines[4]))]
    assert [c.number for c in run_gap_items(chosen, lines, flattened=False)] == ["2", "3"]


def test_a_gap_holding_a_list_started_again_or_another_form_stays_open() -> None:
    text = (
        "1. Godkendelse af referat\n\n2. Budget\nForslaget indeholder:\n\n"
        "1. Nye midler. Der afsættes 2 mio. kr.\n2. Færre midler. Der spares.\n\n"
        "3. Økonomien er i balance. Godkendt.\n\n4. Eventuelt\n"
    )
    chosen, lines = _candidates(text, ["1", "2", "4"])
    assert [c.number for c in run_gap_items(chosen, lines, flattened=False)] == ["1", "2", "4"]
    text = "1. Godkendelse af referat\n\n2) Økonomien er i balance. Godkendt.\n\n3. Eventuelt\n"
    chosen, lines = _candidates(text, ["1", "3"])
    assert [c.number for c in run_gap_items(chosen, lines, flattened=False)] == ["1", "3"]


def test_a_flattened_page_is_not_read() -> None:
    text = "1. Godkendelse af referat\n\n2. Økonomien er i balance. Godkendt.\n\n3. Eventuelt\n"
    chosen, lines = _candidates(text, ["1", "3"])
    assert [c.number for c in run_gap_items(chosen, lines, flattened=False)] == ["1", "2", "3"]
    assert [c.number for c in run_gap_items(chosen, lines, flattened=True)] == ["1", "3"]


def test_a_numbered_sentence_in_a_sectioned_items_text_is_no_item() -> None:
    # minutes whose items hold section headings: a gap's line with none under it is a sentence of the item above
    text = (
        "1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n\n"
        "2. Økonomien er i balance. Der er ingen merudgift.\n\n"
        "3. Eventuelt\n\nBeslutning\n\nIntet.\n"
    )
    chosen, lines = _candidates(text, ["1", "3"])
    assert [c.number for c in run_gap_items(chosen, lines, flattened=False)] == ["1", "3"]
    sectioned = text.replace(
        "Der er ingen merudgift.\n\n", "Der er ingen merudgift.\n\nBeslutning\n\nTaget til efterretning.\n\n"
    )
    chosen, lines = _candidates(sectioned, ["1", "3"])
    assert [c.number for c in run_gap_items(chosen, lines, flattened=False)] == ["1", "2", "3"]


# hoeje-taastrup-menighedsraad-2022-05-12 (dev-write, Høje Taastrup Kirke), as printed (shortened where marked "…"):
# the first item's number written without its space ("1.Godkendelse"), the others with one
CHURCH = (
    "Referat af menighedsrådsmøde torsdag den 12. maj 2022 kl. 17.00\nDeltagere\n"
    "Anna-Grethe Madsen, Henrik Kusk (på teams), Ole Pedersen, Charlotte Slot. Afbud: Jesper Knudsen\n"
    "Dagsorden og beslutning\n1.Godkendelse af dagsorden\nBeslutning: Godkendt\n2. Meddelelser\n"
    "A. Formanden Orientering der kan stilles spørgsmål. PU har godkendt ansøgning vedr. kirkemur.\n"
    "C. Kirkeværge: Intet nyt\n"
    "3. Kirkegårdsvedtægt/takstblad. a. Kirkegårdsvedtægt: Forslag til ny tekst. Bilag\n"
    "b. Takstbladet opdateret. Bilag. … Drøftelse\nog beslutning: Rettelse til § 18, stk. 2. Godkendt med rettelse.\n"
    "4. Alger på kirken. Et tilbud modtaget fra Leif Topsøe. 2. tilbud endnu ikke modtaget. Drøftelse og beslutning: "
    "Enighed om at tage tilbuddet fra Cortex.\n"
    "5. Bænk i haven. Forslag fra Dorte Karpf om at købe en bænk til haven.\n"
)


def test_a_number_printed_without_its_space_is_in_the_runs_form() -> None:
    assert item_numbers(CHURCH) == ["1", "2", "3", "4", "5"]
    assert item_titles(CHURCH)[2:] == ["Kirkegårdsvedtægt/takstblad", "Alger på kirken", "Bænk i haven"]


def test_a_date_or_a_point_without_a_space_is_no_item_past_the_run() -> None:
    # "6.juni …" (a date) and "6.at …" (a recommendation's point) open no title without a space before a capital;
    # a page number before a number, and a recommendation's "At 1)", are no item past the run
    for line in ("6.juni blev bænken leveret.", "6.at bænken købes.", "12 6.Bænk", "At 1) bænken købes."):
        assert item_numbers(f"{CHURCH}{line}\n") == ["1", "2", "3", "4", "5"]
