"""The `kommunegraf` command end to end: exit codes, JSON for scripts, errors without tracebacks."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graphbuild.cli import app

runner = CliRunner()
COMMANDS = [
    ["build"],
    ["extract"],
    ["packs"],
    ["query"],
    ["cypher"],
    ["stats"],
    ["export"],
    ["viz"],
    ["viz", "overview"],
    ["viz", "ego"],
    ["viz", "diffusion"],
    ["viz", "membership"],
    ["viz", "query"],
    ["analyze"],
    ["analyze", "bridges"],
    ["analyze", "communities"],
    ["analyze", "adoption-curve"],
]


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def example_store(tmp_path_factory: pytest.TempPathFactory, examples_dir: Path) -> Path:
    store = tmp_path_factory.mktemp("store")
    code, stdout, stderr = run("build", str(examples_dir), "--store", str(store), "--json")
    assert code == 0, stderr
    report = json.loads(stdout)
    assert report["documents"] >= 8 and not report["failures"]
    return store


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_command_has_help(command: list[str]) -> None:
    code, stdout, _ = run(*command, "--help")
    assert code == 0
    assert "Usage" in stdout


def test_main_job_answers_which_councils_adopted_kl_play(example_store: Path) -> None:
    code, stdout, stderr = run(
        "query", "adopters", "--param", "initiative=KL Play", "--format", "json", "--store", str(example_store)
    )
    assert code == 0, stderr
    rows = json.loads(stdout)
    municipalities = {row["municipality"] for row in rows}
    dates = [row["date"] for row in rows]
    assert len(municipalities) >= 3, rows
    assert dates == sorted(dates), "adopters come earliest first"
    assert all(row["quote"] and row["document"] for row in rows), "every answer carries its evidence"


def test_query_json_flag_and_output_formats_follow_the_file_name(tmp_path: Path, example_store: Path) -> None:
    ask = ("query", "adopters", "--param", "initiative=KL Play", "--store", str(example_store))
    code, stdout, stderr = run(*ask, "--json")
    assert code == 0, stderr
    rows = json.loads(stdout)
    for suffix, read in ((".csv", lambda text: list(csv.DictReader(io.StringIO(text)))), (".json", json.loads)):
        target = tmp_path / f"adopters{suffix}"
        code, _, stderr = run(*ask, "-o", str(target))
        assert code == 0, stderr
        written = read(target.read_text(encoding="utf-8"))
        assert [row["municipality"] for row in written] == [row["municipality"] for row in rows]
    code, _, stderr = run(*ask, "--excel", "--format", "json")
    assert code == 1 and "--excel" in stderr


def test_stats_counts_every_type(example_store: Path) -> None:
    code, stdout, _ = run("stats", "--json", "--store", str(example_store))
    assert code == 0
    counts = json.loads(stdout)
    for label in ("Document", "Meeting", "AgendaItem", "Municipality", "Initiative", "ADOPTED", "HAS_ITEM"):
        assert counts[label] > 0, label


def test_packs_lists_parameters_as_json() -> None:
    code, stdout, _ = run("packs", "--json")
    assert code == 0
    packs = {pack["name"]: pack for pack in json.loads(stdout)}
    assert "adopters" in packs
    assert packs["adopters"]["params"][0]["name"] == "initiative"


def test_unknown_pack_is_one_line_exit_1(example_store: Path) -> None:
    code, _, stderr = run("query", "no-such-pack", "--store", str(example_store))
    assert code == 1
    assert "no-such-pack" in stderr and "adopters" in stderr
    assert len(stderr.strip().splitlines()) == 1


def test_store_and_neo4j_together_is_a_user_error() -> None:
    code, _, stderr = run("stats", "--store", "x", "--neo4j", "bolt://localhost:7687")
    assert code == 1
    assert "either" in stderr


def test_missing_store_says_build_first(tmp_path: Path) -> None:
    code, _, stderr = run("stats", "--store", str(tmp_path / "nothing"))
    assert code == 1
    assert "build" in stderr


def test_bad_file_is_skipped_and_the_rest_is_built(tmp_path: Path, examples_dir: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(examples_dir, corpus, ignore=shutil.ignore_patterns("*.json", "*.md", "_*"))
    (corpus / "broken.pdf").write_bytes(b"%PDF-1.4 this is not really a pdf")
    store = tmp_path / "store"
    code, stdout, stderr = run("build", str(corpus), "--store", str(store), "--json")
    assert code == 2, stderr
    report = json.loads(stdout)
    assert any("broken.pdf" in failure for failure in report["failures"])
    assert report["counts"]["Document"] == report["documents"] - len(report["failures"])


def test_a_rule_that_fails_on_a_document_is_a_warning_naming_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, examples_dir: Path
) -> None:
    from graphbuild.extract import core

    def broken(ctx: object) -> None:
        raise KeyError("a bug in a rule")

    monkeypatch.setattr(core, "STEPS", (*core.STEPS, ("roles-again", broken)))
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    document = next(examples_dir.rglob("*.txt"))
    shutil.copy(document, corpus / document.name)
    code, stdout, stderr = run("build", str(corpus), "--store", str(tmp_path / "store"), "--workers", "1")
    assert code == 0, stderr
    assert f"warning: {corpus / document.name}: extract roles-again: KeyError" in " ".join(stderr.split())
    assert "built 1 of 1 documents" in stdout


def test_a_build_with_nothing_readable_keeps_the_previous_graph(tmp_path: Path, example_store: Path) -> None:
    before = run("stats", "--json", "--store", str(example_store))[1]
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    code, _, stderr = run("build", str(empty), "--store", str(example_store))
    assert code == 1
    assert "empty.txt" in stderr
    assert run("stats", "--json", "--store", str(example_store))[1] == before


def test_extract_json_keys_are_stable(examples_dir: Path) -> None:
    code, stdout, _ = run("extract", str(examples_dir), "--json")
    assert code == 0
    objects = [json.loads(line) for line in stdout.splitlines()]
    assert len(objects) >= 8
    expected = {
        "source",
        "sha256",
        "format",
        "kind",
        "body",
        "municipality",
        "start",
        "end",
        "location",
        "items",
        "attendance",
        "entities",
        "relations",
        "errors",
    }
    for obj in objects:
        assert set(obj) == expected
        for item in obj["items"]:
            assert {"number", "title", "public", "case_numbers", "outcome", "decision"} <= set(item)


def build_in_a_process(missing: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    """`kommunegraf build` of a path that is not there, as its own process (the console's real output)."""
    return subprocess.run(
        [sys.executable, "-m", "graphbuild.cli", "build", str(missing)],
        capture_output=True,
        text=True,
        check=False,
        cwd=cwd,
    )


def test_user_errors_print_no_traceback(tmp_path: Path) -> None:
    result = build_in_a_process(tmp_path / "does-not-exist", tmp_path)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "does-not-exist" in result.stderr


def test_user_text_in_an_error_is_printed_as_written(tmp_path: Path) -> None:
    """Square brackets in a path are Rich markup syntax; the message keeps them and never crashes."""
    result = build_in_a_process(tmp_path / "rv[/x] [b]udkast[/b]", tmp_path)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "rv[/x] [b]udkast[/b]" in result.stderr.replace("\n", "")


def test_extract_text_summary_lists_items(tmp_path: Path) -> None:
    minutes = tmp_path / "referat.txt"
    minutes.write_text(
        "Referat af Økonomiudvalget [udkast]\nMødedato: 3. marts 2021\n\n"
        "1. Godkendelse af dagsorden\nBeslutning: Godkendt.\n",
        encoding="utf-8",
    )
    code, stdout, stderr = run("extract", "--text", str(minutes))
    assert code == 0, stderr
    assert "referat.txt" in stdout
    assert "1. Godkendelse af dagsorden [approved]" in stdout
    assert not stdout.lstrip().startswith("{")


def test_viz_diffusion_writes_a_page(tmp_path: Path, example_store: Path) -> None:
    page = tmp_path / "kl-play.html"
    code, _, stderr = run("viz", "diffusion", "KL Play", "-o", str(page), "--store", str(example_store))
    assert code == 0, stderr
    html = page.read_text(encoding="utf-8")
    assert "KL Play" in html


def test_export_graphml(tmp_path: Path, example_store: Path) -> None:
    target = tmp_path / "graph.graphml"
    code, _, stderr = run("export", "--format", "graphml", "-o", str(target), "--store", str(example_store))
    assert code == 0, stderr
    assert target.read_text(encoding="utf-8").lstrip().startswith("<?xml")


# --- names: one matcher for packs, pictures and the CLI ------------------------------------------


def _cypher_column(store: Path, cypher: str) -> list[str]:
    code, stdout, stderr = run("cypher", cypher, "--format", "json", "--store", str(store))
    assert code == 0, stderr
    return [next(iter(row.values())) for row in json.loads(stdout)]


def test_unknown_name_exits_1_naming_the_closest(example_store: Path) -> None:
    code, stdout, stderr = run("query", "adopters", "--param", "initiative=Netflix", "--store", str(example_store))
    assert code == 1 and stdout == ""
    assert stderr.startswith("error: no initiative named 'Netflix'; closest: ")
    initiatives = _cypher_column(example_store, "MATCH (i:Initiative) RETURN i.name AS name")
    offered = stderr.split("closest: ", 1)[1]
    assert any(name in offered for name in initiatives), "the closest are initiatives of the graph"
    assert len(stderr.strip().splitlines()) == 1 and "Traceback" not in stderr


def test_ambiguous_name_lists_the_candidates_and_exits_1(example_store: Path) -> None:
    people = _cypher_column(example_store, "MATCH (p:Person) RETURN p.name AS name")
    first_names: dict[str, list[str]] = {}
    for name in people:
        first_names.setdefault(name.split()[0], []).append(name)
    shared, bearers = next((f, names) for f, names in sorted(first_names.items()) if len(names) > 1)
    code, stdout, stderr = run("query", "person", "--param", f"name={shared}", "--store", str(example_store))
    assert code == 1 and stdout == ""
    assert f"'{shared}' could be" in stderr
    assert all(f"{name} (Person" in stderr for name in bearers), (bearers, stderr)
    chosen = stderr.split(f"{bearers[0]} (Person", 1)[1].split("id ", 1)[1].split(")", 1)[0]
    code, stdout, _ = run(
        "query", "person", "--param", f"name={chosen}", "--format", "json", "--store", str(example_store)
    )
    assert code == 0 and {row["person"] for row in json.loads(stdout)} == {bearers[0]}, "the listed id picks one"


def test_a_typo_answers_and_says_what_it_was_read_as(example_store: Path) -> None:
    exact = run("query", "adopters", "--param", "initiative=KL Play", "--format", "json", "--store", str(example_store))
    typo = run("query", "adopters", "--param", "initiative=KL Plai", "--format", "json", "--store", str(example_store))
    assert exact[0] == typo[0] == 0
    assert json.loads(typo[1]) == json.loads(exact[1]) != []
    assert "initiative='KL Plai' read as KL Play" in typo[2] and "read as" not in exact[2]


def test_a_known_entity_with_no_answer_says_so(example_store: Path) -> None:
    municipality = _cypher_column(example_store, "MATCH (m:Municipality) RETURN m.name AS name ORDER BY name")[0]
    params = ["--param", f"municipality={municipality}", "--param", "since=2999"]
    code, stdout, stderr = run("query", "decisions", *params, "--format", "json", "--store", str(example_store))
    assert code == 0 and json.loads(stdout) == []
    assert f"no rows: {municipality} (Municipality" in stderr and "is in the graph" in stderr


def test_viz_diffusion_takes_a_typo_as_the_adopters_pack_does(tmp_path: Path, example_store: Path) -> None:
    code, stdout, stderr = run(
        "query", "adopters", "--param", "initiative=KL Plai", "--format", "json", "--store", str(example_store)
    )
    assert code == 0, stderr
    adopters = {row["municipality"] for row in json.loads(stdout)}
    page = tmp_path / "typo.html"
    code, stdout, stderr = run("viz", "diffusion", "KL Plai", "-o", str(page), "--store", str(example_store))
    assert code == 0, stderr
    assert f"{len(adopters) + 1} nodes" in stdout, "the initiative and each adopter of the pack's answer"
    html = page.read_text(encoding="utf-8")
    assert all(name in html for name in adopters)


def test_viz_with_an_unknown_name_exits_1_without_a_traceback(tmp_path: Path, example_store: Path) -> None:
    for command in (["viz", "diffusion", "Netflix"], ["viz", "ego", "Qwxyz Zzzz"]):
        code, _, stderr = run(*command, "-o", str(tmp_path / "x.html"), "--store", str(example_store))
        assert code == 1 and "closest: " in stderr and "Traceback" not in stderr, command
        assert not (tmp_path / "x.html").exists()


def test_analyze_answers_in_every_format_and_names_an_unknown_initiative(example_store: Path) -> None:
    code, stdout, _ = run("analyze", "adoption-curve", "KL Play", "--store", str(example_store), "-f", "json")
    assert code == 0
    rows = json.loads(stdout)
    assert rows and [r["cumulative"] for r in rows] == sorted(r["cumulative"] for r in rows)
    assert rows[-1]["cumulative"] == sum(r["new"] for r in rows)
    code, stdout, _ = run("analyze", "bridges", "--store", str(example_store), "-f", "csv")
    assert code == 0 and stdout.startswith("name,type,betweenness,links,organizations")
    code, stdout, _ = run("analyze", "communities", "--store", str(example_store), "-f", "json")
    assert code == 0 and all(isinstance(r["community"], int) for r in json.loads(stdout))
    code, _, stderr = run("analyze", "adoption-curve", "Netflix", "--store", str(example_store))
    assert code == 1 and "no initiative named 'Netflix'" in stderr and "Traceback" not in stderr


def test_viz_query_says_what_a_near_miss_was_read_as(tmp_path: Path, example_store: Path) -> None:
    page = tmp_path / "q.html"
    code, _, stderr = run(
        "viz", "query", "adopters", "--param", "initiative=KL Plai", "-o", str(page), "--store", str(example_store)
    )
    assert code == 0 and page.exists()
    assert "initiative='KL Plai' read as KL Play" in stderr


def test_query_writes_an_xlsx_with_typed_dates_and_a_csv_for_excel(example_store: Path, tmp_path: Path) -> None:
    from datetime import datetime

    from openpyxl import load_workbook

    book = tmp_path / "adopters.xlsx"
    code, _, stderr = run("query", "adopters", "-p", "initiative=KL Play", "--store", str(example_store), "-f", "xlsx",
                          "-o", str(book))  # fmt: skip
    assert code == 0 and "wrote" in stderr
    sheet = load_workbook(book).active
    assert sheet is not None
    header = [c.value for c in sheet[1]]
    dates = [row[header.index("date")].value for row in sheet.iter_rows(min_row=2)]
    assert dates and all(isinstance(d, datetime) for d in dates)  # a date column Excel can sort and filter
    code, _, stderr = run("query", "adopters", "-p", "initiative=KL Play", "--store", str(example_store), "-f", "xlsx")
    assert code == 1 and "--output" in stderr
    sheet_csv = tmp_path / "adopters.csv"
    code, _, _ = run("query", "adopters", "-p", "initiative=KL Play", "--store", str(example_store), "-f", "csv",
                     "--excel", "-o", str(sheet_csv))  # fmt: skip
    assert code == 0 and sheet_csv.read_bytes().startswith(b"\xef\xbb\xbfmunicipality,")
