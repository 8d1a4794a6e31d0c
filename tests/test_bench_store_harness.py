"""benchmarks.bench_store: without the Neo4j harness's resolved classpath the benchmark says what is missing and how
to set it up, instead of a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

import benchmarks.bench_store as bench_store


def test_a_missing_harness_classpath_stops_with_a_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bench_store, "SERVER_DIR", tmp_path)
    with pytest.raises(SystemExit) as stopped, bench_store.harness_server():
        pass
    message = str(stopped.value)
    assert str(tmp_path / "cp.txt") in message and "--neo4j" in message and "scripts/test" in message
