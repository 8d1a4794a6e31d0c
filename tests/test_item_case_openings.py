"""Items whose headings the page text lost, each opening at its case line right over a main heading
(parse/item_case_openings): dev-write excerpts (Aabenraa Kommune, Assens Kommune, Hedensted Kommune, Skanderborg
Kommune, Aalborg Kommune), each with a near miss that opens no item. The test split is never read."""

from __future__ import annotations

from snippet_items import item_numbers, item_titles, items_with_decisions

from graphbuild.parse.items import find_items
from graphbuild.parse.lines import split_lines

# Aabenraa Kommune, Børne- og Uddannelsesudvalg, 27 March 2023: each item opens at its "Udskriv" button and case line
AABENRAA = """Beslutningsprotokol

mandag den 27. marts 2023 kl. 15:30

Mødested: Aktivitetsrum 2+3, Borgerhuset Tinglev
Udvalg: Børne- og Uddannelsesudvalg
Udskriv hele dagsordnen
 • Udskriv
  Sagsid.: 22/32061, Sagsinitialer: hwj

  Beslutning Børne- og Uddannelsesudvalg den 27-03-2023

  Godkendt.

 • Udskriv
  Sagsid.: 22/32061, Sagsinitialer: hwj

  Beslutning Børne- og Uddannelsesudvalg den 27-03-2023

  -         Dialogmøde med BUPL den 27. marts 2023

  -         Dialogforum med folkeskolerne den 16. marts 2023

 • Udskriv
  Sagsid.: 18/23514, Sagsinitialer: khl

  Sagsfremstilling

  Udvalget orienteres i denne sag om igangværende og kommende byggeprojekter på skole- og daginstitutionsområdet.
"""


def test_each_case_line_over_a_main_heading_opens_an_untitled_item() -> None:
    found = items_with_decisions(AABENRAA)
    assert [(number, title) for number, title, _ in found] == [("", ""), ("", ""), ("", "")]
    assert found[0][2] == "Godkendt."  # its decision read as any item's


def test_a_list_point_over_the_next_case_line_is_the_decision_not_a_title() -> None:
    # "- Dialogforum med folkeskolerne …" ends item 2's decision: no title of item 3
    assert "Dialogforum med folkeskolerne den 16. marts 2023" not in item_titles(AABENRAA)


def test_a_title_over_each_case_line_keeps_the_titleditems_with_decisions() -> None:
    titled = AABENRAA.replace(" • Udskriv\n", "\nGodkendelse af dagsorden\n\n • Udskriv\n", 1)
    second = (
        " • Udskriv\n  Sagsid.: 22/32061, Sagsinitialer: hwj\n\n"
        "  Beslutning Børne- og Uddannelsesudvalg den 27-03-2023\n\n  -"
    )
    titled = titled.replace(second, "Meddelelser\n\n" + second)
    titled = titled.replace(" • Udskriv\n  Sagsid.: 18/23514", "Byggeprojekter\n\n • Udskriv\n  Sagsid.: 18/23514")
    assert item_titles(titled) == ["Godkendelse af dagsorden", "Meddelelser", "Byggeprojekter"]


# Hedensted Kommune, Kommunalbestyrelsen, 26 November 2025: "Sagsnr.:" lines over "Beslutningstema", no blank lines
HEDENSTED = """Kommunalbestyrelsen - Dagsordener og referater
Se dagsordener og referater fra Kommunalbestyrelsens møder.
Udvalg: Kommunalbestyrelsen 2022-2025
Mødedato: 26. november 2025 16:00
Mødested: Rådhussalen, Juelsminde Rådhus
Sagsnr.: 00.00.00-P35-34-24
Beslutningstema
Mødets deltagere/fraværende noteres her.
Sagsnr.: 13.03.00-Ø60-7-25
Beslutningstema
Kommunalbestyrelsen skal tage stilling til en ansøgning om kommunal lånegaranti på 14,8 mio. kr. til Løsning \
Fjernvarme i forbindelse med opførelse af en ny administrationsbygning.
Økonomi
"""


def test_a_sections_first_line_over_the_next_case_line_is_no_title() -> None:
    assert item_titles(HEDENSTED) == ["", ""]


# Skanderborg Kommune, Byrådet, 26 May 2021: "Sagsnr.:" over "Beslutning" and over "Resume"
SKANDERBORG = """Referat
Udvalg: |
Byrådet |
Sagsnr.: 00.01.00-G00-2-21
Beslutning
Dagsordenen blev godkendt.
Sagsnr.: 88.00.00-P22-1-21
Resume
Hermed fremlægges forslag til ny Indkøbs- og udbudspolitik i Skanderborg Kommune.
Sagsfremstilling
Økonomiudvalget har besluttet, at der skal foretages en revidering af den nuværende Indkøbs- og udbudspolitik.
"""


