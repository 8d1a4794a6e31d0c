"""The seeds through the whole pipeline: the gold adoptions come out, the leaked password never does."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graphbuild.cli import app

runner = CliRunner()
SECRET = "21Albertslund"


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> Path:
    store = tmp_path_factory.mktemp("seed-store")
    result = runner.invoke(app, ["build", str(seeds_dir), "--store", str(store), "--json"])
    assert result.exit_code == 0, result.stderr
    return store


def test_adopters_of_kl_play_over_the_seeds(seed_store: Path, gold: dict[str, object]) -> None:
    result = runner.invoke(
        app, ["query", "adopters", "-p", "initiative=KL Play", "--format", "json", "--store", str(seed_store)]
    )
    assert result.exit_code == 0, result.stderr
    rows = json.loads(result.stdout)
    found = {(row["municipality"], row["date"]) for row in rows}
    assert ("Kalundborg", "2021-02-22") in found
    assert ("Albertslund", "2021-04-06") in found
    albertslund = next(row for row in rows if row["municipality"] == "Albertslund")
    assert albertslund["date_is"] == "on or before"


def test_the_seed_password_reaches_no_output(seed_store: Path, seeds_dir: Path, tmp_path: Path) -> None:
    assert SECRET in (seeds_dir / "001_23f430a40fc467d1.txt").read_text(encoding="utf-8")
    outputs: list[str] = []
    extracted = runner.invoke(app, ["extract", str(seeds_dir), "--json"])
    outputs.append(extracted.stdout)
    for fmt, target in (("json", tmp_path / "g.json"), ("graphml", tmp_path / "g.graphml"), ("csv", tmp_path / "csv")):
        assert runner.invoke(app, ["export", "-f", fmt, "-o", str(target), "--store", str(seed_store)]).exit_code == 0
        files = [target] if target.is_file() else sorted(target.iterdir())
        outputs.extend(f.read_text(encoding="utf-8") for f in files)
    page = tmp_path / "overview.html"
    assert runner.invoke(app, ["viz", "overview", "-o", str(page), "--store", str(seed_store)]).exit_code == 0
    outputs.append(page.read_text(encoding="utf-8"))
    everything = "MATCH (n) RETURN n.name AS name, n.aliases AS aliases"
    cypher = runner.invoke(app, ["cypher", everything, "-f", "json", "--store", str(seed_store)])
    outputs.append(cypher.stdout)
    for text in outputs:
        assert text
        assert SECRET not in text
        assert "Sundhed-Albertslund" not in text  # the shared login name
