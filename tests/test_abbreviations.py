"""Abbreviations of bodies: what a document's abbreviation stands for (graphbuild.extract.mention_abbreviations),
and an abbreviation no document expands as its municipality's own node, never a link between two
municipalities (graphbuild.resolve_ids)."""

from __future__ import annotations

from reference_resolve import resolve as reference_resolve
from test_extract_helpers import meeting

from graphbuild.extract import extract_facts
from graphbuild.extract.mention_abbreviations import (
    PERSON,
    Expansion,
    by_initials,
    defined,
    defined_after,
    initials,
    long_form,
)
from graphbuild.extract.mention_record import Mention
from graphbuild.extract.mentions import find_all
from graphbuild.models import DocumentFacts, MunicipalityRef
from graphbuild.resolve import resolve

RODOVRE = MunicipalityRef(name="Rødovre", code="0175")
RINGSTED = MunicipalityRef(name="Ringsted", code="0329")
ODSHERRED = MunicipalityRef(name="Odsherred", code="0306")


def _organisations(text: str) -> list[tuple[str, str, str | None]]:
    """(surface, name, kind) of each organisation found in text."""
    return [(text[m.start : m.end], m.name, m.kind) for m in find_all(text, 0, len(text)) if m.type == "Organization"]


def _doc(text: str, name: str, municipality: MunicipalityRef | None, body: str = "Økonomiudvalget") -> DocumentFacts:
    return extract_facts(meeting(text, ["Sag"], body=body, name=name, municipality=municipality))


# --- what an abbreviation stands for ----------------------------------------------------------------


def test_the_long_form_holds_the_letters_in_order_the_first_opening_a_word() -> None:
    assert long_form("TSF", "Møde med formanden for Trivsels-, Sundheds- og Forebyggelsesudvalget ") == (
        "Trivsels-, Sundheds- og Forebyggelsesudvalget"
    )
    assert long_form("KDI", "Møde med Kystdirektoratet ") == "Kystdirektoratet"
    # odsherred-aeldreraadet-2023-06-28: the K of "KMU" opens no word before it
    assert long_form("KMU", "Anlægsbevilling til renovering af broer ") is None


def test_a_committee_written_out_before_its_abbreviation_is_what_the_abbreviation_names() -> None:
    # odsherred-aeldreraadet-2023-06-28
    text = (
        "Møde med formanden for Trivsels-, Sundheds- og Forebyggelsesudvalget (TSF)\n"
        "Ældrerådet havde inviteret byrådsmedlem og formand for TSF, Julie Jacobsen, til ældrerådsmødet.\n"
    )
    found = _organisations(text)
    assert ("TSF", "Trivsels-, Sundheds- og Forebyggelsesudvalget", "committee") in found
    assert not [f for f in found if f[1] == "TSF"]


def test_a_body_written_out_with_its_article_is_that_body() -> None:
    # holbaek-lokale-beskaeftigelsesraad-2010-08-17
    expansions, _ = defined("DAGSORDEN Møde i Det Lokale Beskæftigelsesråd (LBR)\n")
    assert expansions["LBR"].name == "Lokale Beskæftigelsesråd" and expansions["LBR"].kind == "committee"


def test_a_persons_initials_are_no_organisation() -> None:
    # skagen-byting-bestyrelse-2023-08-23
    text = (
        "Deltagere: Michael Finn Jørgensen (MFJ), Kasper Foldager (KF), Hanne Heilmann (HH),\n"
        "Jane Bengtsen (JB), Jesper Hegaard (JH),\n"
        "JH og KF vil undersøge reglerne og mulighederne for at bruge MobilePay. MFJ og JH tager den.\n"
    )
    expansions, _ = defined(text)
    assert expansions["JH"] is PERSON and expansions["MFJ"] is PERSON
    assert _organisations(text) == []


def test_a_party_letter_after_a_name_is_no_persons_initials() -> None:
    # laesoe-news-per-bragt-udtraeder: "DF" is Per Bragt's party, not his initials
    expansions, _ = defined("Per Bragt (DF) udtræder af Kommunalbestyrelsen. Nummer tre på DF’s liste.\n")
    assert "DF" not in expansions


def test_words_in_brackets_after_a_title_expand_nothing() -> None:
    # ringsted-oekonomiudvalget-2018-05-08: the committee that handles the case, not an expansion
    text = "Anlægsbevilling til renovering af broer (KMU) Elevator på Nørretorv (KMU)\n"
    assert defined(text) == ({}, {})


def test_a_committee_the_document_names_is_what_its_initials_stand_for() -> None:
    # roedovre-klima-natur-2025-12-02
    text = "Klima- og Naturudvalget 2018-25\n\nMeddelelser Sag nr. 49\nBeslutningskompetence: KNU\n"
    assert ("KNU", "Klima- og Naturudvalget", "committee") in _organisations(text)


