"""Items of plain minutes under short headings set apart over paragraphs (item_prose_headings), and the route
grid's empty cells between an unnumbered item's title and its first heading (item_unnumbered)."""

from __future__ import annotations

from snippet_items import item_titles

from graphbuild.parse.item_prose_headings import prose_headed_items
from graphbuild.parse.lines import split_lines

# modelled on loerslev-landsbyraadet-2007-11-22 (dev-write): a village council's minutes, a word over each paragraph
VILLAGE = (
    "Referat 22. november 2007\n\nReferat af mødet 22.11.07\n\nVedtægter.\n\n"
    "Disse blev gennemgået, og sekretæren blev pålagt at udarbejde de nødvendige ændringer og fremlægge disse på "
    "årsmødet i maj 2008.\nValg.\n\n"
    "Der blev vedtaget at nedsætte et forretningsudvalg bestående af formand, kasserer og sekretær. Sekretæren "
    "lovede at få udarbejdet en komplet adresseliste over landsbyrådets medlemmer.\n\nFremtiden.\n\n"
    "Landsbyrådet stiller sig positiv overfor et øget samarbejde med Ilbro-området. Forretningsudvalget vil "
    "arbejde videre med sagen.\n"
)

# odsherred-aeldreraadet-2023-06-28 (dev-write): a council's news page with its meeting's minutes
COUNCIL_NEWS = (
    "Nyt fra Ældrerådet juli 2023\n\nHer kan du læse referat af møde i Ældrerådet den 28. juni 2023\n\n"
    "Møde med formanden for Trivsels-, Sundheds- og Forebyggelsesudvalget (TSF)\n\n"
    "Ældrerådet havde inviteret byrådsmedlem og formand for TSF, Julie Jacobsen, til ældrerådsmødet med henblik "
    "på at fortælle om arbejdet i Ældrerådet. Ældrerådet gav udtryk for, at man fremover ønskede mere kontakt.\n\n"
    "Øvrigt\n\n"
    "Ældrerådet besluttede at invitere borgerrådgiver Louise Stidsen til et kommende ældrerådsmøde, blandt andet "
    "for at drøfte hendes årsrapport.\n"
)

# modelled on varme8350-bestyrelse-2011-10-18 (dev-write): a heating plant's board, headings ending in a colon
BOARD = (
    "Referat af bestyrelsesmøde\n\nDeltagere: Heimo Dalsgaard, Lars Wahlqvist, Jens Nielsen\n\n"
    "Referat fra sidste møde:\n\nReferatet fra sidste møde blev godkendt.\n\n"
    "Daglig drift:\n\nIntet unormalt at bemærke – værket kører som det skal.\n\n"
    "Næste møde:\n\nEr ikke fastlagt, men bliver i løbet af november måned.\n"
)


def test_a_word_over_each_paragraph_is_an_item() -> None:
    assert item_titles(VILLAGE) == ["Vedtægter", "Valg", "Fremtiden"]


def test_short_lines_set_apart_over_prose_are_items() -> None:
    assert item_titles(COUNCIL_NEWS) == [
        "Møde med formanden for Trivsels-, Sundheds- og Forebyggelsesudvalget (TSF)",
        "Øvrigt",
    ]


def test_headings_ending_in_a_colon_over_prose_are_items() -> None:
    assert item_titles(BOARD) == ["Referat fra sidste møde", "Daglig drift", "Næste møde"]


def test_headings_that_name_no_standing_item_are_no_items() -> None:
    # a page's headings over paragraphs, none an agenda's standing item ("Valg", "Øvrigt", "Næste møde" ...)
    text = VILLAGE.replace("Valg.", "Formandskab.")
    assert item_titles(text) == []
    assert item_titles(COUNCIL_NEWS.replace("Øvrigt", "Kommende teaterstykke")) == []


def test_a_text_that_names_no_meeting_has_no_such_items() -> None:
    assert item_titles(COUNCIL_NEWS.replace("referat af møde i", "om")) == []


def test_one_heading_alone_is_no_list_of_items() -> None:
    assert item_titles(COUNCIL_NEWS.split("Øvrigt")[0]) == []


def test_labels_over_lists_of_names_are_no_items() -> None:
    # rsyd-vaekstforum-2006-05-04 (dev-write): "Til stede på mødet var" and "Afbud" over bulleted names
    text = (
        "Beslutningsreferat 4. maj 2006 (Vækstforum)\n\nTil stede på mødet var\n\n"
        " • Formand for sammenlægningsudvalg Tove Larsen (S), Aabenraa Kommune\n"
        " • Borgmester Jan Boye (K), Odense Kommune\n\nAfbud\n\n"
        " • Adm. direktør Birthe Skovgård, BS-Pleje\n\nDerudover deltog\n\n"
        " • Kontorchef Henrik Lodberg, Erhvervs- og Byggestyrelsen.\n"
    )
    assert item_titles(text) == []


