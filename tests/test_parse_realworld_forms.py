"""Agenda items in the forms real minutes print them, outcomes from this meeting's decision, and
flattened PDF text. The snippets are quoted (shortened) from DEV documents of tests/realworld/;
the test split is never read for rules or tests."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graphbuild.extract import extract_facts
from graphbuild.models import DocumentFacts, Meeting
from graphbuild.parse import parse_meeting
from graphbuild.parse.flatten import resegment
from graphbuild.parse.flatten_titles import split_title_run
from graphbuild.parse.lines import split_lines
from graphbuild.sources import source_from_text


def parse(text: str) -> Meeting:
    return parse_meeting(source_from_text(text))


def extract(text: str) -> DocumentFacts:
    return extract_facts(parse(text))


def numbered(meeting: Meeting) -> list[tuple[str, str]]:
    return [(i.number, i.title) for i in meeting.items]


def outcomes(facts: DocumentFacts) -> dict[str, str]:
    """Item number -> outcome (facts list items in document order, contents-only entries first)."""
    return {i.number: i.outcome for i in facts.items}


# --- item forms -------------------------------------------------------------------------------

# holbaek-aeldre-sundhed-2020-06-04: a PUNKTER list with yearly running numbers, then the items.
HOLBAEK = """UDVALG

Udvalget for Ældre og Sundhed

PUNKTER

49. Godkendelse af dagsorden til mødet den 4. juni 2020
50. Godkendelse af anbefalinger fra Projektudvalget for Afbureaukratisering og Decentralisering
51. Orientering om udgiftsdrivere, juni 2020
58. Underskriftsark



49. Godkendelse af dagsorden til mødet den 4. juni 2020

Indstilling

Administrationen indstiller, at:

  1. dagsorden for mødet den 4. juni bliver godkendt
Beslutning i Udvalget for Ældre og Sundhed den 04-06-2020

Godkendt



50. Godkendelse af anbefalinger fra Projektudvalget for Afbureaukratisering og Decentralisering

Indstilling

Administrationen indstiller, at

  1. anbefalinger til at plejecentre og deres interne samarbejdspartnere godkendes
  2. Udvalget for Ældre og Sundhed i samarbejde med plejecentrene sikrer, at alle anbefalinger udmøntes
Beskrivelse af sagen

Et flertal i kommunalbestyrelsen indgik i november 2017 en politisk aftale.
"""


def test_running_numbers_and_contents_entries_become_items() -> None:
    meeting = parse(HOLBAEK)
    assert [(i.number, i.from_contents) for i in meeting.items] == [
        ("49", False),
        ("50", False),
        ("51", True),
        ("58", True),
    ]
    assert meeting.items[2].title == "Orientering om udgiftsdrivere, juni 2020"
    facts = extract(HOLBAEK)
    assert outcomes(facts) == {"49": "approved", "50": "none", "51": "none", "58": "none"}  # 50: only proposed
    assert {i.number for i in facts.items if i.from_contents} == {"51", "58"}


def test_sub_points_of_a_recommendation_are_not_items() -> None:
    numbers = [i.number for i in parse(HOLBAEK).items]
    assert "1" not in numbers and "2" not in numbers


def test_number_alone_with_the_title_on_the_next_line() -> None:
    # a PDF table's cells: the number, then the title (titles of naestved-byraadet-2016-11-22)
    text = (
        "Byrådet 22-11-2016\n\n171.\nGodkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n\n"
        "172.\nEndelig vedtagelse af lokalplan 067 og kommuneplantillæg nr. 11\n\nBeslutning\n\nGodkendt.\n"
    )
    assert numbered(parse(text)) == [
        ("171", "Godkendelse af dagsorden"),
        ("172", "Endelig vedtagelse af lokalplan 067 og kommuneplantillæg nr. 11"),
    ]
    assert outcomes(extract(text)) == {"171": "approved", "172": "approved"}


def test_number_dash_title() -> None:
    text = "Referat\n\n1 - Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n\n2 - Eventuelt\n\nIntet.\n"
    assert numbered(parse(text)) == [("1", "Godkendelse af dagsorden"), ("2", "Eventuelt")]


def test_table_rows_as_item_headings_and_as_contents() -> None:
    # an HTML portal's table cells come out joined by tabs (titles of affaldplus-bestyrelsen-2016-01-29)
    text = (
        "Referat\n\n1\tGodkendelse af protokoludskrift fra sidste møde\n2\tGodkendelse af dagsorden\n"
        "4\tMellemværende med Næstved Varmeværk\n\n"
        "1\tGodkendelse af protokoludskrift fra sidste møde\n\nBeslutning\n\nGodkendt.\n\n"
        "2\tGodkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n"
    )
    meeting = parse(text)
    assert [(i.number, i.from_contents) for i in meeting.items] == [("1", False), ("2", False), ("4", True)]
    assert outcomes(extract(text)) == {"1": "approved", "2": "approved", "4": "none"}


def test_sub_items_of_a_kkr_agenda() -> None:
    # titles of kkr-hovedstaden-2015-02-23
    text = (
        "Dagsorden\n\n1. Godkendelse af referat\n\nReferatet blev godkendt.\n\n2. Regionalpolitiske sager\n\n"
        "2.1. Fælles EU kontor – oplæg ved direktør Birgitte Wederking\n\nOrientering om kontorets arbejde.\n\n"
        "2.2 Fælles kommuneplanopslag\n\nSagen blev drøftet.\n\n3. Eventuelt\n"
    )
    assert [i.number for i in parse(text).items] == ["1", "2", "2.1", "2.2", "3"]
    sections = "Referat\n\n1. Budget\n\n3.1 Baggrund\n\nTekst.\n\n3.2 Økonomi\n\nTekst.\n"
    assert [i.number for i in parse(sections).items] == ["1"]  # no item 3: numbered sections


def test_explicit_items_listed_before_their_text() -> None:
    text = (
        "Dagsorden\n\nPunkt 1: Godkendelse af dagsorden\nPunkt 2: Budget 2021\nPunkt 3: Eventuelt\n\n"
        "Punkt 1: Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n\n"
        "Punkt 2: Budget 2021\n\nBeslutning\n\nUdsat.\n\nPunkt 3: Eventuelt\n\nBeslutning\n\nIntet.\n"
    )
    assert outcomes(extract(text)) == {"1": "approved", "2": "postponed", "3": "none"}


# affaldplus-bestyrelsen-2016-01-29: "Pkt. N." and "Pkt. N" without the dot.
AFFALDPLUS = """Bestyrelsesmøde 29. januar 2016 kl. 10.00

Pkt. 1. Godkendelse af protokoludskrift fra sidste møde (B)

Sagsnr.: 6628

Indstilling:
Til godkendelse.

Beslutning:
Godkendt.

Pkt. 3 Deltagelse i Dansk Affaldsforenings årsmøde 10. - 11. maj 2016 (B)

Sagsnr.: 6532

Beslutning:
Niels, Jørn, Thor og Jørgen deltager.
"""


def test_pkt_with_and_without_a_dot() -> None:
    assert numbered(parse(AFFALDPLUS)) == [
        ("1", "Godkendelse af protokoludskrift fra sidste møde (B)"),
        ("3", "Deltagelse i Dansk Affaldsforenings årsmøde 10. - 11. maj 2016 (B)"),
    ]


# fredensborg-byraadet-2015-01-26: "Nr.1 - Titel".
FREDENSBORG = """26-01-2015 kl. 18:00
Byrådssalen

Afbud

Ingen

Nr.1 - Godkendelse af dagsordenen

Beslutning i Byrådet den 26-01-2015

Dagsordenen blev godkendt.

Nr.2 - Lukning af Vejenbrødvej

Sagsnr.: 14/30210

Beslutningstema

Stillingtagen til løsning i krydset Fredensborg Kongevej/Vejenbrødvej.
"""


def test_nr_dash_title() -> None:
    assert numbered(parse(FREDENSBORG)) == [("1", "Godkendelse af dagsordenen"), ("2", "Lukning af Vejenbrødvej")]
    assert [i.outcome for i in extract(FREDENSBORG).items] == ["approved", "none"]


# ringkoebing-skjern-erhverv-klima-arbejdskraft-2025-10-27: "N : Titel" after an unnumbered
# bullet contents list whose first entries are the items' titles.
RINGKOEBING = """Referat: 27. oktober 2025 kl. 08:00
Referat
- Godkendelse af dagsorden
- Virksomhedsbesøg
- Scenarier for fossilfri Ringkøbing-Skjern Kommune 2040
- Gensidig orientering
- Underskriftsside
Kopier link til punktet - Print
1 : Godkendelse af dagsorden
Sagsnr:
BilagIngen bilag.
BeslutningGodkendt.
Kopier link til punktet - Print
2 : Virksomhedsbesøg
Sagsnr:
SagsfremstillingUdvalget besøger Tarm Bogtryk.
"""


def test_number_colon_title_and_a_bullet_contents_list() -> None:
    meeting = parse(RINGKOEBING)
    assert [(i.number, i.title, i.from_contents) for i in meeting.items] == [
        ("1", "Godkendelse af dagsorden", False),
        ("2", "Virksomhedsbesøg", False),
        ("3", "Scenarier for fossilfri Ringkøbing-Skjern Kommune 2040", True),
        ("4", "Gensidig orientering", True),
    ]  # "Underskriftsside" is a contents entry, not an item
    assert outcomes(extract(RINGKOEBING))["1"] == "approved"  # "BeslutningGodkendt."


# holbaek-byraadet-2016-06-29 and broenderslev-byraadet-2020-01-29: numbers glued to the word before.
GLUED = """PUNKTER

174. Godkendelse af dagsorden til mødet den 29. juni 2016
175. Beslutning om nedsættelse af byrådsmedlemmernes vederlag
176. Budgetrevision 2 og handlingsplaner174. Godkendelse af dagsorden til mødet den 29. juni 2016

Indstilling
Administrerende direktør Rasmus Bjerregaard indstiller at:
 1. dagsordenen til mødet den 29. juni 2016 bliver godkendt.

Beslutning i Byrådet den 29-06-2016
Godkendt.
175. Beslutning om nedsættelse af byrådsmedlemmernes vederlag

Indstilling
Liste Ø indstiller, at byrådet beslutter, at:
 1. samtlige vederlag til byrådsmedlemmer sænkes med 10 %.
"""


def test_a_number_glued_to_the_line_before() -> None:
    meeting = parse(GLUED)
    assert [(i.number, i.from_contents) for i in meeting.items] == [("174", False), ("175", False), ("176", True)]
    assert meeting.items[2].title == "Budgetrevision 2 og handlingsplaner"
    contents = parse("Byrådet - Referat\n\nIndholdsfortegnelse1. Fraværende\n\n\nResume\n\nBeslutning\n\nIngen.\n")
    assert numbered(contents) == [("1", "Fraværende")]


def test_a_number_glued_to_its_title() -> None:
    text = "Referat\n\n3Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n\n4Eventuelt\n\nBeslutning\n\nIntet.\n"
    assert numbered(parse(text)) == [("3", "Godkendelse af dagsorden"), ("4", "Eventuelt")]


# roedovre-kommunalbestyrelsen-2019-09-24: the title on the line above "Sag nr. N", and the
# decision after the earlier committees' ("Anbefales", "Indstilles godkendt").
ROEDOVRE = """Kommunalbestyrelsen
24-09-2019

Sager 129 - 138

Spørgetid
Sag nr. 129

Beslutningskompetence: KB

Beslutning

Taget til efterretning.

Tillæg 1 til Lokalplan 145 Udvidelse af delområde F og G - endelig vedtagelse
Sag nr. 130

Beslutningskompetence: KB

Indstilling

Teknisk Forvaltning indstiller,

at Tillæg 1 til Lokalplan 145 vedtages.

Teknik- og Miljøudvalget, 10. september 2019, pkt. 65:

Anbefales.

Økonomiudvalget, 18. september 2019, pkt. 153:

Indstilles godkendt.

Beslutning

Godkendt.
"""


def test_title_above_sag_nr() -> None:
    assert numbered(parse(ROEDOVRE)) == [
        ("129", "Spørgetid"),
        ("130", "Tillæg 1 til Lokalplan 145 Udvidelse af delområde F og G - endelig vedtagelse"),
    ]
    assert [i.outcome for i in extract(ROEDOVRE).items] == ["noted", "approved"]


# randers-byraadet-nemagenda-1748986: "N Titel" rows under a "Punkt Titel" header.
RANDERS = """Dagsorden

DIVERSE SAGER
Punkt Titel
16 Udpegningssager til hverv, råd og bestyrelser 2014 - 2017
Resume

