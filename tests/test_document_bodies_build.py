"""A body known only by its kind's word ("Bestyrelsen", "Menighedsrådet") is one node per document, never one node for
every association's or parish's: a real build (graphbuild.pipeline) of short excerpts of real minutes, and a
municipality's own committee ("Økonomiudvalget") stays one node across its minutes (graphbuild.resolve_ids)."""

from __future__ import annotations

from pathlib import Path

import pytest
from reference_resolve import resolve as reference_resolve
from test_extract_helpers import meeting

from graphbuild.extract import extract_facts
from graphbuild.models import DocumentFacts, Graph, MunicipalityRef
from graphbuild.pipeline import build
from graphbuild.resolve import resolve
from graphbuild.store.base import StoreTarget
from graphbuild.store.opening import open_store
from graphbuild.vocab.bodies import is_one_of_many_body_name

# norddjurs-vandraad-bestyrelse-2021-11-22 (Norddjurs Vandråd): a bare board with its chair
NORDDJURS = (
    "Referat bestyrelsesmøde 22/11-2021\n\nReferat fra:\n\nBestyrelsesmøde den 22. november 2021\n\nDagsorden:\n\n"
    " 1. Velkomst og konstituering af bestyrelsen\n  1. Formand – Svend Brandstrup\n"
    "  1. Næstformand – Jesper Normand Stange\n  1. Kasserer – Aksel Larsen\n  1. Sekretær – Jesper Stange\n"
    " 2. Orientering siden sidst og bordet rundt\n"
)
# oesterhurup-havn-bestyrelse-2019-04-11 (Østerhurup Havn): a bare board named twice, its chair by first name
OESTERHURUP = (
    "REFERAT FRA BESTYRELSESMØDE\n\nDato: Torsdag den, 11. april 2019\n\n"
    "  1. Gennemgang af referat fra generalforsamlingen og sidste bestyrelsesmøde, underskrives.\n"
    "  2. Konstituering af bestyrelsen.\n  3. Broudvalg?\n\nAfbud fra Dion og Torbjørn.\n\n"
    "Ad. 1.\nReferat OK. Velkommen til Robert.\n\nAd. 2.\nKonstituering:\n"
    "Næstformand. Forslag Dion. Niels tager kontakt med Dion.\n\nFormand. Niels.\nKasserer. John.\nSekretær. Lars.\n\n"
    "Ad. 3.\nDer er nedsat et broudvalg bestående af Poul og Allan. Fra bestyrelsen Niels og Brian.\n"
)
# vejen-oekonomiudvalget-2018-04-03 and -2018-06-19 (Vejen Kommune): one municipality's committee, two meetings
VEJEN = (
    "Dagsordener og referater\n\nHer kan du se dagsordener og referater fra møder i udvalgene i Vejen Kommune.\n\n"
    "Byrådsmøderne holdes i Byrådssalen på Rådhuset i Vejen, Rådhuspassagen 3, kl. 16.00 med mindre andet er "
    "angivet.\n\nVælg dit udvalg herunder:\n\n\nUdvalg: Økonomiudvalget\n\nMødedato: {date}\n\n"
    "Mødested: M 5 - Vejen Rådhus\n\n1.{title}\n\nSagsnummer: {case}\n\n{title}\n\n\nSagsfremstilling\n"
    "Økonomiudvalget godkendte på mødet den 30. januar 2018 en tidsplan.\n"
)


def _built(tmp_path: Path, documents: dict[str, str]) -> Graph:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in documents.items():
        (folder / name).write_text(text, encoding="utf-8")
    target = StoreTarget(store_dir=tmp_path / "store")
    build([folder], target, workers=1)
    store = open_store(target)
    try:
        return store.read_graph()
    finally:
        store.close()


def _organizations(graph: Graph, word: str) -> list[str]:
    return sorted(n.id for n in graph.nodes.values() if n.label == "Organization" and n.properties["name"] == word)


