"""More agenda-item, contents and outcome forms of real minutes (issue 12 items 2, 3 and 6). Each
snippet is quoted (shortened) from a DEV document of tests/realworld/, named above it; the test split
is never read for rules or tests."""

from __future__ import annotations

import pytest

from graphbuild.extract import extract_facts
from graphbuild.models import Meeting
from graphbuild.parse import parse_meeting
from graphbuild.parse.flatten_titles import split_title_run
from graphbuild.sources import source_from_text


def parse(text: str) -> Meeting:
    return parse_meeting(source_from_text(text))


def numbered(meeting: Meeting) -> list[tuple[str, str, bool]]:
    return [(i.number, i.title, i.from_contents) for i in meeting.items]


# varde-byraadet-2019-09-03: a PUNKTER list whose titles hold a full stop ("Ekspropriation. Cykelsti
# ..."); each entry's number follows the one before, so the list goes on through them.
VARDE = """PUNKTER

455. Lokalplan for Ho minigolf og fiskesø
456. Ekspropriation. Cykelbaner langs Sønderskovvej, Øse-Nordenskov
457. Ekspropriation. Cykelsti Nørre Nebel - Sdr. Bork
458. Ekspropriation. Cykelsti ved Nymindegab
459. Tilkendegivelse af ekspropriation til kildeplads



455. Lokalplan for Ho minigolf og fiskesø

Sagsfremstilling

Lokalplanen giver mulighed for minigolf.
"""


def test_contents_entries_whose_titles_hold_a_full_stop() -> None:
    items = numbered(parse(VARDE))
    assert ("456", "Ekspropriation. Cykelbaner langs Sønderskovvej, Øse-Nordenskov", True) in items
    assert ("458", "Ekspropriation. Cykelsti ved Nymindegab", True) in items
    assert ("459", "Tilkendegivelse af ekspropriation til kildeplads", True) in items  # the list did not end at 456
    assert [n for n, _, contents in items if not contents] == ["455"]


def test_a_numbered_sentence_after_a_list_is_no_entry() -> None:
    text = VARDE.replace("459. Tilkendegivelse af ekspropriation til kildeplads", "461. Ekspropriation. Se bilag.")
    assert "461" not in [n for n, _, _ in numbered(parse(text))]


def titles(meeting: Meeting) -> list[str]:
    return [i.title for i in meeting.items]


# fynbus-bestyrelse-2016-12-08: a transcript's pages each on one line; the contents page lists the
# titles with every number lost, under labels ("DAGSORDEN:", "Sager til beslutning:") that are no titles.
FYNBUS = (
    "1 FynBus Bestyrelse Referat Torsdag den 8. december 2016 Deltagere: Formand Morten Andersen, Nordfyn "
    "Næstformand Poul Andersen, Region Syddanmark Bestyrelsesmedlem Kristian Nielsen, Faaborg-Midtfyn "
    "Bestyrelsesmedlem Niels Bebe, Middelfart Bestyrelsesmedlem Jesper Hempler, Kerteminde afbud Direktør "
    "Carsten Hyldborg Jensen Kontraktchef Ingrid Dissing Økonomichef Søren Junker Side 1 af 23\n\n"
    "2 DAGSORDEN: Sager til beslutning: Afdækning af risici ifm. oliepriser Håndtering af produkter, der ikke "
    "kan udstedes i Rejsekortsystemet Klassifikation af stoppesteder på Fyn Overførsel af anlægsudgifter "
    "Sager til drøftelse: Sager til orientering: Letbanens påvirkning af FynBus økonomi Optimering af "
    "trafikselskabernes rammevilkår Strategi Meddelelser Eventuelt Side 2 af 23\n\n"
    "3 Sager til beslutning: 1. Afdækning af risici ifm. oliepriser Resumé: På bestyrelsesmødet den 7. "
    "september 2016 besluttede bestyrelse, at ejerne skulle høres om holdningen til risikoafdækning af "
    "udviklingen i oliepriser. Assens, Kerteminde, Nyborg, Middelfart, Svendborg og Langeland kommuner tager "
    "ikke stilling til aftalen, men ønsker at FynBus varetager ejernes interesser.\n"
)


def test_a_flattened_contents_page_under_group_labels() -> None:
    meeting = parse(FYNBUS)
    found = titles(meeting)
    assert found[0] == "Afdækning af risici ifm. oliepriser"
    listed = (
        "Håndtering af produkter, der ikke kan udstedes i Rejsekortsystemet",
        "Letbanens påvirkning af FynBus økonomi",
        "Optimering af trafikselskabernes rammevilkår",
        "Strategi",
        "Eventuelt",
    )
    assert all(title in found for title in listed)
    assert not any(t.startswith("Side") for t in found)  # the page footer "Side 2 af 23"
    assert not any(t.endswith(":") or t.startswith(("DAGSORDEN", "Sager til")) for t in found)
    assert all(i.from_contents for i in meeting.items[1:])


def test_prose_under_a_label_is_no_contents_page() -> None:
    prose = FYNBUS.replace(
        "Strategi Meddelelser Eventuelt", "Sekretariatet orienterede. Bestyrelsen drøftede sagen. Godkendt"
    )
    found = titles(parse(prose))
    assert "Strategi" not in found
    assert not any("Sekretariatet" in t or "Letbanens" in t for t in found)


# lejre-oekonomiudvalget-2017-04-18 and lejre-kommunalbestyrelsen-2010-01-25: each title opens with the
# deciding committee's abbreviation ("ØU - ", "TM - ", "Lukket - TM - "); "Indstilling af suppleant" is a
# title, not an Indstilling heading; the item's own heading follows the page label "Side 1".
LEJRE = (
    "1 Referat tirsdag den 18. april 2017 Kl. 16:30 i Mødelokale 1 og 2, Lejrevej 15, 4320, Allerslev\n\n"
    "2 Indholdsfortegnelse 1. ØU - Godkendelse af dagsorden ØU - Orientering KB - Indstilling af "
    "suppleant til skatteankenævnet indtil 30. juni ØU - Ejendomsanalyse ØU - Borgerrådgiverens "
    "årsberetning for ØU - Forslag til proces for modernisering af styrelsesvedtægt ØU - Forslag til "
    "ændring af styrelsesvedtægt - råd og nævns forankring ØU - Organisering af IFIL ØU - Bemyndigelse "
    "til generalforsamling i Fors ØU - Kommunikationskampagne om bosætning ØU - Status på "
    "informationskampagne om Vores Sted ØU - Årsrapport ØU - Anlægsregnskab ØU - Befolkningsprognose ØU - "
    "Økonomisk månedsopfølgning - April ØU - Revideret tidsplan for Lejre Kommuneplan Lukket - ØU - Salg "
    "af Hovedvejen 10 A BU - Frigivelse af anlægsmidler til forprojekt til ændring og forbedring af "
    "skolelokaler/faglokaler på Kirke Hyllinge Skole Lukket - TM - Udbud af indkøb af affaldsbeholdere TM "
    "- Busbestilling TM - Godkendelse af Natura 2000 handleplaner for TM - Miljøgodkendelse, "
    "VVM-redegørelse og kommuneplantillæg for FDO's lager S3 ved Kirke Såby BU - Færdiggørelse af til- og "
    "ombygning Børnehuset Skjoldungerne (Egebjerget og Røglebakken)...52\n\n"
    "3 Side 1 1. ØU - Godkendelse af dagsorden Sagsnr.: Resumé: Indstilling: Beslutningskompetence: "
    "Beslutning den : Godkendt. Sagsfremstilling: Administrationens vurdering: Handicappolitik: Økonomi og "
    "finansiering:\n\n"
    "4 Side 2 2. ØU - Orientering Sagsnr.: 17/45 Resumé: Opfølgning på spørgsmål stillet på ØU mødet den 21. "
    "marts: På ØU-mødet den 21. marts blev der spurgt til om der er etableret handicaptilgængelighed.\n"
)


def test_titles_opening_with_a_committee_abbreviation() -> None:
    meeting = parse(LEJRE)
    found = titles(meeting)
    assert found[:2] == ["ØU - Godkendelse af dagsorden", "ØU - Orientering"]
    assert "KB - Indstilling af suppleant til skatteankenævnet indtil 30. juni" in found
    assert "TM - Busbestilling" in found
    # the dotted leader and page number dropped
    assert "BU - Færdiggørelse af til- og ombygning Børnehuset Skjoldungerne (Egebjerget og Røglebakken)" in found
    # "Lukket - " marks a closed item; known only from the list, it keeps the mark as printed
    sale = next(i for i in meeting.items if i.title == "Lukket - ØU - Salg af Hovedvejen 10 A")
    assert not sale.public
    assert not meeting.items[0].from_contents  # its text follows "Side 1"


