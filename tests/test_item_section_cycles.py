"""Items whose headings and case lines the page text both lost, each opening at the kind of main heading the text
opens with (parse/item_section_cycles): dev-write excerpts (Stevns Kommune, Kolding Kommune, Svendborg Kommune), each
with a near miss that opens no item. The test split is never read."""

from __future__ import annotations

from snippet_items import item_titles

from graphbuild.parse.items import find_items
from graphbuild.parse.lines import split_lines

# Stevns Kommune, Handicapråd, 19 August 2021: "Resume" / "Indstilling" / "Beslutning" / … for each item
STEVNS = """Referat
Torsdag d. 19 august 2021, kl. 16:00
MødestedRådssalen
UdvalgHandicapråd
Bemærkninger
Deltog ikke: Philip G. Nielsen, Jacob Panton Kristiansen og Henning Urban Dam Nielsen.
Resume
Handicaprådet skal godkende dagsordenen.
Indstilling
Sundhed & Omsorg indstiller til Handicaprådet, at
 1. godkende dagsordenen.
Beslutning
Deltog ikke: Philip G. Nielsen, Jacob Panton Kristiansen og Henning Urban Dam Nielsen.
Dagsordenen blev godkendt.
Beskrivelse af sagen
Godkendelse af dagsorden.
Økonomiske konsekvenser og finansiering
Ikke relevant for sagen.
Resume
Lederen af Stevns Ejendomme vil orientere Handicaprådet om handicapadgang i de kommunale ejendomme.
Indstilling
Teknik & Miljø indstiller til Handicaprådet, at
 1. drøfte tilgængelighed og handicapadgang i de kommunale ejendomme
 2. tage orienteringen til efterretning.
Beslutning
Orienteringen blev taget til efterretning.
"""


def test_each_return_of_the_first_main_heading_opens_an_untitled_item() -> None:
    items, _ = find_items(STEVNS, split_lines(STEVNS))
    assert [(item.number, item.title) for item in items] == [("", ""), ("", "")]
    decisions = [item.section("beslutning") for item in items]
    assert decisions[0] is not None and "Dagsordenen blev godkendt." in decisions[0].text
    assert decisions[1] is not None and "Orienteringen blev taget til efterretning." in decisions[1].text


def test_a_title_over_each_first_heading_keeps_the_titled_items() -> None:
    titled = STEVNS.replace("Resume\nHandicaprådet", "\nGodkendelse af dagsorden\n\nResume\nHandicaprådet").replace(
        "Resume\nLederen", "\nOrientering om tilgængelighed\n\nResume\nLederen"
    )
    assert "" not in item_titles(titled)


# Kolding Kommune, Byrådet, 23 June 2014: one item, two bodies' dated decisions under its "Resumé"
KOLDING = """Dagsorden
Mandag 23. jun 2014 kl. 17:00
Byrådet
Byrådssalen
Referat
Resumé
Ansøgning om anlægsbevilling til projekt nr. 4699 Lindegade 26, Christiansfeld.
Sagen behandles i
Plan- og Boligudvalget, Økonomiudvalget og Byrådet.
Sagsfremstilling
Det ansøgte nettorådighedsbeløb er indarbejdet i budget 2014.
Beslutning Plan- og Boligudvalget den 10-06-2014
Indstilles til godkendelse.
Beslutning Økonomiudvalget den 16-06-2014
Indstilles til godkendelse.
"""


def test_a_page_of_one_item_body_has_one_untitled_item() -> None:
    assert item_titles(KOLDING) == [""]


def test_a_first_heading_that_comes_back_alone_opens_no_item() -> None:
    # the decisions first: "Beslutning Byrådet", "Beslutning Plan- og Boligudvalget", … with no other heading between
    decisions_first = KOLDING.replace("Resumé\nAnsøgning", "Beslutning Byrådet den 23-06-2014\nGodkendt.\nAnsøgning")
    assert item_titles(decisions_first.replace("Sagsfremstilling\n", "")) == []


# Svendborg Kommune, Økonomiudvalget, 19 August 2025: an agenda of one item, "Beslutningstema" / "Indstilling" / …
SVENDBORG = """Økonomiudvalget
Dagsorden • 19. august 2025 kl. 15.30
Indhold
Beslutningstema
Budgetnotat Budget 2026-2029 som grundlag for direktionens forslag til 1. behandling.
Temaer til budgetborgermødet 11.9.2025.
Indstilling
Direktionen indstiller til Økonomiudvalget, at
- Temaer til budgetborgermødet 11. september 2025 fastlægges.
Sagsfremstilling
Budgetnotatet sammenfatter kommunens økonomi.
"""


def test_an_item_opening_at_its_beslutningstema_has_no_title_read_from_it() -> None:
    assert item_titles(SVENDBORG) == [""]


def test_a_page_with_one_main_heading_has_no_item() -> None:
    assert item_titles(SVENDBORG.split("Indstilling\n")[0]) == []


# Kolding Kommune, Økonomi og Strategi, 14 March 2022: the excerpt ends inside the second item, under its "Resumé"
KOLDING_CUT = """Dagsorden
Mandag 14. mar 2022 kl. 07:45
Økonomi og Strategi
Borgmesterens mødelokale
Referat
Resumé
Birgitte Munk Grunnet, Villy Søvndal og Merete Due Paarup foreslår følgende:
Sagen behandles i
Økonomi og Strategi.
Beslutning Økonomi og Strategi den 14-03-2022
Sagen sendes til direktionen med henblik på at få udarbejdet et forslag til en proces og et kommissorium.
Resumé
I budget 2016 og budget 2021 var der ved den sidste opfølgning i 2021 stadig 4 bevillingsnoter, der manglede at
"""


def test_the_last_item_cut_by_the_excerpt_is_still_an_item() -> None:
    items, _ = find_items(KOLDING_CUT, split_lines(KOLDING_CUT))
    assert [(item.number, item.title) for item in items] == [("", ""), ("", "")]
    # the heading the item opens at is its first section: the cut item's text is its Resumé, no decision
    assert [section.kind for section in items[1].sections] == ["resume"]
    assert items[1].section("beslutning") is None
    assert items[0].sections[0].kind == "resume" and items[0].section("beslutning") is not None


def test_a_first_item_of_one_kind_of_heading_opens_none_though_the_last_is_cut() -> None:
    # "Resumé" alone over the first item's text: no run of alike item bodies, whatever the cut last item holds
    first_alone = KOLDING_CUT.replace("Beslutning Økonomi og Strategi den 14-03-2022\n", "")
    assert item_titles(first_alone) == []
