"""A list's last name on a flattened line with the next heading's or sentence's capitalised first word run on after
it ("Fraværende: Morten Weiss-Pedersen Åbne sager Lukkede sager"): the word is not the name's when the name before it
already ends in a surname and lower-case words that are no note on the name and no verb follow it
(``parse.attendance_heading_after_surname``); before, the word was read as one more surname and the entry dropped.
Excerpts from dev-write documents as a PDF's text layer flattens them (middelfart-oekonomiudvalget-2019-04-30,
odsherred-integrationsraadet-2015-12-10-punkt-66, ringkoebing-skjern-byraadet-2019-05-21), near misses from
frederiksberg-kommunalbestyrelsen-2020-11-16 and a known surname."""

from __future__ import annotations

from snippet_attendance import attendance_statuses

from graphbuild.parse.attendance_heading_after_surname import heading_after_surname
from graphbuild.parse.attendance_names import read_name

_MIDDELFART = (
    "Mødetid: 30. april 2019 kl. 15:00 Tilstede: Mikkel Dragmose-Hansen Kaj Johansen Regitze Tilma John Kruse "
    "Johannes Lundsfryd Jensen Karin Riishede Anni B. Tyrrestrup Steen Dahlstrøm Fraværende: Morten Weiss-Pedersen "
    "Åbne sager Lukkede sager 209. Omdannelse til sommerhusområde 210. Jorderhvervelse og Lokalplanlægning 211. Køb af "
    "ejendom ÅBNE SAGER\n\nArrangementerne skal være åbne for deltagelse af alle borgere og turister\n"
)
_ODSHERRED = (
    "Beslutning fra Integrationsrådet Dato: 10. december 2015 Sted: Café Lulu, Algade 25, 4500 Nykøbing Sj. "
    "Fraværende: Burkhard Sievers, Jette Isling, Johnny Henriksen, Nancy H. K. Sørensen Forslag om lørdag den 9. april "
    "2016 samt forslag om, at Integrationsrådet møde den 7. april 2016 aflyses.\n"
)
_RINGKOEBING = (
    "Deltagere • Hans Østergaard • Helge Albertsen • Bjarne Svendsen • Iver Enevoldsen • Jesper Lærke • Jørgen Rabjerg "
    "• Jørgen Byskov Fraværende • Svend Boye Thomsen • Kristian Bøgsted Kopier link til punktet - Print 1: Spørgetid i "
    "Byrådet Sagsnr: Sagsfremstilling\n"
)


def test_the_absent_members_name_ends_before_the_run_on_heading() -> None:
    statuses = attendance_statuses(_MIDDELFART)
    assert statuses.get("Morten Weiss-Pedersen") == "absent"
    assert "Morten Weiss-Pedersen Åbne" not in statuses
    assert statuses.get("Steen Dahlstrøm") == "present"


def test_the_last_comma_entry_keeps_its_name_before_a_sentence() -> None:
    statuses = attendance_statuses(_ODSHERRED)
    assert statuses.get("Nancy H. K. Sørensen") == "absent"
    assert statuses.get("Burkhard Sievers") == "absent"


def test_a_bulleted_lists_last_name_before_the_pages_link() -> None:
    statuses = attendance_statuses(_RINGKOEBING)
    assert statuses.get("Kristian Bøgsted") == "absent"
    assert "Kristian Bøgsted Kopier" not in statuses


def test_read_name_stops_before_the_heading_word() -> None:
    hit = read_name(_ODSHERRED, _ODSHERRED.index("Nancy"))
    assert hit is not None and hit.name == "Nancy H. K. Sørensen"


def test_a_verb_after_an_unknown_surname_keeps_it() -> None:
    # near miss: the sentence's verb after the name ("Løcke foreslår") says the word before it is the surname
    text = "Kommunalbestyrelsesmedlemmerne Gunvor Wibroe, Sine Heltberg og Malte Hansen Løcke foreslår, at"
    stop = text.index("Løcke") + len("Løcke")
    assert not heading_after_surname(text, "Løcke", "Hansen", stop, len(text))
    hit = read_name(text, text.index("Malte"))
    assert hit is not None and hit.name == "Malte Hansen Løcke"


def test_a_known_surname_a_genitive_or_a_first_name_before_is_kept() -> None:
    # near misses: a surname the list knows ("Lassen"), a surname's genitive ("Jensens udtræden"), and a word after a
    # first name ("Anne Marie Ronex"), which may be the surname
    text = "Afbud: Bjarne Lindqvist Lassen møde"
    assert not heading_after_surname(text, "Lassen", "Lindqvist", len(text) - 5, len(text))
    text = "Steen Colberg Jensens udtræden"
    assert not heading_after_surname(text, "Jensens", "Colberg", len(text) - 9, len(text))
    text = "Afbud: Anne Marie Ronex hele dagen"
    assert not heading_after_surname(text, "Ronex", "Marie", text.index("Ronex") + 5, len(text))


def test_a_word_before_a_verb_shaped_word_needs_its_lower_case_twin() -> None:
    # "Åbne sager": "sager" could be a verb ("-r"), so the word goes only when the document writes "åbne" in lower case
    text = "Fraværende: Morten Weiss-Pedersen Åbne sager Lukkede sager"
    stop = text.index("Åbne") + 4
    assert not heading_after_surname(text, "Åbne", "Weiss-Pedersen", stop, len(text))
    text += "\nArrangementerne skal være åbne for alle"
    assert heading_after_surname(text, "Åbne", "Weiss-Pedersen", stop, len(text))


def test_a_note_word_after_the_name_keeps_it() -> None:
    # near miss: "deltog" after the name is a note on the person, whatever the word before it
    text = "Afbud: Morten Weiss-Pedersen Åbne deltog ikke"
    assert not heading_after_surname(text, "Åbne", "Weiss-Pedersen", text.index("Åbne") + 4, len(text))
