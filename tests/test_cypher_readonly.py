"""`kommunegraf cypher`: ad hoc Cypher runs read-only on both engines, and writes are refused."""

from __future__ import annotations

import pytest

from graphbuild import querypacks
from graphbuild.errors import UserError
from graphbuild.querypacks import run_read_only
from graphbuild.store.base import GraphStore

WRITES = [
    "CREATE (n:Municipality {id: 'municipality:9999', name: 'Nowhere'})",
    "MATCH (n:Municipality {id: 'municipality:0326'}) SET n.name = 'Renamed'",
    "MATCH (n:Municipality {id: 'municipality:0326'}) DETACH DELETE n",
    "MERGE (n:Municipality {id: 'municipality:9999'})",
]
COUNT = "MATCH (n:Municipality) RETURN count(n) AS municipalities"


@pytest.fixture(params=["ladybug", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def store(request: pytest.FixtureRequest) -> GraphStore:
    found: GraphStore = request.getfixturevalue(f"{request.param}_store")
    return found


def test_reads_answer_with_named_columns(store: GraphStore) -> None:
    result = run_read_only(
        store,
        "MATCH (m:Municipality) WHERE m.code = $code RETURN m.name AS name, m.aliases AS aliases",
        {"code": "0326"},
        timeout_s=10,
    )
    assert result.columns == ["name", "aliases"]
    assert result.rows == [["Kalundborg", ["Kalundborg Kommune"]]]


@pytest.mark.parametrize("cypher", WRITES)
def test_writes_are_refused_before_they_run(store: GraphStore, cypher: str) -> None:
    with pytest.raises(UserError, match="refused"):
        run_read_only(store, cypher, {}, timeout_s=10)
    assert run_read_only(store, COUNT, {}, timeout_s=10).rows == [[5]]


@pytest.mark.parametrize("cypher", WRITES)
def test_the_engine_refuses_writes_that_pass_the_keyword_check(
    store: GraphStore, cypher: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Switch off the first guard to show that the second one (the engine's) holds on its own.
    monkeypatch.setattr(querypacks, "write_word", lambda _cypher: None)
    with pytest.raises(UserError) as caught:
        run_read_only(store, cypher, {}, timeout_s=10)
    assert "\n" not in str(caught.value)
    monkeypatch.undo()
    assert run_read_only(store, COUNT, {}, timeout_s=10).rows == [[5]]
    assert run_read_only(store, "MATCH (n:Municipality {id: 'municipality:9999'}) RETURN n.id AS id", {}, 10).rows == []


def test_a_broken_query_is_one_line(store: GraphStore) -> None:
    with pytest.raises(UserError) as caught:
        run_read_only(store, "MATCH (n:Municipality RETURN n", {}, timeout_s=10)
    message = str(caught.value)
    assert message.startswith("query failed") and "\n" not in message


def test_an_empty_query_is_refused(ladybug_store: GraphStore) -> None:
    with pytest.raises(UserError, match="empty"):
        run_read_only(ladybug_store, "  ", {}, timeout_s=10)


def test_user_text_stays_a_parameter(store: GraphStore) -> None:
    hostile = "x' }) DETACH DELETE n //"
    result = run_read_only(store, "MATCH (n:Person) WHERE n.name = $name RETURN n.id AS id", {"name": hostile}, 10)
    assert result.rows == []
    assert run_read_only(store, COUNT, {}, timeout_s=10).rows == [[5]]
