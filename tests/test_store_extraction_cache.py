"""The per-document extraction cache: keyed by content hash and extractor version, atomic, prunable."""

from __future__ import annotations

import hashlib
from pathlib import Path

from graphbuild.extraction_cache import ExtractionCache
from graphbuild.models import DocumentFacts, Entity, ItemFacts


def facts_for(text: str) -> DocumentFacts:
    sha = hashlib.sha256(text.encode()).hexdigest()
    return DocumentFacts(
        source=f"{sha[:6]}.txt",
        sha256=sha,
        format="txt",
        kind="referat",
        items=[ItemFacts(number="1", title="Godkendelse", public=True, case_numbers=["00.01.00"], outcome="approved")],
        entities=[Entity(id="municipality:0326", type="Municipality", name="Kalundborg", aliases=["Kalundborg K."])],
    )


def test_put_then_get_gives_the_same_facts(tmp_path: Path) -> None:
    cache = ExtractionCache(tmp_path / "cache")
    facts = facts_for("dokument 1")
    cache.put(facts, "v1")
    assert cache.get(facts.sha256, "v1") == facts
    assert cache.entry_count() == 1
    assert ExtractionCache(tmp_path / "empty")  # truthy even when empty


def test_another_extractor_version_or_hash_misses(tmp_path: Path) -> None:
    cache = ExtractionCache(tmp_path / "cache")
    facts = facts_for("dokument 1")
    cache.put(facts, "v1")
    assert cache.get(facts.sha256, "v2") is None
    assert cache.get(facts_for("dokument 2").sha256, "v1") is None
    assert cache.get("", "v1") is None
    assert cache.get("../../etc/passwd", "v1") is None


def test_a_damaged_entry_is_a_miss_not_an_error(tmp_path: Path) -> None:
    cache = ExtractionCache(tmp_path / "cache")
    facts = facts_for("dokument 1")
    cache.put(facts, "v1")
    entry = next((tmp_path / "cache").glob("*/*.json"))
    entry.write_text('{"extractor_version": "v1", "facts": {"source": 1', encoding="utf-8")
    assert cache.get(facts.sha256, "v1") is None
    cache.put(facts, "v1")
    assert cache.get(facts.sha256, "v1") == facts


def test_an_entry_under_the_wrong_hash_is_a_miss(tmp_path: Path) -> None:
    cache = ExtractionCache(tmp_path / "cache")
    one, two = facts_for("dokument 1"), facts_for("dokument 2")
    cache.put(one, "v1")
    cache.put(two, "v1")
    first = next((tmp_path / "cache").glob(f"*/{one.sha256}.json"))
    second = next((tmp_path / "cache").glob(f"*/{two.sha256}.json"))
    first.write_bytes(second.read_bytes())
    assert cache.get(one.sha256, "v1") is None


def test_prune_keeps_only_the_documents_still_there(tmp_path: Path) -> None:
    cache = ExtractionCache(tmp_path / "cache")
    kept, gone = facts_for("bliver"), facts_for("slettet")
    cache.put(kept, "v1")
    cache.put(gone, "v1")
    assert cache.prune(keep={kept.sha256}) == 1
    assert cache.get(kept.sha256, "v1") == kept
    assert cache.get(gone.sha256, "v1") is None


def test_a_cache_that_cannot_be_written_only_misses(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    cache = ExtractionCache(blocker / "cache")
    facts = facts_for("dokument")
    cache.put(facts, "v1")
    assert cache.get(facts.sha256, "v1") is None
    assert cache.prune(keep=set()) == 0
