"""The mistakes a new user makes on README's commands: each is one line naming the argument and the
problem, no traceback, exit 1 (README's "user error"), and the previous graph stays as it was."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graphbuild.cli import app

runner = CliRunner()
EXAMPLE = "kalundborg/direktionen_2021-03-08.txt"


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def run_process(*args: str) -> subprocess.CompletedProcess[str]:
    """As the console script runs: a mistyped command line is exit 1 there (main), not click's 2."""
    command = [sys.executable, "-m", "graphbuild.cli", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


def one_error_line(stderr: str, *words: str) -> None:
    lines = [line for line in stderr.strip().splitlines() if line.strip()]
    assert "Traceback" not in stderr
    assert lines and all(word in lines[-1] for word in words), stderr


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, examples_dir: Path) -> Path:
    built = tmp_path_factory.mktemp("store")
    code, _, stderr = run("build", str(examples_dir / EXAMPLE), "--store", str(built))
    assert code == 0, stderr
    return built


def live_generation(store: Path) -> str:
    return (store / "CURRENT").read_text(encoding="utf-8")


def test_a_build_from_an_empty_folder_names_every_format_it_reads(tmp_path: Path, store: Path) -> None:
    before = live_generation(store)
    (tmp_path / "empty").mkdir()
    code, _, stderr = run("build", str(tmp_path / "empty"), "--store", str(store))
    assert code == 1
    one_error_line(stderr, "nothing to build from", "empty", ".docx", ".xml", ".json")
    assert live_generation(store) == before


@pytest.mark.parametrize("name", ["missing-folder", "notes.xyz"])
def test_a_build_from_nothing_readable_leaves_the_graph(tmp_path: Path, store: Path, name: str) -> None:
    before = live_generation(store)
    if name.endswith(".xyz"):
        (tmp_path / name).write_text("hello", encoding="utf-8")
    code, _, stderr = run("build", str(tmp_path / name), "--store", str(store))
    assert code == 1
    one_error_line(stderr, "nothing to build from", name)
    assert stderr.strip().splitlines()[-1].count(name) == 1, stderr  # the file named once, by its own problem
    assert live_generation(store) == before


def test_a_partial_build_counts_the_documents_it_built(tmp_path: Path, examples_dir: Path) -> None:
    (tmp_path / "notes.xyz").write_text("hello", encoding="utf-8")
    inputs = [str(examples_dir / EXAMPLE), str(tmp_path / "notes.xyz"), str(tmp_path / "missing.txt")]
    code, stdout, stderr = run("build", *inputs, "--store", str(tmp_path / "store"))
    assert code == 2, stderr
    assert stdout.startswith("built 1 of 3 documents"), stdout
    assert "skipped: " in stderr and "missing.txt" in stderr and "notes.xyz" in stderr


def test_extract_of_nothing_readable_is_a_user_error(tmp_path: Path, examples_dir: Path) -> None:
    (tmp_path / "notes.xyz").write_text("hello", encoding="utf-8")
    code, stdout, stderr = run("extract", str(tmp_path / "notes.xyz"))
    assert code == 1 and not stdout
    one_error_line(stderr, "notes.xyz", "unsupported file type")
    code, stdout, _ = run("extract", str(tmp_path / "notes.xyz"), str(examples_dir / EXAMPLE))
    assert code == 2 and stdout.count("\n") == 1  # one document read, one not: some inputs failed


def test_query_format_names_every_format_query_writes(store: Path) -> None:
    code, _, stderr = run(
        "query", "adopters", "--param", "initiative=KL Play", "--format", "yaml", "--store", str(store)
    )
    assert code == 1
    one_error_line(stderr, "--format", "table, json, csv or xlsx", "'yaml'")


def test_cypher_names_a_parameter_it_was_not_given(store: Path) -> None:
    text = "MATCH (p:Person) WHERE p.name = $name AND p.id <> '$quoted' RETURN p.id // $comment"
    code, stdout, stderr = run("cypher", text, "--store", str(store))
    assert code == 1 and not stdout
    one_error_line(stderr, "$name", "--param name=")
    assert "quoted" not in stderr and "comment" not in stderr
    code, stdout, stderr = run("cypher", text, "--param", "name=Birgitte Lauridsen", "--json", "--store", str(store))
    assert code == 0, stderr


def test_cypher_timeout_must_be_positive(store: Path) -> None:
    code, _, stderr = run("cypher", "MATCH (n) RETURN count(n)", "--timeout", "0", "--store", str(store))
    assert code == 1
    one_error_line(stderr, "--timeout", "more than 0")


