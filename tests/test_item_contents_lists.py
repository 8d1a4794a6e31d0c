"""Contents lists whose entries become items marked from_contents (issue 12 item 2): forms quoted (shortened)
from DEV-write documents of tests/realworld/, named above each; the test split is never read."""

from __future__ import annotations

from graphbuild.models import Meeting
from graphbuild.parse import parse_meeting
from graphbuild.parse.flatten_titles import split_title_run
from graphbuild.parse.item_contents_flattened import run_pieces
from graphbuild.sources import source_from_text


def parse(text: str) -> Meeting:
    return parse_meeting(source_from_text(text))


def contents_items(meeting: Meeting) -> list[tuple[str | None, str]]:
    return [(i.number, i.title) for i in meeting.items if i.from_contents]


# hoeje-taastrup-byraadet-2013-06-18: a "Punkter til dagsorden / Side" table whose cells a PDF text layer put
# one a line, with blank lines (some holding a space) between every two cells.
_CELLS = [
    ("1.", ["Valg af valgbestyrelse til kommunalvalget 2013 - BY"], "2"),
    (
        "2.",
        ["Valg af valgstyrere og tilforordnede vælgere i forbindelse med Kommunal- og", "Regionalvalg 2013 - BY"],
        "4",
    ),
    (
        "3.",
        ["Valg af tilforordnede ved brevstemmeafgivning i forbindelse med kommunalvalg og", "regionalvalg 2013 - BY"],
        "6",
    ),
    ("4.", ["I - 2. budgetopfølgning 2013 for Høje-Taastrup Kommune - ØU"], "9"),
]


def _spaced_cells(pages: list[str]) -> str:
    cells = []
    for (number, title, _), page in zip(_CELLS, pages, strict=True):
        cells += [f"{number} ", " ", *(f"{line} " for line in title), page, " "]
    return "\n\n".join(
        ["Byrådet ", "18. juni 2013 ", "Indholdsfortegnelse ", "Punkter til dagsorden ", "Side ", *cells]
    )


HOEJE_TAASTRUP = "Referat\n\nDato: Tirsdag den 18. juni 2013\n\n" + _spaced_cells([c[2] for c in _CELLS])


def test_a_cell_table_with_blank_lines_between_its_cells() -> None:
    found = contents_items(parse(HOEJE_TAASTRUP))
    assert (
        "2",
        "Valg af valgstyrere og tilforordnede vælgere i forbindelse med Kommunal- og Regionalvalg 2013 - BY",
    ) in found
    assert [number for number, _ in found] == ["1", "2", "3", "4"]


def test_blank_lines_do_not_make_falling_pages_a_table() -> None:
    # the same cells with pages that go back: no contents table, whatever the blank lines
    text = "Referat\n\nDato: Tirsdag den 18. juni 2013\n\n" + _spaced_cells(["9", "4", "2", "1"])
    assert len(contents_items(parse(text))) < 3


# samsoe-kommunalbestyrelsen-2020-05-26 and -2017-03-28: a bulleted agenda under its group headings, no
# contents heading above them ("Åbent møde" / "Dagsorden - åbent møde:" ... "Lukket møde").
SAMSOE = """Møde i kommunalbestyrelsen den 26. maj

Det meddeles herved, at der afholdes ordinært kommunalbestyrelsesmøde tirsdag den 26. maj med følgende dagsorden.

{heading}

 • Godkendelse af dagsorden
 • Godkendelse af budgetopfølgning pr. 31.03.2020
 • Klimahandlingsplan 2020

Lukket møde

 • Anlægsbevilling til erhvervelse af markareal til placering af genbrugsplads ved Trolleborg

Øvrige meddelelser
"""


def test_a_bulleted_list_under_its_group_headings() -> None:
    for heading in ("Åbent møde", "Dagsorden - åbent møde:"):
        meeting = parse(SAMSOE.format(heading=heading))
        titles = [title for _, title in contents_items(meeting)]
        assert titles[:3] == [
            "Godkendelse af dagsorden",
            "Godkendelse af budgetopfølgning pr. 31.03.2020",
            "Klimahandlingsplan 2020",
        ]
        closed = [i.title for i in meeting.items if not i.public]
        assert closed == ["Anlægsbevilling til erhvervelse af markareal til placering af genbrugsplads ved Trolleborg"]


