"""What each build changed: facts added and removed, kept beside the graph and printed by `changes`."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime
from pathlib import Path

from reference_changes import record_changes
from test_cli import run

from graphbuild.changes import BuildChanges, read_log, rows, select, since_start
from graphbuild.graph_builder import GraphBuilder
from graphbuild.models import Graph


def _graph(adopters: list[str], chair: str) -> Graph:
    b = GraphBuilder()
    play = b.initiative("KL Play")
    dassos = b.organization("DASSOS", kind="network")
    for code, name in [("0326", "Kalundborg"), ("0615", "Horsens"), ("0730", "Randers")]:
        town = b.municipality(code, name)
        if name in adopters:
            b.rel("ADOPTED", town, play, "aaaaaaaaaaaaaaaa", date="2021-03-08", date_is="on")
    b.rel("HOLDS_ROLE", b.person(chair), dassos, "aaaaaaaaaaaaaaaa", role="formand")
    return b.graph


def test_a_build_records_what_it_added_and_removed_since_the_previous(tmp_path: Path) -> None:
    first, second = tmp_path / "gen1", tmp_path / "gen2"
    first.mkdir(), second.mkdir()
    one = record_changes(first, None, _graph(["Kalundborg"], "Anne Holm"), now=datetime(2026, 11, 1, tzinfo=UTC))
    assert one.build == 1 and {f["kind"] for f in one.added} == {"ADOPTED", "HOLDS_ROLE"} and not one.removed
    two = record_changes(second, first, _graph(["Kalundborg", "Horsens"], "Lise Jakobsen"))
    assert two.build == 2
    assert [(f["kind"], f["source"]) for f in two.added] == [("ADOPTED", "Horsens"), ("HOLDS_ROLE", "Lise Jakobsen")]
    assert [(f["kind"], f["source"], f["role"]) for f in two.removed] == [("HOLDS_ROLE", "Anne Holm", "formand")]
    log = read_log(second)
    assert [e.build for e in log] == [1, 2]  # the log carries the earlier builds forward
    assert read_log(first) == [one]  # the previous generation is never written to
    assert [e.build for e in select(log, since="2026-11-15")] == [2]  # build 1 ran on 2026-11-01
    assert select(log, build=1) == [one]
    columns, table = rows([two])
    assert columns[:4] == ["build", "at", "change", "kind"] and {r[2] for r in table} == {"added", "removed"}


def test_the_changes_command_reads_the_log_of_the_live_graph(tmp_path: Path, examples_dir: Path) -> None:
    corpus, store = tmp_path / "in", tmp_path / "store"
    corpus.mkdir()
    shutil.copytree(examples_dir / "kalundborg", corpus / "kalundborg")
    code, _, stderr = run("changes", "--store", str(store))
    assert code == 1 and "no graph at" in stderr  # nothing built yet: said in words
    assert run("build", str(corpus), "--store", str(store))[0] == 0
    shutil.rmtree(corpus / "kalundborg")
    shutil.copytree(examples_dir / "randers", corpus / "randers")
    assert run("build", str(corpus), "--store", str(store))[0] == 0
    code, stdout, _ = run("changes", "--build", "2", "--store", str(store), "-f", "json")
    assert code == 0
    changes = json.loads(stdout)
    assert {c["change"] for c in changes} == {"added", "removed"}
    assert any(c["kind"] == "ADOPTED" and c["source"] == "Randers" and c["change"] == "added" for c in changes)
    assert any(c["kind"] == "ADOPTED" and c["source"] == "Kalundborg" and c["change"] == "removed" for c in changes)
    code, stdout, _ = run("changes", "--since", "2000", "--store", str(store), "--json")
    assert code == 0 and {c["build"] for c in json.loads(stdout)} == {1, 2}  # --json, as the issue spells it
    code, _, stderr = run("changes", "--build", "9", "--store", str(store))
    assert code == 0 and "no changes recorded for build 9" in stderr
    for wrong in (["--since", "yesterday"], ["--since", "2026-13"], ["--since", "2000", "--build", "1"]):
        code, _, stderr = run("changes", *wrong, "--store", str(store))
        assert code == 1 and "--since" in stderr and "Traceback" not in stderr, wrong


def test_since_is_a_date_prefix_not_a_string_prefix() -> None:
    assert since_start("2026-2") == "2026-02" and since_start("2026-11-3") == "2026-11-03"
    log = [BuildChanges(1, "2026-02-10T09:00:00+00:00", [], []), BuildChanges(2, "2026-11-01T09:00:00+00:00", [], [])]
    assert [e.build for e in select(log, since="2026-2")] == [1, 2]
    assert [e.build for e in select(log, since="2026-3")] == [2]


def test_the_log_reads_a_previous_generation_written_in_one_line(tmp_path: Path) -> None:
    """A generation written before facts went one a line (a single-line facts.json) is still compared."""
    first, second = tmp_path / "gen1", tmp_path / "gen2"
    first.mkdir(), second.mkdir()
    one = record_changes(first, None, _graph(["Kalundborg"], "Anne Holm"))
    facts = json.loads((first / "facts.json").read_text(encoding="utf-8"))
    (first / "facts.json").write_text(json.dumps(facts, ensure_ascii=False, sort_keys=True), encoding="utf-8")
    two = record_changes(second, first, _graph(["Kalundborg", "Horsens"], "Anne Holm"))
    assert two.build == one.build + 1
    assert [(f["kind"], f["source"]) for f in two.added] == [("ADOPTED", "Horsens")] and not two.removed
    assert json.loads((second / "facts.json").read_text(encoding="utf-8")).keys() > facts.keys()
