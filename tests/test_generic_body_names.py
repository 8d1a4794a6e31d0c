"""A body named by its kind with an adjective or as a compound ("Teknisk udvalg", "Det lokale Beskæftigelsesråd",
"Kredsrådet") is a kind, not one body's name: with no municipality, each document's own node (graphbuild.resolve_ids).
The names as dev-write documents print them: teknisk udvalg (tranbjerg-faellesraad-bestyrelse-2019-04-25 and two more
publishers), Kredsrådet and Det lokale Beskæftigelsesråd (two publishers each)."""

from __future__ import annotations

import pytest
from reference_resolve import resolve as reference_resolve
from test_extract_helpers import meeting

from graphbuild.extract import extract_facts
from graphbuild.models import DocumentFacts
from graphbuild.resolve import resolve
from graphbuild.vocab.bodies import is_generic_body_name

# tranbjerg-faellesraad-bestyrelse-2019-04-25 (Tranbjerg Fællesråd)
_GUEST = "1. Sag\n\nKeld Hvalsø, formand for teknisk udvalg i byrådet (punkt 1 til 3).\n"
_AGAIN = "1. Sag\n\nTeknisk udvalg i byrådet behandler sagen.\n"


def _minutes(text: str, name: str, body: str) -> DocumentFacts:
    return extract_facts(meeting(text, ["Sag"], body=body, name=name))


@pytest.mark.parametrize(
    "name", ["Teknisk udvalg", "Socialt Udvalg", "Kredsrådet", "Det lokale Beskæftigelsesråd", "Landdistriktsrådet"]
)
def test_a_kind_named_with_an_adjective_or_a_compound_is_generic(name: str) -> None:
    assert is_generic_body_name(name)


@pytest.mark.parametrize(
    "name", ["Friluftsrådet", "Nordisk Råd", "Dansk Skovforening", "Det Grønne Råd", "Limfjordsrådet", "Dansk Industri"]
)
def test_a_bodys_own_name_is_not_generic(name: str) -> None:
    assert not is_generic_body_name(name)


def test_two_documents_teknisk_udvalg_with_no_municipality_are_two_nodes() -> None:
    documents = [_minutes(_GUEST, "a.txt", "Teknisk udvalg"), _minutes(_AGAIN, "b.txt", "Teknisk udvalg")]
    for graph in (resolve(documents), reference_resolve(documents)):
        committees = sorted(
            str(n.properties["name"])
            for n in graph.nodes.values()
            if n.label == "Organization" and str(n.properties["name"]).lower().startswith("teknisk udvalg")
        )
        assert committees == ["Teknisk udvalg (a.txt)", "Teknisk udvalg (b.txt)"]
        assert "organization:teknisk-udvalg" not in graph.nodes
