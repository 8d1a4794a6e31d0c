"""A build whose facts all come from the extraction cache, into a store with no index yet, reads each
document's text again for the search index (the cached facts name only the file, not its path)."""

from __future__ import annotations

from pathlib import Path

from graphbuild.pipeline import build
from graphbuild.store.base import StoreTarget


def test_a_build_from_the_cache_into_a_new_store_indexes_every_text(examples_dir: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = build([examples_dir], StoreTarget(store_dir=tmp_path / "first"), cache_dir=cache, workers=1)
    assert first.index.from_extraction == first.documents > 0
    second = build([examples_dir], StoreTarget(store_dir=tmp_path / "second"), cache_dir=cache, workers=1)
    assert second.from_cache == second.documents
    assert (second.index.read_again, second.index.missing) == (second.documents, 0)