def test_header_labels_ending_in_a_colon_are_no_items() -> None:
    text = (
        "Referat\n\nMødested:\n\nMødet blev holdt i klubhuset, som var pænt fyldt.\n\n"
        "Referent:\n\nReferatet skrives af sekretæren og sendes ud.\n\n"
        "Økonomi\n\nRegnskabet blev gennemgået og godkendt.\n"
    )
    assert item_titles(text) == []


def test_a_portals_section_headings_are_no_items() -> None:
    # stevns-handicapraad-2021-08-19 (dev-write): the items' titles lost, their sections' headings left
    text = (
        "Referat\n\nTorsdag d. 19 august 2021, kl. 16:00\n\nResume\n\nHandicaprådet skal godkende dagsordenen.\n\n"
        "Beslutning\n\nDagsordenen blev godkendt.\n\nBeskrivelse af sagen\n\nGodkendelse af dagsorden.\n"
    )
    assert item_titles(text) == [""]  # one item opening at "Resume" (item_section_cycles), its headings no titles


def test_a_title_over_a_route_grid_with_empty_cells_is_an_item() -> None:
    # herning-aeldreraadet-2014-09-10 (dev-write): a portal's grid of committees, one cell a line, most empty
    grid = "\n".join(["DIR", "FOU", "BFU", "SOS", "BSK", "KFU", "BYP", "TMU", "ØKE", "BYR"] + [" "] * 10)
    text = (
        f"Udvalg: Ældrerådet\nMødedato: 10. september 2014\n\nGodkendelse af referat fra sidste møde\n\n{grid}\n\n"
        " \n\nØvrige sagsbehandlere: -\n\nSagsresume\n\nGodkendelse af referatet.\n\nBeslutning\n\nGodkendt.\n\n"
        f"Temadrøftelse om plejecentre\n\n{grid}\n\nSagsresume\n\nOplæg til drøftelse.\n\nBeslutning\n\nDrøftet.\n"
    )
    assert item_titles(text) == ["Godkendelse af referat fra sidste møde", "Temadrøftelse om plejecentre"]


def test_a_partys_letter_over_a_heading_is_no_item() -> None:
    # aabenraa-konstituerende-byraad-2017-12-06 (dev-write): a member list's party letter over "Indstilling"
    text = (
        "Referat\n\nJens Bundgaard Nielsen\n\nØ\n\nIndstilling\n\nSekretariatet indstiller, at valget foretages.\n\n"
        "Beslutning\n\nGodkendt.\n"
    )
    assert "Ø" not in item_titles(text)
    assert item_titles(text.replace("\nØ\n", "\nValg af formand\n")) == ["Valg af formand"]


# loerslev-landsbyraadet-2007-11-22 (dev-write), as printed: a sentence that leads into a list of posts under "Valg."
VILLAGE_ELECTION = (
    "Referat 22. november 2007\n\nReferat af mødet 22.11.07\n\nVedtægter.\n\n"
    "Disse blev gennemgået, og sekretæren blev pålagt at udarbejde de nødvendige ændringer og fremlægge disse på "
    "årsmødet i maj 2008.\nValg.\n\n"
    "Der blev vedtaget at nedsætte et forretningsudvalg bestående af formand, kasserer og sekretær. Til disse poster "
    "valgtes for perioden indtil årsmødet i maj 2008 :\nFormand : Kent Budolfsen\nKasserer : Poul Sørensen\n"
    "Sekretær : Jens Chr. Larsen\n\nFremtiden.\n\n"
    "Landsbyrådet stiller sig positiv overfor et øget samarbejde med Ilbro-området i et forsøg på at gøre hele vores "
    "område mere tiltrækkende for nye beboere.\n"
)

# varme8350-bestyrelse-2011-10-18 (dev-write), as printed: the board's initials over the minutes, a remark closing
# the paragraph under "Økonomi:"
BOARD_REMARK = (
    "Referat af bestyrelsesmøde\n\nHeimo Dalsgaard – HD\nLars Wahlqvist – LW\nJens Nielsen – JN\n"
    "Michael Kock – MK (afbud)\n\n"
    "Referat fra sidste møde:\n\nHD kunne i sin egenskab af sekretærvikar konstatere, at referatet fra sidste møde "
    "blev godkendt.\n\nØkonomi:\n\n"
    "Økonomien ”ser ud som sidste år” (sekretæren lover at dette emne uddybes i næste referat)\n\n"
    "Næste møde:\n\nEr i skrivende stund ikke fastlagt, men engang i løbet af november måned 2011 vil det løbe af "
    "stablen.\n"
)