# nordfyn-erhverv-fritid-2008-08-28: "Til behandling forelå:" over a contents page whose titles lost their
# numbers and whose groups end in a dotted leader and page ("...5"); the first item's number is the
# year's running number, with no number after it in the excerpt, over its case label ("Sagsnr J.nr").
NORDFYN = (
    "1 ERHVERVS- OG FRITIDSUDVALGET FOR NORDFYNS KOMMUNE REFERAT FRA MØDE NR. 22 TORSDAG DEN 28. AUGUST 2008, "
    "KL PÅ OTTERUP RÅDHUS, MØDELOKALE 5\n\n"
    "2 Erhvervs- og Fritidsudvalget 28. august 2008 Side: 2 Fraværende: Jørgen Meier Sørensen deltog ikke i "
    "behandlingen af pkt. 169, 170. Til behandling forelå: SAGER TIL UDVALGETS AFGØRELSE Evaluering af "
    "bogbilordningen Otterup Produktionshøjskole - lån af geværfabrikken Kulturmidler Ansøgning fra Otterup "
    "Friluftsspil...5 SAGER TIL EFTERRETNING Budgetrapport pr. 31. juli Meddelelser Eventuelt\n\n"
    "3 Erhvervs- og Fritidsudvalget 28. august 2008 Side: 3 SAGER TIL UDVALGETS AFGØRELSE 156. Evaluering af "
    "bogbilordningen Sagsnr J.nr Erhvervs- og Fritidsudvalget har tidligere besluttet, at landområderne i "
    "Nordfyns Kommune skal betjenes af en bogbilordning i en forsøgsperiode på 2 år gældende fra 1. januar 2007 "
    "til og med 31. december Bogbilen påbegyndte kørsel i hele Nordfyns Kommune fra 1. marts Derfor er "
    "succeskriterierne beregnet ud fra perioden 1. marts 2007 til 1. marts 2008 (herefter kaldt perioden ). "
    "Tallene fra tidligere Søndersø Kommune tager udgangspunkt i år 2005, hvilket anses som det mest reelle i "
    "forhold til tallet for I 2006 havde rygter om nedlæggelse af bogbilordningen i f\n"
)


def test_a_running_number_over_its_case_label_and_a_grouped_contents_page() -> None:
    meeting = parse(NORDFYN)
    first = next(i for i in meeting.items if not i.from_contents)
    assert (first.number, first.title) == ("156", "Evaluering af bogbilordningen")
    found = titles(meeting)
    assert "Ansøgning fra Otterup Friluftsspil" in found
    assert "Budgetrapport pr. 31. juli" in found
    assert not any("Sørensen" in t or "forelå" in t for t in found)


def outcomes(text: str) -> dict[str, str]:
    return {i.number: i.outcome for i in extract_facts(parse(text)).items}


# fredericia-byraadet-2017-12-11: the constituent meeting's election, recorded as "Byrådet valgte X".
FREDERICIA = """Punkt 2 Borgmester

Sagsresumé

Formanden vælges blandt byrådets medlemmer. Valget har gyldighed for byrådets funktionsperiode.

Indstillinger

Fællessekretariatet indstiller til byrådet, at vælge borgmesteren for det nye byråds funktionsperiode.

Beslutning i Byrådet den 11-12-2017

Byrådet valgte Jacob Bjerregaard.

Punkt 3 Valg af 1. viceborgmester

Beslutning i Byrådet den 11-12-2017

Byrådet valgte ikke at imødekomme ønsket om skriftlig afstemning.
"""


def test_an_election_recorded_in_the_past_tense_is_approved() -> None:
    assert outcomes(FREDERICIA) == {"2": "approved", "3": "rejected"}  # a refusal still wins


# brn-bestyrelse-5-februar: a board's minutes record each decision after the label "Referat:", on a
# flattened page after the recommendation ("… indstiller, at Bestyrelsen Godkender dagsorden").
BRN = (
    "1 Referat Bestyrelse Fredag den 5. febuar Region Nordjylland Mødelokale K. Regionshuset Niels Bohrs Vej\n\n"
    "2 Dagsorden 1. Godkendelse af dagsorden 2. TEMA: Infrastruktur 3. BRNs rolle som dagsordenssættende og "
    "interessevaretagende forum 4. Økonomioverblik 5. Internationalt samarbejde - opfølgning og initiativer nye "
    "studiejobs 7. Erhvervsudvikling og jobskabelse 8. Medlemskab af REG LAB 9. Økonomi Møde med "
    "uddannelsesinstitutionerne 11. Opfølgning på Erhvervsforum 12. Kommunikation 13. Orienteringspunkter "
    "14. Mødeplan Eventuelt\n\n"
    "3 1. Godkendelse af dagsorden Sekretariatet indstiller, at Bestyrelsen Godkender dagsorden\n\n"
    "4 1. Godkendelse af dagsorden Sekretariatet indstiller, at Bestyrelsen Godkender dagsorden Referat: "
    "Godkendt Der var afbud fra Arne Boelt.\n\n"
    "5 2. TEMA: Infrastruktur Direktionen indstiller, at Bestyrelsen Drøfter den fremadrettede BRN-indsats "
    "under området Infrastruktur ud fra tovholdergruppens oplæg Anbefaler forslag til 'Fælles mastepolitik for "
    "Nordjylland' og 'Fælles vilkår for gravetilladelse til politisk behandling hos parterne Godkender "
    'projekterne "Fremkommelighedsanalyse" og "Big Data konference" Referat - Direktion Direktionen tager '
    "orienteringen til efterretning og indstiller mastepolitikken og politikken for gravetilladelser til "
    "bestyrelsen. Direktionen bemærker, at der i teksten skal tilføjes, at operatørerne så vidt muligt skal "
    "anvende de samme master. Der udarbejdes business cases med fremadrettede anbefalinger.\n"
)


def test_a_decision_recorded_after_the_label_referat() -> None:
    assert outcomes(BRN)["1"] == "approved"


# gribskov-byraadet-2017-09-25: a contents list in groups "Åbne" and "Lukkede" (the closed item's number
# between the open ones), titles wrapped onto the next line, some after a blank line.
GRIBSKOV = """Byrådet

Mandag den 25-09-2017 kl. 07:00

Indholdsfortegnelse:

Åbne
217 Forslag til Kommuneplantillæg nr. 10 for et blandet byområde ved
Vesterbrogade i Gilleleje - godkendelse til offentlig fremlæggelse
218 Forslag til Lokalplan 315.19 for hotel og boliger ved Vesterbrogade i

Gilleleje - godkendelse til offentlig fremlæggelse
220 Indkaldelse af stedfortræder for Michael Hemming Nielsen

Lukkede
219 Salg af ejendom
Medlemmer:

Flemming Valdemar Trojel
"""


def test_a_contents_list_in_open_and_closed_groups_with_wrapped_titles() -> None:
    items = {i.number: i for i in parse(GRIBSKOV).items}
    assert sorted(items) == ["217", "218", "219", "220"]
    assert items["217"].title.endswith("ved Vesterbrogade i Gilleleje - godkendelse til offentlig fremlæggelse")
    assert items["218"].title.endswith("Vesterbrogade i Gilleleje - godkendelse til offentlig fremlæggelse")
    assert not items["219"].public and items["220"].public
    assert all(i.from_contents for i in items.values())


def test_a_line_after_the_last_entry_is_not_its_title() -> None:
    items = {i.number: i for i in parse(GRIBSKOV).items}
    assert items["219"].title == "Salg af ejendom"  # "Medlemmer:" below it ends the list
    assert items["220"].title == "Indkaldelse af stedfortræder for Michael Hemming Nielsen"


# lemvig-kommunalbestyrelsen-infref4351: contents rows that open with the item's access ("åbent 1 ...",
# "lukket 14 Lukket punkt"); the first item's heading below, its number apart from its title.
LEMVIG = """Dagsordenspunkter

  åbent 1 Stefan Agger - udtræden af kommunalbestyrelsen
  åbent 2 Årsberetning 2016 - Lemvig Kommunes årsregnskab
  åbent 3 Dialog og aftaler 2017
  lukket 14 Lukket punkt
  lukket 15 Lukket punkt

Til indholdsfortegnelse

 Åbent  Møde.

 1                  Stefan Agger - udtræden af kommunalbestyrelsen

                 00.22.00G01-0002

Sagsfremstilling

Kommunalbestyrelsesmedlem Stefan Agger søger om at udtræde af kommunalbestyrelsen.
"""


def test_contents_rows_that_open_with_the_items_access() -> None:
    items = {i.number: i for i in parse(LEMVIG).items}
    assert sorted(items, key=int) == ["1", "2", "3", "14", "15"]
    assert items["2"].title == "Årsberetning 2016 - Lemvig Kommunes årsregnskab" and items["2"].public
    assert not items["14"].public and not items["15"].public
    assert not items["1"].from_contents and items["3"].from_contents


# langeland-oekonomiudvalget-2013-04-08: a contents table ("Sag nr. Side") whose number column the text
# layer read apart from its title column ("79." ... then "Meddelelser" ...), a title wrapped onto a line in
# lower case, then numbered rows ("91. Endelig vedtagelse ...").
LANGELAND = """Økonomiudvalget, Mandag den 08-04-2013
Indholdsfortegnelse
Sag nr. Side
79.
80.
81.
82.
Meddelelser
Drøftelse af besparelse på badebroer
Genoptagelse af altansager på Nørregade 16-18 og 20 efter fornyede
oplysninger i sagen
Normering af stilling som IT chef
83. Endelig vedtagelse af Tillæg nr. 3 til Spildevandsplan 2010-2017
84. Støttemur Bagenkop
Bilagsoversigt
"""


def test_a_contents_tables_number_column_read_apart_from_its_titles() -> None:
    items = [(i.number, i.title) for i in parse(LANGELAND).items]
    assert items == [
        ("79", "Meddelelser"),
        ("80", "Drøftelse af besparelse på badebroer"),
        ("81", "Genoptagelse af altansager på Nørregade 16-18 og 20 efter fornyede oplysninger i sagen"),
        ("82", "Normering af stilling som IT chef"),
        ("83", "Endelig vedtagelse af Tillæg nr. 3 til Spildevandsplan 2010-2017"),
        ("84", "Støttemur Bagenkop"),
    ]


def test_a_column_with_fewer_numbers_than_titles_gives_them_none() -> None:
    text = LANGELAND.replace("82.\n", "")  # three numbers for four titles: the column cannot be paired
    items = [(i.number, i.title) for i in parse(text).items]
    assert ("79", "Meddelelser") not in items and ("80", "Drøftelse af besparelse på badebroer") not in items
    assert ("83", "Endelig vedtagelse af Tillæg nr. 3 til Spildevandsplan 2010-2017") in items