def test_a_group_heading_over_prose_opens_no_list() -> None:
    # "Åbent møde" over a sentence, then a bulleted list of what the minutes say: no contents list
    text = SAMSOE.format(heading="Åbent møde\n\nMødet var åbent for offentligheden, og der blev drøftet:").replace(
        "Lukket møde\n\n • Anlægsbevilling til erhvervelse af markareal til placering af genbrugsplads ved Trolleborg",
        "",
    )
    assert contents_items(parse(text)) == []


# vallensbaek-kommunalbestyrelsen-2014-03-26: a flattened contents page whose later titles open with the deciding
# committee's code ("ØU - ", "TMU - "); the titles before the first code are titles too.
VALLENSBAEK_RUN = (
    "Godkendelse af dagsorden Forespørgsler fra medlemmerne Valg af valgbestyrelse til Europa-Parlamentsvalget "
    "Valg af valgstyrerformænd ØU - Diæter i forbindelse med valg ØU - Aktiveringsstrategi "
    "TMU - Beredskabsplan for strandrensning BKU - Brugerbestyrelse for Vallensbæk Bibliotek"
)


def test_titles_before_the_first_committee_code_are_kept() -> None:
    pieces = split_title_run(VALLENSBAEK_RUN)
    assert pieces[:4] == [
        "Godkendelse af dagsorden",
        "Forespørgsler fra medlemmerne",
        "Valg af valgbestyrelse til Europa-Parlamentsvalget",
        "Valg af valgstyrerformænd",
    ]
    assert pieces[4:] == [
        "ØU - Diæter i forbindelse med valg",
        "ØU - Aktiveringsstrategi",
        "TMU - Beredskabsplan for strandrensning",
        "BKU - Brugerbestyrelse for Vallensbæk Bibliotek",
    ]


def test_two_committee_codes_are_no_coded_run() -> None:
    # fewer than three coded titles: the run is cut word by word, no word of it lost
    run = "Godkendelse af dagsorden ØU - Diæter i forbindelse med valg ØU - Aktiveringsstrategi"
    assert " ".join(split_title_run(run)).split() == run.split()


# hoersholm-oekonomiudvalget-2017-lions-sagen: a flattened contents page with each title's page number after it;
# the text was cut where a page number looked like an item's ("24 Model ..."), and the pieces are read with the
# page.
HOERSHOLM_PAGE = (
    "1 Økonomiudvalget Referat fra ordinært møde D2 Torsdag kl. 8:00 Følgende sager behandles på mødet Side "
    "Meddelelser 2 Lions-sagen - KL-undersøgelse af bestyrelsens rolle 3 Økonomiudvalget drøfter med HovedMED 7 "
    "Nulpunktsmåling Hørsholm Kommunes omdømme 8 Program til Kommunalbestyrelsens Augustkonference Halvårsregnskab "
    "Det kommunale og regionale valg den 21. november Kommualvalg aktiviteter til fremme af valgdeltagelsen 17 "
    "Styrkelse af It sikkerhed i Hørsholm Kommune 24 Model Model Øvrige sikkerhedsaktiviteter 27 Rungsted Havn - "
    "forslag om ændring af vedtægter - udtalelse fra havnebestyrelsen 30 Anlægsregnskab for energirenovering af "
    "Idrætsparken. 32 Velfærd frem for mursten: antal skoledistrikter 34 Vandforsyningsplan{tail}"
)
HOERSHOLM = """Følgende sager behandles på mødet

Transkript

{page}

2 Økonomiudvalget Punkt: 1 Acadre sagsnr.: 17/10438 Sagsforløb: ØU - Åben sag Meddelelser Sagsfremstilling Borgmesteren
orienterer.
"""


