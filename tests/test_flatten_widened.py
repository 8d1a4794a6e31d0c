"""Widened rules of the flattened-text readers (parse.flatten, parse.flatten_titles): each form in a table of
(text, expected) cases, excerpts of dev documents beside variants written for other publishers' wording."""

from __future__ import annotations

import pytest

from graphbuild.parse.flatten import resegment
from graphbuild.parse.flatten_titles import split_title_run
from graphbuild.parse.lines import split_lines

TITLE_RUNS = [
    # a compound whose last part is a case noun opens a title, also after a capitalised word
    (
        "Fælles ledelse mellem Resen Daycare og Børnehaven Rosenbakken Kvalitetsplan for dagtilbud "
        "Kvalitetsrapport for folkeskolerne Åbningsbalance for det fælleskommunale interessentskab",
        [
            "Fælles ledelse mellem Resen Daycare og Børnehaven Rosenbakken",
            "Kvalitetsplan for dagtilbud",
            "Kvalitetsrapport for folkeskolerne",
            "Åbningsbalance for det fælleskommunale interessentskab",
        ],
    ),
    (
        "Orientering fra Ældrerådet Anlægsregnskab for Skovvejen Handicappolitik 2024-2027",
        ["Orientering fra Ældrerådet", "Anlægsregnskab for Skovvejen", "Handicappolitik 2024-2027"],
    ),
    (
        "Status på Helhedsplan Kvalitetsrapport 2022 Meddelelser",
        ["Status på Helhedsplan", "Kvalitetsrapport 2022", "Meddelelser"],
    ),
    # after a preposition the compound stays in its title
    (
        "Forslag til Kommuneplantillæg for Vestbyen Eventuelt",
        ["Forslag til Kommuneplantillæg for Vestbyen", "Eventuelt"],
    ),
    # an adjective that opens a case's title, also after a place's name
    (
        "Endelig vedtagelse af Lokalplan Bevarende lokalplan for Bogense Endelig vedtagelse af Kommuneplantillæg nr. 3",
        [
            "Endelig vedtagelse af Lokalplan Bevarende lokalplan for Bogense",
            "Endelig vedtagelse af Kommuneplantillæg nr. 3",
        ],
    ),
    (
        "Tilslutning til Stationsvejens Antenneforening Ny betalingsvedtægt for Kloakforsyningen "
        "Foreløbig godkendelse af takster",
        [
            "Tilslutning til Stationsvejens Antenneforening",
            "Ny betalingsvedtægt for Kloakforsyningen",
            "Foreløbig godkendelse af takster",
        ],
    ),
    (
        "Orientering fra Ældrerådet Revideret tidsplan for Helhedsplan Vest",
        ["Orientering fra Ældrerådet", "Revideret tidsplan for Helhedsplan Vest"],
    ),
    # a dotted leader ends its title; the word before the dots may open a title of its own
    (
        "Risikobaseret Dimensionering Nytårsparole Mødeplan for beredskabskommissionen Eventuelt... 10",
        ["Risikobaseret Dimensionering Nytårsparole", "Mødeplan for beredskabskommissionen", "Eventuelt"],
    ),
    (
        "Godkendelse af referat...3 Orientering fra formanden Meddelelser...4 Friluftsspil...5",
        ["Godkendelse af referat", "Orientering fra formanden", "Meddelelser", "Friluftsspil"],
    ),
    ("Valg af revisor Budget 2024 for foreningen...7", ["Valg af revisor", "Budget 2024 for foreningen"]),
    # a year whose second half the text layer lost ends its title
    (
        "Fur Kraftvarmeværk - regnskab 2013/2014 og budget 2014/ Fælles ledelse mellem Resen Daycare og Børnehaven",
        [
            "Fur Kraftvarmeværk - regnskab 2013/2014 og budget 2014/",
            "Fælles ledelse mellem Resen Daycare og Børnehaven",
        ],
    ),
    ("Takster for 2023/ Orientering om vinterberedskabet", ["Takster for 2023/", "Orientering om vinterberedskabet"]),
    # a place's own word after a dash subject stays with the place
    (
        "Lukket - EU-udbud vedr. Løn-, Personale- og vagtplansystem - Silkeborg Kommune Lukket - Personalesag "
        "Lukket - Ejendomssag",
        [
            "Lukket - EU-udbud vedr. Løn-, Personale- og vagtplansystem - Silkeborg Kommune",
            "Lukket - Personalesag",
            "Lukket - Ejendomssag",
        ],
    ),
    (
        "Ansøgning om tilskud - Vejle Kommune Godkendelse af takster",
        ["Ansøgning om tilskud - Vejle Kommune", "Godkendelse af takster"],
    ),
    # a genitive binds to the noun after it
    (
        "Godkendelse af Tønder Kommunes Strategiplan Godkendelse af retningslinjer for prisen",
        ["Godkendelse af Tønder Kommunes Strategiplan", "Godkendelse af retningslinjer for prisen"],
    ),
    (
        "Orientering om Byrådets Forretningsorden Meddelelser",
        ["Orientering om Byrådets Forretningsorden", "Meddelelser"],
    ),
    (
        "Godkendelse af dagsorden Orientering om Kommunens Sundhedspolitik Eventuelt",
        ["Godkendelse af dagsorden", "Orientering om Kommunens Sundhedspolitik", "Eventuelt"],
    ),
    # the attachments' list ends the titles: what follows it (a page's footer) is no title
    # (norddjurs-erhverv-arbejdsmarked-2018-05-23, esbjerg, varde, vordingborg, helsingoer)
    (
        "Budgetopfølgning pr. ultimo april Gensidig orientering Erhvervs- og arbejdsmarkedsudvalgets arbejdsplan "
        "for Bilagsoversigt...12 Norddjurs Kommune",
        [
            "Budgetopfølgning pr. ultimo april",
            "Gensidig orientering",
            "Erhvervs- og arbejdsmarkedsudvalgets arbejdsplan for",
        ],
    ),
    (
        "Fastsættelse af timepriser for benyttelse af kunstgræsbaner Meddelelser Bilagsliste Underskriftsblad Side 1",
        ["Fastsættelse af timepriser for benyttelse af kunstgræsbaner", "Meddelelser"],
    ),
    (
        "Godkendelse af dagsorden Valg af næstformand Eventuelt Samlet Bilagsliste Underskriftsside Kommunen",
        ["Godkendelse af dagsorden", "Valg af næstformand", "Eventuelt"],
    ),
    (
        "Valg af næstformand Eventuelt BILAGSFORTEGNELSE Side 3 Rådhuset",
        ["Valg af næstformand", "Eventuelt"],
    ),
    # kulturregion-midt-vestsjaelland-kulturgruppen-2011-06-28
    (
        "Udpegning af medlem til Musikfagrådet Evt Samlet bilagsliste... i Kulturgruppen den 28. juni 2011 Side nr. 2",
        ["Udpegning af medlem til Musikfagrådet", "Evt"],
    ),
    # the word inside a title, or the list's first entry, ends nothing
    (
        "Godkendelse af dagsorden Orientering om Bilagsliste til sagerne Eventuelt",
        ["Godkendelse af dagsorden", "Orientering om Bilagsliste til sagerne", "Eventuelt"],
    ),
    (
        "Bilagsoversigt 3 Meddelelser 5 Budget 2024 7 Eventuelt",
        ["Bilagsoversigt", "Meddelelser", "Budget 2024", "Eventuelt"],
    ),
]