# alleroed-byraad-2011-01-27: the front page of a transcript runs the members into a contents list whose
# numbers were lost after the first ("1. Bemærkninger til dagsordenen Spørgsmål til Byrådet ..."); each
# item's page repeats its title, and its text (with the decision) follows there.
ALLEROED = (
    "1 ALLERØD KOMMUNE Allerød Byråd Møde nr. 13 Mødet blev holdt torsdag den 27. januar 2011 på Rådhuset i "
    "Borgerportalen. Mødet begyndte kl. 18:30 og sluttede kl. 20:10. mer: Borgmester - Erik Lund (C), Flemming "
    "Villadsen (A), Miki Dam Larsen (A), Emma Glæsel (C), Agnete Fog (B), Bitten Bloch (C), Karen Gausland (A), "
    "Jørgen Johansen (C), Jesper Hammer (D), John Jensen (D), Lone Hansen (E) 1. Bemærkninger til dagsordenen "
    "Spørgsmål til Byrådet Meddelelser Principper for økonomisk styring - I Ring 5 og placering af nyt hospital "
    "i Nordsjælland Istandsættelse af Toftevej Frigivelse af rådighedsbeløb vedr. digitalisering af Allerød Bio "
    "Takstændring ved offentlig svømning Renovering af kommunale bygninger Godkendelse af medlem til "
    "handicaprådet... 33\n\n"
    "2 Allerød Byråd torsdag den 27. januar ALLERØD BYRÅD Bemærkninger til dagsordenen Sagsnr.: 10/23008 "
    "Punkttype - Tema - Sagsbeskrivelse - Administrationens forslag Afledte konsekvenser Økonomi og "
    "finansiering Dialog/høring - Bilag Beslutning Allerød Byråd den Fraværende Nej - Ingen. Godkendt.\n\n"
    "3 Allerød Byråd torsdag den 27. januar ALLERØD BYRÅD Spørgsmål til Byrådet Sagsnr.: 10/23009 Punkttype "
    "- Tema - Sagsbeskrivelse - Administrationens forslag Beslutning Ingen spørgsmål.\n"
)


def test_a_numbered_run_of_titles_on_a_front_page() -> None:
    meeting = parse(ALLEROED)
    found = titles(meeting)
    assert found[:2] == ["Bemærkninger til dagsordenen", "Spørgsmål til Byrådet"]
    for title in ("Istandsættelse af Toftevej", "Takstændring ved offentlig svømning",
                  "Godkendelse af medlem til handicaprådet"):  # fmt: skip
        assert title in found
    first = meeting.items[0]
    assert first.number == "1" and not first.from_contents
    assert first.section("beslutning") is not None  # the item found again on its page has its sections
    assert meeting.kind == "referat"


# samsoe-kommunalbestyrelsen-2018-11-13: an announced agenda, a bullet per item under "DAGSORDEN", in
# groups "Åbent møde:" and "Lukket møde:"; the tranbjerg-faellesraad-bestyrelse-2019-04-25 form, bullets
# under a numbered entry, are that entry's sub-points.
SAMSOE = """Det meddeles herved, at der afholdes ordinært kommunalbestyrelsesmøde tirsdag den 13. november 2018.


DAGSORDEN


Åbent møde:

 • Beslutning om garantistillelse for Samsø Efterskole
 • Godkendelse af takster på Dagtilbudsområdet
 • Meddelelser fra borgmesteren


Lukket møde:

 • Færgeudvalgets lukkede referater


Læs mere om de enkelte dagsordenspunkter.
"""

TRANBJERG = """Dagsorden:

 1. Velkommen til Keld Hvalsø.
 2. Præsentationsrunde
 3. Aktuelle emner vi beskæftiger os med Tranbjerg Fællesråd:
  – Ungdomsproblemer i Tranbjerg
  – Omklassificering af veje
 4. Godkendelse af restdagsorden.
"""


def test_a_bulleted_agenda_in_open_and_closed_groups() -> None:
    items = parse(SAMSOE).items
    assert [(i.title, i.public) for i in items] == [
        ("Beslutning om garantistillelse for Samsø Efterskole", True),
        ("Godkendelse af takster på Dagtilbudsområdet", True),
        ("Meddelelser fra borgmesteren", True),
        ("Færgeudvalgets lukkede referater", False),
    ]
    assert all(i.from_contents for i in items)


def test_bullets_under_a_numbered_entry_are_not_items() -> None:
    assert "Omklassificering af veje" not in titles(parse(TRANBJERG))


# dragoer-kommunalbestyrelsen-2022-03-31: a portal's item list, each number a bullet of its own over the
# title and its case label; "Intet." under Spørgetid and "Ingen." under Meddelelser record that nothing
# was raised, not that something was noted.
DRAGOER = """Referat

Torsdag den 31. marts 2022 kl. 19:00

Udvalg: Kommunalbestyrelsen
  • 1
    Spørgetid 1
    Sagsid.:

    BESLUTNING: Kommunalbestyrelsen den 31-03-2022

    Intet.

  • 2
    Meddelelser
    Sagsid.:

    BESLUTNING: Kommunalbestyrelsen den 31-03-2022

    Ingen.

  • 3
    Månedsopfølgning for januar 2022
    Sagsid.: 22/569

    BESLUTNING: Økonomiudvalget den 25-03-2022

    Anbefales over for KB.

    BESLUTNING: Kommunalbestyrelsen den 31-03-2022

    Godkendt.
"""


def test_bulleted_numbers_over_their_titles_and_nothing_raised() -> None:
    assert [(i.number, i.title) for i in parse(DRAGOER).items] == [
        ("1", "Spørgetid 1"),
        ("2", "Meddelelser"),
        ("3", "Månedsopfølgning for januar 2022"),
    ]
    assert outcomes(DRAGOER) == {"1": "none", "2": "none", "3": "approved"}


def test_a_bulleted_number_without_a_case_label_below_its_title_is_no_item() -> None:
    text = "Deltagere\n\n  • 1\n    Jens Hansen\n    Lise Berg\n"
    assert parse(text).items == []


# --- header ------------------------------------------------------------------------------------

# kalundborg-landdistriktsudvalget-moedeplan-2026: a portal page whose first line is the publisher's
# name alone, above the item.
KALUNDBORG = """Kalundborg

Beslutning om mødeplan for 2026

25-008754 -

Beslutning

Godkendt, med bemærkning om at mødetidspunktet flyttes med starttidspunkt kl. 17.

Sagsfremstilling

Udvalget skal fastsætte sin mødeplan for 2026.
"""


def test_the_publishers_name_alone_on_the_first_line() -> None:
    municipality = parse(KALUNDBORG).municipality
    assert municipality is not None and municipality.name == "Kalundborg"
    assert parse("Kalundborgvej\n\n" + KALUNDBORG.split("\n", 1)[1]).municipality is None  # a street, no name


# kara-noveren-bestyrelse-2011-04-27: "PROTOKOL fra bestyrelsesmøde i KARA/NOVEREN" names the board of an
# inter-municipal company; the postcode of its address ("4000 Roskilde") makes it no municipality's.
KARA = (
    "PROTOKOL. fra bestyrelsesmøde i KARA/NOVEREN. onsdag d. 27. april 2011 kl Administrationsbygningen, "
    "Håndværkervej 70, 4000 Roskilde\n\n"
    "1. Formanden orienterer\n\nDer foreligger endnu ikke et svar fra Vejdirektoratet. Salget af Darupvej 1 til "
    "Roskilde Kommune er en forudsætning for, at KARA/NOVEREN kan købe Roskilde Kommunes materielgård.\n\n"
    "2. Byggeudvalget orienterer\n\nBestyrelsen tog orienteringen til efterretning.\n"
)


def test_a_board_meeting_of_a_company_named_after_protokol() -> None:
    meeting = parse(KARA)
    assert meeting.body == "Bestyrelsen i KARA/NOVEREN"
    assert meeting.municipality is None


# The municipality's web or e-mail domain, its letters spelled as a domain spells them ("holbaek.dk"), is the
# last clue to whose minutes they are; two municipalities' domains name neither.
HOLBAEK_MAIL = """Referat

Økonomiudvalget

1. Godkendelse af dagsorden

Beslutning

Godkendt.

Spørgsmål kan sendes til sekretariatet@holbaek.dk, og bilag findes på www.holbaek.dk/politik.
"""


def test_the_municipalitys_web_and_mail_domain() -> None:
    facts = extract_facts(parse(HOLBAEK_MAIL))
    assert facts.municipality is not None and facts.municipality.name == "Holbæk"
    both = HOLBAEK_MAIL.replace("www.holbaek.dk/politik", "www.roskilde.dk")
    assert extract_facts(parse(both)).municipality is None


# thyholm-oekonomiudvalg-2004-11-09: minutes headed by a municipality that ceased in 2007; the
# municipality its minutes name later ("Struer Kommune") is not theirs. hedensted-kommunalbestyrelsen-
# 2025-06-25: the meeting place, a former municipality's town hall, names the municipality it became.
THYHOLM = (
    "THYHOLM KOMMUNE. Økonomiudvalg, tirsdag den 9. november 2004 kl. 14:00. Referat for\n\n"
    "238. Efterretning\n\nBeslutning\n\nTaget til efterretning.\n\n"
    "239. Samarbejde om skat\n\nStruer Kommune har sendt et udkast til aftale.\n\nBeslutning\n\nGodkendt.\n"
)
HEDENSTED = """Udvalg: Kommunalbestyrelsen 2022-2025
Mødedato: 25. juni 2025
Mødested: Rådhussalen, Juelsminde Rådhus

1. Godkendelse af dagsorden

Beslutning

Godkendt.
"""