def test_a_paragraph_that_leads_into_a_list_is_prose() -> None:
    assert item_titles(VILLAGE_ELECTION) == ["Vedtægter", "Valg", "Fremtiden"]


def test_a_paragraph_closed_by_a_remark_in_brackets_is_prose() -> None:
    assert item_titles(BOARD_REMARK) == ["Referat fra sidste møde", "Økonomi", "Næste møde"]


def test_a_list_of_names_with_a_note_is_no_paragraph() -> None:
    # the first name over the board's initials, its last a note in brackets: no prose, so no heading
    assert "Heimo Dalsgaard – HD" not in item_titles(BOARD_REMARK)
    # a short note closing a paragraph of names is no sentence's remark
    names = BOARD_REMARK.replace(
        "Økonomien ”ser ud som sidste år” (sekretæren lover at dette emne uddybes i næste referat)",
        "Karl Anker Jensen – KAJ\nBjarne Pedersen – BP (afbud)",
    )
    assert "Økonomi" not in item_titles(names)


def test_a_list_of_posts_with_no_sentence_is_no_paragraph() -> None:
    # the sentence before the posts left out: "Valg." over names and posts alone ("Jens Chr. Larsen": a name's
    # abbreviation, no sentence's end)
    start = VILLAGE_ELECTION.index("Der blev vedtaget")
    posts = VILLAGE_ELECTION[:start] + VILLAGE_ELECTION[VILLAGE_ELECTION.index("Formand :") :]
    assert "Valg" not in item_titles(posts)


def test_dates_page_numbers_and_points_over_prose_are_no_items() -> None:
    # a date alone, a page number and a recommendation's point over a paragraph that leads into a list
    lead_in = "Der blev vedtaget at nedsætte et udvalg. Til disse poster valgtes :\nFormand : Kent Budolfsen\n"
    for heading in ("Torsdag den 22. november 2007", "3", "At 1) udvalget godkender"):
        text = VILLAGE_ELECTION.replace("Fremtiden.\n\n", f"{heading}\n\n{lead_in}\n")
        assert heading not in item_titles(text)


# The same pages as a page's text with no blank line prints them (each block on a line of its own, one line break
# between): a heading is set apart by the paragraph above it ending its sentence, its paragraph the line under it
def _unbroken(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if line.strip()) + "\n"


def test_on_a_page_with_no_blank_line_a_word_over_each_paragraph_is_an_item() -> None:
    assert item_titles(_unbroken(VILLAGE)) == ["Vedtægter", "Valg", "Fremtiden"]


def test_on_a_page_with_no_blank_line_short_lines_over_prose_are_items() -> None:
    assert item_titles(_unbroken(COUNCIL_NEWS)) == [
        "Møde med formanden for Trivsels-, Sundheds- og Forebyggelsesudvalget (TSF)",
        "Øvrigt",
    ]


def test_on_a_page_with_no_blank_line_headings_ending_in_a_colon_are_items() -> None:
    # "Daglig drift:" under "Referatet fra sidste møde blev godkendt.", a paragraph that ends its sentence
    assert item_titles(_unbroken(BOARD)) == ["Referat fra sidste møde", "Daglig drift", "Næste møde"]


def _prose_headings(text: str) -> list[str]:
    return [candidate.title.rstrip(":") for candidate in prose_headed_items(split_lines(text), set())]


def test_on_a_page_with_no_blank_line_a_line_inside_a_paragraph_is_no_heading() -> None:
    # "Økonomi" under a line that runs on without ending its sentence: a line of the paragraph above, no heading
    text = _unbroken(BOARD).replace(
        "Intet unormalt at bemærke – værket kører som det skal.\n",
        "Intet unormalt at bemærke – værket kører som det skal.\nVi drøftede kort, hvad der skal ske med\n"
        "Økonomi\nDer er ikke noget nyt at sige om økonomien siden sidste møde.\n",
    )
    assert _prose_headings(text) == ["Referat fra sidste møde", "Daglig drift", "Næste møde"]


def test_on_a_page_with_no_blank_line_a_heading_over_a_shorter_line_is_none() -> None:
    # "Næste møde:" over "Intet.", shorter than itself: no paragraph of prose under it
    text = _unbroken(BOARD).replace("Er ikke fastlagt, men bliver i løbet af november måned.", "Intet.")
    assert _prose_headings(text) == ["Referat fra sidste møde", "Daglig drift"]
