"""benchmarks.realworld_compare: a diff lists the totals and documents that moved, and a rule writer never
sees a test document one by one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks import realworld_compare


def _scoring(path: Path, items_right: int, test_items_right: int) -> Path:
    docs = {
        "dev-a": {"group": "dev-write", "publisher": "P", "scores": {"items": [items_right, 5]}},
        "test-a": {"group": "test", "publisher": "Q", "scores": {"items": [test_items_right, 4]}},
    }
    totals = {"dev-write": {"items": [items_right, 5]}, "dev-check": {}, "test": {"items": [test_items_right, 4]}}
    path.write_text(json.dumps({"totals": totals, "docs": docs}), encoding="utf-8")
    return path


def test_diff_lists_moved_totals_and_dev_documents_but_no_test_document(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(realworld_compare, "COORDINATOR", False)
    before = _scoring(tmp_path / "a.json", 3, 2)
    after = _scoring(tmp_path / "b.json", 4, 1)
    realworld_compare.diff(before, after, show_docs=True)
    out = capsys.readouterr().out
    assert "| dev-write | items | 3/5 (60%) | 4/5 (80%) |" in out
    assert "| test | items | 2/4 (50%) | 1/4 (25%) |" in out
    assert "dev-write dev-a: items [3, 5] -> [4, 5]" in out
    assert "test-a" not in out


def test_the_coordinator_sees_test_documents(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(realworld_compare, "COORDINATOR", True)
    realworld_compare.diff(_scoring(tmp_path / "a.json", 3, 2), _scoring(tmp_path / "b.json", 3, 1), show_docs=True)
    out = capsys.readouterr().out
    assert "test test-a: items [2, 4] -> [1, 4]" in out
    assert "dev-a" not in out  # unchanged documents are not listed


def test_unchanged_scorings_print_no_rows(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    realworld_compare.diff(_scoring(tmp_path / "a.json", 3, 2), _scoring(tmp_path / "b.json", 3, 2), show_docs=True)
    assert capsys.readouterr().out.strip().splitlines()[-1] == "|---|---|---|---|"