def test_case_number_lines_open_items_and_keep_their_case_numbers() -> None:
    items, _ = find_items(SKANDERBORG, split_lines(SKANDERBORG))
    assert [(item.number, item.title) for item in items] == [("", ""), ("", "")]
    assert items[1].section("resume") is not None


def test_a_case_number_quoted_over_prose_opens_no_item() -> None:
    quoted = SKANDERBORG.replace(
        "Økonomiudvalget har besluttet",
        "Sagen blev behandlet under\nSagsnr.: 88.00.00-P22-1-19\nØkonomiudvalget har besluttet",
    )
    assert item_numbers(quoted) == ["", ""]  # the quoted case line is item 2's text


# Aalborg Kommune, Udsatterådet, 12 March 2025: each item opens at its access mark, "Åben", over "Beslutning"
AALBORG = """Udsatterådet 12. marts 2025

Åben
Beslutning
Dagsorden godkendes

Åben
Beslutning
Bjarke er stoppet som sekretær for Udsatterådet, og Christina Alberg Hahn overtager hans plads.

Åben
Beslutning
Der er enighed om, at de tilstedeværende to rådsmedlemmer sagtens kan tage stilling til punktet.
"""


def test_an_access_mark_over_a_main_heading_opens_an_item_under_a_running_head() -> None:
    assert item_titles(AALBORG) == ["", "", ""]


def test_items_opening_two_ways_are_no_run_of_item_bodies() -> None:
    mixed = AALBORG.replace("Åben\nBeslutning\nBjarke", "Sagsnr.: 25/1234\nBeslutning\nBjarke")
    assert item_titles(mixed) == []


# Assens Kommune, Byrådet, 13 December 2017: the case line's value lost, "• Sagsid.:" alone
ASSENS = """Referat

Onsdag den 13. december 2017 kl. 17:00

Mødested: Byrådssalen
Udvalg: Byrådet
 • Sagsid.:

  Sagsfremstilling

  Dagsordenen godkendt.

  Beslutning Byrådet den 13-12-2017

  Dagsordenen godkendt.

 • Sagsid.:

  Sagsfremstilling

  Valg af borgmester for funktionsperioden 1. januar 2018 – 31. december 2021.

  Beslutning Byrådet den 13-12-2017

  Søren Steen Andersen, V blev valgt.
"""


def test_a_case_label_whose_value_was_lost_still_opens_an_item() -> None:
    found = items_with_decisions(ASSENS)
    assert [(number, title) for number, title, _ in found] == [("", ""), ("", "")]
    assert found[1][2] == "Søren Steen Andersen, V blev valgt."


def test_a_case_label_in_a_sentence_opens_no_item() -> None:
    sentence = ASSENS.replace(" • Sagsid.:\n\n  Sagsfremstilling\n\n  Valg", " Sagsid.: se sagen fra 2017.\n\n  Valg")
    assert len(item_titles(sentence)) == 1


# Assens Kommune, Byrådet, 25 October 2017: the first item's decision ends in a short line over the next case line
ASSENS_COUNCIL = """Referat

Onsdag den 25. oktober 2017 kl. 17:00

Mødested: Byrådssalen
Udvalg: Byrådet
Medlemmer: Søren Steen Andersen, Dan Gørtz, Lars Kristian Pedersen
  • Sagsid.:

    Beslutning Byrådet den 25-10-2017

    Forslaget var herefter vedtaget.

    Dagsordenen, dog ikke punkt 8, jf. oven for, med tillægsdagsorden godkendt

  • Sagsid.: 17/21413

    Indstilling

    Kommunaldirektøren indstiller, at vedtægtsændringerne for Haarby Kraft-Varme A.m.b.a. godkendes.

    Beslutningstema

    Godkende forslag til ændringer af vedtægter for Haarby Kraft-Varme A.m.b.A

    Beslutning Byrådet den 25-10-2017

    Godkendt.
"""


def test_a_decision_line_over_a_later_case_line_is_no_title_where_the_first_has_none() -> None:
    found = items_with_decisions(ASSENS_COUNCIL)
    assert [(number, title) for number, title, _ in found] == [("", ""), ("", "")]
    assert found[0][2] is not None and found[0][2].endswith("med tillægsdagsorden godkendt")
    assert found[1][2] == "Godkendt."


def test_a_title_before_the_first_case_line_keeps_the_readersitems_with_decisions() -> None:
    titled = ASSENS_COUNCIL.replace("  • Sagsid.:\n", "\n1. Godkendelse af dagsorden\n\n  • Sagsid.:\n", 1)
    assert "" not in item_titles(titled)
