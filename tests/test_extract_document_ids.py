"""`kommunegraf extract --json` prints the ids the graph gives a document's entities where the document alone
decides them (`resolve_document_ids`): a board named only by its kind ("Bestyrelsen") is the document's own node,
not one global "organization:bestyrelse" every association's board would share; a body with a name of its own
keeps its id. The same ids as a build's resolve gives them."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from graphbuild.cli import app
from graphbuild.extract import extract_facts
from graphbuild.parse import parse_meeting
from graphbuild.resolve import resolve
from graphbuild.resolve_document_ids import with_document_ids
from graphbuild.sources import read_source

# an association's board minutes by its kind's word alone, as association minutes head them
MINUTES = """Referat af bestyrelsesmøde

Bestyrelsen
Mødedato: 3. marts 2021

Til stede: Jens Hansen (formand), Karin Holm

1. Godkendelse af dagsorden
Beslutning: Godkendt.
"""


def _organisations(facts: dict) -> dict[str, str]:  # type: ignore[type-arg]
    return {e["name"]: e["id"] for e in facts["entities"] if e["type"] == "Organization"}


def test_extract_prints_the_documents_own_board(tmp_path: Path) -> None:
    minutes = tmp_path / "referat.txt"
    minutes.write_text(MINUTES, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(minutes), "--json"])
    assert result.exit_code == 0, result.output
    printed = json.loads(result.stdout.splitlines()[0])
    raw = extract_facts(parse_meeting(read_source(minutes))).to_json_dict()
    bare = {name: node for name, node in _organisations(raw).items() if node == "organization:bestyrelse"}
    assert bare, _organisations(raw)  # extract's own id is the global one …
    own = _organisations(printed)
    assert "organization:bestyrelse" not in own.values()  # … the printed one the document's
    graph_ids = set(resolve([extract_facts(parse_meeting(read_source(minutes)))]).nodes)
    assert set(own.values()) <= graph_ids
    ends = {end for r in printed["relations"] for end in (r["source"], r["target"])}
    assert "organization:bestyrelse" not in ends and set(own.values()) & ends  # the relations name the new id


def test_an_entity_its_document_does_not_decide_keeps_its_id() -> None:
    facts = {
        "source": "x.txt",
        "sha256": "ab" * 32,
        "municipality": None,
        "entities": [{"id": "organization:kl", "type": "Organization", "name": "KL", "aliases": [], "properties": {}}],
        "relations": [],
    }
    assert with_document_ids(facts) == facts