def test_minutes_of_a_municipality_before_the_reform_are_none_of_todays() -> None:
    before = extract_facts(parse(THYHOLM)).municipality  # that municipality by its own name (README)
    assert before is not None and before.name == "Thyholm"
    after = THYHOLM.replace("2004", "2007")  # the name heading later minutes: the municipality it became part of
    municipality = extract_facts(parse(after)).municipality
    assert municipality is not None and municipality.name == "Struer"


def test_a_former_municipalitys_town_hall_names_its_successor() -> None:
    municipality = extract_facts(parse(HEDENSTED)).municipality
    assert municipality is not None and municipality.name == "Hedensted"


# samsoe-kommunalbestyrelsen-2018-11-13: the meeting announced in a sentence ("der afholdes ordinært
# kommunalbestyrelsesmøde") names its body; vaekstforum-nordjylland-2017-11-30: "Udkast til referat" is
# minutes (a draft of them), where "Bemærkninger til dagsorden" names no kind.
def test_a_body_named_by_the_meeting_it_holds_and_a_draft_of_minutes() -> None:
    assert parse(SAMSOE).body == "Kommunalbestyrelse"
    draft = (
        "Vækstforum Udkast til referat af møde 04/2017 Torsdag den 30. november 2017\n\n1. Godkendelse af dagsorden\n"
    )
    assert parse(draft).kind == "referat"
    remarks = "Vækstforum\n\nBemærkninger til dagsorden\n\n1. Godkendelse af dagsorden\n\n2. Eventuelt\n"
    assert parse(remarks).kind is None


# broenderslev-handicapraadet-2020-10-27: a council every municipality has by law meets in its town hall
# ("Lokale: Byrådssalen, Brønderslev Rådhus"); a region's council meeting there is not the municipality's.
BROENDERSLEV = """Handicaprådet - Referat

Dato: 27. oktober 2020
Lokale: Byrådssalen, Brønderslev Rådhus
Tidspunkt: Kl. 14:00

1. Godkendelse af dagsorden

Beslutning

Godkendt.
"""


def test_a_municipal_councils_meeting_in_the_town_hall() -> None:
    municipality = parse(BROENDERSLEV).municipality
    assert municipality is not None and municipality.name == "Brønderslev"
    regional = BROENDERSLEV.replace("Handicaprådet - Referat", "Regionsældreråd Nordjylland - Referat")
    assert parse(regional).municipality is None


# sydtrafik-bestyrelse-2009-06-08: an item numbered by its running number and year ("44/09"), over its
# case label; a date opening a sentence is no item.
def test_an_item_numbered_by_its_running_number_and_year() -> None:
    text = "Referat\n\n44/09 Orientering\n\nJ. nr Dato: 26. maj 2009\n\nOrientering foretaget.\n"
    assert [(i.number, i.title) for i in parse(text).items] == [("44/09", "Orientering")]
    sentence = "Referat\n\n12/09 Mødet blev aflyst på grund af sne\n\nSe næste side.\n"
    assert parse(sentence).items == []


# nationalpark-thy-bestyrelse-2009-03-02: the minutes open with the day they were written, then name the
# meeting they record ("Referat af bestyrelsesmøde i Nationalpark Thy Torsdag, den 2. marts 2009"): its
# day and its body, a board of no one municipality (a member "Thisted Kommune" does not make it Thisted's).
THY = (
    "1 Ref. INN Den 9. marts 2009 Referat af bestyrelsesmøde i Nationalpark Thy Torsdag, den 2. marts 2009, kl "
    "på Søholt Deltagere: Bestyrelsen: Ejner Frøkjær Bestyrelsesformand Nationalpark Thy Hans Buck Thy "
    "Erhvervsråd Ole Westergaard Thisted Kommune Sisse Wildt VisitDenmark\n\n1. Godkendelse af dagsorden\n\n"
    "Beslutning\n\nGodkendt.\n"
)


def test_the_meeting_the_minutes_record_after_the_day_they_were_written() -> None:
    meeting = parse(THY)
    assert meeting.start is not None and meeting.start.date().isoformat() == "2009-03-02"
    assert meeting.body == "Bestyrelsen i Nationalpark Thy"
    assert extract_facts(meeting).municipality is None


# vesthimmerland-byraadet-2019-08-29: a portal renders the meeting's date month first, told by the AM/PM
# clock after it ("Mødedato: 8/29/2019 4:00:00 PM"); a Danish "8/9/2019" with no such clock is 8 September.
def test_a_portals_month_first_date_with_an_am_pm_clock() -> None:
    meeting = parse("Udvalg: Byrådet\n\nMødedato: 8/29/2019 4:00:00 PM\n\n121. Godkendelse af dagsorden\n")
    assert meeting.start is not None and meeting.start.isoformat() == "2019-08-29T16:00:00+02:00"
    danish = parse("Udvalg: Byrådet\n\nMødedato: 8/9/2019 kl. 16:00\n\n121. Godkendelse af dagsorden\n")
    assert danish.start is not None and danish.start.date().isoformat() == "2019-09-08"


# fredensborg-seniorraad-2015-06-04 and nationalpark-thy-bestyrelse-2009-03-02: prose minutes record the
# decision after the title ("Godkendt.", "Referatet er godkendt og udlagt ..."); broenderslev-
# integrationsraadet-2018-03-22: "Intet at bemærke." under remarks to the agenda; regionh-forretningsudvalget-
# 2022-11-08: "Anbefalet." sends the case on, as "Anbefales." does.
PROSE_DECISIONS = """Referat

1. Godkendelse af dagsorden

Godkendt. D A G S O R D E N

2. Referat af bestyrelsesmødet, den 29. januar 2009 Referatet er godkendt og udlagt på hjemmesiden.

3. Bemærkninger til dagsordenen

Beslutning

Intet at bemærke.

4. Den prioriterede liste for indsatsen på jordforureningsområdet

Beslutning

Anbefalet.
"""


def test_decisions_recorded_in_prose_and_in_one_word() -> None:
    assert outcomes(PROSE_DECISIONS) == {"1": "approved", "2": "approved", "3": "none", "4": "endorsed"}


def test_a_recommendation_to_approve_is_no_decision() -> None:
    text = "Referat\n\n1. Budget\n\nIndstilling\n\nDirektionen indstiller, at budgettet godkendes.\n"
    assert outcomes(text)["1"] != "approved"


# regionsaeldreraad-hovedstaden-forretningsudvalget-2012-08-23: one line per item, its title and then
# this meeting's one-word decision ("... tilføjelser. Godkendt.")
DECIDED_ON_THE_LINE = """Regionsældrerådets forretningsudvalg.

Dagsorden med referat.

1. Godkendelse af dagsordenen efter evt. tilføjelser. Godkendt.

2. Referat af forretningsudvalgets møde den 9. maj 2012. Godkendt.

3. Økonomi.

Vibeke Jensen har tilbudt at sørge for at regnskaber mv. afleveres til den nye kasserer.
"""


def test_a_numbered_title_followed_by_its_decision_on_the_same_line_is_an_item() -> None:
    meeting = parse(DECIDED_ON_THE_LINE)
    assert numbered(meeting) == [
        ("1", "Godkendelse af dagsordenen efter evt. tilføjelser", False),
        ("2", "Referat af forretningsudvalgets møde den 9. maj 2012", False),
        ("3", "Økonomi", False),
    ]
    outcomes = {item.number: item.outcome for item in extract_facts(meeting).items}
    assert outcomes["1"] == "approved" and outcomes["2"] == "approved"


# rudersdal-seniorraad-2018-11-05: items added under another's number, lettered ("2a.", "2b.", "7a.")
LETTERED = """Referat af 5. november 2018

1. Velkomst og godkendelse af dagsorden.

IH bad om rådets accept på forskellige justeringer af dagsordenen, så enkelte punkter kunne tilføjes:

2a. Behandling af forslag til ny vedtægt for Rudersdal Seniorråd. Forslaget blev omdelt med anførelse af justeringer.

2b. Udpegning af ny repræsentant i Folkeoplysningsudvalget

7a. Forslag om indkøb af telefoner til rådets medlemmer
"""


def test_lettered_items_keep_their_printed_number_in_order() -> None:
    assert numbered(parse(LETTERED)) == [
        ("1", "Velkomst og godkendelse af dagsorden", False),
        ("2a", "Behandling af forslag til ny vedtægt for Rudersdal Seniorråd", False),
        ("2b", "Udpegning af ny repræsentant i Folkeoplysningsudvalget", False),
        ("7a", "Forslag om indkøb af telefoner til rådets medlemmer", False),
    ]