I forlængelse af kommunalvalget 2013 skal Randers Byråd udpege medlemmer til en række råd.
"""


def test_number_and_title_under_a_punkt_titel_header() -> None:
    assert numbered(parse(RANDERS)) == [("16", "Udpegningssager til hverv, råd og bestyrelser 2014 - 2017")]


def test_number_space_title_in_a_numbered_run() -> None:
    # the titles of kdnet-midtjylland-2015-03-27, printed "N Titel" without a dot
    text = (
        "Referat\n\n1 Godkendelse af dagsorden\n\nDagsordenen blev godkendt.\n\n"
        "2 Godkendelse af referatet fra møde fredag 30. januar 2015\n\nReferatet blev godkendt.\n\n"
        "3 Regional Vækst- og Udviklingsstrategi\n\nOrientering om status på vækst- og udviklingsstrategien.\n"
    )
    assert [i.number for i in parse(text).items] == ["1", "2", "3"]
    # "Orientering om status …" opens item 3: noted by the written outcome rule (tests/realworld/README.md)
    assert outcomes(extract(text)) == {"1": "approved", "2": "approved", "3": "noted"}
    alone = "Referat\n\n4 Frederikshavn Byråd - Referat juni 2015\n\nDer er indkommet et skriftligt spørgsmål.\n"
    assert parse(alone).items == []  # a page header with its page number, no run


# aarhus-magistraten-2019-03-25: no numbers; a short line followed by Beslutning.
AARHUS = """Referat Magistraten 25-03-2019

  Dialogmøde mellem Magistraten og Aarhus Vand A/S


  Beslutning
  Drøftet.
  Rådmand Kristian Würtz og Keld Hvalsø var forhindret i at deltage i sagens behandling.

  Sagens forløb 25-03-2019 Magistraten
  Drøftet.

  Bilag

  Referat fra Magistratens møde den 18. marts 2019


  Beslutning
  Intet.
  Rådmand Kristian Würtz og Keld Hvalsø var forhindret i at deltage i sagens behandling.

  Bilag

  Byrådets mødeplan 2020


  Beslutning
  Fremsendes til Aarhus Byråd med bemærkning, at Magistraten i mødet den 25. marts 2019 anbefaler, at byrådet tiltræder Borgmesterens Afdelings indstilling af 14. marts 2019.

  Indstilling
  Det indstilles, at byrådsmøderne i 2020 ligger følgende datoer:
  22. januar
  5. februar
  9. september  (byrådsmøde inkl. 1. behandling af budgettet)
"""  # noqa: E501


def test_unnumbered_items_before_beslutning() -> None:
    facts = extract(AARHUS)
    assert [(i.title, i.outcome) for i in facts.items] == [
        ("Dialogmøde mellem Magistraten og Aarhus Vand A/S", "discussed"),
        ("Referat fra Magistratens møde den 18. marts 2019", "none"),  # "Intet." (the written outcome rule)
        ("Byrådets mødeplan 2020", "endorsed"),  # "Fremsendes … med bemærkning, at Magistraten … anbefaler"
    ]  # the dates of the mødeplan are not items


def test_unnumbered_title_with_portal_labels_before_its_heading() -> None:
    # roskilde-kultur-idraet-2019-04-03 without its "Pkt. N" lines
    text = (
        "Referat\n\n  Ny strategiplan for Museet for Samtidskunst\n\n"
        "  Sagsnr. 315923 Kultur- og Idrætsudvalget Åbent punkt\n\n  Resume\n\n"
        "  Museet for Samtidskunst har udarbejdet en ny vision og strategi for museet.\n"
    )
    assert numbered(parse(text)) == [("1", "Ny strategiplan for Museet for Samtidskunst")]


def test_a_quoted_item_title_is_not_a_decision() -> None:
    # kk-borgerrepraesentationen-2021-11-04: the excerpt ends before the agenda is approved
    text = (
        "Godkendelse af dagsordenen\n\nBeslutning\n\n"
        "Borgerrepræsentationens beslutning i mødet den 4. november 2021\n\n"
        "Sagen uden for dagsorden blev besluttet behandlet efter dagsordenspunkt 1: ”Godkendelse af dagsorden”.\n"
    )
    # "blev besluttet behandlet" is the decision (kk-borgerrepraesentationen-2021-11-04's gold by the written rule);
    # the quoted title is still no decision of its own
    assert [i.outcome for i in extract(text).items] == ["approved"]


def test_rejected_forms() -> None:
    text = "1. Ansøgning om tilskud\n\nBeslutning\n\nUdvalget besluttede ikke at imødekomme ansøgningen.\n"
    assert outcomes(extract(text)) == {"1": "rejected"}


# naestved-byraadet-2016-11-22: "Punkt N:" and decisions of several bodies in one paragraph.
NAESTVED = """Byrådet 22-11-2016
Punkt 171: Godkendelse af dagsorden
00.22.02-A26-1-13 Beslutning Byrådet, 22.11.2016 Githa Nelander var fraværende. Godkendt.
Punkt 172: Endelig vedtagelse af lokalplan 067 og kommuneplantillæg nr. 11
01.02.05-P16-8-16 Resume Kompetenceudvalg: Byrådet
Lokalplanen forelægges nu til endelig vedtagelse uden ændringer. INDSTILLING Administrationen indstiller, at forslag til lokalplan og kommuneplantillæg vedtages endeligt uden ændringer. Beslutning Plan- og Ejendomsudvalget, 24.10.2016 Anbefales
Økonomiudvalget, 31.10.2016 Jette Leth Buhl var fraværende. Anbefales.
Byrådet, 22.11.2016 Githa Nelander var fraværende. Godkendt. Sagsfremstilling
Planforslaget har været fremlagt til offentlig høring i perioden 30.06.2016 til 01.09.2016.
"""  # noqa: E501


def test_outcome_is_this_meetings_decision_not_an_earlier_bodys() -> None:
    facts = extract(NAESTVED)
    assert [(i.number, i.outcome) for i in facts.items] == [("171", "approved"), ("172", "approved")]


def test_forwarded_and_dated_body_headings() -> None:
    # kolding-oekonomiudvalget-2021-03-16 and roskilde-kultur-idraet-2019-04-03
    kolding = (
        "1. Udtræden af byrådet\n\nBeslutning Økonomiudvalget den 16-03-2021\n\nForslaget indstilles til godkendelse.\n"
    )
    assert [i.outcome for i in extract(kolding).items] == ["endorsed"]  # recommended to Byrådet (the written rule)
    roskilde = (
        "Referat\n\n  Pkt. 42\n\n  Beslutninger om dagsordenen\n\n"
        "  Sagsnr. 299835 Kultur- og Idrætsudvalget Åbent punkt\n\n"
        "  Kultur- og Idrætsudvalget, 03-04-2019, pkt. 42\n\n"
        "  Tillægsdagsordenen blev optaget på dagsordenen som punkt 55.\n  Herefter godkendt.\n"
    )
    facts = extract(roskilde)
    assert [(i.number, i.title, i.outcome) for i in facts.items] == [("42", "Beslutninger om dagsordenen", "approved")]


# --- flattened text ---------------------------------------------------------------------------

# kdnet-midtjylland-2015-03-27: a PDF page on one line, prose minutes with no headings.
KDNET = (
    "Referat fra møde i kommunaldirektørnetværket\n\n"
    "1 Referat fra møde i kommunaldirektørnetværket i den midtjyske region Tid og sted: Fredag 27. marts 2015, "
    "fra kl til (11.00) med efterfølgende frokost Medborgerhuset i Silkeborg, Sal C, Bindslevs Plads 5, 8600 "
    "Silkeborg. Deltagere: Afbud: Anders J. Jørgensen (fra kl ), Claus Damgaard, Hans Nikolaisen, Henning Hansen, "
    "Henning Haahr Pedersen, Jan Kallestrup, Jann Hansen, Jesper H. Jensen, Lars Vilbrad for Bo Johansen, Eva "
    "Glæsner, KKR, Jonna Holm Pedersen, KKR, Inger Bojsen Nehm, KD-Net (ref.) Lemvig. 1. Godkendelse af dagsorden "
    "Dagsordenen blev godkendt med den tilføjelse, at der under punkt 15 tilføjes et punkt vedr. udpegelse af "
    "medlem til den administrative baggrundsgruppe for Væksthus Midtjylland. 2. Godkendelse af referatet fra møde "
    "fredag 30. januar 2015 Bilag 1. Referat fra møde i kd-net fredag 30. januar 2015 Referatet blev godkendt. "
    "3. Regional Vækst- og Udviklingsstrategi, VUS v. Niels Erik Kjærgaard og Lars Vilbrad Orientering om status på "
    "vækst- og udviklingsstrategien, herunder den opdaterede tidsplan. Der er iværksat en proces, som tager sit "
    "udgangspunkt i fire udfordringer: Konkurrenceevne, Klima og ressourcer, Velfærd samt Demografi.\n"
)


def test_a_flattened_page_is_cut_into_items() -> None:
    facts = extract(KDNET)
    assert [(i.number, i.outcome) for i in facts.items] == [("1", "approved"), ("2", "approved"), ("3", "noted")]
    assert facts.items[0].title == "Godkendelse af dagsorden"  # "Bilag 1." is a reference, not item 1 again


# gentofte-kommunalbestyrelsen-2015-08-31: a whole front page and contents list on one line.
GENTOFTE = (
    "GENTOFTE KOMMUNE Referat af møde i Kommunalbestyrelsen Mødetidspunkt 31-08-2015 18:00 Mødeafholdelse "
    "Rådssalen Protokollen blev læst og mødet hævet kl.: 20.35 Tilstede: Hans Toft, Søren B. Heisel, Pia Nyring, "
    "Lisbeth Winther, Karen Riis Kjølbye, Michael Fenger, Bente Frimodt-Møller, Jesper Kamp Nielsen, Ulrik Borch, "
    "Ann-Kathrine Karoff Fraværende: Marianne Zangenberg (stedfortræder: Per B. Andersen) Indholdsfortegnelse "
    "Kommunalbestyrelsen 31-08-2015 18:00 1 (Åben) Meddelelser fra formanden "
    "..................................................4 2 (Åben) Lokalplan 367 for Gyldenlundsvej 43 -57. "
    "Endelig vedtagelse ...........................................4 3 (Åben) Høring om indstilling til fredning af "
    "Hellerup Strandpark og Lystbådehavn .........................5 4 (Lukket) Anlægsbevilling Digitalisering af "
    "folkeskoler 2015 .........................................................8"
)


def test_a_one_line_contents_list() -> None:
    meeting = parse(GENTOFTE)
    assert [(i.number, i.title, i.public, i.from_contents) for i in meeting.items] == [
        ("1", "Meddelelser fra formanden", True, True),
        ("2", "Lokalplan 367 for Gyldenlundsvej 43 -57. Endelig vedtagelse", True, True),
        ("3", "Høring om indstilling til fredning af Hellerup Strandpark og Lystbådehavn", True, True),
        ("4", "Anlægsbevilling Digitalisering af folkeskoler 2015", False, True),
    ]


def test_resegment_keeps_offsets() -> None:
    lines, cut = resegment(split_lines(GENTOFTE))
    assert len(lines) > 5 and cut
    for line in lines:
        assert GENTOFTE[line.start : line.start + len(line.text)] == line.text


# kkr-syddanmark-2014 and brn-bestyrelse-2017-01-27: contents lists whose numbers the text layer lost.
KKR = (
    "K K R S Y D D A N M A R K\n\nTranskript\n\n"
    "1 REFERAT 2014 K K R S Y D D A N M A R K Dato: :00 Sted: Hotel Trinity, Gl. Færgevej 30, 7000 Fredericia "
    "Mission KL bidrager til at udvikle og fastholde et stærkt lokalt demokrati. KL varetager kommunernes fælles "
    "interesser og er kommunernes samlede forhandlingsorganisation, videnscenter og forum for fælles initiativer og "
    "beslutninger.\n\n"
    "2 Deltagerfortegnelse Godkendelse af referat Godkendelse af referat fra mødet i KKR Syddanmark den 10. juni "
    "Regionalpolitiske sager Regional vækst- og udviklingsstrategi Høring af sundhedsaftale Orientering om "
    "praksisplan i høring hos de 22 kommuner Udpegninger Udpegning til Uddannelsesudvalget for VUC Syd Meddelelser "
    "Punkter til næste møde Dagsordenspunkter til mødet den 14. november Eventuelt SIDE 2\n\n"
    "3 Deltagerfortegnelse Deltagere Søren Steen Andersen, Assens Kommune Ib Kristensen, Billund Kommune Johnny "
    "Søtrup, Esbjerg Kommune Christian Thygesen, Faaborg-Midtfyn Kommune Hans Jørgensen, Faaborg-Midtfyn Kommune "
    "Hans Peter Geil, Haderslev Kommune Jørn Pedersen, Kolding Kommune Steen Dahlstrøm, Middelfart Kommune Anni B. "
    "Tyrrestrup, Middelfart Kommune Morten Andersen, Nordfyns Kommune Kenneth Muhs, Nyborg Kommune Anker Boye, "
    "Odense Kommune Lars Erik Hornemann, Svendborg Kommune Laurids Rudebeck, Tønder Kommune Erik Buhl Nielsen, "
    "Varde Kommune Jørgen Otto Jørgensen, Ærø Kommune Thomas Andresen, Aabenraa Kommune Povl Kylling Petersen\n"
)  # a page per line: the participants' page runs to 676 characters
BRN = (
    "Transkript\n\n1 Bestyrelse Fredag 27. januar 2017 kl Mødelokale K Niels Bohrs Vej Aalborg Øst\n\n"
    "2 Indholdsfortegnelse 1. Godkendelse af dagsordenen 2. Temadrøftelse - Interessevaretagelse 3. Fælles "
    "nordjysk platform for sundheds- og velfærdsinnovation 4. Strategi Opfølgning på turismemøde den 10. januar "
    "Økonomi 7. Nordjysk Open Data indsats 8. Status på 1000 studiejobs 9. Status fra indsatsområderne 10. Øvrige "
    "orienteringspunkter 11. Eventuelt\n\n"
    "3 Deltagere Birgit Hansen Frederikshavn Kommune Lene Kjelgaard Jensen Thisted Kommune Leon Sebbelin Rebild "
    "Kommune Mogens Gade Jammerbugt Kommune Mogens Jespersen Mariagerfjord Kommune Ulla Astmann Region Nordjylland "
    "Hans Ejner Bertelsen Morsø Kommune Thomas Kastrup-Larsen Aalborg Kommune Arne Boelt Hjørring Kommune Mikael "
    "Klitgaard Brønderslev Kommune Jes Lunde Rebild Kommune Dorte Stigaard Region Nordjylland Carsten Sand Nielsen "
    "BRN Sekretariat Rasmus Engsig BRN Sekretariat Helene Lund Therkelsen KKR Nordjylland Afbud: Knud Kristensen "
    "Vesthimmerlands Kommune Tobias Birch Johansen Læsø Kommune Gæster: Frank Laybourn Lead Agency\n\n"
    "4 1. Godkendelse af dagsordenen Sekretariatet indstiller, at Bestyrelsen godkender dagsordenen Dagsordenen "
    "godkendes 4\n\n"
    "5 2. Temadrøftelse - Interessevaretagelse Sekretariatet indstiller, at Bestyrelsen drøfter hvordan BRN "
    "fremadrettet kan styrke indsatsen omkring interessevaretagelse. Sagsfremstilling Bestyrelsesmødet indledes "
    "med en temadrøftelse om BRN s dagsordensættende og interessevaretagende rolle, herunder hvordan bestyrelsen "
    "fremadrettet kan arbejde for at styrke indsatsen omkring interessevaretagelse.\n"
)


def test_a_contents_list_that_lost_its_numbers() -> None:
    titles = [i.title for i in parse(KKR).items]
    assert titles[:4] == [
        "Godkendelse af referat",
        "Godkendelse af referat fra mødet i KKR Syddanmark den 10. juni",
        "Regionalpolitiske sager",
        "Regional vækst- og udviklingsstrategi",
    ]
    assert "Orientering om praksisplan i høring hos de 22 kommuner" in titles
    assert titles[-1] == "Eventuelt"
    assert not any("Deltager" in t or "Kommune" in t for t in titles)  # the contents' own entry, the list


def test_numbers_lost_inside_a_numbered_contents_list() -> None:
    meeting = parse(BRN)
    assert [(i.number, i.title, i.from_contents) for i in meeting.items] == [
        ("1", "Godkendelse af dagsordenen", False),
        ("2", "Temadrøftelse - Interessevaretagelse", False),
        ("3", "Fælles nordjysk platform for sundheds- og velfærdsinnovation", True),
        ("4", "Strategi", True),
        ("5", "Opfølgning på turismemøde den 10. januar", True),
        ("6", "Økonomi", True),
        ("7", "Nordjysk Open Data indsats", True),
        ("8", "Status på 1000 studiejobs", True),
        ("9", "Status fra indsatsområderne", True),
        ("10", "Øvrige orienteringspunkter", True),
        ("11", "Eventuelt", True),
    ]


# frederikshavn-oekonomiudvalget-2021-08-18: a contents list with dotted leaders, page numbers and
# page headers; the items' text is not in the excerpt.
FREDERIKSHAVN = """Medlemmer: Birgit S. Hansen (A), Formand