def test_a_flattened_contents_page_read_with_the_pieces_cut_from_it() -> None:
    text = HOERSHOLM.format(page=HOERSHOLM_PAGE.format(tail=" 41 Bilagsoversigt 43 Bemærkninger til dagsorden"))
    titles = [title for _, title in contents_items(parse(text))]
    assert "Rungsted Havn - forslag om ændring af vedtægter - udtalelse fra havnebestyrelsen" in titles
    assert "Velfærd frem for mursten: antal skoledistrikter" in titles  # a colon before a lower-case word: a title's
    assert "Vandforsyningsplan" in titles


def test_prose_cut_from_a_contents_page_is_not_read_with_it() -> None:
    tail = " 41 Mødet blev holdt på rådhuset. Borgmesteren bød velkommen og orienterede om programmet."
    text = HOERSHOLM.format(page=HOERSHOLM_PAGE.format(tail=tail))
    titles = [title for _, title in contents_items(parse(text))]
    assert "Styrkelse af It sikkerhed i Hørsholm Kommune" in titles  # the page itself is read
    assert not any("Vandforsyningsplan" in title or "velkommen" in title for title in titles)


# esbjerg-oekonomiudvalget-2014-10-06: a closed entry of a contents list whose item text is not in the document
# keeps its printed mark ("Lukket - ..."), as the list prints its title.
ESBJERG = """Økonomiudvalget

Referat 6. oktober 2014

Indholdsfortegnelse

1. Godkendelse af dagsorden
2. Godkendelse af Vækststrategi
3. Fastsættelse af timepriser for benyttelse af kunstgræsbaner
4. {closed}

1. Godkendelse af dagsorden

Beslutning

Godkendt.
"""


def test_a_closed_contents_entry_keeps_its_printed_mark() -> None:
    items = parse(ESBJERG.format(closed="Lukket - Informationer, forespørgsler og meddelelser")).items
    closed = next(i for i in items if i.number == "4")
    assert closed.from_contents and not closed.public
    assert closed.title == "Lukket - Informationer, forespørgsler og meddelelser"


def test_a_closed_mark_alone_or_a_word_opening_like_it_is_left_as_it_is() -> None:
    alone = next(i for i in parse(ESBJERG.format(closed="Lukket punkt:")).items if i.number == "4")
    assert alone.title == "Lukket punkt" and not alone.public
    hours = next(i for i in parse(ESBJERG.format(closed="Lukketider i svømmehallen")).items if i.number == "4")
    assert hours.title == "Lukketider i svømmehallen" and hours.public


# rebild-byraadet-2009-10: a word processor's page-number field whose bookmark is gone stands where the page number
# would ("Fejl! Bogmærke er ikke defineret.", cut to "Fejl! Bogmær" by the transcript); it is no title's part.
def test_a_broken_page_field_is_no_part_of_a_title() -> None:
    pieces = run_pieces(
        "Orientering Evt. køb af ejendom Fejl! Bogmær 20. Lukket Salg af ejendom Fejl! Bogmær Underskriftsside"
    )
    assert "Evt. køb af ejendom" in pieces and "Salg af ejendom" in pieces
    assert not any("Fejl" in piece or "Bogmær" in piece for piece in pieces)


def test_a_title_opening_with_fejl_is_kept() -> None:
    pieces = run_pieces("Godkendelse af dagsorden Fejl i opkrævning af ejendomsskat Meddelelser Eventuelt")
    assert "Fejl i opkrævning af ejendomsskat" in pieces


# regionsjaelland-forretningsudvalget-2020-08-14: a contents heading that names its part, its page number glued to
# it ("53Indholdsfortegnelse lukket møde"), over a table read cell by cell: two rows are all of the part, closed.
REGION_CELLS = (
    "17.\n\nUdbud af akutlægehelikopterne\n\n51\n\n18.\n\nIndstilling om salg af Hoskiærsvej 13, Nakskov\n\n52\n"
)
REGION = """Forretningsudvalget

Referat 14. august 2020

{heading}

{cells}

1. Godkendelse af dagsorden

Beslutning

Godkendt.
"""