# Forms read in minutes beyond the corpus (publishers A-K, short excerpts; no document of
# tests/realworld/): (case, text, items expected among the parsed (number, title), titles never items).
# the labels run on: "Sagsansvarlig enhed: ... Sagsbehandler: ..."
ACADRE_UNIT = "Sagsansvarlig enhed: Politik og Borgerservice Sagsbehandler: Marianne Godtfredsen"
ACADRE_MPU = """Miljø- og Planlægningsudvalget

Punkt: 1 Acadre sagsnr.: 14/2233 Journalnr.: 00.01A00 Sagsforløb: MPU - Åben sag Mødedato: 02.04.2014 <UNIT>

Meddelelser

Noter til bilag

Udvalget drøftede reglerne om nyttehaver.

Miljø- og Planlægningsudvalget

Punkt: 2 Acadre sagsnr.: 14/1234 Journalnr.: 00.01A00 Sagsforløb: MPU - Åben sag Mødedato: 02.04.2014 <UNIT>

Årsregnskab 2013, Miljø- og Planlægningsudvalget

Baggrund

Regnskabet fremlægges.

Beslutning

Godkendt.
""".replace("<UNIT>", ACADRE_UNIT)
ACADRE_OU = """Økonomiudvalget

Punkt: 1 Acadre sagsnr.: 17/10438 Journalnr.: 00.01A00 Sagsforløb: ØU - Åben sag Mødedato: 17.08.2017 <UNIT>

Meddelelser

Baggrund

Centerchefen henledte opmærksomheden på retningslinjerne.

Økonomiudvalget

Punkt: 2 Acadre sagsnr.: 17/11524 Journalnr.: 00.01K09 Sagsforløb: ØU-KB - Åben sag Mødedato: 17.08.2017 <UNIT>

Lions-sagen - KL-undersøgelse af bestyrelsens rolle

Baggrund

Sagen forelægges.
""".replace("<UNIT>", ACADRE_UNIT)
# a docplayer transcript: the page's number, "Side 1.", before the header labels, then a "Pkt. Tekst
# Side" contents table run onto the same line (each page one line)
HJORRING_OU = (
    "Åben dagsorden Økonomiudvalget Borgmesterkontoret\n\nTranskript\n\n1 Åben dagsorden Økonomiudvalget "
    "Borgmesterkontoret Side 1. Mødedato: Mødet påbegyndt: kl. 14:30 Mødet afsluttet: kl. Mødested: "
    "Mødelokale 122, 1. sal, Hjørring Rådhus Fraværende: Følgende sager behandles: Pkt. Tekst Side 1 Budget, "
    "regnskab og likviditet Lånoptagelse udmeldt dispensation fra Økonomi- og Indenrigsministeriet 4 3 "
    "Godkendelse af Beskæftigelsesplan Vedtagelse af temaplan for den fremtidige vindmølleplanlægning 9 5 "
    "Status på vindmøller mellem Sdr. Rubjerg og Vejby 12 6 Plejeboligplan forslag til principper og "
    "plejeboligstruktur 15 7 Frigivelse af vedligeholdsmidler til kulturbygninger 19 8 Ansøgning fra Løkken "
    "Golfklub om medfinansiering ved arealerhvervelse 22\n"
)
HJORRING_BY = (
    "Referat - Åben dagsorden Hjørring Byråd Borgmesterkontoret\n\nTranskript\n\n1 Referat - Åben dagsorden H"
    "jørring Byråd Borgmesterkontoret Side 1. Mødedato: Mødet påbegyndt: kl. 18:00 Mødet afsluttet: kl. 2"
    "2:50 Mødested: Hjørring Rådhus, Springvandspladsen 5 Fraværende: Mai-Britt Beith Jensen, Erik Vadsag"
    "er og Børge Bech Følgende sager behandles: Pkt. Tekst Side 1 Beslutningsforslag om Fleksibel Arbejds"
    "tid 3 2 Herregården Odden - fremtidig støtte 6 3 Årsregnskab Låneadgang mv. vedrørende 2016 i 14 5 F"
    "orslag til budgetproces Sindal Varmeforsyning søger om Kommunegaranti på 50 mio. kr Modulboliger i t"
    "omme bygninger, frigivelse af midler til forsøgsprojekt 26 8 Naturpark Tolne - frigivelse af bevilli"
    "ng 31 9 Energibesparende foranstaltninger - frigivelse af bevilling\n\n2 Pkt. Tekst Side 22 Justering "
    "af Principper for Økonomistyring Opdatering af s Indkøbs- og udbudspolitik Revideret reklame- og spo"
    "nsorpolitik for Ændring af konstituering i Venstres byrådsgruppe 102 Side 2.\n"
)
# a docplayer transcript whose front page lists the members and their parties on one line
FREDERIKSSUND_OU = (
    "Referat fra møde i Økonomiudvalget\n\nTranskript\n\n1 Referat fra møde i Økonomiudvalget Tirsdag den 18."
    " maj 2010 Kl i Borgmesterens kontor Mødedeltagere: Ole Find Jensen (A) John Schmidt Andersen (V) Kim"
    " Rockhill (A) Morten Skovgaard (C) Pia Adelsteen (O) Poul Henrik Hedeboe (F) Tina Tving Stauning (A)"
    " Side 1 af 56\n\n2 Indhold Åben dagsorden Sag nr. 74 Orientering om likviditet 2010 Sag nr. 75 Årsregn"
    "skab 2009 Sag nr. 76 Budgetopfølgning pr. 31. marts 2010 for Økonomiudvalgets område Sag nr. 77 Budg"
    "etopfølgning pr. 31. marts 2010 Sag nr. 78 Opgørelse af over- underskud fra 2009 til Økonomiudvalget"
    "s eget driftsområde Sag nr. 79 Opgørelse af driftsoverskud- og underskud fra 2009 til 2010 Sag nr. 8"
    "0 Sag nr. 81 Budget Overførsler fra 2009 til 2010 på anlægsprojekter - Økonomiudvalgets eget område "
    "Overførsler fra 2009 til 2010 på anlægsprojekter - samlede overførselssag Sag nr. 82 Afskrivninger r"
    "egnskab 2009 Side 2 af 56\n\n3 Sag nr. 74 Orientering om likviditet 2010 Journal nr.: Lovgrundlag: Lov"
    " om kommunernes styrelse 46, stk. 2. Sagsfremstilling: Økonomi- og Udviklingsafdelingen fremsender o"
    "versigt over likviditet til og med april måned. Beslutning: Taget til efterretning. Side 3 af 56\n\n4 "
    "Sag nr. 75 Årsregnskab 2009 Journal nr.: Lovgrundlag: Lov om kommunernes styrelse. Sagsfremstilling:"
    " Årsregnskabet fremlægges. Beslutning: Anbefales. Side 4 af 56\n"
)
# docplayer transcripts whose contents page opens with its heading and column label, every number lost
REBILD_BY = (
    "REBILD KOMMUNE REFERAT. Mødedato: Mødetidspunkt: Sted: Møde slut: Fraværende:\n\nTranskript\n\n1 Mødedat"
    "o:. Mødetidspunkt: 17:00. Sted: Byrådssalen, Terndrup Rådhus. Møde slut: 19:00 Fraværende: Rikke Kar"
    "lsson og Ole Frederiksen REFERAT\n\n2 Indholdsfortegnelse Side 1. Samlet økonomivurdering ØKV2 ultimo "
    'juni/juli Midtvejsregulering og handleplan Andelsboligforeningen "Ved Torvet". Anmodning om fortsat '
    "afdragsfrihed Borgerinddragelse via digitale medier Underskriftsside\n\n3 1. Samlet økonomivurdering Ø"
    "KV2 ultimo juni/juli 2011 J.nr.: S00. Sagsnr.: 11/496 Sagen afgøres i: Sagsfremstilling: I økonomivu"
    "rdering ØKV2, der er vedlagt, som bilag, er der vurderet et samlet merforbrug. Beslutning: Godkendt."
    "\n"
)
HORSHOLM_OU_FLAT = (
    "Følgende sager behandles på mødet\n\nTranskript\n\n1 Økonomiudvalget Referat fra ordinært møde D2 Torsda"
    "g kl. 8:00 Følgende sager behandles på mødet Side Meddelelser 2 Lions-sagen - KL-undersøgelse af bes"
    "tyrelsens rolle 3 Økonomiudvalget drøfter med HovedMED 7 Nulpunktsmåling Hørsholm Kommunes omdømme 8"
    " Program til Kommunalbestyrelsens Augustkonference Halvårsregnskab Det kommunale og regionale valg d"
    "en 21. november Bilagsoversigt 43 Bemærkninger til dagsorden\n\n2 Økonomiudvalget Punkt: 1 Acadre sags"
    "nr.: 17/10438 Journalnr.: A00 Sagsforløb: ØU - Åben sag Mødedato: Sagsansvarlig enhed: Politik, Udvi"
    "kling og Borgerservice Sagsbehandler: Marianne Godtfredsen Meddelelser Baggrund Centerchef Betina Bo"
    "jesen henledte opmærksomheden på retningslinjerne Det daglige samarbejde i et valgår i Hørsholm Komm"
    "une, som blev godkendt af Økonomiudvalget den 9. februar Betina Bojesen henledte endvidere opmærksom"
    "heden på, at spørgetiden suspenderes i 2 måneder op til kommunalvalget den 21. november Thorkild Gru"
    "elund (C) deltog ikke i sagens behandling. Økonomiudvalget Torsdag den Side 2\n\n3 Økonomiudvalget Pun"
    "kt: 2 Acadre sagsnr.: 17/11524 Journalnr.: K09 Sagsforløb: ØU-KB - Åben sag Mødedato: Sagsansvarlig "
    "enhed: Politik, Udvikling og Borgerservice Sagsbehandler: Christian Buch Sørensen Lions-sagen - KL-u"
    "ndersøgelse af bestyrelsens rolle Baggrund Sagen forelægges for udvalget med henblik på drøftelse af"
    " rapporten. Økonomiudvalget Torsdag den Side 3\n"
)
# Hedensted (Udvalget for Politisk Koordination og Økonomi, docplayer transcript): a "Pkt. Tekst Side" table
# opening with a yearly running number, a page number before each next item number
HEDENSTED_PKO = (
    "1 Referat med åbne punkter Mødetidspunkt: Kl. 09:00 Mødested: Hedensted Rådhus Mødelokale "
    "5 Deltagere:, Jørn Juhl Nielsen, Hans Kristian Bundgaard- Skibby, Hans Henrik Rolskov, Kim"
    " Hagsten Sørensen, Bent Poulsen, Johnny B. Sørensen. Fraværende: Bemærkninger: I punkt 97 "
    "deltager økonomichef Søren Dreiø Carlsen I punkt 98 deltager økonomichef Søren Dreiø Carls"
    "en med konsulenterne Maria Nørskov og Pernille B. Lange I punkterne 103,104 og 110 deltage"
    "r chef for Fritid & Fællesskab Johan Stadil Petersen I punkt 108 deltager udviklingskonsul"
    "ent Henriette Petersen I punkt 113 deltager konsulent Charlotte S. Pedersen Mødet sluttede"
    " kl\n\n2 2 Indholdsfortegnelse Pkt. Tekst Side Dialog 93 Opfølgning og dialog Kommunegaranti"
    " til lån optaget af Hedensted Spildevand 5 95 Kommunegaranti til Bøgballe-Vester Ørum Vand"
    "værk 7 96 Fremtidig fysisk struktur i administrationen 9 97 Drøftelse af Budget Status på "
    "Controller Team Forhøjelse af lånegaranti Hornsyld Idrætscenter (springcenter) Forhøjelse "
    "af lånegaranti Lindved Hallen 19 Udvalget for Læring 101 Anlægsbevilling til ombygning og "
    "renovering af Hedensted Skole Anlægsbevilling til ombygning og renovering af Lindved Skole"
    " 23 Udvalget for Teknik 103 Anlægsbevilling til byggemodning af Friggsvej, Ølsted - etape "
    "Udgifter til udgravning af arkæologi fra kommunale byggemodninger 28\n\n3 3 105 Vedtagelse a"
    "f Lokalplanforslag nr og Kommuneplantillæg nr. 12 True North Efterskole 31 Konferencer mv."
    " 106 Konferencer med videre 33 Orientering 107 Orientering 34 Lukket dagsorden 108 Gensidi"
    "g dialog og orientering Udbygning af idrætsfaciliteter ved Hedensted Skole Spildevandspla\n"
)
# Gentofte (Økonomiudvalget 2014) and Horsens (Byråd 2011), docplayer transcripts: a contents list numbered bare
# ("Åben dagsorden 1 Lokalplan ... 2 Lokalplan 358 ..."), some numbers lost; a number with a full stop inside
# a title ("Kommuneplantillæg 8. Forslag") is the title's own
GENTOFTE_OU = (
    "1 Gentofte Kommune Dagsorden til møde i Økonomiudvalget Dagsorden åben Mødedato 18. august"
    " 2014 Mødetidspunkt Mødelokale Udvalgsværelse D Side 1 af 28\n\n2 Indholdsfortegnelse Økonom"
    "iudvalget den 18. august 2014 Åben dagsorden 1 Lokalplan og Kommuneplantillæg 8. Forslag 2"
    " Lokalplan 358 for et område mellem Bernstorffsvej, Kildegårdsvej og Hans Jensens Vej. End"
    "elig vedtagelse 3 Lokalplan tema om butiksstørrelser m.v. Endelig vedtagelse 4 Tillæg 2 ti"
    "l Kommuneplan Klimatilpasning. Endelig vedtagelse 5 Klimasikring af kysten efter stormflod"
    " den 6. og 7. december Anlægsbevilling og endelig godkendelse af projekt for fjernvarmefor"
    "syning i områder af Jægersborg og Gentofte 7 Styrelsesvedtægt for Advisory Board 8 Gentoft"
    "e Ejendomsselskab - udlejning efter fleksible udlejningskriterier 9 Byggesagsgebyrer, fast"
    "læggelse efter ny lov om opkrævning af byggesagsgebyr efter medgået tid 10 Revisionsberetn"
    "inger og godkendelse af regnskab Økonomisk rapportering pr. 30. juni 2014/halvårsregnskab "
    "12 Gentofte-Plan 2015, Fagudvalgsbehandling i august, ØU 13 Meddelelser fra formanden/forv"
    "altningen og spørgsmål fra medlemmerne Lukket dagsorden 14 Anlæggelse af retssag 15 Meddel"
    "elser fra formanden/forvaltningen og spørgsmål fra medlemmerne Personsager 16 Personalesag"
    " Side 2 af 28\n\n3 1 Åbent Lokalplan og Kommuneplantillæg 8. Forslag Resumé Der er udarbejde"
    "t et lokalplanforslag, der muligør opsætning af en mobilantenneposition på ejendommen Holm"
    "egårdsvej 28. Lokalplanforslaget har form af et tillæg til den gældende lokalplan 264 og e"
    "r ledsaget af forslag til kommuneplantillæg, der udvider rammerne for anvendelsen til også"
    " at omfatte teleinfrastruktur. Der skal tages stilling til, om planforslagene skal udsende"
    "s i offentlig høring. Sagen blev udsat på Byplanudvalgets \n"
)
HORSENS_BY = (
    "1 REFERAT Byråd Møde nr.: 5 Mødedato: Mødevarighed: Fraværende: Mødested: Byrådssalen Øvri"
    "ge bemærkninger: Anders Samuelsen (Deltog ikke i mødet fra punkt 30 til punkt 35.) Indhold"
    "sfortegnelse: Åben dagsorden 1 ØK Horsens Havn A/S - årsrapport ØK Horsens Vand A/S - årsr"
    "apport ØK Energibesparende foranstaltninger ØK Kompetence pris 5 ØK Bestyrelse for Teknisk"
    ' Kollegium - udpegning af nyt bestyrelsesmedlem 6 ØK Invitation til deltagelse i projekt "'
    'Entrepreneurskab i uddannelserne" 7 ØK Foranalyse af praktisk, teknisk servicebetjening af'
    " haller, institutioner og skoler i Horsens Kommune 8 ØK Organisering af den fremtidige koo"
    "rdinering på det specialiserede socialområde 9 ØK Andelsboligforeningen Beringsgaard, Pede"
    "r Dans Vej, 2. fase, Hatting - Ansøger om godkendelse af skema B 10 ØK Andelsboligforening"
    "en Beringsgaard, Rørfabrikken, anmodning om godkendelsen af skema B 11 ØK Arbejdernes Ande"
    "lsboligforening af 1938, Blumersgade, ansøgning om godkendelse af skema B 12 ØK Gensalg af"
    " Vrøndingvej 6, Horsens 13 ØK Salg af areal på Kærvej, Egebjerg 14 ØK Mødekalender TM Tils"
    "lutning til nyt radiokommunikationssystem Sine 16 TM Forslag til kommuneplantillæg , Række"
    "følgebestemmelse 17 TM Kommuneplantillæg , Hospitalsenhed Horsens 18 TM forslag til lokalp"
    "lan , udvidelse af regionshospitalet i Horsens 19 TM Kommuneplantillæg , Bygholm Søpark 20"
    " TM Forslag til Lokalplan , Bygholm Søpark 21 TM Kommuneplantillæg , Provstlund 22 TM Fors"
    "lag til lokalplan , Boliger ved Provstlund 23 TM Kommuneplantillæg , Krudthusvej 24 TM Pro"
    "jektforslag for etablering af el-kedel på Brædstrup Totalenergi 25 TM Galgehøj, kommunal b"
    "yggemodning(lokalplan 237) 26 TM Bevilling til byggemodning af Ring Søpark 1, lokalplan 3 "
    "27 TM Byggemodning af industriareal på Galgehøj i Brædstrup\n"
)
# Gentofte (Kommunalbestyrelsen 2013, docslib transcript): the item's access after its number without brackets
# ("1 Åbent Meddelelser fra formanden"), as "3 (Åben) Titel" elsewhere
GENTOFTE_KB = """Møde i Kommunalbestyrelsen den 16. december 2013

1 Åbent Meddelelser fra formanden

050527-2012

______

Møde i Kommunalbestyrelsen den 16. december 2013

2 Åbent Forslag til tillæg 2 til Kommuneplan 2013, Klimatilpasningsplan

053164-2012

Resumé

I henhold til aftale mel
"""
BEYOND_CORPUS = [
    # Hørsholm (Acadre PDF, Miljø- og Planlægningsudvalget 2014 and Økonomiudvalget 2017): "Punkt: N" and
    # the case system's labels on one line, the title on the next
    ("acadre-mpu", ACADRE_MPU, [("1", "Meddelelser"), ("2", "Årsregnskab 2013, Miljø- og Planlægningsudvalget")], []),
    ("acadre-ou", ACADRE_OU, [("1", "Meddelelser"), ("2", "Lions-sagen - KL-undersøgelse af bestyrelsens rolle")], []),
    # Hjørring (ØU and Byråd, docplayer transcripts)
    (
        "side-1-modedato-ou",
        HJORRING_OU,
        [
            ("1", "Budget, regnskab og likviditet"),
            ("3", "Godkendelse af Beskæftigelsesplan"),
            ("7", "Frigivelse af vedligeholdsmidler til kulturbygninger"),
        ],
        ["Mødedato"],
    ),
    (
        "side-1-modedato-by",
        HJORRING_BY,
        [
            ("1", "Beslutningsforslag om Fleksibel Arbejdstid"),
            ("2", "Herregården Odden - fremtidig støtte"),
            ("8", "Naturpark Tolne - frigivelse af bevilling"),
        ],
        ["Mødedato"],
    ),
    # Frederikssund (Økonomiudvalget 2010, docplayer): the members' line is no run of contents titles
    (
        "front-page-members",
        FREDERIKSSUND_OU,
        [("74", "Orientering om likviditet 2010"), ("75", "Årsregnskab 2009")],
        ["Tving", "Stauning", "Kl i", "Mødedeltagere", "Referat fra møde"],
    ),
    # Rebild (Byråd 2011) and Hørsholm (Økonomiudvalget 2017): "Indholdsfortegnelse Side" / "... Følgende sager
    # behandles på mødet Side" before the titles is no title
    (
        "contents-heading-rebild",
        REBILD_BY,
        [("1", "Samlet økonomivurdering ØKV2 ultimo juni/juli"), ("2", "Midtvejsregulering og handleplan")],
        ["Indholdsfortegnelse"],
    ),
    (
        "contents-heading-horsholm",
        HORSHOLM_OU_FLAT,
        [("1", "Meddelelser"), ("3", "Økonomiudvalget drøfter med HovedMED")],
        ["Økonomiudvalget Referat", "Følgende sager"],
    ),
    # Hedensted (docplayer) and struer-oekonomiudvalg-2011-03-22 (dev, "Pkt. Tekst Side 38 Likviditet ..."):
    # a contents table that opens with a yearly running number keeps the printed numbers
    (
        "table-running-numbers",
        HEDENSTED_PKO,
        [
            ("93", "Opfølgning og dialog"),
            ("95", "Kommunegaranti til Bøgballe-Vester Ørum Vandværk"),
            ("96", "Fremtidig fysisk struktur i administrationen"),
        ],
        ["5 ", "7 "],
    ),
    (
        "contents-numbered-bare",
        GENTOFTE_OU,
        [
            (
                "2",
                "Lokalplan 358 for et område mellem Bernstorffsvej, Kildegårdsvej og Hans Jensens Vej. "
                "Endelig vedtagelse",
            ),
            ("8", "Gentofte Ejendomsselskab - udlejning efter fleksible udlejningskriterier"),
            ("14", "Anlæggelse af retssag"),
            ("16", "Personalesag"),
        ],
        ["Forslag"],
    ),
    (
        "access-after-the-number",
        GENTOFTE_KB,
        [("1", "Meddelelser fra formanden"), ("2", "Forslag til tillæg 2 til Kommuneplan 2013, Klimatilpasningsplan")],
        ["Åbent"],
    ),
    (
        "contents-numbered-bare-committee",
        HORSENS_BY,
        [
            ("5", "ØK Bestyrelse for Teknisk Kollegium - udpegning af nyt bestyrelsesmedlem"),
            ("12", "ØK Gensalg af Vrøndingvej 6, Horsens"),
            ("20", "TM Forslag til Lokalplan , Bygholm Søpark"),
            ("27", "TM Byggemodning af industriareal på Galgehøj i Brædstrup"),
        ],
        [],
    ),
]


