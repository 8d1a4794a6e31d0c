"""Item forms as general rules (issue 12 items 2-3): one table of (form, text, expected items).
Each text is a shortened excerpt of a DEV document of tests/realworld/ (named in the case id) or of
public A-K minutes; the test split is never read for rules or tests."""

from __future__ import annotations

import pytest

from graphbuild.parse import parse_meeting
from graphbuild.parse.item_lines import is_toc_heading
from graphbuild.sources import source_from_text

LEADER = "." * 40

# kkr-hovedstaden-2015-02-23, flattened: a contents table whose number column the text layer read apart
# from its titles (runs of numbers, then as many titles with their leaders and pages), on one line
KKR_COLUMN = (
    "Dagsorden til møde i KKR Hovedstaden den 23. februar 2015 KKR Hovedstaden | 23-02-2015 "
    f"1. Godkendelse af referat {LEADER} 3 1.1. 2. Siden sidst {LEADER} 4 2.1. 3. 4. "
    f"Godkendelse af referat {LEADER} 3 Siden sidst {LEADER} 4 Regionalpolitiske sager {LEADER} 5 "
    f"3.1. 3.2. 3.3. Fælles EU kontor {LEADER} 5 Fælles kommuneplanopslag {LEADER} 6 "
    f"Oplæg til tværkommunale samarbejder {LEADER} 7 3.4. 3.5. Sundhedsaftale 3 implementeringsplan 2015 "
    f"{LEADER} 9 Udkast til fælles uddannelsesstrategi {LEADER} 10 "
    "Mission KL bidrager til at udvikle og fastholde et stærkt lokalt demokrati i alle landets kommuner.\n"
)

# samsoe-kommunalbestyrelsen-2018-11-13, flattened: a bulleted agenda under "DAGSORDEN" whose group
# labels ("Åbent møde:", "Lukket møde:") are capitalised, not in capitals
SAMSO_GROUPS = (
    "Det meddeles herved, at der afholdes ordinært kommunalbestyrelsesmøde tirsdag den 13. november 2018 "
    "kl. 17:30 i Bestyrelseslokalet. DAGSORDEN Åbent møde: • Beslutning om garantistillelse for Samsø "
    "Efterskole • Beslutning om oprettelse af oparbejdningsaftale • Godkendelse af takster på "
    "Dagtilbudsområdet • Skoleudvalgets referater • Meddelelser fra borgmesteren Lukket møde: • "
    "Færgeudvalgets lukkede referater • Øvrige meddelelser Læs mere om de enkelte dagsordenspunkter. "
    "Det bemærkes at ændringer til dagsordenen kan forekomme. Dagsordenen er desuden fremlagt på "
    "Rådhuset og på bibliotekerne, hvor den kan ses i åbningstiden.\n"
)

# rsyd-vaekstforum-formandskab-2008-02-26, flattened: titles in capitals that hold numbers of their own
# ("INITIATIV 15 ..."), in a list numbered with full stops; the titles' numbers are no list of their own
VAEKSTFORUM_NUMBERS = (
    "REFERAT Formandskabet for Vækstforum 26. februar 2008 DAGSORDEN 12. INITIATIV 9A MENNESKELIGE "
    "RESSOURCER 13. INITIATIV 12A INTELLIGENT OG EFFEKTIV ENERGIUDNYTTELSE 14. INITIATIV 15 IVÆRKSÆTTERI - "
    "VÆKSTIVÆRKSÆTTERE INDEN FOR KLYNGERNE 15. INITIATIV 16 IVÆRKSÆTTERI - FLERE SPIN-OFF VIRKSOMHEDER "
    "16. INITIATIV 12 - TEKNOLOGIMATCH 17. HØRINGSBREV VEDR. DEN KONKURRENCEUDSATTE PULJE 2008 "
    "18. STATUSNOTAT PÅ HANDLINGSPLANENS 17 INITIATIVER 19. ØKONOMIOVERSIGT 20. MEDDELELSER 21. EVT. "
    "1. GODKENDELSE AF DAGSORDEN Dagsordenen blev godkendt. 2. OPLÆG VEDR. PARTNERSKABSAFTALEN "
    "Formandskabet drøftede oplægget om partnerskabsaftalen med regeringen og tog det til efterretning "
    "uden yderligere bemærkninger, idet sekretariatet blev bedt om at følge op på sagen.\n"
)

