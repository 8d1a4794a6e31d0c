"""The organisations a vandråd or naturråd is made of, listed one a bullet under a label naming the council
(membership_council_seats). Excerpts from real pages (publisher named above each), and look-alikes that must
give nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import member_pairs_of_text

HEADER = "Det nye vandråd er udpeget\n\n"


def members_of(tmp_path: Path, body: str) -> set[tuple[str, str]]:
    return member_pairs_of_text(tmp_path, HEADER + body)


# Vallensbæk Kommune, vallensbaek-news-vandraad-koege-bugt-2020-02-19 (dev-write)
VALLENSBAEK = (
    "Der kan deltage én repræsentant fra hver forening eller organisation og højst 20 medlemmer i alt. Køge "
    "Kommune er valgt som sekretariatskommune for betjening af vandrådet.\n\n"
    "Medlemmer af Vandrådet for oplandet til Køge Bugt:  \n\n"
    " • DANVA \n • Danske Kloakmestre  \n • Dansk Skovforening \n • Gefion  \n • Friluftsrådet \n\n"
    "Flere organisationer har ikke fået plads i Vandrådet i denne omgang."
)
# Solrød Kommune, "Oprettelse af Vandrådet for Køge Bugt" (solrod.dk)
SOLROED = (
    "Solrød Kommune har som sekretariatskommune ansvar for at oprette vandrådet.\n\n"
    "Medlemmer i Vandrådet for hovedvandoplandet Køge Bugt i 2017 er følgende:\n\n"
    " • Bæredygtigt Landbrug\n • Danske Vandløb\n • Landbrug og Fødevarer\n • Vandløbslaug for Roskilde Kommune\n"
)
# Rudersdal Kommune, "Vandråd for Hovedvandopland 2.3 Øresund er nedsat" (rudersdal.dk): the council named before
RUDERSDAL = (
    "Vandråd for Hovedvandopland 2.3 Øresund er nedsat\n\n"
    "Gribskov Kommune er sekretariatskommune for hovedvandopland 2.3 Øresund.\n\n"
    "Følgende organisationer og foreninger har fået plads i vandrådet:\n\n"
    " • Fredensborg Vandløbslav\n • Friluftsrådet\n • Esrum Ålaug\n"
)

# Allerød Kommune, alleroed-webpage-vandraad-2019-20 (dev-write): a table of each organisation's representative
ALLEROED = (
    "Det er besluttet, hvem der skal deltage i vandrådsarbejdet i vandråd for Hovedvandopland 2.2 Isefjord og "
    "Roskilde Fjord.\n\nMedlemmer af vandrådet\n\n"
    "Følgende organisationer og foreninger har fået plads i vandrådet:\n\n"
    "Forening Repræsentant\nBirdlife/Dof Pelle Andesen-Harild\nDanmarks Naturfredningsforening Jens Prom\n"
    "Foreningen til ophjælpning af fiskeriet i Roskilde Fjord Kim Lund Jørgensen\nHolbæk Ålav Ole Olsen\n\n"
    "Organisationer og foreninger med interesse i vandløb har i november måned 2019 kunne anmode de 20 "
    "oplandskommuner om plads i vandrådet."
)

# Rudersdal Kommune, rudersdal-webpage-lokalt-naturraad (dev-write): a heading of who sits in the council over a
# table of two columns flattened, its column heads on one line over the bullets
RUDERSDAL_NATURRAAD = (
    "Fem erhvervsorganisationer og fem grønne organisationer danner rygraden i det lokale Naturråd for Allerød, "
    "Egedal, Furesø, Gentofte, Gladsaxe, Hørsholm, Lyngby-Taarbæk og Rudersdal kommuner. Rudersdal er "
    "sekretariatskommune for rådet.\n\nLæs referater\n\nDe sidder i rådet\n\n"
    "De fem erhvervsorganisationer: De fem grønne organisationer:\n"
    "  • Landboforeningen Gefion\n  • Landbrug og Fødevarer\n  • Rudersdal Erhvervsforening\n"
    "  • Dansk Botanisk Forening\n  • Friluftsrådet\n\nMere info\n"
)
# Hjørring Kommune, hjoerring-naturraad-webpage-2018 (dev-write): the same heading over prose lists no one
HJOERRING = (
    "Naturråd 1 dækker Hjørring, Brønderslev, Frederikshavn, Jammerbugt og Læsø kommuner.\n\n"
    "Hvem sidder i Naturrådet?\n\nNaturråd 1 består af en ligelig repræsentation af foreninger og "
    "organisationer, som varetager henholdsvis natur-, miljø-, frilufts- og erhvervsinteresser. Rådet består af "
    "20 medlemmer, og alle, der har ønsket at deltage i rådet, er optaget som medlemmer.\n\n"
    "Se medlemmerne af Naturrådet her\n"
)


def _all(network: str, *members: str) -> set[tuple[str, str]]:
    return {(m, network) for m in members}


def test_members_under_the_councils_full_name(tmp_path: Path) -> None:
    assert members_of(tmp_path, VALLENSBAEK) == _all(
        "Vandrådet for oplandet til Køge Bugt",
        "DANVA",
        "Danske Kloakmestre",
        "Dansk Skovforening",
        "Gefion",
        "Friluftsrådet",
    )


def test_members_with_year_and_foelgende(tmp_path: Path) -> None:
    assert members_of(tmp_path, SOLROED) == _all(
        "Vandrådet for hovedvandoplandet Køge Bugt",
        "Bæredygtigt Landbrug",
        "Danske Vandløb",
        "Landbrug og Fødevarer",
        "Vandløbslaug for Roskilde Kommune",
    )


def test_council_named_before_the_label(tmp_path: Path) -> None:
    assert members_of(tmp_path, RUDERSDAL) == _all(
        "Vandråd for Hovedvandopland 2.3 Øresund", "Fredensborg Vandløbslav", "Friluftsrådet", "Esrum Ålaug"
    )


def test_table_of_representatives(tmp_path: Path) -> None:
    got = {(m, n) for m, n in members_of(tmp_path, ALLEROED) if "andråd" in n}
    assert got == _all(
        "vandråd for Hovedvandopland 2.2 Isefjord og Roskilde Fjord",
        "Birdlife/Dof",
        "Danmarks Naturfredningsforening",
        "Foreningen til ophjælpning af fiskeriet i Roskilde Fjord",
        "Holbæk Ålav",
    )


def test_heading_of_who_sits_over_column_heads(tmp_path: Path) -> None:
    network = "Naturråd for Allerød, Egedal, Furesø, Gentofte, Gladsaxe, Hørsholm, Lyngby-Taarbæk og Rudersdal kommuner"
    got = {(m, n) for m, n in members_of(tmp_path, RUDERSDAL_NATURRAAD) if n == network}
    assert (
        _all(
            network,
            "Landboforeningen Gefion",
            "Landbrug og Fødevarer",
            "Rudersdal Erhvervsforening",
            "Dansk Botanisk Forening",
            "Friluftsrådet",
        )
        <= got
    )
    assert not any(m.startswith("De fem") for m, _ in got)


@pytest.mark.parametrize(
    "text",
    [
        # Hjørring Kommune: a heading of who sits over prose
        HJOERRING,
        # a heading of who sits over the people who do: no organisations
        "Naturråd for Hjørring, Brønderslev og Læsø kommuner er nedsat.\n\nDe sidder i rådet\n\n"
        " • Jens Hansen\n • Anne Madsen\n • Peter Holm\n",
        # a municipal council's own page: "rådet" is no vandråd or naturråd named before it
        "Ældrerådet rådgiver kommunalbestyrelsen.\n\nDe sidder i rådet\n\n"
        " • Ældre Sagen\n • Danske Seniorer\n • Faglige Seniorer\n",
    ],
)
def test_heading_of_who_sits_over_no_organisations(tmp_path: Path, text: str) -> None:
    municipalities = {"Hjørring", "Brønderslev", "Frederikshavn", "Jammerbugt", "Læsø"}
    assert {m for m, _ in members_of(tmp_path, text)} <= municipalities


@pytest.mark.parametrize(
    "text",
    [
        # Rudersdal Kommune's call for members: who may become one, not who is (rudersdal.dk)
        "Jf. § 25 stk. 2 i Lov om vandplanlægning kan følgende organisationer og foreninger være medlem af et "
        "vandråd:\n\n  • Relevante landsdækkende erhvervsorganisationer,\n  • Landsdækkende foreninger og "
        "organisationer\n  • Lokale foreninger og organisationer\n",
        # a committee's members are people, and no council's
        "Medlemmer af Teknik- og Miljøudvalget:\n\n • Jens Hansen\n • Anne Madsen\n • Peter Holm\n",
        # a table with no representative's name ending its rows is not read as one
        "Følgende organisationer og foreninger har fået plads i vandrådet:\n\nForening Repræsentant\n"
        "Danmarks Naturfredningsforening\nFriluftsrådet\nDansk Skovforening\n",
        # two organisations are no member list
        "Medlemmer af Vandrådet for oplandet til Køge Bugt:\n\n • DANVA\n • Gefion\n",
    ],
)
def test_no_council_seats(tmp_path: Path, text: str) -> None:
    assert {(m, n) for m, n in members_of(tmp_path, text) if "andråd" in n} == set()


# the same pages a PDF-to-text step put on one line (as benchmarks.realworld_flattened flattens them): the label ends
# mid-line, one "•" a bullet; the last bullet runs into the sentence after it and is left out (where it ends is not
# known)
VALLENSBAEK_FLAT = (
    "1 Det nye vandråd er udpeget Der kan deltage én repræsentant fra hver forening eller organisation og højst 20 "
    "medlemmer i alt. Køge Kommune er valgt som sekretariatskommune for betjening af vandrådet. Medlemmer af "
    "Vandrådet for oplandet til Køge Bugt: • DANVA • Danske Kloakmestre • Dansk Skovforening • Gefion • Friluftsrådet "
    "Flere organisationer har ikke fået plads i Vandrådet i denne omgang.\n"
)
RUDERSDAL_NATURRAAD_FLAT = (
    "1 Det nye vandråd er udpeget Fem erhvervsorganisationer og fem grønne organisationer danner rygraden i det "
    "lokale Naturråd for Allerød, Egedal, Furesø, Gentofte, Gladsaxe, Hørsholm, Lyngby-Taarbæk og Rudersdal kommuner. "
    "Rudersdal er sekretariatskommune for rådet. Læs referater De sidder i rådet De fem erhvervsorganisationer: De fem "
    "grønne organisationer: • Landboforeningen Gefion • Landbrug og Fødevarer • Rudersdal Erhvervsforening • Dansk "
    "Botanisk Forening • Friluftsrådet Mere info\n"
)


def test_a_flattened_list_under_the_councils_full_name(tmp_path: Path) -> None:
    assert member_pairs_of_text(tmp_path, VALLENSBAEK_FLAT) == _all(
        "Vandrådet for oplandet til Køge Bugt", "DANVA", "Danske Kloakmestre", "Dansk Skovforening", "Gefion"
    )


def test_a_flattened_heading_of_who_sits_over_column_heads(tmp_path: Path) -> None:
    network = "Naturråd for Allerød, Egedal, Furesø, Gentofte, Gladsaxe, Hørsholm, Lyngby-Taarbæk og Rudersdal kommuner"
    municipalities = {"Allerød", "Egedal", "Furesø", "Gentofte", "Gladsaxe", "Hørsholm", "Lyngby-Taarbæk", "Rudersdal"}
    got = {m for m, n in member_pairs_of_text(tmp_path, RUDERSDAL_NATURRAAD_FLAT) if n == network} - municipalities
    # the last bullet ("Friluftsrådet Mere info") runs on and is left out
    assert got == {
        "Landboforeningen Gefion",
        "Landbrug og Fødevarer",
        "Rudersdal Erhvervsforening",
        "Dansk Botanisk Forening",
    }


@pytest.mark.parametrize(
    "text",
    [
        # people under a flattened heading of who sits
        "1 Naturråd for Hjørring, Brønderslev og Læsø kommuner er nedsat. De sidder i rådet • Jens Hansen • Anne "
        "Madsen • Peter Holm • Lars Berg\n",
        # a committee's flattened members are people, and no council's
        "1 Medlemmer af Teknik- og Miljøudvalget: • Jens Hansen • Anne Madsen • Peter Holm • Lars Berg\n",
        # two organisations and a last one that runs on are no member list
        "1 Medlemmer af Vandrådet for oplandet til Køge Bugt: • DANVA • Gefion • Friluftsrådet Flere har søgt.\n",
        # the label in a sentence, no bullets after it
        "1 Medlemmer af Vandrådet for oplandet til Køge Bugt: DANVA, Gefion, Friluftsrådet og Dansk Skovforening.\n",
    ],
)
def test_no_flattened_council_seats(tmp_path: Path, text: str) -> None:
    assert {(m, n) for m, n in member_pairs_of_text(tmp_path, text) if "andråd" in n} == set()