@pytest.mark.parametrize(("case", "text", "expected", "never"), BEYOND_CORPUS, ids=[c[0] for c in BEYOND_CORPUS])
def test_item_forms_beyond_the_corpus(case: str, text: str, expected: list[tuple[str, str]], never: list[str]) -> None:
    items = [(n, t) for n, t, _ in numbered(parse(text))]
    for item in expected:
        assert item in items, (case, items)
    assert not any(t.startswith(word) for _, t in items for word in never), (case, items)


# A contents table whose cells a PDF text layer put each on its own line: number, title (wrapped),
# page. toender-kommunalbestyrelsen-2015-06-25 (dev; Tønder's agendas of 2014 on docplayer run the
# same table flattened) and Haderslev's "Sag nr. Side" table (Økonomiudvalget, docplayer: numbers
# with a full stop). The item text of the later entries is not in the excerpt: they come from the contents.
TOENDER_CELLS = """Tønder Kommune – Kommunalbestyrelsen
Dagsorden
Indholdsfortegnelse
Pkt.
Tekst
Åbne dagsordenspunkter
Side
1
Høring Sydtrafik budget 2016
4
2
Tønder Kulturhus - lyd, lys og sceneforhold
5
3
Revidering af timepriser til private leverandører af
hjemmehjælp
9
25. juni 2015
2
Tønder Kommune – Kommunalbestyrelsen
Dagsorden
4
Rømø Havn - Bestyrelsens honorar
25
Lukkede dagsordenspunkter
5
Salg af areal
25. juni 2015
36
3
Tønder Kommune – Kommunalbestyrelsen
Dagsorden
1. Høring Sydtrafik budget 2016
Sagsfremstilling
Sydtrafik har fremsendt budgetforslag for 2016 til høring i kommunerne.
"""
HADERSLEV_CELLS = """Økonomiudvalget, Indholdsfortegnelse
Indholdsfortegnelse
Sag nr.
Side
903.
Tidsplan og procedure for regnskabsafslutningen
3
904.
Afskrivninger
4
905.
Nettoindtægtsbevilling for salg af kommunens grunde m.v.
6
Økonomiudvalget, Side 3
903. Tidsplan og procedure for regnskabsafslutningen
Sagsfremstilling
Der er udarbejdet tidsplan og procedure for regnskabsaflæggelsen.
"""
CELL_TABLES = [
    (
        "toender",
        TOENDER_CELLS,
        [
            ("1", "Høring Sydtrafik budget 2016", True, False),
            ("3", "Revidering af timepriser til private leverandører af hjemmehjælp", True, True),
            ("4", "Rømø Havn - Bestyrelsens honorar", True, True),  # across a page break's furniture
            ("5", "Salg af areal", False, True),  # under "Lukkede", the date line no part of its title
        ],
    ),
    (
        "haderslev",
        HADERSLEV_CELLS,
        [
            ("903", "Tidsplan og procedure for regnskabsafslutningen", True, False),  # its text follows
            ("904", "Afskrivninger", True, True),
            ("905", "Nettoindtægtsbevilling for salg af kommunens grunde m.v", True, True),
        ],
    ),
]


