"""The build pipeline: one document's failure, of any kind, is reported and the rest go on."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphbuild import build_extract
from graphbuild.build_extract import Extractor, extract_corpus
from graphbuild.build_report import BuildReport
from graphbuild.errors import SourceError
from graphbuild.extraction_cache import ExtractionCache


def test_an_unexpected_error_in_one_document_becomes_its_failure(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, examples_dir: Path
) -> None:
    good = next(examples_dir.rglob("*.txt"))
    bad = tmp_path / "bad.txt"
    bad.write_text("Referat\n", encoding="utf-8")
    real = build_extract.read_extract_and_text

    def flaky(path: Path) -> object:
        if path == bad:
            raise RuntimeError("a bug in a later stage")
        return real(path)

    monkeypatch.setattr(build_extract, "read_extract_and_text", flaky)
    report = BuildReport()
    facts = extract_corpus([good, bad], None, workers=1, report=report)
    assert [f.source for f in facts] == [good.name]
    assert report.failures == [f"{bad}: internal error (RuntimeError); please report it"]
    assert report.exit_code == 2


def test_a_second_extraction_comes_from_the_cache(tmp_path: Path, examples_dir: Path) -> None:
    cache = ExtractionCache(tmp_path / "cache")
    first, second = BuildReport(), BuildReport()
    one = extract_corpus([examples_dir], cache, workers=1, report=first)
    two = extract_corpus([examples_dir], cache, workers=1, report=second)
    assert first.extracted == len(one) and first.from_cache == 0
    assert second.extracted == 0 and second.from_cache == len(two) == len(one)
    assert one == two


def test_source_errors_are_not_wrapped(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    report = BuildReport()
    assert extract_corpus([empty], None, workers=1, report=report) == []
    assert len(report.failures) == 1 and "empty.txt" in report.failures[0]
    assert "internal error" not in report.failures[0]
    assert isinstance(Extractor(tmp_path, None, None)(empty), SourceError)


def test_a_step_that_fails_on_a_document_is_a_warning_naming_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, examples_dir: Path
) -> None:
    """A rule that raises loses that rule's facts for the document, never silently: the build keeps
    the document's other facts and warns, naming the file and the step."""
    from graphbuild.extract import core

    def broken(ctx: object) -> None:
        raise KeyError("a bug in a rule")

    monkeypatch.setattr(core, "STEPS", (*core.STEPS, ("roles-again", broken)))
    documents = sorted(examples_dir.rglob("*.txt"))[:2]
    report = BuildReport()
    facts = extract_corpus(documents, None, workers=1, report=report)
    assert len(facts) == 2 and all(f.entities for f in facts)
    assert report.failures == [] and report.exit_code == 0
    assert report.warnings == [
        f"{path}: extract roles-again: KeyError: 'a bug in a rule'; its other facts were kept (please report it)"
        for path in documents
    ]


def test_notes_on_a_document_are_not_failures() -> None:
    from graphbuild.extract import failures_of

    notes = ["no agenda items found", "no meeting date found", "extract roles: ValueError: x", "parse failed: E: y"]
    assert failures_of(notes) == ["extract roles: ValueError: x", "parse failed: E: y"]
