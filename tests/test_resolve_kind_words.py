"""A body or association named by its kind in one word ("Menighedsrådet", "Idrætsforeningen", "FU") is its
municipality's, else its document's: never one node for every parish's council (graphbuild.resolve_ids)."""

from __future__ import annotations

import pytest
from reference_resolve import resolve as reference_resolve
from test_extract_helpers import meeting

from graphbuild.extract import extract_facts
from graphbuild.models import DocumentFacts, Graph, MunicipalityRef
from graphbuild.resolve import resolve
from graphbuild.vocab.bodies import is_kind_word_name

RODOVRE = MunicipalityRef(name="Rødovre", code="0175")
# brondby-vester-menighedsraad-2019-03-27, hoeje-taastrup-menighedsraad-2022-05-12
_FLAG = "1. Sag\n\nSagsfremstilling\n\nMenighedsrådet er enige om, at vi flager med vimpel. KL og DSD er orienteret.\n"
_COMPLAINT = "1. Sag\n\nSagsfremstilling\n\nMenighedsrådet besvarer klagen. KL og DSD er orienteret.\n"


def _doc(text: str, name: str, municipality: MunicipalityRef | None) -> DocumentFacts:
    return extract_facts(meeting(text, ["Sag"], body="Økonomiudvalget", name=name, municipality=municipality))


def _named(graph: Graph, word: str) -> list[str]:
    return sorted(n.id for n in graph.nodes.values() if n.properties["name"].startswith(word))


@pytest.mark.parametrize(
    "name", ["Menighedsrådet", "Idrætsforeningen", "Hovedbestyrelsen", "Elevrådet", "Landsforeningen", "FU", "HB"]
)
def test_one_word_naming_a_kind_of_body_is_a_kind_word_name(name: str) -> None:
    assert is_kind_word_name(name)


@pytest.mark.parametrize(
    "name", ["Friluftsrådet", "Limfjordsrådet", "KL", "DSD", "EU", "AU", "Lemvig Sejlklub", "AVV-Affaldsselskabet"]
)
def test_a_bodys_own_name_is_not_a_kind_word_name(name: str) -> None:
    assert not is_kind_word_name(name)


def test_two_parishes_councils_are_two_nodes_and_a_known_acronym_one() -> None:
    documents = [_doc(_FLAG, "brondby-vester.txt", None), _doc(_COMPLAINT, "hoeje-taastrup.txt", None)]
    for graph in (resolve(documents), reference_resolve(documents)):
        councils = _named(graph, "Menighedsrådet")
        assert len(councils) == 2 and "organization:menighedsraadet" not in councils
        assert _named(graph, "KL") == ["organization:kl"]
        assert "organization:dsd" in graph.nodes


def test_one_municipalitys_two_parishes_councils_are_two_nodes() -> None:
    # a municipality has many parishes: its code does not say which one's council a document's is
    documents = [_doc(_FLAG, "a.txt", RODOVRE), _doc(_COMPLAINT, "b.txt", RODOVRE)]
    for graph in (resolve(documents), reference_resolve(documents)):
        councils = _named(graph, "Menighedsrådet")
        assert len(councils) == 2 and "organization:0175-menighedsraad" not in councils


def test_one_documents_two_mentions_of_its_council_are_one_node() -> None:
    documents = [_doc(_FLAG + "\n2. Sag\n\nSagsfremstilling\n\nMenighedsrådet godkender.\n", "a.txt", RODOVRE)]
    for graph in (resolve(documents), reference_resolve(documents)):
        assert len(_named(graph, "Menighedsrådet")) == 1
