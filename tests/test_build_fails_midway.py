"""A build that fails half-way through the store's load or its publishing: one clear line, and the previous
graph stays live and answers as before (its counts and a pack's rows, read by the commands a user runs)."""

from __future__ import annotations

import errno
import json
import signal
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from bad_inputs import write_good
from typer.testing import CliRunner, Result

import graphbuild.store.ladybug as ladybug_store
from graphbuild.cli import app


def _run(*args: str) -> Result:
    return CliRunner().invoke(app, list(args))


def _answers(store: Path) -> tuple[str, str]:
    """What the live graph answers: its counts, and the adopters of the initiative the good minutes adopt."""
    stats = _run("stats", "--store", str(store), "--json")
    assert stats.exit_code == 0, stats.output
    rows = _run("query", "adopters", "--param", "initiative=KL Play: Sundhed og Social", "--store", str(store))
    assert rows.exit_code == 0, rows.output
    return stats.stdout, rows.stdout


@dataclass(frozen=True)
class Previous:
    """A store built from one minutes, what its graph answers and the graphs on disk, and a larger corpus for the
    build that fails."""

    store: Path
    large: Path
    answers: tuple[str, str]
    live: list[str]

    def build(self) -> Result:
        """The larger corpus's build into the store."""
        return _run("build", str(self.large), "--store", str(self.store), "--no-cache")

    def assert_kept(self) -> None:
        """The previous graph stays live, answers as before, and is the only one on disk."""
        assert _answers(self.store) == self.answers
        assert _generations(self.store) == self.live


@pytest.fixture
def previous(tmp_path: Path) -> Previous:
    store, small, large = tmp_path / "store", tmp_path / "small", tmp_path / "large"
    write_good(small, 1)
    write_good(large, 3)
    first = _run("build", str(small), "--store", str(store), "--json", "--no-cache")
    assert first.exit_code == 0, first.output
    answers = _answers(store)
    assert json.loads(answers[0])["Document"] == 1 and "Kalundborg" in answers[1]
    return Previous(store, large, answers, _generations(store))


def _failing_load(monkeypatch: pytest.MonkeyPatch, fail: Callable[[], None]) -> None:
    """``fail()`` runs in the store's load after its third table was copied."""
    real = ladybug_store.create_database

    def create_database(path: Path, tables: Any, schema: Any, progress: Any = None, *a: Any, **k: Any) -> None:
        def step(stage: str, done: int, total: int) -> None:
            if progress:
                progress(stage, done, total)
            if done == 3:
                fail()

        real(path, tables, schema, step, *a, **k)

    monkeypatch.setattr(ladybug_store, "create_database", create_database)


def _generations(store: Path) -> list[str]:
    """The graphs on disk: the live one alone once a failed build gave its own room back (it stayed until the next
    build, holding a full disk full)."""
    return sorted(path.name for path in (store / "generations").iterdir())


def _one_error_line(result: Result, exit_code: int) -> str:
    assert result.exit_code == exit_code, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    return lines[0]


def test_ctrl_c_during_the_load_keeps_the_previous_graph(previous: Previous, monkeypatch: pytest.MonkeyPatch) -> None:
    _failing_load(monkeypatch, lambda: signal.raise_signal(signal.SIGINT))  # a real SIGINT, to this process
    assert _one_error_line(previous.build(), 130) == "interrupted"
    previous.assert_kept()
    monkeypatch.undo()
    again = _run("build", str(previous.large), "--store", str(previous.store), "--json", "--no-cache")
    assert again.exit_code == 0 and json.loads(again.stdout)["counts"]["Document"] == 3


def test_an_engine_failure_during_the_load_keeps_the_previous_graph(
    previous: Previous, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail() -> None:
        raise RuntimeError("Copy exception: injected")

    _failing_load(monkeypatch, fail)
    line = _one_error_line(previous.build(), 1)
    assert line == f"error: writing the graph to {previous.store} failed: Copy exception: injected"
    previous.assert_kept()


def test_a_full_disk_while_publishing_is_one_clear_error_and_keeps_the_previous_graph(
    previous: Previous, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the disk filled by the load itself, so the new CURRENT cannot be written: it was a traceback
    def publish(store_dir: Path, generation: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(ladybug_store, "publish", publish)
    line = _one_error_line(previous.build(), 1)
    assert line.startswith(f"error: publishing the graph in {previous.store} failed: ") and "space" in line
    previous.assert_kept()


def test_a_generation_that_cannot_be_made_is_one_clear_error(
    previous: Previous, monkeypatch: pytest.MonkeyPatch
) -> None:
    def new_generation(store_dir: Path) -> Path:
        raise OSError(errno.EDQUOT, "Disk quota exceeded")

    monkeypatch.setattr(ladybug_store, "new_generation", new_generation)
    line = _one_error_line(previous.build(), 1)
    assert line.startswith(f"error: writing the graph to {previous.store} failed: ") and "quota" in line.lower()
    previous.assert_kept()


def test_running_out_of_memory_during_the_load_is_one_clear_error(
    previous: Previous, monkeypatch: pytest.MonkeyPatch
) -> None:
    # it was a MemoryError traceback
    def fail() -> None:
        raise MemoryError

    _failing_load(monkeypatch, fail)
    assert _one_error_line(previous.build(), 1) == "error: out of memory"
    previous.assert_kept()
