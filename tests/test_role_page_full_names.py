"""A body a page's role is held in is read by the longer name the page prints for it (`role_page_full_names`):
Tårnby's page on its Grønt Råd, Destination Vesterhavet's news on Partnerskab for Vestkystturisme and Aarhus
Universitet's on Eksternt Råd (dev-write), as printed; a municipality's name in a sentence, a place's compound, an
address and two names for one short one give none."""

from __future__ import annotations

from pathlib import Path

from graphbuild.extract.role_page_full_names import full_name
from tests.text_facts import facts_of_text, named_relations

# taarnby-groent-raad-webpage (dev-write): its head, the heading line of the full name and the head of its list
TAARNBY = """Grønt råd

Her kan du læse om Grønt Råd og finde medlemslisten samt referater fra Rådets møder

Grønt Råd i Tårnby og Dragør Kommuner

Grønt Råd skal være et forum for dialog og samarbejde mellem borgerne i de to kommuner, interessegrupper, politikere \
og administration om miljøspørgsmål.

Medlemmer 2014-2017

Medlem:   Suppleant:
1. Jan Jakobsen, Kommunalbestyrelsen, Tårnby   Anders Krantz
2. Frants Nielsen, Kommunalbestyrelsen, Tårnby   Arne S. Hansen
"""

# partnerskab-vestkystturisme-news-ny-bestyrelse-2024-02 (dev-write): its headline
VESTKYST = (
    "Partnerskab for Vestkystturisme præsenterer ny bestyrelse\n\nDer er vagtskifte i Partnerskab for Vestkystturisme."
)

# au-herning-news-skive-indtraeder (dev-write): a sentence, as printed
AU = (
    "Som en konsekvens af Skive Kommunes indtræden i samarbejdet bliver kommunens borgmester Peder Chr. Kirkegaard "
    "nu medlem af Eksternt Råd ved AU Campus Herning."
)


def test_the_full_name_on_a_heading_line_and_in_a_sentence() -> None:
    assert full_name(TAARNBY, "Grønt råd") == "Grønt råd i Tårnby og Dragør Kommuner"
    assert full_name(VESTKYST, "Partnerskab") == "Partnerskab for Vestkystturisme"
    assert full_name(AU, "Eksternt Råd") == "Eksternt Råd ved AU Campus Herning"


def test_a_pages_list_is_held_in_the_full_name(tmp_path: Path) -> None:
    held = {
        (p, str(props.get("role")), t)
        for p, t, props in named_relations(facts_of_text(tmp_path, TAARNBY), "HOLDS_ROLE")
    }
    assert ("Jan Jakobsen", "medlem", "Grønt råd i Tårnby og Dragør Kommuner") in held
    assert not {row for row in held if row[2] == "Grønt råd"}


def test_near_misses_give_no_longer_name() -> None:
    # fredensborg-webpage-groent-raad (dev-write): a municipality's name in a sentence, the short name defined
    fredensborg = "1.1 Rådets navn er ”Grønt Råd i Fredensborg Kommune” (herefter omtalt Grønt Råd)."
    assert full_name(fredensborg, "Grønt Råd") is None
    # lag-slagelse-news-stiftende-generalforsamling-2022-06-08 (dev-write): a place's compound
    slagelse = (
        "Onsdag den 8. juni var der i Tårnborg Forsamlingshus stiftende generalforsamling for en ny LAG i "
        "Slagelse-området."
    )
    assert full_name(slagelse, "LAG") is None
    # stevns-news-nyt-beredskab-2019-11-27 (dev-write): an address
    stevns = "Det nye beredskabssamarbejde får base i Køge hos ETK Brand & Redning på Tigervej i Køge."
    assert full_name(stevns, "ETK Brand & Redning") is None
    # skolelederforeningen-news-hovedbestyrelse-2023-11-08 (dev-write): two schools the short name stands for
    schools = (
        "  • Lars Aaberg, skoleleder på Skolen på Strandboulevarden i København\n"
        "Derudover blev der valgt to kritiske revisorer. Det blev Kristian Svinth Sørensen, skoleleder på Skolen ved "
        "Søerne i Københavns Kommune, og Marianne Kipker, skoleleder på Lem Stationsskole i Ringkøbing-Skjern Kommune."
    )
    assert full_name(schools, "Skolen") is None