def _boards(graph: Graph) -> dict[str, str]:
    """Each board node's id -> the document file its name carries."""
    return {
        n.id: str(n.properties["name"])
        for n in graph.nodes.values()
        if n.label == "Organization" and str(n.properties["name"]).startswith("Bestyrelse")
    }


def test_two_publishers_bare_boards_are_two_nodes_and_one_documents_two_mentions_one(tmp_path: Path) -> None:
    graph = _built(tmp_path, {"norddjurs.txt": NORDDJURS, "oesterhurup.txt": OESTERHURUP})
    boards = _boards(graph)
    assert sorted(boards.values()) == ["Bestyrelse (norddjurs.txt)", "Bestyrelse (oesterhurup.txt)"]
    assert "organization:bestyrelse" not in graph.nodes
    chairs = [
        (r.source, boards.get(r.target))
        for r in graph.rels.values()
        if r.type == "HOLDS_ROLE" and r.properties.get("role") == "formand"
    ]
    assert chairs == [("person:svend-brandstrup", "Bestyrelse (norddjurs.txt)")]


def test_a_municipalitys_committee_in_two_of_its_minutes_is_one_node(tmp_path: Path) -> None:
    first = VEJEN.format(date="03-04-2018", title="Økonomiudvalgets opgaver (B)", case="17/26296")
    second = VEJEN.format(date="19-06-2018", title="Revisionsberetning nr. 17, årsregnskab 2017 (C)", case="18/18300")
    graph = _built(tmp_path, {"a.txt": first, "b.txt": second})
    assert [n.id for n in graph.nodes.values() if n.label == "Meeting"] != []
    committees = [n for n in graph.nodes.values() if n.label == "Organization"]
    assert [(n.id, n.properties["name"]) for n in committees] == [
        ("organization:0575-oekonomiudvalg", "Økonomiudvalget (Vejen)")
    ]


HOLBAEK = MunicipalityRef(name="Holbæk", code="0316")


def _minutes(text: str, name: str, body: str) -> DocumentFacts:
    return extract_facts(meeting(text, ["Sag"], body=body, name=name, municipality=HOLBAEK))


# holbaek-aalav-bestyrelse-2020-09-07 (Holbæk Ålav): an association's board in a municipality; two texts (one text
# is one document however many files hold it)
_BOARD = "1. Sag\n\nBestyrelsen orienteret om pengesituationen.\n"
_DUES = "1. Sag\n\nDer er stadig enkelte restancer med hensyn til indbetaling af kontingent for år 2020.\n"


def test_two_boards_in_one_municipality_are_two_nodes_and_its_own_committee_one() -> None:
    documents = [
        _minutes(_BOARD, "a.txt", "Bestyrelsen"),
        _minutes(_DUES, "b.txt", "Bestyrelsen"),
        _minutes(_BOARD, "c.txt", "Økonomiudvalget"),
        _minutes(_DUES, "d.txt", "Økonomiudvalget"),
    ]
    for graph in (resolve(documents), reference_resolve(documents)):
        names = sorted(str(n.properties["name"]) for n in graph.nodes.values() if n.label == "Organization")
        assert names.count("Økonomiudvalget (Holbæk)") == 1
        boards = [name for name in names if name.startswith("Bestyrelse")]
        assert len(boards) == 2 and {b.endswith(("(a.txt)", "(b.txt)")) for b in boards} == {True}
        assert "organization:0316-bestyrelse" not in graph.nodes


@pytest.mark.parametrize(
    "name", ["Bestyrelsen", "Bestyrelse (Holbæk)", "Menighedsrådet", "Skolebestyrelsen", "Idrætsforeningen"]
)
def test_a_kind_a_municipality_has_many_of(name: str) -> None:
    assert is_one_of_many_body_name(name)


@pytest.mark.parametrize(
    "name",
    ["Økonomiudvalget", "Kommunalbestyrelsen", "Byrådet (Vejen)", "Ungdomsskolebestyrelsen", "Lemvig Sejlklub", "KL"],
)
def test_a_municipalitys_own_body_is_not_one_of_many(name: str) -> None:
    assert not is_one_of_many_body_name(name)
