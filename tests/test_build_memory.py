"""What the build's processes hand back between stages (graphbuild.process_memory.return_freed_memory):
each worker after each resolve batch and item-context share, the main process after resolve and before
the store; and the workers are gone before the store loads."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import psutil
import pyarrow as pa
import pytest

from benchmarks.generate import generate_corpus
from graphbuild import build_extract, pipeline
from graphbuild.build_extract import returning_memory
from graphbuild.process_memory import glibc, return_freed_memory
from graphbuild.store.base import StoreTarget


@pytest.mark.skipif(not glibc(), reason="malloc_trim is glibc's")
def test_freed_pyarrow_and_heap_memory_goes_back_to_the_system() -> None:
    process = psutil.Process()
    table = pa.table({"text": pa.array([f"{number:020d}" for number in range(2_000_000)])})
    for _ in range(3):  # the pool keeps the pages of what is freed, as a resolve batch's tables were
        table.column("text").to_pylist()
        table = pa.concat_tables([table]).combine_chunks()
    del table
    before = process.memory_info().rss
    return_freed_memory()
    assert before - process.memory_info().rss > 40 * 2**20


def test_a_worker_task_hands_memory_back_after_its_result_and_after_a_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    returned: list[str] = []
    monkeypatch.setattr(build_extract, "return_freed_memory", lambda **_: returned.append("returned"))
    assert returning_memory(lambda a, b: a + b, 2, 3) == 5
    with pytest.raises(ZeroDivisionError):
        returning_memory(lambda: 1 / 0)
    assert returned == ["returned", "returned"]


def test_a_worker_task_runs_no_full_collection_and_the_main_process_does(monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker's batch is freed by its counts; a full collection after each walked everything the worker
    kept from extraction for nothing. The main process's two hand-backs still collect."""
    collections: list[str] = []

    def collect(*_: int) -> int:
        collections.append("collected")
        return 0

    monkeypatch.setattr("gc.collect", collect)
    returning_memory(lambda: None)
    assert collections == []
    return_freed_memory()
    assert collections == ["collected"]


def test_the_workers_are_gone_and_memory_returned_before_the_store_loads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "corpus"
    generate_corpus(70, 5, corpus, formats=["txt"])  # above PARALLEL_THRESHOLD: the pool is used
    seen: dict[str, Any] = {"returned": 0}
    store = pipeline._store

    def counting_return() -> None:
        seen["returned"] += 1
        return_freed_memory()

    before = set(psutil.Process().children(recursive=True))  # not the build's: e.g. the session's Neo4j server

    def checking_store(*args: Any, **kwargs: Any) -> None:
        seen["children"] = [child for child in psutil.Process().children(recursive=True) if child not in before]
        seen["returned_before_store"] = seen["returned"]
        store(*args, **kwargs)

    monkeypatch.setattr(pipeline, "return_freed_memory", counting_return)
    monkeypatch.setattr(pipeline, "_store", checking_store)
    report = pipeline.build([corpus], StoreTarget(store_dir=tmp_path / "store"), workers=2)
    assert report.documents == 70
    assert seen["children"] == []
    assert seen["returned_before_store"] == 2  # after resolve, and after the workers ended
