"""Every benchmark and tool module of benchmarks/ that runs as ``python -m benchmarks.NAME`` answers ``--help`` with
its usage and exits 0, doing nothing else (``store_digest`` without a store, ``bench_parse`` before it generated a
corpus, ``realworld_sources`` before it wrote sources.csv)."""

from __future__ import annotations

import importlib
import inspect
import re
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
_RUNS_AS_MAIN = re.compile(r"^if __name__ == .__main__.:", re.MULTILINE)
MODULES = sorted(path.stem for path in BENCHMARKS.glob("*.py") if _RUNS_AS_MAIN.search(path.read_text("utf-8")))


def test_the_modules_that_run_are_found() -> None:
    assert {"bench_parse", "store_digest", "same_output", "realworld", "pattern_growth"} <= set(MODULES)
    assert "realworld_sources" in MODULES and "__init__" not in MODULES


@pytest.mark.parametrize("name", MODULES)
def test_help_prints_the_usage_and_exits_0(
    name: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    module = importlib.import_module(f"benchmarks.{name}")
    main = module.main
    monkeypatch.setattr("sys.argv", [f"benchmarks/{name}.py", "--help"])
    with pytest.raises(SystemExit) as stopped:
        main(["--help"]) if inspect.signature(main).parameters else main()
    assert stopped.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: "), out[:200]