@pytest.mark.parametrize(("case", "text", "expected"), CELL_TABLES, ids=[c[0] for c in CELL_TABLES])
def test_a_contents_table_read_cell_by_cell(case: str, text: str, expected: list[tuple[str, str, bool, bool]]) -> None:
    items = {(i.number, i.title, i.public, i.from_contents) for i in parse(text).items}
    for item in expected:
        assert item in items, (case, sorted(items))


def test_a_cell_table_ends_where_its_pages_go_back() -> None:
    more = "905.\nNettoindtægtsbevilling for salg af kommunens grunde m.v.\n6\n906.\nAnlægsregnskab\n2\n"
    text = HADERSLEV_CELLS.replace(
        "905.\nNettoindtægtsbevilling for salg af kommunens grunde m.v.", more + "907.\nMødeplan"
    )
    contents = {i.number for i in parse(text).items if i.from_contents}
    assert "905" in contents and "906" not in contents  # 906's page goes back: the table ended before it


# Gribskov (Økonomiudvalget 2019, the portal's page): a decision that names another item by its number
# at the start of its line is no item, and the items around it stay found.
GRIBSKOV_OU = """Økonomiudvalget

Tirsdag den 11-06-2019 kl. 14:00

Indholdsfortegnelse

103. Godkendelse af dagsorden

Sagsnummer: 00.22.04-G01-1-18

Administrationen indstiller til Økonomiudvalget
  1. at godkende dagsorden

Beslutning

{sentence}

Dagsorden godkendt.

104. Budget 2019 - Ny styrelsesvedtægt

Sagsnummer: 00.30.00-S00-11-19

Beslutning

1. - 2. Anbefalet med den ændring at budgetopfølgning 2 udskydes til september.

105. Meddelelser

Beslutning

1. taget til efterretning
"""
REFERENCE_SENTENCES = [
    'Punkt 127 "Forberedelse af salg af ejendom" optages ikke på dagsorden. Dette sker som følge af beslutningen.',
    "Punkt 127 blev behandlet efter punkt 104.",
    "Pkt. 127 og 128 behandles samlet.",
    "Punkt 127 udgår.",
    # any passive present in lower case (Hvidovre: "Punkt 16 sendes tilbage til udvalget med henblik på nye
    # oplysninger."), varied by hand
    "Punkt 127 sendes tilbage til udvalget med henblik på nye oplysninger.",
    "Punkt 127 udsættes til næste møde.",
    "Pkt. 127 og 128 genfremsættes i marts.",
]


@pytest.mark.parametrize("sentence", REFERENCE_SENTENCES)
def test_a_sentence_that_names_an_item_by_number_is_no_item(sentence: str) -> None:
    items = [(i.number, i.title) for i in parse(GRIBSKOV_OU.format(sentence=sentence)).items]
    assert items == [
        ("103", "Godkendelse af dagsorden"),
        ("104", "Budget 2019 - Ny styrelsesvedtægt"),
        ("105", "Meddelelser"),
    ]


