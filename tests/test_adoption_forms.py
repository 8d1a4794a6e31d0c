"""Adoptions as municipal web pages, news items and minutes state them (issue 13, item 5): joining,
signing, taking part in or being designated to a named national or European programme (DK2020,
Borgmesterpagten, Klimakommune, frikommuneforsøg), with the adopter the sentence's subject or each
municipality of a list; and the hedged, proposed or other-body statements that adopt nothing. The
excerpts are short quotes of real pages (dev documents of tests/realworld and A–K publishers' pages)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from text_facts import facts_of_text, named_relations

from graphbuild.extract.adoption_adopters import listed_after_colon
from graphbuild.extract.adoption_facts import reported_day
from graphbuild.extract.adoption_forms import names_it
from graphbuild.extract.document_index import DocumentIndex
from graphbuild.extract.mentions import find_all
from graphbuild.models import Meeting, SourceDocument

PAGE = "Klima\n\n"  # a web page or news item: no meeting, so no meeting's municipality or day
MINUTES = "Referat\nByrådet i Greve Kommune\nMøde den 1. marts 2022\n\nPunkt 1: Klima\n\n"


def adoptions_of(tmp_path: Path, text: str) -> set[tuple[str, str, str | None]]:
    return {(m, i, props.get("date")) for m, i, props in named_relations(facts_of_text(tmp_path, text), "ADOPTED")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a decision the page reports, dated, the municipality inside the decision (Odder)
        (
            PAGE + "Byrådet besluttede på mødet den 31. august 2020 at Odder Kommune skulle tilslutte sig "
            "Klimapartnerskabet DK2020.",
            {("Odder", "DK2020", "2020-08-31")},
        ),
        # the subject after the verb, two initiatives listed (Struer)
        (
            PAGE + "Af samme grund har Struer Kommune underskrevet EU's borgmesterpagt og en Klimakommuneaftale "
            "med Danmarks Naturfredningsforening",
            {("Struer", "Borgmesterpagten", None), ("Struer", "Klimakommune", None)},
        ),
        # a year only: no day (Syddjurs, Helsingør)
        (
            PAGE + "Syddjurs Kommune sluttede sig i 2010 til Danmarks Naturfredningsforenings initiativ Klimakommune.",
            {("Syddjurs", "Klimakommune", "2010")},
        ),
        (
            PAGE + "Helsingør Kommune tilsluttede sig i 2010 den Europæiske Borgmesterpagt for klima og energi.",
            {("Helsingør", "Borgmesterpagten", "2010")},
        ),
        (
            PAGE + "I 2010 tilsluttede Helsingør Kommune sig Borgmesterpagten.",
            {("Helsingør", "Borgmesterpagten", None)},
        ),
        # taking part (Sønderborg, Vordingborg)
        (
            PAGE + "Sønderborg Kommune siger ja tak til invitationen om at være med i Cykelalliance Syd.",
            {("Sønderborg", "Cykelalliance Syd", None)},
        ),
        (
            PAGE + "Afsættet for Klimaplan 2022 ”Grøn omstilling af Vordingborg Kommune” er kommunens deltagelse i "
            "”DK2020 – Klimaplaner for hele Danmark”.",
            {("Vordingborg", "DK2020", None)},
        ),
        (PAGE + "Egedal Kommune er nu en del af DK2020.", {("Egedal", "DK2020", None)}),
        # entering, the subject after the verb (Lyngby-Taarbæk's DK2020 page)
        (
            PAGE + "Sammen med i alt 43 kommuner indtrådte Lyngby-Taarbæk i november 2020 i DK2020-samarbejdet.",
            {("Lyngby-Taarbæk", "DK2020", None)},
        ),
        # a status: "har været frikommune", "blev udpeget som frikommune", "var … klimakommune" (Viborg, Vejle,
        # DN Aabenraa)
        (PAGE + "Viborg har været frikommune 2012-2015.", {("Viborg", "Frikommuneforsøg", None)}),
        (
            PAGE + "Vejle Kommune blev i 2011 udpeget som frikommune for perioden 2012-2015.",
            {("Vejle", "Frikommuneforsøg", None)},
        ),
        (
            PAGE + "Aabenraa Kommune var i perioden 2010 - 2014 klimakommune, men valgte i 2014 at opsige aftalen.",
            {("Aabenraa", "Klimakommune", None)},
        ),
        (
            PAGE + "Gladsaxe Kommune var blandt de ni udvalgte frikommuner sammen med Gentofte Kommune.",
            {("Gladsaxe", "Frikommuneforsøg", None)},
        ),
        # a list of municipalities as the subject
        (
            PAGE + "Favrskov, Hedensted og Herning er blandt de 46 nye DK2020-kommuner.",
            {("Favrskov", "DK2020", None), ("Hedensted", "DK2020", None), ("Herning", "DK2020", None)},
        ),
        (
            PAGE + "Favrskov, Hedensted og Herning Kommuner har tilsluttet sig DK2020.",
            {("Favrskov", "DK2020", None), ("Hedensted", "DK2020", None), ("Herning", "DK2020", None)},
        ),
        # a generic subject, the list after the colon (the ministry's page on Frikommuneforsøg I)
        (
            PAGE + "Ni kommuner blev udvalgt som frikommuner som led i Frikommuneforsøg I (2012-2015): Fredensborg, "
            "Fredericia, Gentofte/Gladsaxe (fælles ansøgning), Odense og Viborg.",
            {
                (m, "Frikommuneforsøg", None)
                for m in ("Fredensborg", "Fredericia", "Gentofte", "Gladsaxe", "Odense", "Viborg")
            },
        ),
        (
            PAGE + "Fra Region Midtjylland deltager følgende kommuner i DK2020: Favrskov, Hedensted og Herning.",
            {("Favrskov", "DK2020", None), ("Hedensted", "DK2020", None), ("Herning", "DK2020", None)},
        ),
        # a listed subject with its adverb or as "among the municipalities that" (the regions' DK2020 news)
        (
            PAGE + "Ballerup, Brøndby og Esbjerg har alle tilsluttet sig DK2020.",
            {(m, "DK2020", None) for m in ("Ballerup", "Brøndby", "Esbjerg")},
        ),
        (
            PAGE + "Ballerup, Brøndby og Esbjerg er blandt de 46 kommuner, der har tilsluttet sig DK2020.",
            {(m, "DK2020", None) for m in ("Ballerup", "Brøndby", "Esbjerg")},
        ),
        # a counted list with its adjective (a region's DK2020 news: "De 46 nye kommuner i 'DK2020 – …' er:")
        (
            PAGE + "De fem nye kommuner i ’DK2020 – klimaplaner for hele Danmark’ er:\nBallerup, Brøndby, Esbjerg, "
            "Favrskov og Aalborg.",
            {(m, "DK2020", None) for m in ("Ballerup", "Brøndby", "Esbjerg", "Favrskov", "Aalborg")},
        ),
        (
            PAGE + "De 4 første kommuner i DK2020 er Albertslund, Allerød, Assens og Vejle.",
            {(m, "DK2020", None) for m in ("Albertslund", "Allerød", "Assens", "Vejle")},
        ),
        # a membership form whose "network" is a known initiative is an adoption, never a membership
        (
            PAGE + "Kommunerne i DK2020 er: Ballerup, Brøndby og Esbjerg.",
            {(m, "DK2020", None) for m in ("Ballerup", "Brøndby", "Esbjerg")},
        ),
        # a status the law gives (Frikommuneloven § 2), joining ("er gået med i")
        (
            PAGE + "Fredensborg, Fredericia, Gentofte og Viborg Kommuner har status som frikommuner.",
            {(m, "Frikommuneforsøg", None) for m in ("Fredensborg", "Fredericia", "Gentofte", "Viborg")},
        ),
        (
            PAGE + "Ballerup, Brøndby og Esbjerg Kommuner er gået med i DK2020.",
            {(m, "DK2020", None) for m in ("Ballerup", "Brøndby", "Esbjerg")},
        ),
        # the list one a line, the initiative named in the heading
        (
            "Nyhed om DK2020\n\nI Region Midtjylland deltager følgende kommuner:\nFavrskov\nHedensted\n",
            {("Favrskov", "DK2020", None), ("Hedensted", "DK2020", None)},
        ),
        # in its own minutes the municipality itself is the subject: a state reported on the meeting's day
        (
            MINUTES + "Sagsfremstilling\n\nKommunen er med i DK2020 og skal nu lave en klimaplan.",
            {("Greve", "DK2020", "2022-03-01")},
        ),
        # in minutes: the meeting's day, the council's decision
        (
            MINUTES + "Beslutning\n\nByrådet har besluttet at tilslutte sig DK2020.",
            {("Greve", "DK2020", "2022-03-01")},
        ),
        # a list's adverb before the participle ("har alle underskrevet"), as with "har alle tilsluttet sig"
        (
            PAGE + "Aarhus, Randers og Viborg kommuner har alle underskrevet Borgmesterpagten.",
            {
                ("Aarhus", "Borgmesterpagten", None),
                ("Randers", "Borgmesterpagten", None),
                ("Viborg", "Borgmesterpagten", None),
            },
        ),
        (
            PAGE + "Hedensted og Horsens Kommuner har begge tiltrådt Borgmesterpagten.",
            {("Hedensted", "Borgmesterpagten", None), ("Horsens", "Borgmesterpagten", None)},
        ),
        # the subject with the others it acts with: "har sammen med A og B tilsluttet sig X"
        (
            PAGE + "Randers Kommune har sammen med Aarhus og Viborg Kommuner tilsluttet sig DK2020.",
            {("Aarhus", "DK2020", None), ("Randers", "DK2020", None), ("Viborg", "DK2020", None)},
        ),
        (
            PAGE + "Køge Kommune har i fællesskab med Greve Kommune underskrevet Borgmesterpagten.",
            {("Køge", "Borgmesterpagten", None), ("Greve", "Borgmesterpagten", None)},
        ),
        # an initiative the gazetteer does not know, named after its kind (quoted or capitalised) right
        # after the cue (Allerød: "skal tilslutte sig initiativet Compact of Mayors")
        (
            PAGE + "Allerød Byråd har besluttet, at Allerød Kommune skal tilslutte sig initiativet Compact of Mayors.",
            {("Allerød", "Compact of Mayors", None)},
        ),
        (
            MINUTES + "Beslutning\n\nByrådet besluttede at tilslutte sig partnerskabet 'Sammen om Sundhed'.",
            {("Greve", "Sammen om Sundhed", "2022-03-01")},
        ),
        (
            MINUTES + "Beslutning\n\nByrådet besluttede at deltage i projektet Grøn Vækst Fyn.",
            {("Greve", "Grøn Vækst Fyn", "2022-03-01")},
        ),
        (
            PAGE + "Greve Kommune har tilsluttet sig alliancen “Cykelbyer i Danmark”.",
            {("Greve", "Cykelbyer i Danmark", None)},
        ),
        (
            PAGE + "Kommunerne Aarhus, Randers og Viborg er med i partnerskabet Grøn Vækst.",
            {("Aarhus", "Grøn Vækst", None), ("Randers", "Grøn Vækst", None), ("Viborg", "Grøn Vækst", None)},
        ),
        (
            PAGE + "Aarhus og Randers Kommuner deltager i Partnerskab for Grøn Mobilitet.",
            {("Aarhus", "Partnerskab for Grøn Mobilitet", None), ("Randers", "Partnerskab for Grøn Mobilitet", None)},
        ),
        (
            PAGE + "Følgende kommuner har tilsluttet sig projektet Grøn Omstilling: Aarhus, Randers og Viborg.",
            {
                ("Aarhus", "Grøn Omstilling", None),
                ("Randers", "Grøn Omstilling", None),
                ("Viborg", "Grøn Omstilling", None),
            },
        ),
        # a council's approval of a shared agreement named right after it, on the day it states (Greve's
        # minutes; the health agreements' secretariats' pages write "godkendte 30. april 2019 Sundhedsaftalen")
        (
            MINUTES + "Resume\n\nByrådet godkendte på mødet den 11. december 2024 Rammeaftale 2025-2026 for det "
            "specialiserede social- og undervisningsområde.",
            {("Greve", "Rammeaftale 2025-2026", "2024-12-11")},
        ),
        (
            MINUTES + "Sagsfremstilling\n\nKommunalbestyrelsen har den 24. juni 2019 godkendt "
            "Sundhedsaftalen 2019-2023.",
            {("Greve", "Sundhedsaftalen 2019-2023", "2019-06-24")},
        ),
        (
            MINUTES + "Sagsfremstilling\n\nByrådet godkendte 30. april 2019 den endelige "
            "Samarbejdsaftale 2019 om beredskab.",
            {("Greve", "Samarbejdsaftale 2019", "2019-04-30")},
        ),
        (PAGE + "Solrød Kommune godkendte Sundhedsaftale 2024-2027.", {("Solrød", "Sundhedsaftalen 2024-2027", None)}),
        # admitted to a programme, when it happened between the verb and "optaget" (Region Midtjylland's news)
        (
            PAGE + "Det ligger fast, efter Holstebro, Ikast-Brande og Syddjurs kommuner i denne uge blev optaget i "
            "DK2020.",
            {("Holstebro", "DK2020", None), ("Ikast-Brande", "DK2020", None), ("Syddjurs", "DK2020", None)},
        ),
        (
            PAGE + "Holstebro og Syddjurs kommuner blev i denne uge optaget i DK2020-projektet.",
            {("Holstebro", "DK2020", None), ("Syddjurs", "DK2020", None)},
        ),
        # a label naming the programme with its members' word, the list after its colon, inline or one a line
        (
            PAGE + "Kommuner i DK2020:\nBallerup\nBrøndby\nEsbjerg",
            {("Ballerup", "DK2020", None), ("Brøndby", "DK2020", None), ("Esbjerg", "DK2020", None)},
        ),
        (
            PAGE + "Underskrivere af Borgmesterpagten: Ballerup, Brøndby og Esbjerg.",
            {
                ("Ballerup", "Borgmesterpagten", None),
                ("Brøndby", "Borgmesterpagten", None),
                ("Esbjerg", "Borgmesterpagten", None),
            },
        ),
        (
            PAGE + "DK2020-kommuner: Ballerup, Brøndby og Esbjerg.",
            {("Ballerup", "DK2020", None), ("Brøndby", "DK2020", None), ("Esbjerg", "DK2020", None)},
        ),
        # a shared agreement the gazetteer does not know, named by its kind and what it is about, approved by the
        # council (Stevns's news, dev; Greve's and Solrød's minutes): the council after the verb, the parties
        # named in it
        (
            MINUTES + "Beslutning\n\nOnsdag aften godkendte Kommunalbestyrelsen den endelige samarbejdsaftale om "
            "nyt beredskabssamarbejde mellem Stevns, Solrød og Køge kommuner.",
            {("Greve", "samarbejdsaftale om nyt beredskabssamarbejde mellem Stevns", "2022-03-01")},
        ),
        (
            PAGE + "Byrådet i Solrød godkendte samarbejdsaftalen mandag den 25. november, mens Køge godkendte "
            "aftalen den 26. november.",
            {("Solrød", "samarbejdsaftalen", None)},
        ),
        (
            MINUTES + "Beslutning\n\nByrådet har godkendt rammeaftalen for 2025-2026.",
            {("Greve", "rammeaftalen for 2025-2026", "2022-03-01")},
        ),
        # a name the gazetteer does not know, with no kind word before it, after a cue that only joins: the
        # name says what it is (an alliance, a pact, a charter, an agreement with its years) or is quoted
        (
            MINUTES + "Beslutning\n\nByrådet besluttede at tilslutte sig Verdensmålsalliancen.",
            {("Greve", "Verdensmålsalliancen", "2022-03-01")},
        ),
        (
            PAGE + "Gentofte Kommune har underskrevet Charter for Sund Mad.",
            {("Gentofte", "Charter for Sund Mad", None)},
        ),
        (
            PAGE + "Hvidovre og Brøndby Kommuner har tilsluttet sig Sundhedspartnerskabet.",
            {("Hvidovre", "Sundhedspartnerskabet", None), ("Brøndby", "Sundhedspartnerskabet", None)},
        ),
        (
            MINUTES + "Beslutning\n\nKommunalbestyrelsen tilslutter sig samarbejdsaftalen 2023-2026.",
            {("Greve", "samarbejdsaftalen 2023-2026", "2022-03-01")},
        ),
        (
            MINUTES + "Beslutning\n\nByrådet besluttede at tilslutte sig 'Danmark for målene'.",
            {("Greve", "Danmark for målene", "2022-03-01")},
        ),
    ],
)
def test_adoption_forms_of_pages(tmp_path: Path, text: str, expected: set[tuple[str, str, str | None]]) -> None:
    facts = facts_of_text(tmp_path, text)
    assert {(m, i, props.get("date")) for m, i, props in named_relations(facts, "ADOPTED")} == expected
    # joining a named programme is an adoption, not a membership (README `memberships`)
    assert not {i for _, i, _ in named_relations(facts, "MEMBER_OF")} & {i for _, i, _ in expected}


@pytest.mark.parametrize(
    "text",
    [
        # hedged: a wish, an application refused, considering, a possibility (Viborg, Syddjurs, CSR.dk)
        PAGE + "Viborg har sammen med de 11 øvrige kommuner søgt om og fået afslag på at blive frikommunenetværk.",
        PAGE + "Hjørring Kommune overvejer at blive en del af DK2020.",
        PAGE + "Skive Kommune ønsker at være med i DK2020.",
        PAGE + "Odder er blandt de kommuner, der har valgt ikke at være med i DK2020.",
        # others act: KL, a region; an unnamed number of municipalities
        PAGE + "KL og Region Midtjylland har tilsluttet sig DK2020.",
        PAGE + "Yderligere 46 kommuner tilslutter sig nu DK2020-projektet.",
        PAGE + "Alle syv energibyer deltager nu i det nationale DK2020 program.",
        # the municipality's own plan, approved by others (Odense)
        PAGE + "Odense Kommunes DK2020 Klimaplan er godkendt af C40 og DK2020.",
        PAGE + "Kommunalbestyrelsen vedtog 20. juni 2022 DK2020 Klimaplanen.",
        # a plan is part of the programme, not the municipality (Aabenraa's page)
        PAGE + "Arbejdet med Aabenraa Kommunes klimahandleplan er en del af DK2020-samarbejdet.",
        # a status word away from the cue
        PAGE + "Struer er som klimakommune forpligtet til en årlig reduktion.",
        # a project, not the municipality, takes part (in the municipality's own minutes)
        MINUTES + "Sagsfremstilling\n\nProjektet er med i DK2020.",
        # a counted list whose count is not the list's; a status denied
        PAGE + "De 46 nye kommuner i DK2020 er blandt andre Ballerup og Brøndby.",
        PAGE + "Ballerup Kommune har ikke status som frikommune.",
        # a page with no municipality named: the council of no known municipality
        PAGE + "Byrådet har besluttet at indgå i DK2020.",
        # a kind word with no name after it, or a place after it; a name the cue does not reach
        MINUTES + "Beslutning\n\nByrådet besluttede at tilslutte sig projektet i Greve Kommune.",
        MINUTES + "Beslutning\n\nByrådet besluttede at tilslutte sig projektet, som Region Sjælland står for.",
        MINUTES + "Beslutning\n\nByrådet besluttede at udsætte sagen om projektet Grøn Vækst.",
        PAGE + "Greve Kommune overvejer at blive en del af projektet Grøn Vækst.",
        PAGE + "Greve Kommune har ikke tilsluttet sig projektet Grøn Vækst.",
        # "vedtog" a named effort may be the municipality's own: only a joining cue takes an unknown name
        MINUTES + "Beslutning\n\nByrådet vedtog indsatsen Tidlig Forebyggelse.",
        # a bare name after a joining cue: a body's or a person's act, the municipality's own business, a name
        # that does not say it is shared, a cue that may take a committee's indstilling ("tiltræder")
        MINUTES + "Beslutning\n\nByrådet tilslutter sig Økonomiudvalgets indstilling.",
        MINUTES + "Beslutning\n\nKommunalbestyrelsen tilslutter sig Borgmesterens forslag.",
        MINUTES + "Beslutning\n\nByrådet tilslutter sig Handicaprådets høringssvar.",
        MINUTES + "Beslutning\n\nByrådet tilslutter sig Budget 2024.",
        MINUTES + "Beslutning\n\nByrådet tilslutter sig Grøn Vækst.",
        MINUTES + "Beslutning\n\nByrådet tiltræder Teknisk Udvalgs anbefaling.",
        MINUTES + "Beslutning\n\nByrådet tilslutter sig aftalen.",
        MINUTES + "Beslutning\n\nByrådet tilslutter sig klimaprojektet.",
        # a label with no body named, or a place: "Kommuner i Region Midtjylland:" lists no programme's members
        PAGE + "Kommuner i området: Ballerup, Brøndby og Esbjerg.",
        PAGE + "Kommuner i Region Midtjylland: Favrskov, Hedensted og Herning.",
        PAGE + "Kommunerne i hele landet: Ballerup, Brøndby og Esbjerg.",
        MINUTES + "Beslutning\n\nByrådet tilslutter sig Klimarådets anbefalinger.",
        # an agreement approved by a committee, or not approved; a plain "aftalen"
        MINUTES + "Beslutning\n\nØkonomiudvalget godkendte samarbejdsaftalen om beredskab.",
        MINUTES + "Beslutning\n\nByrådet godkendte ikke samarbejdsaftalen om beredskab.",
        MINUTES + "Beslutning\n\nByrådet godkendte aftalen om beredskab.",
        # joining a named organisation is a membership, not an adoption
        MINUTES + "Beslutning\n\nByrådet besluttede at tilslutte sig samarbejdet Business Region Aarhus.",
        # a proposal with no decision (an agenda)
        MINUTES + "Indstilling\n\nForvaltningen indstiller, at Byrådet tilslutter sig projektet Grøn Vækst.",
        # approving is an adoption only of a shared agreement right after the verb, by the council itself
        MINUTES + "Sagsfremstilling\n\nByrådet godkendte budgettet og Sundhedsaftale 2024-2027.",
        MINUTES + "Sagsfremstilling\n\nSundhedskoordinationsudvalget godkendte 30. april 2019 "
        "Sundhedsaftalen 2019-2023.",
        MINUTES + "Sagsfremstilling\n\nØkonomiudvalget godkendte Rammeaftale 2025-2026.",
        MINUTES + "Sagsfremstilling\n\nByrådet godkendte Klimaplan 2030.",
    ],
)
def test_no_adoption_on_pages(tmp_path: Path, text: str) -> None:
    assert adoptions_of(tmp_path, text) == set()


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        ("Følgende kommuner deltager: Favrskov, Hedensted og Herning.", ["Favrskov", "Hedensted", "Herning"]),
        ("Følgende kommuner deltager:\nFavrskov\nHedensted\n\nHerning", ["Favrskov", "Hedensted"]),
        # the list must open the text after the colon
        ("Følgende kommuner deltager: blandt andre Favrskov og Herning.", []),
        ("Følgende kommuner deltager. Favrskov og Herning er ikke med.", []),
        # a name the gazetteer does not know (a short form) is skipped, not the list's end
        ("Følgende kommuner deltager: Favrskov, Lyngby og Herning.", ["Favrskov", "Herning"]),
        ("Følgende kommuner deltager:\nFavrskov\nLyngby\nHerning Kommune", ["Favrskov", "Herning"]),
        (
            "Følgende kommuner deltager: Favrskov, Ikast Kommune, Herning og Holstebro.",
            ["Favrskov", "Herning", "Holstebro"],
        ),
        # not lower-case words, nor two unknown names, nor a clause
        ("Følgende kommuner deltager: Favrskov, mens Herning ikke gør.", ["Favrskov"]),
        ("Følgende kommuner deltager: Favrskov, KL og Region Sjælland samt Herning.", ["Favrskov"]),
    ],
)
def test_listed_after_colon(text: str, listed: list[str]) -> None:
    municipalities = [
        m for m in find_all(text, 0, len(text), DocumentIndex(text).name_hits) if m.type == "Municipality"
    ]
    assert [m.name for m in listed_after_colon(text, municipalities, 0, len(text))] == listed


@pytest.mark.parametrize(
    ("text", "cue_end", "expected"),
    [
        ("er med i det nationale DK2020", len("er med i"), True),
        ("er med i arbejdet med DK2020", len("er med i"), False),
        ("er med i ”DK2020”", len("er med i"), True),
    ],
)
def test_names_it(text: str, cue_end: int, expected: bool) -> None:
    initiative = next(m for m in find_all(text, 0, len(text), DocumentIndex(text).name_hits) if m.type == "Initiative")
    assert names_it(text, cue_end, initiative, 40) is expected


# --- the item form: an item of a municipality's own minutes decides it ------------------------------
MEETING = "Referat\nByrådet i Greve Kommune\nMøde den 11. december 2024\n\n"
NEXT_ITEM = "\n\nPunkt 99: Eventuelt\n\nBeslutning\nIntet.\n"


def item(title: str, indstilling: str, beslutning: str | None) -> str:
    decision = f"Beslutning\n{beslutning}\n\n" if beslutning is not None else ""
    return f"{MEETING}Punkt 24: {title}\n\nSagsnr.: 24-011384\n\n{decision}Indstilling\n{indstilling}{NEXT_ITEM}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the title names a shared framework agreement, the indstilling names it again (Greve, KK)
        (
            item(
                "Rammeaftale 2025-2026 for det specialiserede social- og undervisningsområde",
                "Administrationen indstiller, at rammeaftalen for 2025-2026 godkendes.",
                "Byrådet godkendte Økonomiudvalgets indstilling.",
            ),
            {("Greve", "Rammeaftale 2025-2026", "2024-12-11")},
        ),
        (
            item(
                "Sundhedsaftale 2024-2027 for Region Sjælland - godkendelse",
                "Administrationen indstiller, at Sundhedsaftale 2024-2027 for Region Sjælland godkendes.",
                "Godkendt.",
            ),
            {("Greve", "Sundhedsaftalen 2024-2027", "2024-12-11")},
        ),
        # no year in the title: the title's part is the agreement
        (
            item(
                "Sundhedsaftale for Region Sjælland - godkendelse",
                "Administrationen indstiller, at sundhedsaftalen godkendes.",
                "Godkendt.",
            ),
            {("Greve", "Sundhedsaftale for Region Sjælland", "2024-12-11")},
        ),
        # a joining title, before or after what is joined (Greve; README: 'Tilslutning til fælleskommunale udbud')
        (
            item(
                "Tilslutning til fælles udbud af behandlings- og specialundervisningstilbud",
                "Administrationen indstiller, at det godkendes, at Greve Kommune tilslutter sig fælles udbud af "
                "behandlings- og specialundervisningstilbud.",
                "Byrådet godkendte Økonomiudvalgets indstilling.",
            ),
            {("Greve", "fælles udbud af behandlings- og specialundervisningstilbud", "2024-12-11")},
        ),
        (
            item(
                "Fælleskommunalt databehandlersekretariat - tilslutning",
                "Administrationen indstiller, at Byrådet godkender tilslutning til sekretariatet.",
                "Godkendt.",
            ),
            {("Greve", "Fælleskommunalt databehandlersekretariat", "2024-12-11")},
        ),
    ],
)
def test_item_form(tmp_path: Path, text: str, expected: set[tuple[str, str, str | None]]) -> None:
    assert adoptions_of(tmp_path, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a recommendation to the council, no decision of its own (a committee's 'Anbefales')
        item(
            "Rammeaftale 2025-2026 for det specialiserede social- og undervisningsområde",
            "Administrationen indstiller, at rammeaftalen for 2025-2026 godkendes.",
            "Anbefales.",
        ),
        # an agenda: no decision recorded (KK Økonomiudvalget's 'KKR Hovedstadens Rammeaftale 2025-2026')
        item(
            "KKR Hovedstadens Rammeaftale 2025-2026 for det højt specialiserede socialområde",
            "Socialforvaltningen indstiller, at rammeaftale 2025-2026 for det højt specialiserede socialområde "
            "godkendes.",
            None,
        ),
        # put off
        item(
            "Rammeaftale 2025-2026 for det specialiserede social- og undervisningsområde",
            "Administrationen indstiller, at rammeaftalen for 2025-2026 godkendes.",
            "Udsat.",
        ),
        # the municipality's own budget agreement and plans are no shared initiative
        item("Budgetaftale 2025-2028", "Administrationen indstiller, at budgetaftalen godkendes.", "Godkendt."),
        item("Klimahandleplan 2025", "Administrationen indstiller, at klimahandleplanen godkendes.", "Godkendt."),
        # an application to take part, not taking part (README: 'Ansøgning om deltagelse i … frikommuneforsøg')
        item(
            "Ansøgning om deltagelse i nordjysk frikommuneforsøg",
            "Administrationen indstiller, at ansøgningen godkendes.",
            "Godkendt.",
        ),
        # a meeting or an event taken part in
        item("Deltagelse i KL's Topmøde 2025", "Administrationen indstiller, at deltagelse godkendes.", "Godkendt."),
        # leaving it
        item(
            "Rammeaftale 2025-2026 for det specialiserede social- og undervisningsområde",
            "Administrationen indstiller, at kommunen ikke tiltræder rammeaftalen.",
            "Godkendt.",
        ),
    ],
)
def test_no_adoption_by_item(tmp_path: Path, text: str) -> None:
    assert adoptions_of(tmp_path, text) == set()


def test_a_stated_adoption_is_on_or_before_the_meetings_day_or_the_day_a_page_carries() -> None:
    source = SourceDocument(path="p.txt", name="p.txt", sha256="0" * 64, format="txt", text="")
    minutes = Meeting(source=source, kind="referat", start=datetime(2022, 3, 1, 17, 0), published=date(2022, 3, 8))
    page = Meeting(source=source, kind=None, start=datetime(2020, 11, 12), published=date(2020, 11, 13))
    undated_page = Meeting(source=source, kind=None)
    assert reported_day(minutes) == "2022-03-01"
    assert reported_day(page) == "2020-11-13"
    assert reported_day(undated_page) is None