Økonomiudvalget 2018-2021 - 18-08-2021 15:30

Side 2 af 32

Indholdsfortegnelse

Økonomiudvalget 2018-2021

18-08-2021 15:30

1 (Åben) Ansøgning om igangsætning af ny planlægning for Skagavej 134 i Skagen.............................. 3

2 (Åben) Igangsætning af ny planlægning for Skagavænget 1 - 11 i Skagen ............ 5

3 (Åben) Brugsaftale for to grunde på Nørrevej i Strandby ........................................ 7
"""


def test_contents_only() -> None:
    meeting = parse(FREDERIKSHAVN)
    assert [(i.number, i.title, i.from_contents) for i in meeting.items] == [
        ("1", "Ansøgning om igangsætning af ny planlægning for Skagavej 134 i Skagen", True),
        ("2", "Igangsætning af ny planlægning for Skagavænget 1 - 11 i Skagen", True),
        ("3", "Brugsaftale for to grunde på Nørrevej i Strandby", True),
    ]


# toender-kommunalbestyrelsen-2014-06-26: a transcript's pages each on one line after their page
# number; the "Pkt. Tekst Side" contents table with each title's page number after it, some item
# numbers lost.
TOENDER = (
    "Tønder Kommune Kommunalbestyrelsen. Referat. Mødedato: 26. juni Rådhus.\n\nStørrelse: px\n"
    'Starte visningen fra side:\n\nDownload "Tønder Kommune Kommunalbestyrelsen. Referat. Mødedato: 26. juni '
    '2014. Rådhus. Starttidspunkt for møde: 19:00. Niels F. Dahlmann ved afbud"\n\nTranskript\n\n'
    "1 Mødedo: 26. juni 2014 Mødelokale: Byrådssalen, Tønder Rådhus Starttidspunkt for møde: 19:00 Fraværende: "
    "Lars Rytter ved afbud Niels F. Dahlmann ved afbud 26. juni 2014\n\n"
    "2 Indholdsfortegnelse Pkt. Tekst Side Åbne dagsordenspunkter 1 Udpegning til bestyrelsen for Nionalpark "
    "Vadehavet 5 2 Nye medlemskandider til Det Lokale Beskæftigelsesråd 6 3 Godkendelse af Tønder Kommunes "
    'Stregiplan Godkendelse af retningslinjer for prisen "Årets forening" 11 5 Analyse af fremtidige '
    "fælleskommunale driftsfællesskaber 14 6 Årsregnskab 2013 for Rømø Havn 16 7 Godkendelse af regnskab 2013 "
    "for Jordkøbsnævnet Frigivelse af anlægsbevilling - nedrivningspulje til Abild gl. skole 18 9 Frigivelse af "
    "anlægsmidler til forlægning af Dige Tilskud til URS Ombygning af bolig til hjemtagning af et barn/ung til "
    "eget tilbud i Tønder Kommune Sydtrafik budget 2015 høring Trafikplan for Sydtrafik Orientering om "
    "befordringsområdet juni\n"
)


def test_a_contents_table_of_number_title_and_page() -> None:
    items = [(i.number, i.title) for i in parse(TOENDER).items]
    assert items[10:] == [
        ("11", "Ombygning af bolig til hjemtagning af et barn/ung til eget tilbud i Tønder Kommune"),
        ("12", "Sydtrafik budget 2015 høring"),  # a title ends on "Kommune"
        ("13", "Trafikplan for Sydtrafik"),
        ("14", "Orientering om befordringsområdet juni"),
    ]
    assert items[:10] == [
        ("1", "Udpegning til bestyrelsen for Nionalpark Vadehavet"),
        ("2", "Nye medlemskandider til Det Lokale Beskæftigelsesråd"),
        ("3", "Godkendelse af Tønder Kommunes Stregiplan"),
        ("4", 'Godkendelse af retningslinjer for prisen "Årets forening"'),
        ("5", "Analyse af fremtidige fælleskommunale driftsfællesskaber"),
        ("6", "Årsregnskab 2013 for Rømø Havn"),
        ("7", "Godkendelse af regnskab 2013 for Jordkøbsnævnet"),
        ("8", "Frigivelse af anlægsbevilling - nedrivningspulje til Abild gl. skole"),
        ("9", "Frigivelse af anlægsmidler til forlægning af Dige"),
        ("10", "Tilskud til URS"),
    ]


# nt-bestyrelse-2008-11-14: the same table with no "Indholdsfortegnelse" above it; "Eventuelt" is a
# title of its own.
NT = (
    "2 Referat Bestyrelsesmøde hos NT den 14. november november 2008 Deltagere Thomas Kastrup-Larsen, Aalborg "
    "Kommune Otto Kjær Larsen, Jammerbugt Kommune Daniel Nyboe Andersen, Aalborg Kommune Afbud Preben "
    "Christensen, Mariagerfjord Kommune Pkt. Tekst Side 1 Godkendelse af referat fra skriftligt bestyrelsesmøde "
    "den 2. oktober Status på strategi virksomhedsgrundlag, november Nyt fra Trafikselskaberne i Danmark 4 4 "
    "Vederlagsfri kørsel på Mors 5 5 Gratis søndage, december måned Bonusopgørelsen 2007/ Nyt "
    "incitamentsprogram for by- og metrobusserne i Aalborg 8 8 Meddelelser 9 9 Eventuelt Liste over kommende "
    "sager 10 Side 2 af 10\n"
)


def test_a_contents_table_without_a_contents_heading() -> None:
    titles = {i.number: i.title for i in parse(NT).items}
    assert titles["1"] == "Godkendelse af referat fra skriftligt bestyrelsesmøde den 2. oktober"
    assert titles["4"] == "Vederlagsfri kørsel på Mors"
    assert titles["8"] == "Meddelelser"
    assert titles["9"] == "Eventuelt"
    assert titles["10"] == "Liste over kommende sager"


# vordingborg-erhvervsudvalget-2014-09-08: the page header of page 3 is not a contents entry; a dotted
# leader closes only the last of the titles run together before it; "Bilagsoversigt" is no item.
VORDINGBORG = (
    "Transkript\n\n1 Erhvervsudvalget Referat Dato 08. september 2014 Mødetidspunkt 16:00 Sluttidspunkt "
    "18:05 Sted Medlemmer Fraværende Lokale 1, Vordingborg Rådhus Asger Diness Andersen, Laura Sø, "
    "Thorbjørn Kolbo, Mikael Smed, Kim Errebo Ingen Bemærkninger\n\n2 Indholdsfortegnelse Sag nr. Side 1. "
    "Godkendelse af dagsorden Orientering fra formanden - direktøren Orientering om status på "
    'turismesamarbejdet "Østersøen plus" Orientering om status på dialog om erhvervshandleplan '
    "Halvårsregnskab Erhvervsudvalget Forslag til budgetbemærkninger Erhvervsudvalget "
    'Cykelpuljeprojektet "Sejl til Danmarks vildeste cykeldestination" Kender du Vordingborg Kommune - '
    "tema i Sjællandske Potentialeplan for kystturismen på Møn Mobil og bredbånd - Kortlægning af og "
    "lånepulje Erhvervsprisen Drøftelse af kommende projekter Salg af areal - LUKKET SAG Eventuelt...19 "
    "Bilagsoversigt...20 Underskriftsside...21\n\n3 Vordingborg Kommune Dato Side Erhvervsudvalget "
    "Godkendelse af dagsorden Sagsnr.: 14/ Sagen afgøres i: Erhvervsudvalget Område: "
    "Ledelsessekretariatet - Sagsbeh: Gitte Overgaard Nielsen Lovgrundlag Lov om kommunernes styrelse "
    "Sagsfremstilling Dagsorden til mødet er udarbejdet og udsendt til Erhvervsudvalgets medlemmer i "
    "henhold til den godkendte forretningsorden. Indstilling Administrationen indstiller, at det "
    "udsendte forslag til dagsorden godkendes. Beslutning i Erhvervsudvalget den Indstillingen tiltrådt. "
    "2\n"
)


def test_titles_run_together_before_a_dotted_leader() -> None:
    titles = [i.title.rstrip(".") for i in parse(VORDINGBORG).items]
    assert titles[:5] == [
        "Godkendelse af dagsorden",
        "Orientering fra formanden - direktøren",
        'Orientering om status på turismesamarbejdet "Østersøen plus"',
        "Orientering om status på dialog om erhvervshandleplan",
        "Halvårsregnskab Erhvervsudvalget",
    ]
    assert "Forslag til budgetbemærkninger" in titles
    assert titles[-1] == "Eventuelt"
    assert not any(t.startswith("Vordingborg Kommune") or "Bilagsoversigt" in t for t in titles)


# norddjurs-kultur-udvikling-2012-01-23: "Indholdsfortegnelse:" after the page number; "Beslutning om
# ..." opens a title, not a decision section.
NORDDJURS = (
    "Transkript\n\n1 Kultur- og udviklingsudvalget BESLUTNINGSPROTOKOL Møde nr. : 01/2012 Sted : "
    "Mødelokale 14, administrationsbygningen Allingåbro Dato : 23. januar 2012 Start kl. : Slut kl. : "
    "Medlemmer Lars Møller (A) Kirsten Grethe Jensen (V) Eigil Henriksen (V) Jytte Dalgaard (SF) Bente "
    "Hedegaard (A) Deltog x x x x x F:\\Dagsorden hjemmeside\\politiske organer\\kultur- og "
    "udviklingsudvalget\\2012\\møde nr. 01 den 23. januar 2012\\Beslutningsprotokol KU1201.doc Norddjurs "
    "Kommune\n\n2 Indholdsfortegnelse: 1. Budgetopfølgning for kultur- og udviklingsudvalget ultimo "
    "december måned Kultur- og udviklingsafdelingens handlingsplan og budget Organisering af "
    "naturformidling i Norddjurs Kommune Ansøgning om midler til deltagelse i letbanesekretariat Pulje "
    "til lokale bosætningsinitiativer Forslag til udviklingsstrategi for Norddjurs Kommune Beslutning om "
    "udarbejdelse af natur- og friluftsstrategi Folkeoplysningspolitik Norddjurs Kommune Indgangspart "
    "til museumsbygningen i Grenaa frigivelse af anlægsbevilling Ansøgning fra Grenaa Havn om "
    "medfinansiering af masterplan Erhvervsudviklingsindsats og branding Meddelelser F:\\Dagsorden "
    "hjemmeside\\politiske organer\\kultur- og udviklingsudvalget\\2012\\møde nr. 01 den 23. januar "
    "2012\\Beslutningsprotokol KU1201.doc Norddjurs Kommune\n\n3 1. Budgetopfølgning for kultur- og "
    "udviklingsudvalget ultimo december måned Ø09 11/88 Sagsgang: KUU I henhold til Forretningsgang "
    "vedrørende samlet budgetopfølgning i Norddjurs Kommune skal udvalgene månedligt forelægges "
    "budgetopfølgninger fra direktørområderne. Budgetopfølgningen pr. ultimo december 2011 viser på "
    "driftsområdet en mindreudgift på 1,723 mio. kr. jf. redegørelse under afsnit vedr\n"
)


def test_a_contents_heading_after_a_page_number() -> None:
    titles = [i.title for i in parse(NORDDJURS).items]
    assert titles[0] == "Budgetopfølgning for kultur- og udviklingsudvalget ultimo december måned"
    assert "Organisering af naturformidling i Norddjurs Kommune" in titles
    assert "Beslutning om udarbejdelse af natur- og friluftsstrategi" in titles
    assert titles[-1].startswith("Meddelelser")  # a file path footer follows on the page


# hvidovre-kommunalbestyrelsen-2014-10-28: an empty "Indholdsfortegnelse" right before the items; an
# item title holding a full stop.
HVIDOVRE = """Referat - Kommunalbestyrelsen den 28. oktober 2014