# Fredericia Økonomiudvalget 2014-12-09 (public minutes, a transcript of one page a line): a bare item
# number and its title over the case label, after the page's number
FREDERICIA_OVER_LABEL = (
    "Dagsorden til mødet i Økonomiudvalget\n\n"
    "1 Dagsorden til mødet i Økonomiudvalget Mødedato: Tirsdag den 9. december 2014 Mødested: Meldahls "
    "Rådhus Herredets Tingstue Mødetidspunkt: Kl. 8:30-11:30 Medlemmer: Formand: Jacob Bjerregaard (A) Side 1\n\n"
    "2 Indholdsfortegnelse 186 Godkendelse af dagsorden Bridgewalking - finansiering af adm. udgifter "
    "Revision af vedtægter for DSI Skærbæk Fiskerihavn Fredericia Teater - 3. budgetopfølgning "
    "Lukket - Orientering...45 Side 2\n\n"
    "3 186 Godkendelse af dagsorden Sagsnr.: Sagen afgøres i: Økonomiudvalget Sagsbeskrivelse: "
    "Dagsordenen forelægges til godkendelse. Indstillinger: Fagafdelingen indstiller, at dagsordenen "
    "godkendes. Side 3\n\n"
    "4 187 Bridgewalking - finansiering af adm. udgifter Sagsnr.:14/10987 Sagen afgøres i: Økonomiudvalget "
    "Sagsbeskrivelse: Siden 2011 har Fredericia og Middelfart Kommuner været fælles om Bridgewalking. Side 4\n"
)

# rudersdal-seniorraad-2018-11-05, flattened: lettered items added under the numbers before them
RUDERSDAL_LETTERED = (
    "Referat af 5. november 2018 Tilstede var: Vivi Nobel (VN), Jørgen Vinding (JV) og Anita Gudbergsen. "
    "1. Velkomst og godkendelse af dagsorden. IH bad om rådets accept på forskellige justeringer af "
    "dagsordenen, så punkterne kunne behandles i en anden rækkefølge. 2a. Behandling af forslag til ny "
    "vedtægt for Rudersdal Seniorråd. Forslaget blev omdelt med anførelse af justeringer i forhold til den "
    "gældende aftale. 2b. Udpegning af ny repræsentant i Folkeoplysningsudvalget 5a. Seniorrådets "
    "arbejdsgrupper 7a. Forslag om indkøb af telefoner til rådets medlemmer 8a. Forslag om rådets besøg "
    "ved en træningsinstitution (MST) Forslaget om tilføjelserne blev vedtaget af rådet uden bemærkninger, "
    "og formanden takkede for et godt møde med mange gode drøftelser om rådets arbejde i det kommende år.\n"
)

# fkb-brs-udvalget-for-forebyggelse-2013-06-26, flattened: lettered points under item 1 printed "1.a."
FKB_DOTTED_LETTERS = (
    "Referat fra møde i udvalget for forebyggelse den 26. juni 2013 Deltagere: Henrik G. Petersen og Ole Bech. "
    "1. Velkomst Henrik G. Petersen bød velkommen og fortalte om udvalgets opgaver, som er mange og vigtige "
    "for beredskaberne i hele landet, og som kræver samarbejde og dialog med kommunerne. 1.a. Præsentation "
    "Der var en kort præsentationsrunde. 1.b. Formidling af emner som udvalget finder relevante Der var enighed "
    "om at formidle emnerne på hjemmesiden. 2. Eventuelt Intet. Mødet sluttede kl. 15, og næste møde holdes i "
    "september, hvor udvalget mødes på beredskabsskolen for at drøfte planen for det kommende år.\n"
)

# roedovre-kommunalbestyrelsen-2007-08-28, flattened: each item's title above "Sag nr. N" and the
# committee's case reference, after the decision of the item before
ROEDOVRE_TITLE_ABOVE = (
    "Kommunalbestyrelsen 28-08-2007 Sager 103 (ØU 137/07) - 105 (ØU 139/07) Fold alle ud Medlem og suppleant "
    "til bestyrelsen i Miljølaboratoriet I/S Sag nr. 103 (ØU 137/07) Sagens kerne Miljølaboratoriet I/S har "
    "med brev af 21.05.2007 henvendt sig til interessenterne. Beslutning Godkendt. Placering af antennemaster "
    "for mobiltelefoni Sag nr. 104 (ØU 138/07) Sagens kerne Rødovre Kommune har som den eneste kommune formået "
    "at få udarbejdet en samlet plan for antennemaster. Beslutning Godkendt. RKF - årsrapport 2006 Sag nr. 105 "
    "(ØU 139/07) Sagens kerne Godkendelse af årsrapport incl. regnskab for 2006 for RKF. Regnskabet udviser "
    "et mindre overskud, som overføres til næste år efter aftale med revisionen. Beslutning Godkendt.\n"
)

