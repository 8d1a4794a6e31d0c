"""The extraction cache: hits by content hash and version, atomic entries, pruning."""

from __future__ import annotations

from pathlib import Path

from graphbuild.extraction_cache import ExtractionCache
from graphbuild.models import DocumentFacts


def facts(sha: str, source: str = "a.txt") -> DocumentFacts:
    return DocumentFacts(source=source, sha256=sha, format="txt", body="Byrådet")


def test_a_put_entry_comes_back_equal(tmp_path: Path) -> None:
    cache = ExtractionCache(tmp_path)
    cache.put(facts("ab" * 32), "1")
    assert cache.get("ab" * 32, "1") == facts("ab" * 32)


def test_another_version_or_hash_misses(tmp_path: Path) -> None:
    cache = ExtractionCache(tmp_path)
    cache.put(facts("ab" * 32), "1")
    assert cache.get("ab" * 32, "2") is None
    assert cache.get("cd" * 32, "1") is None
    assert cache.get("", "1") is None


def test_a_torn_entry_is_a_miss_not_an_error(tmp_path: Path) -> None:
    cache = ExtractionCache(tmp_path)
    cache.put(facts("ab" * 32), "1")
    entry = next(tmp_path.rglob("*.json"))
    entry.write_bytes(entry.read_bytes()[:10])
    assert cache.get("ab" * 32, "1") is None


def test_prune_keeps_only_the_corpus_of_this_version(tmp_path: Path) -> None:
    cache = ExtractionCache(tmp_path)
    for sha in ("aa" * 32, "bb" * 32):
        cache.put(facts(sha), "1")
    cache.put(facts("aa" * 32), "0")
    assert cache.prune({"aa" * 32}, "1") == 2
    assert cache.get("aa" * 32, "1") is not None
    assert cache.get("bb" * 32, "1") is None
    assert cache.get("aa" * 32, "0") is None


def test_prune_of_a_missing_directory_removes_nothing(tmp_path: Path) -> None:
    assert ExtractionCache(tmp_path / "none").prune(set(), "1") == 0