Indholdsfortegnelse


.


1. Godkendelse af dagsorden

Beslutning i Kommunalbestyrelsen den 28-10-2014

Afbud fra Mikkel Dencker

Godkendt.


2. Forskellige cirkulærer og meddelelser. Orientering ved borgmesteren

Beslutning i Kommunalbestyrelsen den 28-10-2014

Borgmesteren orienterede om en kommende sag vedrørende Sønderkærskolen.


3. Vedtægt for Hvidovre Kommunes borgerrådgiver

Beslutningstema

Ko
"""


def test_an_entry_followed_by_its_decision_is_an_item() -> None:
    meeting = parse(HVIDOVRE)
    assert [(i.number, i.title, i.from_contents) for i in meeting.items] == [
        ("1", "Godkendelse af dagsorden", False),
        ("2", "Forskellige cirkulærer og meddelelser. Orientering ved borgmesteren", False),
        ("3", "Vedtægt for Hvidovre Kommunes borgerrådgiver", False),
    ]
    assert outcomes(extract(HVIDOVRE))["1"] == "approved"


# regionsyddanmark-sundhedssamordningsudvalget-2012-08-21: the list of items before their text, in an
# excerpt that ends inside item 1; "Orienteredes."
REGION_SYD = """Sundhedssamordningsudvalget - Referat - 21. august 2012

  1. Fødeplanen i Region Syddanmark
  2. Etablering af sundhedshus i Bogense
  3. Udmøntningsplan for den ældre medicinske patient
  4. Tillægsaftale vedr. satspuljemidler for psykologbehandling


  Sagsnr. 12/838
  1. Fødeplanen i Region Syddanmark
  fold dette punkt ind Sagsfremstilling

  Fødeplanen i Region Syddanmark v. formand for Følgegruppen til Fødeplanen, sygeplejedirektør Ditte Thinggaard.

  fold dette punkt ind Beslutning i Sundhedssamordningsudvalget den 21-08-2012

  Orienteredes.
"""


def test_a_list_of_items_repeated_in_an_excerpt_that_ends_early() -> None:
    meeting = parse(REGION_SYD)
    assert [(i.number, i.from_contents) for i in meeting.items] == [("1", False), ("2", True), ("3", True), ("4", True)]
    assert outcomes(extract(REGION_SYD))["1"] == "noted"


# herning-byraad-2021-08-24: "Indstillingen er tiltrådt." where the indstilling was to take note.
HERNING = """Udvalg: Herning Byråd
Mødedato: 24. august 2021

119. Cirkulæreskrivelse, orienteringssager m.v.

Sagsfremstilling

Til almindelig orientering er eventuelle cirkulæreskrivelser, orienteringssager m.v. vedlagt dagsordenen som bilag.

Indstilling

Økonomi- og Erhvervsudvalget indstiller,

at orienteringen tages til efterretning.

Beslutning

Indstillingen er tiltrådt.

120. Forslag til mødekalender for Økonomi- og Erhvervsudvalget og Byrådet i 2022

Indstilling

Økonomi- og Erhvervsudvalget indstiller,

at mødekalenderen godkendes.

Beslutning

Indstillingen er tiltrådt.
"""


def test_an_accepted_indstilling_takes_its_outcome_from_what_it_proposed() -> None:
    # the written outcome rule: "Indstillingen er tiltrådt" is approved whatever was proposed (herning-byraad-2021)
    assert outcomes(extract(HERNING)) == {"119": "approved", "120": "approved"}


# herning-teknik-miljoe-2017-11-06: an unnumbered item whose title is followed by the portal's grid of
# committees (a cell per line, empty ones between) and its case officers before "Sagsresume".
HERNING_TMU = """Dagsordener og referater

Udvalg: Teknik- og Miljøudvalget
Mødedato: 6. november 2017
Mødested: C3.40

Dagsordenpunkter

Sagsnr.: 05.00.00-A00-2-17 Sagsbehandler: Lene Ahle Skoubo Jakobsen

Orientering om beskæftigelsesprojektet "Naturen som løftestang"

DIR

FOU

BFU

\x20

 x

\x20

Øvrige sagsbehandlere: Jacob Philipsen

Sagsresume

Som dokumentation for det tværfaglige cykelprojekt er der udarbejdet en film om forløbet.

Indstilling

Direktøren for Teknik og Miljø indstiller,

at sagen tages til orientering.

Beslutning

Sagen taget til orientering.
"""


def test_an_unnumbered_item_above_a_route_grid() -> None:
    meeting = parse(HERNING_TMU)
    assert meeting.kind == "referat"
    assert [i.title for i in meeting.items] == ['Orientering om beskæftigelsesprojektet "Naturen som løftestang"']
    assert [i.outcome for i in extract(HERNING_TMU).items] == ["noted"]


def test_a_run_of_titles_cut_before_budget_words_never_after_a_postcode() -> None:
    # skive-oekonomiudvalget-2014-08-12: the contents after "1." lost their numbers
    run = (
        "Budgetstatus Budgetforslag 2015 på Økonomiudvalgets eget område Udbud af rengøringsservice og "
        "vinduespolering Køb af Folmentoftvej 1, 7800 Skive"
    )
    assert split_title_run(run) == [
        "Budgetstatus",
        "Budgetforslag 2015 på Økonomiudvalgets eget område",
        "Udbud af rengøringsservice og vinduespolering",
        "Køb af Folmentoftvej 1, 7800 Skive",
    ]


def test_a_contents_title_found_again_gives_the_item_its_text() -> None:
    # vordingborg-erhvervsudvalget-2014-09-08: the item pages lost their numbers; the title after the
    # page header, then "Sagsnr.:", is where the item's text begins
    meeting = parse(VORDINGBORG)
    first = next(i for i in meeting.items if i.title == "Godkendelse af dagsorden")
    assert not first.from_contents
    assert outcomes(extract(VORDINGBORG))[first.number] == "approved"  # "Beslutning i ... Indstillingen tiltrådt."
    # nt-bestyrelse-2008-11-14: a long title stands alone; the record lost its full stop
    text = NT + (
        "\n3 Godkendelse af referat fra skriftligt bestyrelsesmøde den 2. oktober 2008 Referatet er vedlagt "
        "dagsorden. at referatet godkendes Referatet blev godkendt. Bilag Bilag 1- Referat, NT-bestyrelsesmøde, "
        "2. oktober Status på strategi virksomhedsgrundlag, november 2008 I foråret 2007 førte NT s strategiproces "
        "til et virksomhedsgrundlag.\n"
    )
    assert outcomes(extract(text))["1"] == "approved"


# --- never items ------------------------------------------------------------------------------

BODY = (
    "Referat\n\n1. Godkendelse af dagsorden\n\nIndstilling\n\nDirektøren indstiller,\n\n{lines}\n\n"
    "Beslutning\n\nGodkendt.\n"
)

never_items = st.sampled_from(
    [
        "At 1) dagsordenen godkendes",
        "1) at dagsordenen godkendes",
        "2) at referatet godkendes,",
        "3. at sagen oversendes til Økonomiudvalget.",
        "Side 2 af 38",
        "4",
        "17",
        "22. januar",
        "11. juni (torsdag)",
        "2. Udvalget for Ældre og Sundhed i samarbejde med plejecentrene sikrer, at alle anbefalinger udmøntes,",
        "Frederikshavn Byråd - Referat juni 2015 Side 4 af 38",
        "4 Frederikshavn Byråd - Referat juni 2015",
        "12. Bygherre skal opsætte støjmåler. Hvert målested skal godkendes af forvaltningen,",
    ]
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(never_items, min_size=1, max_size=6))
def test_page_numbers_sub_points_and_dates_are_never_items(lines: list[str]) -> None:
    meeting = parse(BODY.format(lines="\n".join(lines)))
    assert [i.number for i in meeting.items] == ["1"]
    assert extract(BODY.format(lines="\n\n".join(lines))).items[0].outcome == "approved"


# A case's prose, as a flattened page runs it on: these pages are as long as real ones (600+ characters).
PROSE = (
    "Området har i de senere år oplevet et stigende pres på grund af den demografiske udvikling. En arbejdsgruppe "
    "med deltagelse fra de berørte fagområder har udarbejdet et oplæg. "
)

# The seeds' decision heading ("Direktionens møde den 22. februar 2021:") on a flattened page: the
# body's dated heading opens this meeting's decision, as on its own line.
FLAT_DATED_DECISIONS = (
    "1 REFERAT Direktionen d. 22-02-2021 Mødedato Mandag d. 22. februar 2021 kl. 12:30 Punkt 1: Budgetopfølgning "
    f"Sagsfremstilling Budgetopfølgningen viser et forventet merforbrug. {PROSE}"
    "Indstillinger Forvaltningen indstiller, at "
    "sagen godkendes. Direktionens møde den 22. februar 2021: Direktionen drøftede sagen. Punkt 2: Orientering om "
    "tilsyn Sagsfremstilling Tilsynet er gennemført. Indstillinger Forvaltningen indstiller, at orienteringen tages "
    "til efterretning. Direktionens møde den 22. februar 2021: Orienteringen blev taget til efterretning. Side 1\n"
)


def test_a_flattened_decision_headed_by_the_body_and_its_date() -> None:
    facts = extract(FLAT_DATED_DECISIONS)
    assert outcomes(facts) == {"1": "discussed", "2": "noted"}


# holbaek-aeldre-sundhed-2020-06-04's PUNKTER list of yearly running numbers, on a flattened page:
# the items repeat the list's numbers after it, and are read once each.
FLAT_RUNNING = (
    "1 UDVALG Udvalget for Ældre og Sundhed MØDE Referat STED Kanalstræde 2, mødelokale 0.21 STARTTIDSPUNKT "
    f"04-06-2020 09:00:00 {PROSE}PUNKTER 49. Godkendelse af dagsorden til mødet den 4. juni 2020 50. Orientering om "
    "udgiftsdrivere, juni 2020 51. Eventuelt 49. Godkendelse af dagsorden til mødet den 4. juni 2020 Beslutning "
    "Godkendt 50. Orientering om udgiftsdrivere, juni 2020 Beslutning Taget til efterretning 51. Eventuelt "
    "Beslutning Intet\n"
)


def test_flattened_running_numbers_repeated_after_their_list() -> None:
    facts = extract(FLAT_RUNNING)
    assert [(i.number, i.from_contents) for i in facts.items] == [("49", False), ("50", False), ("51", False)]
    assert outcomes(facts) == {"49": "approved", "50": "noted", "51": "none"}


# A flattened contents list whose every entry keeps its number (and its page number after it): a
# capitalised word inside a title ("Grøn Omstilling Nu") does not start a new entry.
FLAT_NUMBERED_CONTENTS = (
    "1 Indholdsfortegnelse 1. Tilslutning til Grøn Omstilling Nu 2 2. Plan for rehabilitering 3 3. Eventuelt 4 "
    f"Punkt 1: Tilslutning til Grøn Omstilling Nu Sagsfremstilling Kommunerne kan tilslutte sig initiativet. {PROSE}"
    "Beslutning Godkendt. Punkt 2: Plan for rehabilitering Sagsfremstilling Planen beskriver indsatsen. "
    f"{PROSE}Beslutning Godkendt. Punkt 3: Eventuelt Beslutning Intet. Side 1\n"
)


def test_a_flattened_numbered_contents_entry_keeps_its_whole_title() -> None:
    meeting = parse(FLAT_NUMBERED_CONTENTS)
    assert numbered(meeting) == [
        ("1", "Tilslutning til Grøn Omstilling Nu"),
        ("2", "Plan for rehabilitering"),
        ("3", "Eventuelt"),
    ]


# A contents table with number, title and attachment columns ("Punkt Indhold Bilag") and no page
# column, run together on a flattened page: its numbers follow each other one by one.
FLAT_TABLE = (
    "1 Dagsorden for møde i DASSOS den 1. december 2023 Tid og sted: Fredag den 1. december 2023, kl. 10.00 – "
    "12.00, Rådhuset Horsens. Afbud: Thomas Qvist Frank, i stedet deltager Karin Kirk "
    "Punkt Indhold Bilag 1 Samarbejdet i DASSOS 2 Takster for "
    "dagtilbud 2024 3 Eventuelt 1. Samarbejdet i DASSOS Det indstilles, at DASSOS drøfter samarbejdet. "
    f"Sagsfremstilling: Odder og Randers er medlemmer. {PROSE}"
    "2. Takster for dagtilbud 2024 Det indstilles, at taksterne "
    "godkendes. Sagsfremstilling: Taksterne giver en samlet indtægt på 2.715.000 kr. 3. Eventuelt Det indstilles, "
    "at DASSOS drøfter eventuelle punkter. Side 1\n"
)


def test_a_flattened_contents_table_without_a_page_column() -> None:
    meeting = parse(FLAT_TABLE)
    assert [(n, t, i.from_contents) for (n, t), i in zip(numbered(meeting), meeting.items, strict=True)] == [
        ("1", "Samarbejdet i DASSOS", False),
        ("2", "Takster for dagtilbud 2024", False),
        ("3", "Eventuelt", False),
    ]


# kkr-hovedstaden-2015-02-23: a contents list whose number column the PDF text layer read apart from
# its titles ("1." and "1.1." alone on their lines, the titles with dotted leaders below).
KKR_COLUMNS = """KKR Hovedstaden | 23-02-2015
1.
Godkendelse af referat ...................................................................... 3
1.1.
2.
Siden sidst ........................................................................................ 4
3.
3.1.
Regionalpolitiske sager ..................................................................... 5
Fælles EU kontor – oplæg ved direktør Birgitte Wederking .............. 5
3.2.
Fælles kommuneplanopslag .................................................................. 6
Oplæg til tværkommunale samarbejder på beskæftigelsesområdet .... 7
"""


def test_a_contents_number_column_read_apart_from_its_titles() -> None:
    meeting = parse(KKR_COLUMNS)
    assert [(i.number, i.from_contents) for i in meeting.items] == [
        ("1", True),
        ("1.1", True),
        ("2", True),
        ("3", True),
        ("3.1", True),
        ("3.2", True),
    ]
    assert "Fælles kommuneplanopslag" in [i.title for i in meeting.items]


# Public minutes leave closed items out: the numbers of a flattened page jump (2, then 7) and go on.
FLAT_GAP = (
    "1 Referat Sundhedsdirektørkredsen 4. oktober 2023 1. Godkendelse af dagsorden Beslutning Godkendt. "
    f"2. Godkendelse af besparelser i de fælleskommunale sekretariater Sagsfremstilling {PROSE}{PROSE}"
    "Beslutning Godkendt. 7. Orientering om program for seminar i Sundhedsdirektørkredsen Sagsfremstilling "
    f"{PROSE}Beslutning Taget til efterretning. 8. Eventuelt Beslutning Intet. Side 1\n"
)


def test_a_flattened_page_whose_numbers_jump_over_closed_items() -> None:
    facts = extract(FLAT_GAP)
    assert outcomes(facts) == {"1": "approved", "2": "approved", "7": "noted", "8": "none"}


# glostrup-kommunalbestyrelsen-2018-01-17's decision heading, with the case's history quoted after it
# (as portals that print the newest decision first do): this meeting's day picks this meeting's
# decision, not the committee's before it.
NEWEST_FIRST = """Referat
Kommunalbestyrelsen
Mødedato: 17-01-2018

