"""The streaming build stores exactly the graph the whole-corpus resolve made (kept in
tests/reference_resolve.py as the reference): same nodes, same relationships, same properties,
however the documents fall into batches and workers."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import reference_resolve
from reference_changes import followed_facts

from benchmarks.generate import generate_corpus
from graphbuild import build_resolve, pipeline
from graphbuild.build_extract import extract_corpus
from graphbuild.changes import FACTS_FILE
from graphbuild.models import Graph
from graphbuild.pipeline import build
from graphbuild.publish import index_dir
from graphbuild.resolve import resolve
from graphbuild.store.base import StoreTarget
from graphbuild.store.opening import open_store
from graphbuild.textindex import INDEX_FILE, SearchIndex


def stored(target: StoreTarget) -> Graph:
    store = open_store(target)
    try:
        return store.read_graph()
    finally:
        store.close()


def assert_same(built: Graph, expected: Graph) -> None:
    assert set(built.nodes) == set(expected.nodes)
    assert set(built.rels) == set(expected.rels)
    assert [n for n in expected.nodes if built.nodes[n] != expected.nodes[n]] == []
    assert [r for r in expected.rels if built.rels[r] != expected.rels[r]] == []


def corpus_of(tmp_path: Path, *folders: Path) -> Path:
    corpus = tmp_path / "corpus"
    for number, folder in enumerate(folders):
        shutil.copytree(folder, corpus / str(number), ignore=shutil.ignore_patterns("*.json", "README*"))
    return corpus


@pytest.mark.seeds
def test_seeds_and_examples_build_the_graph_of_the_reference_resolve(
    seeds_dir: Path, examples_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = corpus_of(tmp_path, seeds_dir, examples_dir)
    (corpus / "twice.txt").write_bytes(next(seeds_dir.glob("*.txt")).read_bytes())  # one content, two files
    expected = reference_resolve.resolve(extract_corpus([corpus], None, workers=1))
    assert len(expected.nodes) > 100 and len(expected.rels) > 100
    monkeypatch.setattr(build_resolve, "BATCH_DOCUMENTS", 2)  # shared nodes and facts merged across batches
    target = StoreTarget(store_dir=tmp_path / "store")
    report = build([corpus], target, workers=1)
    assert_same(stored(target), expected)
    assert report.counts == expected.counts()
    assert resolve(extract_corpus([corpus], None, workers=1)) == expected  # in memory, the same steps
    live = index_dir(target)
    assert live is not None
    documents, entities = SearchIndex(live / INDEX_FILE).count()
    assert documents == sum(1 for n in expected.nodes.values() if n.label == "Document")
    assert entities == report.index.entities > 0
    assert json.loads((live / FACTS_FILE).read_text(encoding="utf-8")) == followed_facts(expected)


@pytest.mark.slow
def test_a_generated_corpus_on_two_workers_builds_the_graph_of_the_reference_resolve(tmp_path: Path) -> None:
    corpus = tmp_path / "generated"
    generate_corpus(160, 5, corpus, formats=["txt", "md", "html"])
    (corpus / "truth.json").unlink()
    expected = reference_resolve.resolve(extract_corpus([corpus], None, workers=1))
    target = StoreTarget(store_dir=tmp_path / "store")
    report = build([corpus], target, workers=2, cache_dir=tmp_path / "cache")
    assert report.extracted == 160
    assert_same(stored(target), expected)
    again = build([corpus], target, workers=2, cache_dir=tmp_path / "cache")  # every document from the cache
    assert again.from_cache == 160 and again.index.reused == again.index.documents
    assert_same(stored(target), expected)


def test_the_scratch_of_a_killed_build_is_removed_and_a_running_ones_kept(tmp_path: Path) -> None:
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    killed = tmp_path / f"{pipeline.SCRATCH_PREFIX}{dead.pid}-abc"
    running = tmp_path / f"{pipeline.SCRATCH_PREFIX}{os.getpid()}-def"
    for directory in (killed, running):
        (directory / "spool").mkdir(parents=True)
        (directory / "spool" / "spool-1.bin").write_bytes(b"x" * 100)
    assert pipeline.remove_orphaned_scratch(tmp_path) == 1
    assert not killed.exists() and running.exists()