CASES = [
    pytest.param(
        KKR_COLUMN,
        [
            ("3", "Regionalpolitiske sager"),
            ("3.1", "Fælles EU kontor"),
            ("3.2", "Fælles kommuneplanopslag"),
            ("3.3", "Oplæg til tværkommunale samarbejder"),
            ("3.4", "Sundhedsaftale 3 implementeringsplan 2015"),
            ("3.5", "Udkast til fælles uddannelsesstrategi"),
        ],
        id="flattened-number-column-read-apart",
    ),
    pytest.param(
        SAMSO_GROUPS,
        [
            ("1", "Beslutning om garantistillelse for Samsø Efterskole"),
            ("2", "Beslutning om oprettelse af oparbejdningsaftale"),
            ("5", "Meddelelser fra borgmesteren"),
            ("6", "Færgeudvalgets lukkede referater"),
        ],
        id="flattened-bullets-under-capitalised-group-labels",
    ),
    pytest.param(
        VAEKSTFORUM_NUMBERS,
        [
            ("14", "INITIATIV 15 IVÆRKSÆTTERI - VÆKSTIVÆRKSÆTTERE INDEN FOR KLYNGERNE"),
            ("15", "INITIATIV 16 IVÆRKSÆTTERI - FLERE SPIN-OFF VIRKSOMHEDER"),
            ("16", "INITIATIV 12 - TEKNOLOGIMATCH"),
            ("18", "STATUSNOTAT PÅ HANDLINGSPLANENS 17 INITIATIVER"),
        ],
        id="flattened-numbers-inside-titles-of-a-dotted-list",
    ),
    pytest.param(
        FREDERICIA_OVER_LABEL,
        [("186", "Godkendelse af dagsorden"), ("187", "Bridgewalking - finansiering af adm. udgifter")],
        id="flattened-bare-number-and-title-over-its-case-label",
    ),
    pytest.param(
        RUDERSDAL_LETTERED,
        [
            ("2b", "Udpegning af ny repræsentant i Folkeoplysningsudvalget"),
            ("5a", "Seniorrådets arbejdsgrupper"),
            ("7a", "Forslag om indkøb af telefoner til rådets medlemmer"),
        ],
        id="flattened-lettered-items",
    ),
    pytest.param(
        ROEDOVRE_TITLE_ABOVE,
        [("104", "Placering af antennemaster for mobiltelefoni"), ("105", "RKF - årsrapport 2006")],
        id="flattened-title-above-sag-nr",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_item_forms(text: str, expected: list[tuple[str, str]]) -> None:
    items = [(i.number, i.title) for i in parse_meeting(source_from_text(text)).items]
    assert [item for item in expected if item not in items] == []


@pytest.mark.parametrize(
    ("key", "heads"),
    [
        ("indholdsfortegnelse", True),
        ("indhold side", True),
        ("dagsordenen", True),
        ("sagsoversigt", True),
        ("oversigt over sager", True),
        ("lukkede punkter", True),
        ("dagsordenspunkter til dagsordenen side", True),
        ("punkter til dagsorden", True),
        ("godkendelse af dagsorden", False),
        ("punkter til næste møde", False),
        ("bemærkninger til dagsordenen", False),
    ],
)
def test_contents_headings_by_their_form(key: str, heads: bool) -> None:
    assert is_toc_heading(key) is heads


def test_flattened_lettered_items_with_a_dot_before_the_letter() -> None:
    items = parse_meeting(source_from_text(FKB_DOTTED_LETTERS)).items
    assert [i.number for i in items] == ["1", "1.a", "1.b", "2"]
    # a flattened page's title runs on into the item's text; it opens with the printed title
    assert items[1].title.startswith("Præsentation") and items[2].title.startswith("Formidling af emner")


def test_a_dotted_letter_far_from_the_items_numbers_is_no_item() -> None:
    # "9.a." after item 1 continues no sequence: a reference to a paragraph, not an item added under 1
    text = FKB_DOTTED_LETTERS.replace("1.b. Formidling", "jf. afsnit 9.a. Formidling")
    numbers = [i.number for i in parse_meeting(source_from_text(text)).items]
    assert "9.a" not in numbers and "9a" not in numbers