3. Godkendelse af boligbyggeprogram 2018

Beslutning i Kommunalbestyrelsen den 17-01-2018

Godkendt.

Beslutning i Økonomiudvalget den 10-01-2018

Anbefales.

4. Orientering fra borgmesteren

Beslutning

Økonomiudvalget, 10.01.2018

Anbefales.

Kommunalbestyrelsen, 17.01.2018 Til orientering.
"""


def test_this_meetings_decision_is_the_one_dated_with_its_day() -> None:
    assert outcomes(extract(NEWEST_FIRST)) == {"3": "approved", "4": "noted"}


# ringkoebing-skjern-erhverv-klima-arbejdskraft-2025-10-27 as a PDF transcript prints it: the contents'
# bullets run together on the page, then items numbered "1 : Titel".
RINGKOEBING_FLAT = (
    "1 Referat: 27. oktober 2025 kl. 08:00 Deltagere • Hans Østergaard • Irvin Christensen • Bent Hauge Brodersen "
    "Referat • Godkendelse af dagsorden • Virksomhedsbesøg • Energirådgivning til husejere med oliefyr • Gensidig "
    "orientering Kopier link til punktet - Print 1 : Godkendelse af dagsorden Sagsnr: Bilag Ingen bilag. Beslutning "
    "Godkendt. Kopier link til punktet - Print 2 : Virksomhedsbesøg Sagsnr: Sagsfremstilling Udvalget besøger Tarm "
    f"Bogtryk, hvor direktøren holder et oplæg om virksomheden. {PROSE}Beslutning Drøftet.\n"
)


def test_flattened_bullets_and_items_numbered_with_a_spaced_colon() -> None:
    meeting = parse(RINGKOEBING_FLAT)
    assert [(i.number, i.title, i.from_contents) for i in meeting.items][:3] == [
        ("1", "Godkendelse af dagsorden", False),
        ("2", "Virksomhedsbesøg", False),
        ("3", "Energirådgivning til husejere med oliefyr", True),
    ]
    assert meeting.items[3].title.startswith("Gensidig orientering") and len(meeting.items) == 4


def test_dashes_inside_run_together_titles_are_no_bullets() -> None:
    # frederikshavn-byraad-2015-06-24: titles that hold " - " stay whole
    lines, _ = resegment(
        split_lines(
            "5 Indholdsfortegnelse Åbne punkter Ansøgning om kommunegaranti til lån - Skagen Kultur- og "
            "Fritidscenter Låneoptagelse for 2015 i juni - Frederikshavn Kommune Udviklingsstrategi - Muligheder "
            f"for vækst, {PROSE}{PROSE}{PROSE}\n"
        )
    )
    assert not any(line.text.startswith("- ") for line in lines)


# fredensborg-byraadet-2015-01-26 as a PDF transcript prints it: "Nr.1 - Titel" headings and the
# dated decision heading "Beslutning i Byrådet den 26-01-2015" on one line with the text.
FREDENSBORG_FLAT = (
    "1 26-01-2015 kl. 18:00 Byrådssalen Medlemmer Thomas Lykke Pedersen (A) Ulla Hardy-Hansen (C) Afbud Ingen "
    "Nr.1 - Godkendelse af dagsordenen Beslutning i Byrådet den 26-01-2015 Dagsordenen blev godkendt. Under "
    "punkterne 14 og 18 deltog stedfortræder Susanne Rasmussen (V), da Charlotte Bie (V) var inhabil. Nr.2 - "
    "Lukning af Vejenbrødvej Sagsnr.: 14/30210 Beslutningstema Stillingtagen til løsning i krydset Fredensborg "
    f"Kongevej/Vejenbrødvej. Sagsfremstilling og økonomi Baggrund {PROSE}{PROSE}\n"
)


def test_flattened_nr_headings_and_a_dated_decision_heading() -> None:
    facts = extract(FREDENSBORG_FLAT)
    assert [(i.number, i.title) for i in facts.items] == [
        ("1", "Godkendelse af dagsordenen"),
        ("2", "Lukning af Vejenbrødvej"),
    ]
    assert facts.items[0].outcome == "approved"


# hedensted-landdistriktsraad-2023-08-31 flattened: the decision "Godkendt" lost its line break and
# runs into who was absent; it is still the decision.
HEDENSTED_FLAT = (
    "1 Det fælles landdistriktsråd - Dagsordener og referater Mødedato: 31. august 2023 Mødested: "
    "Administrationshuset Tørring, Stationsparken 1, 7160 Tørring Dagsordenpunkter 1. Godkendelse af dagsorden "
    "Beslutningstema Godkendelse af dagsorden Sagsfremstilling Det Fælles Landdistriktsråd skal godkende "
    f"dagsordenen for mødet. {PROSE}Administrationen indstiller at | dagsordenen godkendes | Beslutning Godkendt "
    "Peter Andersen, Gert winther og Linda Peitersen deltog ikke på mødet. Kenneth Dahl og Morten Juhl deltog som "
    "suppleanter. 2. Lokal Fællesvarme - udmøntning af midler Beslutningstema Det Fælles Landdistriktsråd skal "
    f"tage stilling til hvordan midlerne skal udmøntes. Sagsfremstilling {PROSE}\n"
)


def test_a_one_word_decision_run_into_the_attendance_sentence() -> None:
    assert outcomes(extract(HEDENSTED_FLAT))["1"] == "approved"


# frederiksberg-kommunalbestyrelsen-2015-04-20 flattened: a title that opens with a number ("89. 17 nye
# senior-egnede lejligheder") and a number after its page ("15. 2. udkast", rebild-byraadet-2007-03-01).
NUMBERED_TITLES_FLAT = (
    f"1 Referat Kommunalbestyrelsen {PROSE}{PROSE}{PROSE}Indholdsfortegnelse 87. Anlægsregnskaber for "
    "projekter på By- og Miljøudvalgets område 88. Skolen ved "
    "Søerne, skybrudssikring 89. 17 nye senior-egnede lejligheder på Thurøvej 90. 2. udkast til lokalplan nr. 2 "
    "for Torvet 91. Eventuelt\n"
)


def test_flattened_titles_that_open_with_a_number() -> None:
    meeting = parse(NUMBERED_TITLES_FLAT)
    assert [(i.number, i.title) for i in meeting.items] == [
        ("87", "Anlægsregnskaber for projekter på By- og Miljøudvalgets område"),
        ("88", "Skolen ved Søerne, skybrudssikring"),
        ("89", "17 nye senior-egnede lejligheder på Thurøvej"),
        ("90", "2. udkast til lokalplan nr. 2 for Torvet"),
        ("91", "Eventuelt"),
    ]


# stevns-kommunalbestyrelsen-2020-01-22: the council's minutes of 22 January quote the committees'
# recommendations of 6 and 7 January; the excerpt ends before the council's own decision.
STEVNS_HISTORY = """Kommunalbestyrelsen
Mødedato: 22-01-2020

302. Planstrategi 2020

Indstilling

Direktionen indstiller, at Planstrategi 2020 vedtages.

Social og Sundhed, 6. januar 2020, pkt. 123:

Anbefales.

Direktionen, 6. januar 2020, pkt. 2:

Anbefales.

303. Eventuelt

Beslutning

Intet.
"""


def test_only_earlier_bodies_decisions_are_not_this_meetings() -> None:
    assert outcomes(extract(STEVNS_HISTORY))["302"] == "none"


def test_a_number_alone_after_a_contents_list_opens_the_first_item() -> None:
    # a number alone on its line after the PUNKTER list is the first item's (its title below), not
    # a contents number column: the list's entries are numbered already
    text = (
        "Referat\n\nPUNKTER\n1. Budget 2020\n2. Eventuelt\n\n1.\nBudget 2020\nBeslutning\nGodkendt.\n\n"
        "2.\nEventuelt\nBeslutning\nIntet.\n"
    )
    facts = extract(text)
    assert [(i.number, i.from_contents, i.outcome) for i in facts.items] == [
        ("1", False, "approved"),
        ("2", False, "none"),
    ]


def test_dagsordenpunkt_heads_an_item_with_or_without_the_linking_s() -> None:
    # hedensted-landdistriktsraad-2023-08-31 heads its items "Dagsordenpunkter"; one item is a
    # "Dagsordenpunkt" or "Dagsordenspunkt"
    text = (
        "Referat\nByrådet\n3. marts 2021\n\nDagsordenpunkt 1: Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n\n"
        "Dagsordenspunkt 2: Budget 2021\n\nBeslutning\nDrøftet.\n"
    )
    assert numbered(parse(text)) == [("1", "Godkendelse af dagsorden"), ("2", "Budget 2021")]


# --- forms from the documents added last (fmk, dragør, ...) --------------------------------------

# fmk-kommunalbestyrelsen-2019-10-08: a "Pkt. Tekst" contents table (no page column), a title that
# opens with an ordinal ("1. behandling"), a place name's abbreviation ("Årslev-Sdr. Nærå"), and
# only the first item's text in the excerpt.
FMK = """Referat
til
mødet i Kommunalbestyrelsen 2018-21
den 8. oktober 2019 kl. 17:00

