"""Items numbered "N) Titel" on a page a text layer ran onto one line (issue 12 items 2 and 3): three or more "N)" marks
numbered up by one, an item's text after a title, are cut apart and read as ``item_parenthesised_runs`` reads such
lines. Snippets of dev-write minutes (KIF Gymnastik, Børne- og Kulturchefforeningen Region Hovedstaden, Dansk Selskab
for Klinisk Farmakologi) flattened as a PDF-to-text step prints them, quoted as printed and shortened where marked "…".
Near misses: Aarhus Byråd's recommendation "At 1) … At 2) … At 3) …", an agenda's list of titles alone (Naturstyrelsen's
Skovråd, left to the contents reader), a bracketed "(1)" and a run of two."""

from __future__ import annotations

from graphbuild.parse.item_parenthesised_flat import parenthesised_cuts
from graphbuild.parse.lines import split_lines
from tests.snippet_items import item_numbers, item_titles

KIF = (
    "1 Referat, generalforsamling 2020 Referat, generalforsamling 2020 Søndag den 25. oktober 2020 Kl. 1330 i "
    "Karlslunde Idrætscenter, Hal 1 Dagsorden: 1) Valg af dirigent Bestyrelsen havde valgt at invitere en ekstern "
    "person, Søren Gøtzsche tidligere DIF, til at varetage dirigentposten. Søren blev valgt med applaus. Søren takkede "
    "for invitationen og præsenterede kort sig selv. Dirigenten kunne konstatere at generalforsamlingen var indkaldt "
    "med lovligt varsel, i overensstemmelse med Paragraf 7. 2) Valg af stemmetællere Der var brug for 2 "
    "stemmetællere, Lone og Aksel blev valgt til stemmetællere. 3) Formandens beretning Formanden fremlagde "
    "beretningen. Et medlem udtrykte glæde over at projektet medudbygning af Hal 3 er kommet godt i hus. Spørgsmål fra "
    "salen blev besvaret. Herefter kunne dirigenten konstatere ved håndsoprækning at generalforsamlingen godkendte "
    "formandens beretning. 4) Regnskabet fremlægges til godkendelse Kassereren præsenterede kort sig selv og "
    "informerede om at regnskabet var blevet uddelt.\n"
)

DSKF = (
    "1 Referat af virtuelt DSKF bestyrelsesmøde d. 9/12-21 Tilstede: Henrik Horwitz, Samuel Azuz, Louisa Exner, "
    "Kenneth Skov, Niels Herluf Paulsen, Rasmus Huan Olsen, Marie Bach, Casper Kierulf Lassen (referent). Afbud: "
    "Sidsel Arnspang Pedersen 1) DSF’s Årsmøde. Marie fremlægger det forventede program for DSKF’s oplæg til "
    "Årsmødet. Der laves aftaler om koordinering med foredragsholdere. 2) Nyt bestyrelsesmedlem i DSF. Zandra Nymand "
    "Ennis ønsker at udtræde. Kenneth er fuld medlem, Maija Hastrup er suppleant. 3) Hjemmeside. Der er behov for at "
    "udvalgte medlemmer af bestyrelsen selv kan redigere og holde selskabetes hjemmeside opdateret. Lige nu er det "
    "Peter Skov Esbech, der er behjælpelig. Under samme punkt diskuteres ligeledes vores mailsystem. 4) Årsmøde. Det "
    "diskuteres, hvornår skal det afholdes?\n"
)

AARHUS = (
    "1 Etablering af Multihus Hjortshøj Der tages forbehold for myndighedsgodkendelse af anlægsprojektet. Indstilling "
    "Det indstilles: At 1) Kultur og Borgerservice i 2019 stiller en kommunegaranti til et nyt multihus i Hjortshøj "
    "til et lån på op til 13,5 mio. kr. At 2) Børn og Unge i forbindelse med projektet indgår en vederlagsfri "
    "30-årig grundlejeaftale med Fonden Multihus Hjortshøj. At 3) Børn og Unge overfører 5,7 mio. kr. til Kultur og "
    "Borgerservice i form af Børn og Unges tilskud til etablering af idrætsfaciliteter ved Virupskolen.\n"
)

SKOVRAAD = (
    "2 Dagsorden: 1) Præsentationsrunde 2) Godkendelse af dagsorden 3) Godkendelse af referat fra mødet den 30. "
    "oktober ) Orientering fra Naturstyrelsen (ca. kl ) 5) Seneste nyt om naturpakken (ca. kl ) 6) Drøftelse af "
    "notat om virkemidler til fremme af biodiversitet i skov (ca. kl ) kort pause og kaffe og kage (ca. kl )"
)


def test_a_flattened_run_of_parenthesised_items_with_their_text() -> None:
    assert item_numbers(KIF) == ["1", "2", "3", "4"]
    assert item_titles(KIF) == [
        "Valg af dirigent",
        "Valg af stemmetællere",
        "Formandens beretning",
        "Regnskabet fremlægges til godkendelse",
    ]


def test_titles_ending_in_a_full_stop_before_their_text() -> None:
    assert item_numbers(DSKF) == ["1", "2", "3", "4"]
    assert item_titles(DSKF)[1:] == ["Nyt bestyrelsesmedlem i DSF", "Hjemmeside", "Årsmøde"]


def test_a_recommendation_s_points_are_no_items() -> None:
    assert parenthesised_cuts(split_lines(AARHUS), [0]) == {}


def test_an_agenda_s_titles_alone_are_left_whole() -> None:
    assert parenthesised_cuts(split_lines(SKOVRAAD), [0]) == {}


def test_a_bracketed_number_and_a_run_of_two_are_no_run() -> None:
    text = (
        "1 Referat (1) Godkendelse af dagsorden " + "tekst " * 40 + "2) Meddelelser " + "tekst " * 40 + "3) Eventuelt"
    )
    assert parenthesised_cuts(split_lines(text), [0]) == {}