# Fredericia (Kultur- og Idrætsudvalget 2015, a docplayer transcript): the item's number and title with no
# full stop, its case label cut onto the next line; each item keeps its own decision.
FREDERICIA_FLAT = (
    "Referat fra mødet i Kultur- og Idrætsudvalget. (Indeholder åbne dagsordenspunkter)\n"
    "\n"
    "Transkript\n"
    "\n"
    "1 Referat fra mødet i Kultur- og Idrætsudvalget (Indeholder åbne dagsordenspunkter) Mødedato: Onsdag"
    " den 29. april 2015 Mødested: Den historiske Miniby, Vestre Ringvej 98C Mødetidspunkt: Kl. "
    "12:00-15:00 Medlemmer: Formand: Lars Ejby Pedersen (A) Næstformand: Kurt Halling (O) Bente Ankersen "
    "(A) Christian Jørgensen (V) Lasse Strüwing Hansen (A) Nicolaj Wyke (V) Turan Savas (A) Side 1\n"
    "\n"
    "2 Indholdsfortegnelse 35 Godkendelse af dagsorden Besøg i Den historiske Miniby budgetopfølgning "
    "2015, Kultur- og Idrætsudvalget Fredericia Teater, regnskab 2014 og budget Anløb af krydstogtskibe "
    "finansiering Silverrudder - kapsejlads 2016, 2017 og Juligarden - ansøgning om tilskud til "
    "garderfestival Fordeling af midler fra kulturpuljen Christianskirkens kor - ansøgning om støtte til "
    'korrejse "Gang i byen" - strategien Politik på kultur,- idræts- og turismeområdet Orientering vedr. '
    "beregnede udgifter ved bortfald af gebyrer Temadag juni Lukket - Orientering Renovering af halgulve "
    "i FIC, tillægsbevilling samt frigivelse af rådighedsbeløb EIC og EGIF fodbold - tillægsbevilling "
    "samt frigivelse af rådghedsbeløb Springgrav, Multilhal Kirstinebjergskolen - tillægsbevilling samt "
    "frigivelse af rådighedsbeløb...31 Side 2\n"
    "\n"
    "3 35 Godkendelse af dagsorden Sagsnr.: Sagen afgøres i: Kultur- og Idrætsudvalget Sagsbeskrivelse: "
    "Økonomiske konsekvenser: Vurdering: Indstillinger: Indstilles til godkendelse Bilag: Beslutning i "
    "Kultur- og Idrætsudvalget den : Godkendt. Side 3\n"
    "\n"
    "4 36 Besøg i Den historiske Miniby Sagsnr.: Sagen afgøres i: Kultur- og Idrætsudvalget "
    "Sagsbeskrivelse: Udvalgsmødet afholdes i Den Historiske Miniby, Vestre Ringvej 98C. hvor "
    "projektleder Mogens Stobberup og daglig leder Poul Bang Nielsen indleder med en introduktion. "
    "Beslutning i Kultur- og Idrætsudvalget den : Taget til efterretning. Side 4\n"
    ""
)

OVER_CASE_LABEL = [
    (
        FREDERICIA_FLAT,
        [("35", "Godkendelse af dagsorden", "approved"), ("36", "Besøg i Den historiske Miniby", "noted")],
    ),
    # the same form in plain lines
    (
        "Referat\n\n12 Budgetopfølgning\nSagsnr.: 15/1234\n\nBeslutning\n\nGodkendt.\n\n"
        "13 Mødeplan 2016\nSagsnr.: 15/2345\n\nBeslutning\n\nDrøftet.\n",
        [("12", "Budgetopfølgning", "approved"), ("13", "Mødeplan 2016", "discussed")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), OVER_CASE_LABEL)
def test_a_number_and_title_over_a_case_label_is_an_item(text: str, expected: list[tuple[str, str, str]]) -> None:
    found = [(i.number, i.title, i.outcome) for i in extract_facts(parse(text)).items]
    assert all(item in found for item in expected), found


# svendborg-byraadet-2013-12-03 (dev): a flattened contents page's column labels ("Sag Tekst Sidenr.") are no
# entry; so are Kolding's ("Sidenr Sagsnr. Side") and Tønder's ("Pkt. Tekst Side")
SVENDBORG_FLAT = (
    "Transkript\n\n1 Referat Byrådet's møde Tirsdag den Kl. 17:00 Byrådssalen Deltagere: Curt Sørensen, Hanne Klit,"
    " Grete Schødts, Flemming Madsen, Bo Hansen, Christian Kaastrup, Bjarne Hansen, Gert Rasmussen, Jørgen"
    " Lundsgaard, Henrik Nielsen Afbud: Pia Dam Indholdsfortegnelse {labels} 1. Godkendelse af dagsorden"
    " Anmodning om udtræden af skolebestyrelsen på Vestermarkskolen Fastlæggelse af økonomiske rammer for"
    " ikke-idrætsskoler Bevillingssag vedr. økonomirapport for juli kvartal Trappebæksvej - godkendelse af skema C"
    " og anlægsregnskab Låneoptagelse Stenstrup Plejehjem Forretningsorden til fagudvalg Lukket - Orientering...15\n"
)


@pytest.mark.parametrize("labels", ["Sag Tekst Sidenr.", "Sidenr Sagsnr. Side", "Pkt. Tekst Side"])
def test_contents_column_labels_are_no_entry(labels: str) -> None:
    titles = [i.title for i in parse(SVENDBORG_FLAT.format(labels=labels)).items]
    assert "Låneoptagelse Stenstrup Plejehjem" in titles, titles
    assert not any(t.startswith(("Sag ", "Sidenr", "Pkt")) for t in titles), titles


# A transcript that lost the year after "for"/"i"/"pr." (rm-regionsraadet-2007-11-14, nordfyn-
# kommunalbestyrelsen-2007-12-13, rudersdal-hoersholm-beredskabskommission-2011-05-03, all dev): a
# capitalised word opening a phrase of lower-case words opens the next title; a place or an article does not.
LOST_YEAR_RUNS = [
    (
        "Beretning vedrørende revisionen af Viborg Amts årsregnskab for Tillæg til efterreguleringsoversigten i"
        " forbindelse med delingsaftalen for Viborg Amt",
        [
            "Beretning vedrørende revisionen af Viborg Amts årsregnskab for",
            "Tillæg til efterreguleringsoversigten i forbindelse med delingsaftalen for Viborg Amt",
        ],
    ),
    (
        "Regnskab og beretning for Beredskabsplan for oversvømmelse",
        ["Regnskab og beretning for", "Beredskabsplan for oversvømmelse"],
    ),
    ("Endelig vedtagelse af kommuneplantillæg til Kommuneplan for Støvring kommune, Porsborgparken", None),
    # a closed item's marker opens its title (silkeborg-oekonomiudvalget-2007-06-25, svendborg-byraadet-2013-12-03)
    (
        "Drøftelse af model for borgerinddragelse Gensidig orientering Lukket - Ejendomssag Lukket - Ejendomssag"
        " Lukket - EU-udbud vedr. Løn-, Personale- og vagtplansystem",
        [
            "Drøftelse af model for borgerinddragelse",
            "Gensidig orientering",
            "Lukket - Ejendomssag",
            "Lukket - Ejendomssag",
            "Lukket - EU-udbud vedr. Løn-, Personale- og vagtplansystem",
        ],
    ),
    # a one-word subject after the dash ends its title (nordfyn-kommunalbestyrelsen-2007-12-13,
    # silkeborg-oekonomiudvalget-2007-06-25)
    (
        "Boligselskabet BSB Søndersø - Regnskab Boligforeningen Højstrup - Regnskab Boligselskabet Søndersø"
        " Kommunes Ældreboliger - Regnskab",
        [
            "Boligselskabet BSB Søndersø - Regnskab",
            "Boligforeningen Højstrup - Regnskab",
            "Boligselskabet Søndersø Kommunes Ældreboliger - Regnskab",
        ],
    ),
    ("Lukket - Personalesag Underskrifter", ["Lukket - Personalesag", "Underskrifter"]),
    ("Tønder Kulturhus - lyd, lys og sceneforhold", None),
    (
        "Fastsættelse af priser på byggegrunde i Godkendelse af kvalitetsstandarder",
        ["Fastsættelse af priser på byggegrunde i", "Godkendelse af kvalitetsstandarder"],
    ),
    (
        # kkr-syddanmark-2014: "region Syddanmark" is one name, and the next title opens after it
        "Aftale med Væksthus Syddanmark for Infrastruktur i region Syddanmark Redningsberedskabet status på samarbejde",
        [
            "Aftale med Væksthus Syddanmark for",
            "Infrastruktur i region Syddanmark",
            "Redningsberedskabet status på samarbejde",
        ],
    ),
    ("Årsregnskab for Den selvejende institution", None),
    ("Orientering i Det lokale beskæftigelsesråd", None),
    ("Budget for Region Midtjylland", None),
    ("Tilskud for Kultur- og fritidsområdet", None),
]


@pytest.mark.parametrize(("run", "titles"), LOST_YEAR_RUNS)
def test_a_title_that_lost_its_year_ends_before_the_next(run: str, titles: list[str] | None) -> None:
    assert split_title_run(run) == (titles or [run])


# Gribskov's agenda archive: a contents row "27 2. Budgetopfølgning 2017 - ..." whose title opens with an
# ordinal; the rows after it, one wrapped, stay entries of their own.
GRIBSKOV_ARCHIVE = """Teknisk Udvalg

Onsdag den 26-04-2017 kl. 15:00

Indholdsfortegnelse:

Åbne
27 2. Budgetopfølgning 2017 - Det tekniske område
28 Forskønnelse af by og land - udmøntning af budgetaftale
29 Asfaltslidslagsarbejder i 2017
30 Snævertstien adgang.

Medlemmer:

Bo Jul Nielsen Brian Lyck Jørgensen
"""


def test_a_contents_title_that_opens_with_an_ordinal() -> None:
    items = [(n, t) for n, t, _ in numbered(parse(GRIBSKOV_ARCHIVE))]
    assert ("27", "2. Budgetopfølgning 2017 - Det tekniske område") in items
    assert ("28", "Forskønnelse af by og land - udmøntning af budgetaftale") in items


# aabenraa-teknik-miljoe-2021-08-11: a web page whose item headings were fold-out buttons; the meeting's body and
# date stand over the first item's "Indstilling", the next item's title over its own.
AABENRAA_DATE_OVER_HEADING = """    • Teknik- og Miljøudvalget

    Onsdag den 11. august 2021

    Indstilling

Forvaltningen indstiller, at sagen godkendes.

Ansøgning om tilskud til stier i Rødekro

    Indstilling

Forvaltningen indstiller, at der gives tilskud.
"""


def test_the_meetings_date_over_a_heading_is_no_unnumbered_item() -> None:
    titles = [i.title for i in parse(AABENRAA_DATE_OVER_HEADING).items]
    assert "Onsdag den 11. august 2021" not in titles
    assert titles == ["Ansøgning om tilskud til stier i Rødekro"]