Pkt. Tekst
313 Godkendelse af dagsorden
314 1. behandling af budget 2020-23
315 Eventuel ændring af Børnehuset Damtoften til delvis lukket institution
321 Forslag til Lokalplan 2019-4, Fremtidens Forstad - Bymidte, Årslev-Sdr. Nærå
322 Forslag til lokalplan 2019-5 ny bydel i Årslev-Sdr. Nærå
00.01.00-G01-24-17

313. Godkendelse af dagsorden

Beslutning
Godkendt.
"""


def test_pkt_tekst_contents_table_lists_items_whose_text_is_missing() -> None:
    meeting = parse(FMK)
    found = {i.number: (i.title, i.from_contents) for i in meeting.items}
    assert found["313"] == ("Godkendelse af dagsorden", False)
    assert found["314"] == ("1. behandling af budget 2020-23", True)
    assert found["321"][0].endswith("Årslev-Sdr. Nærå") and found["321"][1]
    assert sorted(found, key=int) == ["313", "314", "315", "321", "322"]


# horsens-byraadet-2016-03-29: the item under "Indholdsfortegnelse" is followed by its case-number
# label, so it is the item's own heading; the recommendation's "1. Byrådet hjemtager ..." after
# "Direktionen indstiller, at" is no item; "Byrådet vedtog indstillingen" approves it.
HORSENS = """Byrådet - Referat

Dato: 29. marts 2016
Tidspunkt: Kl. 17:00


Indholdsfortegnelse



1. ØK Låneoptagelse for 2015 og 2016


Sagsnummer
00.34.00-S00-2-14
Resume

Det indstilles, at der optages et lån på i alt 60 mio. kr.

Indstilling

Direktionen indstiller, at

  1. Byrådet hjemtager et serielån på 60 mio. kr. med løbetid på 25 år.
Beslutning

Byrådet vedtog indstillingen fra Økonomi- og Erhvervsudvalget.

Hans Bang-Hansen deltog ikke i mødet.
"""


def test_contents_entry_followed_by_its_case_label_is_the_item_and_vedtog_approves() -> None:
    facts = extract(HORSENS)
    assert [(i.number, i.title, i.from_contents) for i in facts.items] == [
        ("1", "ØK Låneoptagelse for 2015 og 2016", False)
    ]
    assert outcomes(facts) == {"1": "approved"}


# dragoer-aeldreraadet-2017-04-03: prose minutes with no decision heading record the decision in a
# sentence of its own ("Dagsorden godkendt og referat godkendt.", "Udskudt til ...", "har noteret sig").
DRAGOER = """Referat af Ældrerådsmøde den 3.april 2017

Referat af Ældrerådsmøde Mandag den 03.april 2017 Kl. 10.00 i lokale M1 på Wiedergården
Fremmødt: Sten Brincker, Richard Barth, Vagn E Larsen, Bent Larsen og Kirja Kongsbak.

1. Godkendelse af dagsorden samt referat fra mødet den 06.03.2017
Dagsorden godkendt og referat godkendt.

2. Høringssvar til de næste udvalgsmøder?
De fremsendte høringsanmodninger blev gennemgået og enkelte punkter drøftet. Særligt punkt 5 i SSU blev drøftet.

3. Ældrerådsvalg 2017.
Ældrerådet har noteret sig, at administrationen har fremsendt forslag om brevstemmevalg.

4. Klagesag til Statsforvaltningen?
Udskudt til næste Ældrerådsmøde.
"""


def test_prose_minutes_record_decisions_in_short_sentences() -> None:
    assert outcomes(extract(DRAGOER)) == {"1": "approved", "2": "discussed", "3": "noted", "4": "postponed"}


# brn-bestyrelse-2017-01-27 (flattened, BRN above): the item's text runs on after its title on one
# line; "Dagsordenen godkendes" closes it after the recommendation.


def test_decision_after_the_title_on_a_flattened_line() -> None:
    assert outcomes(extract(BRN))["1"] == "approved"


def test_decision_words_minutes_use() -> None:
    """Forms of issue 12 item 6 and their kin, each on its own as a decision text."""
    from graphbuild.extract.outcomes import outcome_of

    expected = {
        "Som indstillet.": "approved",
        "Udvalget følger indstillingen.": "approved",
        "Byrådet vedtog indstillingen fra Økonomi- og Erhvervsudvalget.": "approved",
        "Indstillingen blev godkendt uden afstemning.": "approved",
        "Forslaget faldt.": "rejected",
        "Udvalget besluttede ikke at imødekomme ansøgningen.": "rejected",
        "Sagen sendes videre til Byrådet med anbefaling.": "endorsed",
        "Oversendt til Økonomiudvalget.": "forwarded",
        "Udvalget besluttede at udsætte sagen.": "postponed",
        "Udvalget besluttede at tage orienteringen til efterretning.": "noted",
        "Udvalget besluttede at give tilskud på 50.000 kr.": "approved",
        "Drøftet.": "discussed",
    }
    assert {text: outcome_of("Titel", True, text, False, text) for text in expected} == expected
    # "Som indstillet" is approved whatever was proposed (the written outcome rule: the verdict words decide)
    proposal = "Indstilling\nDirektøren indstiller, at orienteringen tages til efterretning.\nBeslutning\n"
    assert outcome_of("Titel", True, "Som indstillet.", False, proposal + "Som indstillet.") == "approved"


# kommunalret-generalforsamling-2018-04-17: the agenda listed after "med følgende dagsorden:", list
# entries holding full stops, then the minutes item by item under "Ad pkt. N:"; "blev der afholdt"
# says the meeting was held (minutes); "blev herefter enstemmigt valgt" approves the election.
KOMMUNALRET = """Generalforsamling 2018

Tirsdag den 17. april 2018 blev der afholdt ordinær generalforsamling i Foreningen for Kommunal- og \
Forvaltningsret i Danmark med følgende dagsorden:

1. Valg af dirigent

2. Bestyrelsens beretning

3. Godkendelse af regnskab

4. Behandling af indkomne forslag. Ingen forslag modtaget

5. Fastsættelse af kontingent

Ad pkt. 1:

Bestyrelsesformand Vibeke Iversen bød velkommen og foreslog Lars Carstens som dirigent. Lars Carstens blev \
herefter enstemmigt valgt.

Ad pkt. 2:

Bestyrelsesformand Vibeke Iversen aflagde følgende beretning for foreningsåret 2017:

2017 har været endnu et godt år for foreningen med flere spændende arrangementer.
"""


def test_ad_pkt_items_take_their_titles_from_the_agenda_listed_above() -> None:
    meeting = parse(KOMMUNALRET)
    assert meeting.kind == "referat"
    found = {i.number: (i.title, i.from_contents) for i in meeting.items}
    assert found == {
        "1": ("Valg af dirigent", False),
        "2": ("Bestyrelsens beretning", False),
        "3": ("Godkendelse af regnskab", True),
        "4": ("Behandling af indkomne forslag. Ingen forslag modtaget", True),
        "5": ("Fastsættelse af kontingent", True),
    }
    assert outcomes(extract(KOMMUNALRET))["1"] == "approved"


# Dev documents flattened as a PDF text layer would (benchmarks.realworld_flattened.flatten): titles
# end where the item's text begins (after "?", before "Der", after a date), "Ad pkt. N:" and
# "Sagsnummer" are cut apart, and a contents heading over one item with its case label is no list.
def _flattened_dev(doc_id: str) -> DocumentFacts:
    from benchmarks.realworld_flattened import flatten
    from benchmarks.realworld_sources import CORPUS, split_of

    assert split_of(doc_id) == "dev"
    return extract(flatten((CORPUS / "docs" / f"{doc_id}.txt").read_text(encoding="utf-8")))


def test_flattened_prose_minutes_keep_their_titles_and_decisions() -> None:
    facts = _flattened_dev("dragoer-aeldreraadet-2017-04-03")
    assert [(i.number, i.title) for i in facts.items][:5] == [
        ("1", "Godkendelse af dagsorden samt referat fra mødet den 06.03.2017"),
        ("2", "Høringssvar til de næste udvalgsmøder?"),
        ("3", "Ældrerådsvalg 2017"),
        ("4", "Klagesag til Statsforvaltningen?"),
        ("5", "Vestegnstræf i Ballerup"),
    ]
    assert {n: o for n, o in outcomes(facts).items() if n in "1234"} == {
        "1": "approved",
        "2": "discussed",
        "3": "noted",
        "4": "postponed",
    }


def test_flattened_ad_pkt_items_and_a_case_label_after_the_title() -> None:
    assert outcomes(_flattened_dev("kommunalret-generalforsamling-2018-04-17"))["1"] == "approved"
    # horsens-byraadet-2016-03-29 flattened ("1 ØK Låneoptagelse ...", its title cut in pieces over the
    # contents heading) is not read right: the rule that read it lost five items on documents it was
    # not written against and gained nothing on the dev split as a whole, so it was dropped.


def test_flattened_open_items_heading_is_cut_from_the_first_item() -> None:
    # middelfart-oekonomiudvalget-2017-05-22: "Fraværende: ÅBNE SAGER 39. Anmodning om ..." on one line
    facts = _flattened_dev("middelfart-oekonomiudvalget-2017-05-22")
    assert [(i.number, i.title) for i in facts.items] == [
        ("39", "Anmodning om igangsætning af lokalplan til boligformål på Uraniavej")
    ]


# vejen-byraadet-2021-02-09: the number glued to its title by its full stop ("1.Alfabo, ...")
VEJEN = """Udvalg: Byrådet

Mødedato: 09-02-2021

1.Alfabo, 39 familieboliger i Søndergade, Brørup, Skema B (C)

Sagsnummer: 20/8545

Beslutning Økonomiudvalget den 02-02-2021

Indstilles godkendt.

Beslutning Byrådet den 09-02-2021

Godkendt.

2.Salg af grund i Holsted

Beslutning Byrådet den 09-02-2021

Godkendt.
"""


def test_number_glued_to_its_title_by_a_full_stop() -> None:
    facts = extract(VEJEN)
    assert [(i.number, i.title) for i in facts.items] == [
        ("1", "Alfabo, 39 familieboliger i Søndergade, Brørup, Skema B (C)"),
        ("2", "Salg af grund i Holsted"),
    ]
    assert outcomes(facts) == {"1": "approved", "2": "approved"}


# tranbjerg-faellesraad-bestyrelse-2019-04-25: the agenda listed (its list resumes after a sentence
# ending "... resten af dagsordenen derefter:"), then the minutes under "Ad 3)"
TRANBJERG = """Referat af bestyrelsesmøde i Tranbjerg Fællesråd, torsdag den 25-04-2019 kl. 18:00 på Torvevænget 2

Dagsorden:

 1. Velkommen til Keld Hvalsø.
 2. Præsentationsrunde
 3. Aktuelle emner vi beskæftiger os med Tranbjerg Fællesråd:
  – Ungdomsproblemer i Tranbjerg
  – Omklassificering af veje
  Når vi og Keld Hvalsø har udtømt emnerne, forlader han mødet, og vi andre tager resten af dagsordenen derefter:

 4. Godkendelse af restdagsorden.
 5. Godkendelse af referat fra bestyrelsesmøde 20-03-2019.
 6. Eventuelt.