@pytest.mark.parametrize(
    "args",
    [
        ["analyze", "bridges", "--top", "0"],
        ["analyze", "communities", "--min-shared", "0"],
        ["changes", "--build", "0"],
        ["build", "examples", "--workers", "-1"],
    ],
    ids=" ".join,
)
def test_counts_out_of_range_are_refused_before_anything_runs(args: list[str], tmp_path: Path) -> None:
    result = run_process(*args, "--store", str(tmp_path / "store"))
    assert result.returncode == 1, result.stdout + result.stderr
    one_error_line(result.stderr, args[-2])
    assert not (tmp_path / "store").exists()


def test_serve_on_a_port_in_use_announces_nothing(store: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run_process("serve", "--store", str(store), "--port", str(port))
    assert result.returncode == 1, result.stdout + result.stderr
    assert "serves" not in result.stdout, "it said it served on a port it could not listen on"
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr  # not uvicorn's log line as well
    one_error_line(result.stderr, f"cannot listen on 127.0.0.1:{port}", "in use")


def test_serve_on_an_address_this_machine_lacks_is_one_line(store: Path) -> None:
    result = run_process("serve", "--store", str(store), "--host", "nonexistent.invalid")
    assert result.returncode == 1
    assert "serves" not in result.stdout and len(result.stderr.strip().splitlines()) == 1, result.stderr
    one_error_line(result.stderr, "cannot listen on nonexistent.invalid")


def test_the_store_is_never_written_by_the_mistakes(store: Path, tmp_path: Path) -> None:
    """The graph a user built survives every refused question (a copy compared file by file)."""
    before = tmp_path / "before"
    shutil.copytree(store, before)
    for args in (
        ["cypher", "MATCH (n) DETACH DELETE n"],
        ["cypher", "MATCH (n:Person) SET n.name = 'x' RETURN n"],
        ["query", "adoptrs", "--param", "initiative=KL Play"],
        ["query", "adopters", "--param", "initiativ=KL Play"],
        ["query", "adopters"],
        ["viz", "ego", "Nobody Atall", "-o", str(tmp_path / "ego.html")],
    ):
        code, _, stderr = run(*args, "--store", str(store))
        assert code == 1, args
        one_error_line(stderr, "error:")
    assert not (tmp_path / "ego.html").exists()
    after = sorted(p.relative_to(store) for p in store.rglob("*") if p.is_file())
    assert after == sorted(p.relative_to(before) for p in before.rglob("*") if p.is_file())
    for relative in after:
        if relative.suffix not in {".wal", ".lock"}:
            assert (store / relative).read_bytes() == (before / relative).read_bytes(), relative


def test_query_output_into_a_new_folder_is_written_as_viz_and_export_write(store: Path, tmp_path: Path) -> None:
    ask = ["query", "adopters", "--param", "initiative=KL Play", "--store", str(store)]
    for command in (ask, ["viz", "diffusion", "KL Play", "--store", str(store)]):
        target = tmp_path / command[0] / "new" / ("rows.csv" if command[0] == "query" else "picture.html")
        code, _, stderr = run(*command, "-o", str(target))
        assert code == 0, stderr
        assert target.stat().st_size > 0
    blocked = tmp_path / "a-file"
    blocked.write_text("", encoding="utf-8")
    code, _, stderr = run(*ask, "-o", str(blocked / "rows.csv"))
    assert code == 1
    one_error_line(stderr, "cannot write", "rows.csv")


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["biuld", "examples"], "'biuld'"),
        (["query", "adopters", "--bogus"], "--bogus"),
        (["viz", "overview"], "--output"),
    ],
    ids=["command", "option", "required option"],
)
def test_a_mistyped_command_line_is_one_line(args: list[str], named: str) -> None:
    """README: exit 1, one line on stderr, "a mistyped command line too" (not click's usage block)."""
    result = run_process(*args)
    assert result.returncode == 1 and not result.stdout
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    one_error_line(result.stderr, "error:", named, "--help")


def test_cypher_help_calls_its_params_query_parameters() -> None:
    """`cypher --param` feeds the query's $key, not a pack's parameter (its help said "a pack parameter")."""
    code, stdout, _ = run("cypher", "--help")
    assert code == 0
    assert "pack parameter" not in stdout and "read as" in stdout and "$key" in stdout