def test_a_contents_heading_naming_its_closed_part() -> None:
    items = parse(REGION.format(heading="53Indholdsfortegnelse lukket møde", cells=REGION_CELLS)).items
    listed = {i.number: i for i in items if i.from_contents}
    assert set(listed) == {"17", "18"} and not any(i.public for i in listed.values())
    assert "53" not in {i.number for i in items}  # the heading's page number, no item


def test_two_rows_under_a_plain_heading_are_no_table() -> None:
    items = parse(REGION.format(heading="Indholdsfortegnelse", cells=REGION_CELLS)).items
    assert not any(i.from_contents for i in items)


# regionsjaelland-forretningsudvalget-2020-08-14: the contents heading glued to the end of the members' line before
# it ("Egon Bo (I)Indholdsfortegnelse åbent møde"), over a table read cell by cell whose page column holds a "0"
# (a page number the text layer lost a digit of).
REGION_OPEN = """Forretningsudvalget

Referat 14. august 2020

Medlemmer: Heino Knudsen (A), Egon Bo (I){heading}

1.

Godkendelse af dagsorden

3

2.

Budgetforslag 2021 1. behandling

4

3.

Udmøntning af finanslovsmidler til en styrket psykiatri

{page}

4.

Orientering om COVID-19-situationen

37

1. Godkendelse af dagsorden

Beslutning

Godkendt.
"""


def test_a_glued_contents_heading_over_a_table_with_a_page_lost() -> None:
    items = parse(REGION_OPEN.format(heading="Indholdsfortegnelse åbent møde", page="0")).items
    listed = [i.number for i in items if i.from_contents]
    assert listed == ["2", "3", "4"]


def test_a_page_that_goes_back_ends_the_table() -> None:
    # a real page number lower than the last: the table ends there, whatever the heading
    items = parse(REGION_OPEN.format(heading="Indholdsfortegnelse åbent møde", page="2")).items
    assert "4" not in [i.number for i in items if i.from_contents]


# ringsted-oekonomiudvalget-2018-10-01 (and holbaek-lokale-beskaeftigelsesraad-2010-08-17, "(BP2011) Plan for ..."):
# titles that end in the deciding committees' codes in brackets, run together on a flattened contents page.
def test_a_committee_code_in_brackets_ends_a_title() -> None:
    pieces = split_title_run(
        "Driftsaftaler med selvejende daginstitutioner (BUU) Kapacitetsbehov på dagtilbudsområdet på kort og langt "
        "sigt (BUU) Internet til alle (PBU) Anmodning om mageskifte (Genoptaget) (PBU)"
    )
    assert pieces == [
        "Driftsaftaler med selvejende daginstitutioner (BUU)",
        "Kapacitetsbehov på dagtilbudsområdet på kort og langt sigt (BUU)",
        "Internet til alle (PBU)",
        "Anmodning om mageskifte (Genoptaget) (PBU)",
    ]


def test_a_name_in_brackets_ends_no_title() -> None:
    # a town's name in brackets is no committee's code: the title goes on after it
    run = "Aftale om drift af Rådhushallen (Ringsted) Kommunalbestyrelsens mødeplan"
    assert split_title_run(run) == [run]


# ringsted-oekonomiudvalget-2018-10-01: "Ny Sundhedspolitik": an adjective that opens a title binds to the noun
# after it, even a noun that opens titles of its own ("... (SAMU) Ny Politik for voksne med særlige behov").
def test_an_opening_adjective_binds_to_the_next_word() -> None:
    pieces = split_title_run(
        "Orientering om Klub Svanen (SAMU) Ny Politik for voksne med særlige behov (SAMU) Ny Sundhedspolitik"
    )
    assert pieces == [
        "Orientering om Klub Svanen (SAMU)",
        "Ny Politik for voksne med særlige behov (SAMU)",
        "Ny Sundhedspolitik",
    ]