Ad 3)
A. Ungdomsproblemer med salg af stoffer. Unge driver rundt.
"""


def test_ad_n_items_under_an_agenda_list_that_resumes_after_a_sentence() -> None:
    found = {i.number: (i.title, i.from_contents) for i in parse(TRANBJERG).items}
    assert found == {
        "1": ("Velkommen til Keld Hvalsø", True),
        "2": ("Præsentationsrunde", True),
        "3": ("Aktuelle emner vi beskæftiger os med Tranbjerg Fællesråd", False),
        "4": ("Godkendelse af restdagsorden", True),
        "5": ("Godkendelse af referat fra bestyrelsesmøde 20-03-2019", True),
        "6": ("Eventuelt", True),
    }


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Beslutning i Byrådet", "beslutning"),
        ("Beslutning Økonomiudvalget", "beslutning"),
        ("Beslutning i Udvalget for Teknik og Miljø", "beslutning"),
        ("Beslutning i KKR Sjælland", "beslutning"),
        ("Økonomiudvalgets beslutning den 3. marts 2021", "beslutning"),
        ("Beslutning om salg af grund", None),  # a title, not a heading
        ("Beslutningspunkter", "indstilling"),  # FirstAgenda: the points put to the meeting
        ("Sagsforløb", "behandling"),  # the case's history, never this meeting's decision
        ("Tidligere beslutninger", "behandling"),
    ],
)
def test_decision_and_history_headings(heading: str, kind: str | None) -> None:
    from graphbuild.parse.sections import heading_kind

    assert heading_kind(heading) == kind


def test_history_after_the_decision_is_not_the_decision() -> None:
    text = (
        "Referat\n\nByrådet\n\n12. Salg af grund\n\nIndstilling\nDirektionen indstiller, at grunden sælges.\n\n"
        "Beslutning i Byrådet\nGodkendt.\n\nSagsforløb\nØkonomiudvalget, 3. marts 2021: Udsat.\n\n"
        "13. Eventuelt\n\nBeslutning i Byrådet\nIntet.\n"
    )
    facts = extract(text)
    assert outcomes(facts)["12"] == "approved"
    assert "Udsat" not in (facts.items[0].decision or "")


def test_a_bulleted_recommendation_is_no_decision() -> None:
    # middelfart-byraadet-2019-08-12: the excerpt ends before the decision; "• at ... godkendes" proposes
    text = (
        "Referat for Byrådet møde den 12. august 2019\n\nÅBNE SAGER\n\n"
        "205. Rekruttering af ny kommunaldirektør til Middelfart Kommune\nSagsnr.: 2019-010736\n\n"
        "Økonomiudvalget godkendte på samme møde vedr. rekruttering og ansættelse:\n\n"
        " • at der sammensættes et ansættelsesudvalg bestående af borgmesteren\n"
        " • at ansættelsesudvalget godkendes på byrådsmødet d.d. og får mandat\n"
    )
    assert outcomes(extract(text)) == {"205": "none"}


def test_committee_coded_case_numbers_head_items_in_flattened_text() -> None:
    # hoersholm-oekonomiudvalget-2007-05-24 (flattened): "ØU-55/07-O" (committee, number/year, kind)
    facts = extract(
        "1 Beslutninger fra mødet Torsdag kl Ordinært møde Økonomiudvalget\n\n"
        "3 Følgende sager blev behandlet på mødet ØU-55/07-O Økonomisk orientering maj 2007 Økonomisk "
        "Orientering illustrerer det samlede forbrug af udvalgenes drifts- og anlægsmidler i 2007 opgjort "
        "ultimo april. Status for forbruget til og med april 2007 viser på de overordnede tal, at forbruget er "
        "lavere end det periodiserede budget. Opgørelsen viser et periodiseret mindreforbrug på 12,6 mio. kr. "
        "Mindreforbruget skyldes betalingsforskydninger i blandt andet afregningen for den aktivitetsbestemte "
        "medfinansiering på sundhedsområdet. Beslutning: Taget til efterretning. Side 6 ØU-56/07-D Budget på "
        "Økonomiudvalgets område - 1. møde På baggrund af drøftelserne på Kommunalbestyrelsens strategi- og "
        "budgetkonference den april 2007, godkendte Økonomiudvalget på deres møde den 3. maj 2007 rammerne for "
        "budgetlægningen i fagudvalgene. Med udgangspunkt i de godkendte rammer, skal Økonomiudvalget (som "
        "fagudvalg) behandle det nye budgetoplæg. Beslutning: Økonomiudvalget udsatte drøftelse af konkrete "
        "besparelsesforslag til økonomiudvalgsmødet, og der skulle ikke udarbejdes nye konsekvensberegninger "
        "forud for næste møde i udvalget, hvor budgettet igen skal drøftes i sin helhed af udvalgets medlemmer.\n"
    )
    assert [(i.number, i.title) for i in facts.items] == [
        ("ØU-55/07-O", "Økonomisk orientering maj 2007"),
        ("ØU-56/07-D", "Budget på Økonomiudvalgets område - 1. møde"),
    ]
    assert outcomes(facts)["ØU-55/07-O"] == "noted"


def test_parenthesised_numbers_head_items_only_over_a_heading() -> None:
    text = (
        "Referat\n\n1) Godkendelse af dagsorden\nBeslutning\nGodkendt.\n\n2) Budget 2020\nIndstilling\n"
        "Direktionen indstiller, at\n1) Budgettet godkendes\nBeslutning\nGodkendt.\n"
    )
    assert numbered(parse(text)) == [("1", "Godkendelse af dagsorden"), ("2", "Budget 2020")]


def test_ad_points_of_a_recommendation_are_no_items() -> None:
    # stevns-kommunalbestyrelsen-2020-01-22: "Ad. 1" / "Ad. 2" answer the recommendation's points in a
    # committee's decision inside item 302
    text = (
        "Referat\n\n  • 302. Planstrategi 2020\n\n    Indstilling\n\n    Politik & Borger indstiller til KB, at\n\n"
        "    1. Planstrategi 2020 & redegørelse for Lokal Agenda 21 godkendes.\n\n"
        "    2. herunder at strategien sendes i 8 ugers offentlig høring.\n\n"
        "    Social og Sundhed, 6. januar 2020, pkt. 123:\n\n    Ad. 1\n\n"
        "    5 medlemmer (A+V+C) anbefaler forslaget.\n\n"
        "    Ad. 2\n\n    Anbefales.\n\n    Beslutning\n\n    Godkendt.\n"
    )
    meeting = parse(text)
    assert numbered(meeting) == [("302", "Planstrategi 2020")]


def test_a_flattened_dotted_contents_list_gives_no_item_for_a_page_number() -> None:
    body = " ".join(["Sagen drejer sig om forhold af betydning for kommunen og dens borgere."] * 20)
    text = (
        "1 Referat Økonomiudvalget Mødedato: 3. marts 2021 Indholdsfortegnelse 1. Godkendelse af dagsorden "
        "........ 2 2. Budget 2022 - proces ......... 3 3. Salg af grund på Havnevej ........ 4 4. Eventuelt "
        "......... 5 2 1. Godkendelse af dagsorden Beslutning Godkendt. 2. Budget 2022 - proces Sagsfremstilling "
        f"{body} Beslutning Godkendt. 3. Salg af grund på Havnevej Sagsfremstilling {body} Beslutning Anbefales. "
        "4. Eventuelt Beslutning Intet.\n"
    )
    facts = extract(text)
    assert [(i.number, i.title, i.from_contents) for i in facts.items] == [
        ("1", "Godkendelse af dagsorden", False),
        ("2", "Budget 2022 - proces", False),
        ("3", "Salg af grund på Havnevej", False),
        ("4", "Eventuelt", False),
    ]
    assert outcomes(facts) == {"1": "approved", "2": "approved", "3": "endorsed", "4": "none"}


def test_a_capitalised_adjective_binds_to_the_noun_in_a_run_of_titles() -> None:
    # norddjurs-kommunalbestyrelsen-2019-01-22 (flattened contents): "af ny Risikobaseret Dimensionering"
    pieces = split_title_run(
        "Optagelse af del af Pighøjvej som kommunevej Godkendelse af ny Risikobaseret Dimensionering "
        "Godkendelse af regnskab 2017 for Djurs Mad I/S"
    )
    assert pieces == [
        "Optagelse af del af Pighøjvej som kommunevej",
        "Godkendelse af ny Risikobaseret Dimensionering",
        "Godkendelse af regnskab 2017 for Djurs Mad I/S",
    ]


def test_flattened_titles_end_before_a_case_number_and_the_case_text() -> None:
    body = " ".join(["Sagen drejer sig om forhold af betydning for kommunen og dens borgere."] * 12)
    text = (
        "1 Referat Byrådet 22.01.2020 Punkt 45. Godkendelse af dagsorden 2019-012345 Beslutning Godkendt. "
        f"Punkt 46. Lokalplan 12 for Havnen 2019-012346 Sagsfremstilling {body} Beslutning Godkendt. Side 2 af 5 "
        f"Byrådet 22.01.2020 Punkt 47. Budget Sagen drejer sig om rammerne {body} Beslutning Oversendes til "
        "budgetforhandlingerne.\n"
    )
    assert numbered(parse(text)) == [
        ("45", "Godkendelse af dagsorden"),
        ("46", "Lokalplan 12 for Havnen"),
        ("47", "Budget"),
    ]


def test_an_absence_item_records_who_was_absent() -> None:
    # broenderslev-byraadet-2020-01-29: item 1 "Fraværende", its decision the names
    text = (
        "Referat\n\nByrådet\n\nMødedato: 29. januar 2020\n\n1. Fraværende\n\nBeslutning\n\n"
        "Martin Bech, Bettina Bøcker Kjeldsen og Niels Vestergaard Salling.\n\n"
        "2. Godkendelse af indkaldte stedfortrædere\n\nBeslutning\n\nKim Østergaard og Ole Andersen godkendt\n"
    )
    assert outcomes(extract(text)) == {"1": "none", "2": "approved"}  # a list of who was absent records no verdict


def test_a_standing_one_word_item_ends_its_title_in_a_run_of_titles() -> None:
    # alleroed-byraad-2011-01-27 (flattened contents): "Meddelelser" is an item of its own, and the
    # capitalised word after it opens the next title
    pieces = split_title_run(
        "Spørgsmål til Byrådet Meddelelser Principper for økonomisk styring Ring 5 og placering af nyt hospital"
    )
    assert pieces == [
        "Spørgsmål til Byrådet",
        "Meddelelser",
        "Principper for økonomisk styring",
        "Ring 5 og placering af nyt hospital",
    ]


def test_udbud_opens_a_title_after_a_place_name_in_a_run_of_titles() -> None:
    # fynbus-bestyrelse-2016-12-08 (flattened contents): "... på Fyn Udbud af flexkørsel ..."
    pieces = split_title_run(
        "Håndtering af produkter Klassifikation af stoppesteder på Fyn Udbud af flexkørsel - garantikørsel (FG5)"
    )
    assert pieces == [
        "Håndtering af produkter",
        "Klassifikation af stoppesteder på Fyn",
        "Udbud af flexkørsel - garantikørsel (FG5)",
    ]


def test_a_noun_and_its_preposition_open_a_title_after_a_name_in_a_run_of_titles() -> None:
    # vesthimmerland-sammenlaegningsudvalget-2006-09-18 (flattened contents): "... Udviklingsråd Støtte til
    # ...", "... Farsø Skole Overenskomst mellem ..."; a municipality's name before a preposition stays
    pieces = split_title_run(
        "Himmerlands Udviklingsråd Støtte til videreførelse af Center for Indlejrede Software Systemer "
        "Renovering af Farsø Skole Overenskomst mellem Vesthimmerlands Kommune og den selvejende institution "
        "Aftale mellem KKR og Væksthus Sjælland om specialiseret erhvervsservice"
    )
    assert pieces == [
        "Himmerlands Udviklingsråd",
        "Støtte til videreførelse af Center for Indlejrede Software Systemer",
        "Renovering af Farsø Skole",
        "Overenskomst mellem Vesthimmerlands Kommune og den selvejende institution",
        "Aftale mellem KKR og Væksthus Sjælland om specialiseret erhvervsservice",
    ]
    one_title = "Høring om Ny Busrute Vordingborg til Næstved"
    assert split_title_run(one_title) == [one_title]
    # kkr-syddanmark-2014: a region's name before a preposition stays too
    assert split_title_run("Aftale med Væksthus Syddanmark for Infrastruktur") == [
        "Aftale med Væksthus Syddanmark for Infrastruktur"
    ]


def test_a_compound_with_a_lower_case_last_part_ends_a_title_in_a_run_of_titles() -> None:
    # struer-oekonomiudvalg-2011-03-22 (flattened contents): "... reduktion i CO2-udslip Projekt ..."
    pieces = split_title_run("Borgmesterpagten om EU s klimamål mht. reduktion i CO2-udslip Projekt Aktiviteternes Hus")
    assert pieces == ["Borgmesterpagten om EU s klimamål mht. reduktion i CO2-udslip", "Projekt Aktiviteternes Hus"]


def test_a_long_definite_noun_is_a_title_of_its_own_in_a_run_of_titles_but_not_before_a_name() -> None:
    # kkr-sjaelland-2010 (flattened contents): "Sundhedsaftalen" is an item; "Børnehaven Spirevippen"
    # (nordfyn-kommunalbestyrelsen-2007-12-13) is one name
    pieces = split_title_run(
        "Meddelelser Sundhedsaftalen Tværkommunal koordinering af børne- og ungeområdet "
        "Årsrapport for Børnehaven Spirevippen Rådighedsbeløb til pensionister på plejecentre"
    )
    assert pieces == [
        "Meddelelser",
        "Sundhedsaftalen",
        "Tværkommunal koordinering af børne- og ungeområdet",
        "Årsrapport for Børnehaven Spirevippen",
        "Rådighedsbeløb til pensionister på plejecentre",
    ]


def test_evt_is_a_title_of_its_own_in_a_run_of_titles() -> None:
    # kulturregion-midt-vestsjaelland-kulturgruppen-2011-06-28 (flattened contents)
    assert split_title_run("Udpegning af medlem til Musikfagrådet Evt Samlet bilagsliste")[:2] == [
        "Udpegning af medlem til Musikfagrådet",
        "Evt",
    ]


def test_a_capitalised_article_opens_a_title_after_a_place_name_in_a_run_of_titles() -> None:
    # norddjurs-kommunalbestyrelsen-2019-01-22 (flattened contents): "... syd for Grenaa Den fremtidige ..."
    pieces = split_title_run(
        "Den fremtidige organisering af de to dagtilbud i området syd for Grenaa "
        "Den fremtidige anvendelse af Nyvang i Auning Forslag lokalplan"
    )
    assert pieces == [
        "Den fremtidige organisering af de to dagtilbud i området syd for Grenaa",
        "Den fremtidige anvendelse af Nyvang i Auning",
        "Forslag lokalplan",
    ]


def test_an_acronym_before_a_lower_case_word_opens_a_title_in_a_run_of_titles() -> None:
    # lejre-beredskabskommissionen-2014-11-11 (flattened contents)
    pieces = split_title_run("Til orientering ODIN rapport 3. kvartal IDV 3. kvartal Risikobaseret Dimensionsering")
    assert pieces == ["Til orientering", "ODIN rapport 3. kvartal", "IDV 3. kvartal", "Risikobaseret Dimensionsering"]


def test_a_year_that_lost_its_second_half_ends_its_title_in_a_run_of_titles() -> None:
    # taarnby-kommunalbestyrelsen-2013-04-30 (flattened contents): "2011/" lost its "12"; "Lokalplan 5/" did not
    pieces = split_title_run("Kvalitetsrapport for skoleårene 2010/11 og 2011/ Det nære sundhedsvæsen Budget 2013")
    assert pieces == ["Kvalitetsrapport for skoleårene 2010/11 og 2011/", "Det nære sundhedsvæsen", "Budget 2013"]
    assert split_title_run("Tillæg til Lokalplan 5/ Nørrebro Bydel") == ["Tillæg til Lokalplan 5/ Nørrebro Bydel"]


# ringsted-oekonomiudvalget-2018-05-08: in a flattened contents run, "Beslutning vedr. lån ..." opens a
# title (as "Beslutning om ..." does), not a decision section; the run's titles after it are items.
RINGSTED = (
    "Transkript\n\n1 Referat Økonomiudvalget Møde nr.: 6/2018 Dannet den: Onsdag den Mødedato: Tirsdag den "
    "Mødetidspunkt: 17:00-19:00 Mødested: Harhoff Medlemmer Henrik Hvidesten (hjhehv) V Per Nørhave (hjpen) O "
    "Klaus Hansen (hjkh) V Per Flor (pefl) A Torben Lollike (tlo) B Britta Nielsen (hjbrni) F\n\n"
    "2 Side 1 Indholdsfortegnelse Punkt nr. Side 1. Godkendelse af dagsorden for mødet den 8. maj Ringsted "
    "Kommunes brug af eksterne konsulenter Den Kommunale beredskabsplan Orientering om iværksatte tiltag til "
    "forbedring af trivslen Vision samt styrings- og politikkoncept for Ringsted Kommune {word} lån til "
    "betaling af vej- og kloakudgifter og lign Social Investeringsfond Budget udarbejdelse af forslag til "
    "budgettet i fagudvalg Orientering fra borgmester og direktion - maj Etablering af skole til "
    "Forberedende Grunduddannelse for unge...46\n\n"
    "3 Side 2 1. Godkendelse af dagsorden for mødet den 8. maj 2018 Åben sag Sagsid: 17/24254 Sagen afgøres i: "
    "Økonomiudvalget Bilag: Beslutning i Økonomiudvalget den Godkendt Ej til stede: Sadik Topcu\n\n"
    "4 Side 3 2. Ringsted Kommunes brug af eksterne konsulenter Åben sag Sagsid: 18/3320 Sagen afgøres i: "
    "Økonomiudvalget Sagsfremstilling Økonomiudvalget har bedt om en opgørelse over kommunens brug af eksterne "
    "konsulenter i de seneste tre år. Opgørelsen viser udgifterne fordelt på fagområder og på typer af opgaver, "
    "og den sammenholdes med de tal, som andre kommuner af samme størrelse har oplyst. Administrationen "
    "vurderer, at brugen ligger på niveau med sammenlignelige kommuner. Indstilling Direktionen indstiller, at "
    "orienteringen tages til efterretning. Beslutning i Økonomiudvalget den Taget til efterretning.\n"
)


@pytest.mark.parametrize("word", ["Beslutning vedr.", "Beslutning vedrørende", "Beslutning om"])
def test_a_section_word_that_opens_a_title_in_a_contents_run(word: str) -> None:
    titles = [i.title for i in parse(RINGSTED.replace("{word}", word)).items]
    assert f"{word} lån til betaling af vej- og kloakudgifter og lign" in titles
    assert "Social Investeringsfond" in titles


# lejre-kultur-fritid-2013-10-09: a short transcript, a page a line after its number, none of them long;
# a short page ("3 Side 1 1. KF - Godkendelse af dagsorden ... Godkendt.") between the long ones.
LEJRE_PAGES = (
    "Transkript\n\n1 Referat onsdag den 9. oktober 2013 Kl. 17:00 i Mødelokale 1, Allerslev\n\n"
    "2 Indholdsfortegnelse 1. KF - Godkendelse af dagsorden KF - Orientering 9. oktober KF - Temadrøftelse - "
    "Danmarks Biblioteksforening KF - Kultur-, Fritids- og Turismepolitik efter høring KF - Eventuelt\n\n"
    "3 Side 1 1. KF - Godkendelse af dagsorden Sagsnr.: Beslutning den : Godkendt.\n\n"
    "4 Side 2 2. KF - Orientering 9. oktober 2013 Sagsnr.: 12/25256 Orientering til udvalget, oktober 2013 "
    "A. Små synger sammen med Lejre Musikskole B. Konference om idræt i socialpsykiatrien Beslutning den : "
    "Taget til efterretning.\n\n"
    "5 Side 3 3. KF - Temadrøftelse - Danmarks Biblioteksforening Sagsnr.: 13/5600 Danmarks "
    "Biblioteksforening er kommunernes og bibliotekernes fælles interesseorganisation. Beslutning den : "
    "Drøftet.\n\n"
    "6 Side 4 4. KF - Kultur-, Fritids- og Turismepolitik efter høring Sagsnr.: 11/20417 Udvalget "
    "besluttede den 14. august 2013 at sende forslaget i høring. Beslutning den : Anbefales.\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (LEJRE_PAGES, [("1", "approved"), ("2", "noted"), ("3", "discussed"), ("4", "endorsed")]),
        # the pages out of order: not a transcript's pages, no items read from inside its lines
        (LEJRE_PAGES.replace("\n5 Side 3", "\n9 Side 3"), []),
    ],
)
def test_a_short_transcript_a_page_a_line(text: str, expected: list[tuple[str, str]]) -> None:
    facts = extract(text)
    assert [(i.number, i.outcome) for i in facts.items if not i.from_contents] == expected


# movia-bestyrelse-2015-09-02: a flattened agenda whose closed items are titled "LUKKET PUNKT"; the next
# item's number after that title opens the next item ("punkt 8." alone is still a reference).
MOVIA = (
    "Sagsnummer ThecaSag-107178 Bestyrelsen 2. september 2015 Dagsorden for bestyrelsesmøde 2. september 2015 "
    "klokken 9.30-12.00 1. Godkendelse af dagsordenen 2. Meddelelser fra formandskabet 3. Meddelelser fra "
    "direktionen 4. Budget 2016, 2. behandling 5. Takster 2016 6. Flexturtakster 2016 7. {closed} 8. {closed} "
    "9. {closed} 10. Oplæg til Trafikplan 2016 11. Tilpasning af forretningsorden for Movias bestyrelse "
    "12. Mødeplan for bestyrelsen 2016 13. Ændring af Kasse- og regnskabsregulativets bilag 14. Status på "
    "Forretningsplan 2014-2017 15. {closed} 16. Dispositionsforslag for letbane i Ring 3, høringssvar "
    "17. Eventuelt Til stede: Thomas Gyldal Petersen, Per Hovmand, Jens Kjær Christensen, Poul Erik Ibsen, "
    "Peter Jacobsen, John Schmidt Andersen, Hans Toft og Jens Mandrup. Endvidere var administrerende direktør "
    "Dorthe Nøhr Pedersen, centerchef Eskil Thuesen og sekretariatschef Camilla Struckmann til stede, og mødet "
    "blev holdt i bestyrelseslokalet på Gammel Køge Landevej i Valby med de sædvanlige deltagere fra sekretariatet.\n"
)


@pytest.mark.parametrize("closed", ["LUKKET PUNKT", "Lukket punkt"])
def test_the_item_after_a_closed_items_title(closed: str) -> None:
    items = {i.number: i.title for i in parse(MOVIA.replace("{closed}", closed)).items}
    assert items.get("10") == "Oplæg til Trafikplan 2016"
    assert items.get("16", "").startswith("Dispositionsforslag for letbane")
    assert items.get("8") == closed


# slagelse-landdistrikt-teknik-ejendom-2018-03-05: a list that starts again from 1 inside an item's text
# (the points of "Orientering fra udvalgsmedlemmer") is the item's own, its "3." and "4." too; a list of
# attachments whose next item's heading stands apart (lejre-kultur-fritid-2013-10-09) ends before it.
SLAGELSE_POINTS = """Referat

