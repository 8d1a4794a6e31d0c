"""Records kept on disk: the external sort gives them back in key order however many runs it took,
and partitions keep every record of a key together, in the order added."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from graphbuild import spill
from graphbuild.spill import Partitions, SortedSpill


def test_records_come_back_in_key_order_across_many_runs(tmp_path: Path) -> None:
    rng = random.Random(3)
    pairs = [([rng.choice("abcdef"), rng.randrange(50)], {"n": n}) for n in range(1000)]
    spill = SortedSpill(tmp_path, "t", run_rows=37)
    for key, record in pairs:
        spill.add(key, record)
    assert len(list(tmp_path.glob("t-run*.jsonl"))) >= 27  # it really went to disk
    expected = [record for _key, record in sorted(pairs, key=lambda pair: pair[0])]  # stable: ties as added
    assert list(spill) == expected
    assert list(spill) == expected  # and may be read again


def test_a_small_spill_needs_no_file(tmp_path: Path) -> None:
    spill = SortedSpill(tmp_path, "t")
    for key in ["b", "a", "c"]:
        spill.add(key, key.upper())
    assert list(spill) == ["A", "B", "C"] and not list(tmp_path.glob("*.jsonl"))


def test_partitions_keep_a_keys_records_together_in_order(tmp_path: Path) -> None:
    parts = Partitions(tmp_path, "p", 7)
    keys = [f"case:{n % 40}" for n in range(400)]
    for order, key in enumerate(keys):
        parts.add(key, [key, order])
    seen: dict[str, list[int]] = {}
    for number, records in parts.partitions():
        for key, order in records:
            assert parts.number(key) == number
            seen.setdefault(key, []).append(order)
    assert seen == {key: [o for o, k in enumerate(keys) if k == key] for key in set(keys)}


def test_more_files_than_may_be_open_are_merged_in_rounds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(spill, "MAX_OPEN", 3)
    rng = random.Random(5)
    paths, every = [], []
    for number in range(11):
        keys = sorted(rng.randrange(100) for _ in range(20))
        every += keys
        path = tmp_path / f"in{number}.jsonl"
        path.write_text("".join(f"[{key}, {number}]\n" for key in keys), encoding="utf-8")
        paths.append(path)
    (tmp_path / "scratch").mkdir()
    merged = list(spill.merge_sorted_files(paths, lambda line: line[0], tmp_path / "scratch"))
    assert [key for key, _ in merged] == sorted(every)
    assert list(tmp_path.glob("scratch/merge-1-*"))  # a second round was needed
    spilled = spill.SortedSpill(tmp_path / "s", "t", run_rows=2)
    for key in every:
        spilled.add(key, key)
    assert list(spilled) == sorted(every)