def test_initials_two_committees_share_stand_for_neither() -> None:
    def committee(name: str) -> Mention:
        return Mention(0, len(name), "", "Organization", name, "committee")

    assert initials("Kultur- og Fritidsudvalget") == "KFU" and initials("Integrationsrådet") == "IR"
    both = by_initials([committee("Kultur- og Fritidsudvalget"), committee("Klima- og Forsyningsudvalget")])
    assert "KFU" not in both
    one = by_initials([committee("Kultur- og Fritidsudvalget"), committee("Kultur- og Fritidsudvalg")])
    assert one["KFU"].name == "Kultur- og Fritidsudvalget"


def test_br_is_the_councils_abbreviation() -> None:
    found = _organisations("Sag nr. 163 Tilskud\nBeslutningskompetence: BR\nSagsnr.: 773-2021-849655\n")
    assert found == [("BR", "Byrådet", "committee")]


# --- the graph: an abbreviation never links two municipalities ---------------------------------------

_HANDLED = "1. Sag\n\nSagsfremstilling\n\nBeslutningskompetence: KFU. Sagen blev sendt til KFU og BDO.\n"


def test_one_abbreviation_in_two_municipalities_is_two_nodes() -> None:
    documents = [_doc(_HANDLED, "a.txt", RODOVRE), _doc(_HANDLED + "Godkendt.\n", "b.txt", RINGSTED)]
    for graph in (resolve(documents), reference_resolve(documents)):
        kfu = sorted((n.id, n.properties["name"]) for n in graph.nodes.values() if "KFU" in n.properties["name"])
        assert kfu == [("organization:0175-kfu", "KFU (Rødovre)"), ("organization:0329-kfu", "KFU (Ringsted)")]
        assert "organization:kfu" not in graph.nodes


def test_an_abbreviation_without_a_municipality_is_left_as_it_was() -> None:
    graph = resolve([_doc(_HANDLED, "a.txt", None, body="Bestyrelsen")])
    assert graph.nodes["organization:kfu"].properties["name"] == "KFU"


def test_an_expanded_abbreviation_is_its_municipalitys_committee() -> None:
    text = (
        "1. Sag\n\nSagsfremstilling\n\nMøde med formanden for Trivsels-, Sundheds- og Forebyggelsesudvalget (TSF). "
        "Ældrerådet har inviteret formanden for TSF. TSF svarer.\n"
    )
    graph = resolve([_doc(text, "a.txt", ODSHERRED, body="Ældrerådet")])
    tsf = [n for n in graph.nodes.values() if "Forebyggelsesudvalg" in n.properties["name"]]
    assert [n.id for n in tsf] == ["organization:0306-trivsels-sundheds-og-forebyggelsesudvalg"]
    assert not [n for n in graph.nodes.values() if n.properties["name"].startswith("TSF")]


def test_a_known_bodys_abbreviation_stays_one_node() -> None:
    text = "1. Sag\n\nSagsfremstilling\n\nKKR har drøftet sagen. KKR anbefaler den.\n"
    documents = [_doc(text, "a.txt", RODOVRE), _doc(text, "b.txt", RINGSTED)]
    for graph in (resolve(documents), reference_resolve(documents)):
        kkr = [n.id for n in graph.nodes.values() if n.properties["name"].startswith("KKR")]
        assert kkr == ["organization:kkr"]


def test_a_body_written_out_after_its_abbreviation_is_what_the_abbreviation_names() -> None:
    # the form issue 13 names; no dev-write document writes one
    expansions = defined_after(
        "Indstilling til KFU – Kultur- og fritidsudvalget den 3. maj\nLBR: Det Lokale Beskæftigelsesråd\n"
    )
    assert expansions["KFU"] == Expansion("Kultur- og fritidsudvalget", "committee")
    assert expansions["LBR"] == Expansion("Lokale Beskæftigelsesråd", "committee")


def test_a_title_after_a_committees_abbreviation_expands_nothing() -> None:
    # vallensbaek-kommunalbestyrelsen-2014-03-26: the committee's case titles, not its name
    text = "TMU - Løvenborgvej 13 - Dispensation fra vejbyggelinie BKU - Brugerbestyrelse for Vallensbæk Bibliotek\n"
    assert defined_after(text) == {}


def test_an_area_and_a_stretch_holding_other_abbreviations_are_no_long_form() -> None:
    # ringsted-oekonomiudvalget-2018-10-01: "-området" is an area, not a council ("-rådet")
    text = "Ny Sundhedspolitik (SAMU, ÆGU) Orientering om eksterne projekter på beskæftigelsesområdet (SAMU)\n"
    assert defined(text) == ({}, {})


def test_a_clocks_pm_is_no_organisation() -> None:
    # gribskov-beredskabskommissionen-2015-12-16, varde-boern-laering-2019-05-21
    assert _organisations("Mødet startet: 04:00 PM  Mødet hævet: 05:00 PM\n") == []
    assert _organisations("STARTTIDSPUNKT  5/21/2019 1:00:00 PM  SLUTTIDSPUNKT  5/21/2019 5:45:00 PM\n") == []