def test_a_title_ending_before_an_adjective_is_still_cut() -> None:
    pieces = split_title_run("Godkendelse af dagsorden Ny betalingsvedtægt for daginstitutioner")
    assert pieces == ["Godkendelse af dagsorden", "Ny betalingsvedtægt for daginstitutioner"]


# holbaek-lokale-beskaeftigelsesraad-2010-08-17: a flattened page of titles whose numbers were lost, its running
# footer ("Dagsorden til LBR-møde 17. august side 1 af 17") run on after the last title
_FOOTED_PAGE = (
    "Transkript\n\n1 DAGSORDEN Møde i Det Lokale Beskæftigelsesråd (LBR) 17. august 2010 kl Administrationscenteret, "
    "Strandstræde 5, 4300 Holbæk lok. 1.A Med følgende dagsorden: 1. Godkendelse af dagsorden Udpegning af "
    "yderligere medlemmer mv. af LBR BeskæftigelsesPlan 2011 (BP2011) Plan for Virksomhedsrettet Indsats "
    "Kvalitetssikring af aktivering Budgetopfølgning Indkomne ansøgninger Orientering fra jobcenteret "
    "Resultatopfølgning Orientering fra Udvalget for Erhverv og Beskæftigelse Temadrøftelse: Fattigdomsanalyse "
    "Eventuelt/meddelelser Dagsorden til LBR-møde 17. august side 1 af 17\n\n"
    "2 1. Godkendelse af dagsorden LBR godkender dagsorden at LBR godkender dagsorden Dagsorden til møder i LBR "
    "udarbejdes af sekretariatet efter formandskabets anvisninger. LBR har dog mulighed for ved mødets start at "
    "udskyde behandlingen af punkter eller tilføje punkter efter nærmere bestemmelser fastsat i forretningsordenen. "
    "Forretningsordenens 6 Bilag: Ingen Godkendt med følgende bemærkninger: Bilag over virksomh"
)


def test_a_pages_running_footer_is_no_entry() -> None:
    titles = [title for _, title in contents_items(parse(_FOOTED_PAGE))]
    assert "Resultatopfølgning" in titles
    assert not any("LBR-møde 17. august" in title for title in titles)


def test_a_title_naming_a_page_elsewhere_is_an_entry() -> None:
    # "side" not ending the title as a page mark does: a title's own word
    text = _FOOTED_PAGE.replace("Resultatopfølgning", "Resultatopfølgning side 2 og 3 i planen")
    titles = [title for _, title in contents_items(parse(text))]
    assert any("side 2 og 3 i planen" in title for title in titles)


def test_a_one_word_case_title_ends_before_a_capitalised_phrase() -> None:
    # svendborg-byraadet-2013-12-03, holbaek-lokale-beskaeftigelsesraad-2010-08-17: "Boligstrategi", "Budgetopfølgning"
    # are whole titles; the capitalised word after them opens the next one
    assert split_title_run(
        "Forretningsorden til fagudvalg Boligstrategi BaggårdTeatrets regnskab 2012/ Godkendelse af regnskab"
    ) == [
        "Forretningsorden til fagudvalg",
        "Boligstrategi",
        "BaggårdTeatrets regnskab 2012/",
        "Godkendelse af regnskab",
    ]
    assert split_title_run(
        "Kvalitetssikring af aktivering Budgetopfølgning Indkomne ansøgninger Orientering fra jobcenteret"
    ) == ["Kvalitetssikring af aktivering", "Budgetopfølgning", "Indkomne ansøgninger", "Orientering fra jobcenteret"]


def test_a_case_word_before_a_name_stays_in_its_title() -> None:
    # vordingborg-kommunalbestyrelsen-2014-02-27: "Indtægtsbevilling Kunst, Multicenter Præstø" is one title
    pieces = split_title_run(
        "Indkommet materiale Indtægtsbevilling Kunst, Multicenter Præstø Ansøgning om anlægsbevilling til cykelstiplan"
    )
    assert "Indtægtsbevilling Kunst, Multicenter Præstø" in pieces
