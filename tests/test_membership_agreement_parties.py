"""The municipalities an owners' agreement is made between, members of the body it is the agreement of
(membership_agreement_parties): the parties after the title's "mellem", the body named by the title, the preamble's
quoted name or the name the standard sections' headings repeat; never a town in a party's address, a municipality
named outside the run of parties, one municipality alone, an agreement that is not the owners'."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import member_pairs_of_text

# vores-rens-ejeraftale-2013-05-22 (dev-write, docplayer.dk's transcript of the PDF, a page a line): the title page's
# parties in capitals, the body named only by the contents' section headings (and printed so in the annex list)
VORES_RENS = (
    "1 Horten Philip Heymans Allé Hellerup Tlf Fax Version af 22. maj 2013 J.nr EJERAFTALE MELLEM ALBERTSLUND "
    "KOMMUNE, BALLERUP KOMMUNE, BRØNDBY KOMMUNE, GENTOFTE KOMMUNE, GLADSAXE KOMMUNE, GLOSTRUP KOMMUNE, FREDERIKSBERG "
    "KOMMUNE, HERLEV KOMMUNE, HVIDOVRE KOMMUNE, HØJE-TAASTRUP KOMMUNE, ISHØJ KOMMUNE, KØBENHAVNS KOMMUNE, "
    "LYNGBY-TAARBÆK KOMMUNE, RØDOVRE KOMMUNE OG VALLENSBÆK KOMMUNE Horten Advokatpartnerselskab CVR\n\n"
    "2 1. BAGGRUND OG FORMÅL STIFTELSE AFTALENS FORRANG SKATTEMÆSSIGE FORHOLD HOLDINGSELSKABETS EJERFORHOLD "
    "GENERALFORSAMLINGEN BESTYRELSERNE I VORES RENS-KONCERNEN DIREKTIONEN I VORES RENS-KONCERNEN NYE AKTIONÆRER "
    "EJERNES DISPOSITIONSRET MISLIGHOLDELSE OPLØSNING AF VORES RENS-KONCERNEN IKRAFTTRÆDEN, OPHØR OG ÆNDRING AF "
    "AFTALEN TVISTER MEDDELELSER UNDERSKRIFTER Side 2 BILAGSOVERSIGT Nr. Titel 1.2 Vision for Vores Rens-koncernen "
    "13.4 Erklæring afgivet af Dragør Kommune\n\n"
    "3 EJERAFTALE Side 3 MELLEM Albertslund Kommune CVR-nr Nordmarks Allé 2620 Albertslund Ballerup Kommune CVR-nr "
    "Hold-An Vej Ballerup\n"
)
VORES_RENS_OWNERS = (
    "Albertslund",
    "Ballerup",
    "Brøndby",
    "Gentofte",
    "Gladsaxe",
    "Glostrup",
    "Frederiksberg",
    "Herlev",
    "Hvidovre",
    "Høje-Taastrup",
    "Ishøj",
    "København",
    "Lyngby-Taarbæk",
    "Rødovre",
    "Vallensbæk",
)

# din-forsyning-ejeraftale-2017-12-18 (dev-write, the same transcript's form): the parties with their addresses, the
# body the preamble defines in quotes
DIN_FORSYNING = (
    "4 EJERAFTALE MELLEM og Esbjerg Kommune CVR-nr Torvegade Esbjerg Varde Kommune CVR-nr Bytoften Varde (hver for "
    'sig benævnt "Ejerkommune" og tilsammen benævnt "Ejerkommunerne") Denne aftale er indgået den 18. december '
    "2017 i forbindelse med etableringen af en fælles forsyningskoncern for Ejerkommunerne, "
    '"DIN Forsyning-koncernen".\n'
)


def test_the_parties_own_the_body_the_section_headings_name(tmp_path: Path) -> None:
    # Dragør, named in the annex list, and the towns of the parties' addresses are no parties
    assert member_pairs_of_text(tmp_path, VORES_RENS) == {(m, "Vores Rens-koncernen") for m in VORES_RENS_OWNERS}


def test_the_parties_own_the_body_the_preamble_names(tmp_path: Path) -> None:
    assert member_pairs_of_text(tmp_path, DIN_FORSYNING) == {
        ("Esbjerg", "DIN Forsyning-koncernen"),
        ("Varde", "DIN Forsyning-koncernen"),
    }


def test_the_title_names_the_body(tmp_path: Path) -> None:
    # the title's own form of such an agreement (an invented company, its parties as the dev-write transcripts print
    # them)
    text = "INTERESSENTSKABSKONTRAKT FOR Affaldsselskabet Vest I/S MELLEM Skive Kommune og Struer Kommune\n"
    network = "Affaldsselskabet Vest I/S"
    assert member_pairs_of_text(tmp_path, text) == {("Skive", network), ("Struer", network)}


@pytest.mark.parametrize(
    "text",
    [
        # one municipality and its own company: no body of several owners
        DIN_FORSYNING.replace("Varde Kommune CVR-nr Bytoften Varde", "Advokatfirma A/S CVR-nr Vestergade"),
        # an agreement between municipalities that is no owners' agreement
        DIN_FORSYNING.replace("EJERAFTALE", "SAMARBEJDSAFTALE"),
        # "mellem" in the agreement's prose, not its title
        DIN_FORSYNING.replace("4 EJERAFTALE MELLEM og", "Kommunerne indgik en ejeraftale mellem"),
        # no name of the body anywhere in the agreement's structure
        DIN_FORSYNING.replace('"DIN Forsyning-koncernen"', "som nu stiftes"),
    ],
)
def test_no_owners_without_an_owners_agreement_title_and_a_named_body(tmp_path: Path, text: str) -> None:
    assert member_pairs_of_text(tmp_path, text) == set()


def test_a_municipality_after_the_parties_run_is_none(tmp_path: Path) -> None:
    # a municipality that is the subject of the agreement's text, past an address's reach of the last party
    text = DIN_FORSYNING.replace(
        "Varde (hver", "Varde " + "og her følger aftalens øvrige bestemmelser om selskabet " * 4 + "Fanø Kommune (hver"
    )
    assert ("Fanø", "DIN Forsyning-koncernen") not in member_pairs_of_text(tmp_path, text)


@pytest.mark.parametrize(
    "text",
    [
        # the parties as one list sharing "Kommuner", the body the title names on a line of its own
        "AKTIONÆROVERENSKOMST\nvedrørende\nVestvand A/S\nmellem\nSkive og Struer Kommuner\n\n1. Baggrund\n",
        # the parties one a block with their addresses, the body defined as the agreement's "Selskabet"
        "Ejeraftale\n\nmellem\n\nSkive Kommune\nCVR-nr. 29189730\nTorvegade 10\n7800 Skive\n\nog\n\nStruer Kommune\n"
        'CVR-nr. 29189757\nØstergade 11\n7600 Struer\n\n(herefter "Ejerne")\n\nvedrørende ejerskabet af Vestvand A/S '
        '(herefter "Selskabet")\n',
    ],
)
def test_other_layouts_of_the_parties_and_the_body(tmp_path: Path, text: str) -> None:
    # invented agreements in the common layouts of such agreements' first pages
    assert member_pairs_of_text(tmp_path, text) == {("Skive", "Vestvand A/S"), ("Struer", "Vestvand A/S")}


def test_a_municipality_defined_as_a_party_names_no_body(tmp_path: Path) -> None:
    text = 'EJERAFTALE MELLEM Skive Kommune (herefter "Selskabet") og Struer Kommune\n'
    assert member_pairs_of_text(tmp_path, text) == set()


# vandsamarbejde-sjaelland-aktionaeroverenskomst (dev-write, docplayer.dk's transcript, a page a line): a draft's two
# titles glued, "mellem" letter-spaced, one party printed without its name's hyphen ("Høje Taastrup"), the body
# defined as the agreement's "Selskabet" on the next page
VANDSAMARBEJDE = (
    "3 AKTIONÆROVERENSKOMSTEJERAFTALE M E L L E M Albertslund Kommune OG Ballerup Kommune OG Brøndby Kommune OG "
    "Høje Taastrup Kommune OG Ishøj Kommune CBA/cba/181600/ HEM/cba/181600/\n\n"
    '4 Aktionærerne er i det følgende under ét kaldet "Parterne" og enkeltvis "Part(en)". er der indgået følgende '
    "AKTIONÆROVERENSKOMST EJERAFTALE vedrørende Parternes aktiebesiddelser i Vandsamarbejde Sjælland A/S (i det "
    'følgende kaldet "Selskabet"). 1. BAGGRUND OG FORMÅL 1.1 Parterne har den 8. september 2008 stiftet Selskabet\n'
)


def test_glued_titles_and_a_letter_spaced_between(tmp_path: Path) -> None:
    network = "Vandsamarbejde Sjælland A/S"
    owners = ("Albertslund", "Ballerup", "Brøndby", "Høje-Taastrup", "Ishøj")
    assert member_pairs_of_text(tmp_path, VANDSAMARBEJDE) == {(m, network) for m in owners}


@pytest.mark.parametrize(
    "text",
    [
        # letters spaced in a word that only ends in the title's words: no title
        VANDSAMARBEJDE.replace("AKTIONÆROVERENSKOMSTEJERAFTALE", "SAMARBEJDSAFTALE"),
        # another spaced heading after the title: "medlem" is not "mellem"
        VANDSAMARBEJDE.replace("M E L L E M", "M E D L E M"),
    ],
)
def test_no_owners_from_spaced_letters_without_the_title(tmp_path: Path, text: str) -> None:
    assert member_pairs_of_text(tmp_path, text) == set()


# madtilhverdag-interessentskabskontrakt-2012 (dev-write, docplayer.dk's transcript, a page a line): the contract's
# parties clause, each party with its address (its town Frederiksværk no party), the name clause on the next page
MAD_TIL_HVER_DAG = (
    "4 1. INTERESSENTER Nærværende kontrakts interessenter er: Halsnæs Kommune Rådhuspladsen Frederiksværk CVR nr "
    "Hillerød Kommune Trollesmindealle Hillerød CVR nr Frederikssund Kommune Torvet Frederikssund CVR nr Allerød "
    "Kommune Bjarkesvej Allerød CVR nr ETABLERING AF 60-SELSKAB Interessenterne opretter pr. 1. januar 2012 et fælles "
    "60-selskab med interessenterne som deltagere.\n\n"
    "5 3. HJEMSTED Selskabet navn er Mad til hver DAG I/S. Selskabets hjemsted er Hillerød Kommune og postadressen er "
    "Lokesvej 12, 3400 Hillerød.\n"
)
# nomi4s-samarbejdsaftale-2015 (dev-write, lawinsider.com's text, a line a paragraph): the name clause, then the
# parties clause counting them, each numbered with its address
NOMI4S = (
    "1 Navn og hjemsted\n1.1 Interessentskabets navn er ” Nomi4S i/s”.\n1.3 Interessentskabets hjemsted er Holstebro "
    "Kommune.\n2 Interessenterne\n2.1 Interessentskabet består af følgende fire interessenter:\n1) Holstebro Kommune\n"
    "Xxxxxxxxxxx 00\n7500 Holstebro\n2) Lemvig Kommune Xxxxxxxxxx 0 0000 Xxxxxx\n3) Skive Kommune Torvegade 10 7800 "
    "Skive\n4) Struer Kommune Østergade 11-15 7600 Struer\n3 Formål og opgaveområde\n"
)


@pytest.mark.parametrize(
    ("text", "network", "members"),
    [
        (MAD_TIL_HVER_DAG, "Mad til hver DAG I/S", ("Halsnæs", "Hillerød", "Frederikssund", "Allerød")),
        (NOMI4S, "Nomi4S i/s", ("Holstebro", "Lemvig", "Skive", "Struer")),
    ],
)
def test_the_parties_clause_in_the_body_the_name_clause_names(
    tmp_path: Path, text: str, network: str, members: tuple[str, ...]
) -> None:
    assert member_pairs_of_text(tmp_path, text) == {(m, network) for m in members}


@pytest.mark.parametrize(
    "text",
    [
        # no clause naming the body
        MAD_TIL_HVER_DAG.replace("Selskabet navn er Mad til hver DAG I/S.", "Selskabet oprettes."),
        # the parties that were, not the parties that are
        NOMI4S.replace("består af følgende fire interessenter:", "havde tidligere interessenter er:"),
        # the parties to come
        MAD_TIL_HVER_DAG.replace("Nærværende kontrakts interessenter er:", "Kommende interessenter er:"),
        # a municipality named as the body's seat, not as its name
        NOMI4S.replace("” Nomi4S i/s”", "Holstebro Kommune"),
    ],
)
def test_no_parties_clause_without_its_body_or_of_other_parties(tmp_path: Path, text: str) -> None:
    assert member_pairs_of_text(tmp_path, text) == set()


@pytest.mark.parametrize(
    ("text", "outside"),
    [
        # a municipality in the contract's prose after the run: the seat of its secretariat
        (NOMI4S.replace("3 Formål", "Sekretariatet ligger i Viborg Kommune.\n3 Formål"), "Viborg"),
        # a party that has left, named after the run as a sentence's subject
        (
            NOMI4S.replace("2) Lemvig Kommune Xxxxxxxxxx 0 0000 Xxxxxx\n", "").replace(
                "3 Formål", "Lemvig Kommune har meldt sig ud af interessentskabet pr. 1. januar 2015.\n3 Formål"
            ),
            "Lemvig",
        ),
    ],
)
def test_the_parties_clause_ends_at_the_contracts_prose(tmp_path: Path, text: str, outside: str) -> None:
    pairs = member_pairs_of_text(tmp_path, text)
    assert ("Holstebro", "Nomi4S i/s") in pairs
    assert (outside, "Nomi4S i/s") not in pairs