@pytest.mark.parametrize(("run", "titles"), TITLE_RUNS)
def test_a_run_of_contents_titles_is_cut_into_its_titles(run: str, titles: list[str]) -> None:
    assert split_title_run(run) == titles


_PAGE = (
    "1 Møde i Kommunalbestyrelsen mandag den 25. september 2006 i Kommunalbestyrelsens mødesal REFERAT Eventuelle "
    "skriftlige spørgsmål til Kommunalbestyrelsen blev besvaret. {heading} 1... Meddelelser Anden egentlige "
    "budgetopfølgning for regnskabsåret Godkendelse af sikkerhedsstillelse for AV Miljø Forslag til rammeaftale "
    "Diverse ændringer af daginstitutioner Forslag til Lokalplan nr. 120 for et erhvervsområde omkring Metalbuen "
    "Måløvhøj Vandværk - godkendelse af vandtakst Følgearbejder ved byggemodning, Skovlunde Syd - anlægsbevilling "
    "Poppelskurv i kommunen generelt - anlægsbevilling Trafiksaneringsprojekt på Jonstrupvej - anlægsbevilling"
    "\n\n2 1. Meddelelser Der var ingen meddelelser. 2. Anden egentlige "
    "budgetopfølgning for regnskabsåret Økonomiudvalget den 21. marts 2006 {decision} Sag nr. 7 - Budgetopfølgning "
    "udsættes til næste møde. 3. Godkendelse af sikkerhedsstillelse for AV Miljø Sagsfremstilling Kommunen har "
    "modtaget en anmodning om sikkerhedsstillelse for et lån, som selskabet optager til nye anlæg i området.\n"
)
SEGMENTS = [
    # the contents heading stands alone in capitals as it does in its usual casing
    (_PAGE.format(heading="INDHOLDSFORTEGNELSE", decision="Godkendt."), "INDHOLDSFORTEGNELSE", True),
    (_PAGE.format(heading="Indholdsfortegnelse", decision="Godkendt."), "Indholdsfortegnelse", True),
    (_PAGE.format(heading="BILAGSLISTE", decision="Godkendt."), "BILAGSLISTE", True),
    # a labelled number after a word that binds to what follows is a reference in a sentence
    (
        _PAGE.format(heading="INDHOLDSFORTEGNELSE", decision="Godkendt med den ændring, at"),
        "Sag nr. 7 - Budgetopfølgning udsættes til næste møde.",
        False,
    ),
    (
        _PAGE.format(heading="INDHOLDSFORTEGNELSE", decision="Det blev besluttet under"),
        "Sag nr. 7 - Budgetopfølgning udsættes til næste møde.",
        False,
    ),
    # after a sentence's end it opens a segment of its own
    (
        _PAGE.format(heading="INDHOLDSFORTEGNELSE", decision="Godkendt."),
        "Sag nr. 7 - Budgetopfølgning udsættes til næste møde.",
        True,
    ),
]


@pytest.mark.parametrize(("text", "segment", "apart"), SEGMENTS)
def test_a_flattened_page_is_cut_at_its_headings(text: str, segment: str, apart: bool) -> None:
    lines, _ = resegment(split_lines(text))
    assert any(line.text.startswith(segment) for line in lines) is apart