def test_the_name_found_without_its_own_pattern_as_the_pattern_finds_it() -> None:
    # (a name of ASCII characters and Danish letters is looked for with str.find in the lower-cased text, its
    # tail matched after it: the same places and tails as the case-blind pattern of the name, which stays for
    # any other name and for a text holding a letter that pattern reads otherwise than str.lower)
    sentence = AU.replace("Eksternt Råd", "EKSTERNT RÅD")  # any case, as the pattern's (?i:) reads it
    assert full_name(sentence, "Eksternt Råd") == "Eksternt Råd ved AU Campus Herning"
    # not inside a longer word: "EkstraPartnerskab" and "Partnerskabet" are no "Partnerskab"
    assert full_name("EkstraPartnerskab for Vestkystturisme og Partnerskabet for Nordsøen", "Partnerskab") is None
    # overlapping places are read as the pattern reads them, the second name inside the first match's tail
    assert full_name("Råd i Råd i Dragør", "Råd") == "Råd i Råd"
    # a dotless "ı" the case-blind pattern reads as "i" (str.lower keeps it): the name's own pattern finds it
    assert full_name("Grønt Rıd ved AU Campus Herning", "Grønt Rid") == "Grønt Rid ved AU Campus Herning"
    # a name with a letter outside the plain ones: its own pattern
    assert full_name("Café Råd ved AU Campus Herning", "café råd") == "café råd ved AU Campus Herning"


# sydnyt-news-lag-soenderborg-aabenraa-bestyrelse-2022 (dev-write): its headline and the list of the board, as printed
SYDNYT_LAG = """Nye folk valgt til LAG Sønderborg-Aabenraa – se navnene her

Inden selve generalforsamlingen fik forsamlingen info omkring LAG ordningen og dens betydning for udviklingen i \
landdistrikterne.

Efter godkendelse af forslaget til vedtægterne for foreningen, kunne valget af bestyrelsen for LAG \
Sønderborg-Aabenraa 2023-2027 gennemføres.

De øvrige medlemmer af bestyrelsen fra Sønderborg Kommune er: Anders Brandt fra Hundslev, Bendt Olesen fra \
Gråsten, Dorthe Schack fra Sønderborg og Jacob Bendtsen fra Sønderborg.
"""


def test_an_acronyms_body_takes_the_municipalities_printed_after_it() -> None:
    assert full_name(SYDNYT_LAG, "LAG") == "LAG Sønderborg-Aabenraa"
    # lag-slagelse-news-stiftende-generalforsamling-2022-06-08, skivenetavis-news-lag-lemvig-ringkoebing-skjern-
    # bestyrelse (dev-write): a headline's name; two municipalities after a comma
    slagelse = "Stiftende generalforsamling – LAG Slagelse\n\ngeneralforsamling for en ny LAG i Slagelse-området."
    assert full_name(slagelse, "LAG") == "LAG Slagelse"
    lemvig = "LAG Lemvig, Ringkøbing-Skjern sikrer hvert år op mod tre millioner kroner til lokale projekter."
    assert full_name(lemvig, "LAG") == "LAG Lemvig, Ringkøbing-Skjern"
    # near misses: a word that is no municipality's ("LAG ordningen", "LAG Småøerne"), a name that is no acronym, an
    # acronym glued to an ending ("LAG’en Slagelse"), and two names for one acronym
    assert full_name("LAG ordningen og LAG Småøerne", "LAG") is None
    assert full_name("Grønt Råd Tårnby", "Grønt Råd") is None
    assert full_name("LAG’en Slagelse", "LAG") is None
    assert full_name("LAG Slagelse og LAG Sorø", "LAG") is None


def test_the_boards_members_are_held_in_the_acronyms_full_name(tmp_path: Path) -> None:
    facts = facts_of_text(tmp_path, SYDNYT_LAG)
    held = {(p, str(props.get("role")), t) for p, t, props in named_relations(facts, "HOLDS_ROLE")}
    assert ("Anders Brandt", "medlem", "LAG Sønderborg-Aabenraa") in held
    assert not {row for row in held if row[2] == "LAG"}
