"""Incremental builds: with the extraction cache only an added or changed document is extracted
again, and the graph equals a from-scratch build of the same corpus."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from graphbuild.build_extract import extract_corpus
from graphbuild.models import Graph
from graphbuild.pipeline import build
from graphbuild.resolve import resolve
from graphbuild.store.base import StoreTarget
from graphbuild.store.opening import open_store

pytestmark = pytest.mark.seeds


def stored_graph(target: StoreTarget) -> Graph:
    store = open_store(target)
    try:
        return store.read_graph()
    finally:
        store.close()


def from_scratch(corpus: Path) -> Graph:
    """What a fresh build of ``corpus`` stores: every document extracted anew (no cache), resolved.
    (The store gives back exactly the graph it was given: test_store_ladybug checks that.)"""
    return resolve(extract_corpus([corpus], None, workers=1))


def test_only_the_touched_document_is_extracted_and_the_graph_equals_a_fresh_build(
    seeds_dir: Path, tmp_path: Path
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    seeds = sorted(seeds_dir.glob("*.txt"))
    for seed in seeds[:-1]:
        shutil.copy(seed, corpus / seed.name)
    target = StoreTarget(store_dir=tmp_path / "store")
    cache = tmp_path / "cache"

    first = build([corpus], target, cache_dir=cache, workers=1)
    assert (first.extracted, first.from_cache) == (len(seeds) - 1, 0)

    shutil.copy(seeds[-1], corpus / seeds[-1].name)  # add one
    added = build([corpus], target, cache_dir=cache, workers=1)
    assert (added.extracted, added.from_cache) == (1, len(seeds) - 1)
    assert stored_graph(target) == from_scratch(corpus)

    changed_path = corpus / seeds[0].name  # change one
    changed_path.write_text(changed_path.read_text(encoding="utf-8") + "\nTilføjet linje.\n", encoding="utf-8")
    changed = build([corpus], target, cache_dir=cache, workers=1)
    assert (changed.extracted, changed.from_cache) == (1, len(seeds) - 1)
    assert stored_graph(target) == from_scratch(corpus)

    (corpus / seeds[1].name).unlink()  # delete one
    deleted = build([corpus], target, cache_dir=cache, workers=1)
    assert (deleted.extracted, deleted.from_cache) == (0, len(seeds) - 1)
    assert stored_graph(target) == from_scratch(corpus)