1. Godkendelse af dagsorden (B)

Beslutning i udvalget den 5. marts 2018:
Godkendt.

2. Orientering fra udvalgsmedlemmer og administration (O)

Beslutningstema
Der gives orientering af aktuelle tiltag, sager, projekter m.m.
1. Orientering fra udvalgsformanden.
2. Orientering fra udvalgets medlemmer.
3. Orientering fra Administrationen.
4. Masterplan med kommende sager og temamøder er vedlagt.
Beslutning i udvalget den 5. marts 2018:
Administrationen orienterede om anlægsarbejde "Solens Plads" i Korsør.

3. Kompetenceplan 2018 (D)

Beslutning i udvalget den 5. marts 2018:
Godkendt.
"""
LEJRE_ATTACHMENTS = """Referat

1. KF - Godkendelse af dagsorden

Beslutning den : Godkendt.

2. KF - Orientering 9. oktober 2013

Beslutning den : Taget til orientering.
Bilag:
1. Nyhedsbrev_Orientering til udvalget_ okt 2013.pdf
2. Invitation til konference om idræt i socialpsykiatrien.pdf

3. KF - Temadrøftelse - Danmarks Biblioteksforening

Beslutning den : Drøftet.
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (SLAGELSE_POINTS, [("1", "approved"), ("2", "noted"), ("3", "approved")]),
        (LEJRE_ATTACHMENTS, [("1", "approved"), ("2", "noted"), ("3", "discussed")]),
    ],
)
def test_a_numbered_list_inside_an_item(text: str, expected: list[tuple[str, str]]) -> None:
    facts = extract(text)
    assert [(i.number, i.outcome) for i in facts.items] == expected
    assert [i.title for i in facts.items][-1].startswith(("Kompetenceplan", "KF - Temadrøftelse"))


# Flattened pages (a PDF text layer that put a page on one line) whose item numbers stand bare or glued to
# the title, under whatever heading or none: the numbers that follow each other make the list (real dev
# excerpts, flattened as a transcript does). Numbers that all follow one word ("kreds 2", "Sag 2") are
# that word's, and a line's first number is its page's.
FLAT_BARE_AND_GLUED = [
    (  # lemvig-kommunalbestyrelsen-infref4351: each number after the item's access
        "Dagsordenspunkter åbent 1 Stefan Agger - udtræden af kommunalbestyrelsen åbent 2 Årsberetning 2016 - "
        "Lemvig Kommunes årsregnskab åbent 3 Dialog og aftaler 2017 åbent 4 Center for Tandregulering - "
        "Repræsentant til bestyrelsen åbent 5 Valg af medlem til Handicaprådet Til indholdsfortegnelse ",
        ["1", "2", "3", "4", "5"],
    ),
    (  # holstebro-byraadet-2018-05-15: a contents list under "Pkt. Åbne dagsordenspunkter"
        "Referat til mødet i Byrådet den 15. maj 2018 kl. 17:00 i Byrådssalen Pkt. Åbne dagsordenspunkter "
        "1 Godkendelse af skema B for Halgård Vest 2 Anlægsregnskaber over 2 mio. kr. - Borgmesterkontoret "
        "3 Godkendelse af regnskab 2017 for Thorsminde Havn 4 Endelig vedtagelse af kommuneplan 2017 ",
        ["1", "2", "3", "4"],
    ),
    (  # lokallisterne-generalforsamling-2017-03-16 (KL): each number glued to its title by its full stop
        "Referat af generalforsamlingen torsdag den 16. marts 2017 i Aalborg 1.Valg af dirigent Aase Nyegaard, "
        "Sønderborg, blev valgt som dirigent. 2.Formandens beretning John Brædder aflagde beretning. "
        "3.Kassereren aflægger regnskab Regnskabet blev godkendt. ",
        ["1", "2", "3"],
    ),
    (  # fkb-brs-udvalget-for-forebyggelse-2013-06-26: a list of participants, each "kreds N"
        "1 REFERAT 29. august 2013 Deltagere Jacob Christensen, FKB s bestyrelse Lars Bønding, FKB, kreds 2 "
        "Erik Skallerup, FKB, kreds 3 Lasse Hansen, FKB, kreds 4 Jan Riis, FKB, kreds 5 Marcello Francati, FKB ",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FLAT_BARE_AND_GLUED)
def test_flattened_items_numbered_bare_or_glued(text: str, expected: list[str]) -> None:
    meeting = parse(text + PROSE * 6 + "\n")
    assert sorted((i.number for i in meeting.items), key=int) == expected
    assert all(i.title[:1].isupper() for i in meeting.items)
