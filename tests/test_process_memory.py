"""`kommunegraf build` runs with one malloc arena in the process that loads the store, and builds the
same graph as with malloc's default (graphbuild.process_memory)."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import psutil
import pytest
from child_builds import end_build

from benchmarks.generate import generate_corpus
from benchmarks.store_digest import digest
from graphbuild.process_memory import ARENA_VARIABLE, command_of, glibc, needs_one_arena, restart_command

pytestmark = pytest.mark.skipif(not glibc(), reason="MALLOC_ARENA_MAX is glibc's")

# The build through the console entry (graphbuild.cli.main, which restarts itself), with the store's
# load wrapped: right after the graph is loaded, the process that loaded it writes its id, the
# environment it was started with (/proc/self/environ, which a later os.environ change does not
# touch) and its malloc arenas (one <heap> of malloc_info's each) to $RECORD.
RECORDING_BUILD = r"""
import ctypes, json, os, sys, tempfile
import graphbuild.pipeline as pipeline

def arenas():
    libc = ctypes.CDLL("libc.so.6")
    libc.fopen.restype = ctypes.c_void_p
    path = tempfile.mktemp()
    handle = libc.fopen(path.encode(), b"w")
    libc.malloc_info(0, ctypes.c_void_p(handle))
    libc.fclose(ctypes.c_void_p(handle))
    text = open(path).read()
    os.unlink(path)
    return text.count("<heap nr=")

load = pipeline.replace_graph_and_index

def recorded(*args, **kwargs):
    result = load(*args, **kwargs)
    started_with = dict(
        entry.split("=", 1) for entry in open("/proc/self/environ").read().split("\0") if "=" in entry
    )
    with open(os.environ["RECORD"], "w") as out:
        json.dump({"pid": os.getpid(), "arena_max": started_with.get("MALLOC_ARENA_MAX"), "arenas": arenas()}, out)
    return result

pipeline.replace_graph_and_index = recorded
from graphbuild.cli import main
main()
"""
# the same build without the console entry's restart: malloc's default (the graph to compare with)
DEFAULT_BUILD = "import sys; from graphbuild.cli import app; sys.argv[0] = 'kommunegraf'; app()"


def environment(**extra: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key != ARENA_VARIABLE}
    return {**env, **extra}


def build(
    script: str, corpus: Path, store: Path, env: dict[str, str], *extra: str
) -> tuple[subprocess.CompletedProcess[str], int]:
    command = [sys.executable, "-c", script, "build", str(corpus), "--store", str(store), "--no-cache", "--json"]
    process = subprocess.Popen([*command, *extra], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    stdout, stderr = process.communicate(timeout=300)
    return subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr), process.pid


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    generate_corpus(80, 5, folder, formats=["txt", "md"])  # above the build's threshold for workers
    return folder


@pytest.fixture(scope="module")
def one_arena_build(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    work = tmp_path_factory.mktemp("one-arena")
    record = work / "record.json"
    result, pid = build(RECORDING_BUILD, corpus, work / "store", environment(RECORD=str(record)), "--workers", "2")
    assert result.returncode == 0, result.stderr[-2000:]
    return {"result": result, "pid": pid, "record": json.loads(record.read_text()), "store": work / "store"}


def test_the_process_that_loads_the_store_runs_with_one_malloc_arena(one_arena_build: dict[str, Any]) -> None:
    record = one_arena_build["record"]
    assert record["arena_max"] == "1"
    assert record["arenas"] == 1  # the engine's threads allocated in the one arena
    assert record["pid"] == one_arena_build["pid"], "the store was loaded by another process than the one started"


def test_the_restarted_build_keeps_its_json_and_exit_code(one_arena_build: dict[str, Any]) -> None:
    summary = json.loads(one_arena_build["result"].stdout)  # one JSON document, printed once
    assert summary["documents"] == 80
    assert summary["counts"]["Document"] == 80
    assert "store" in summary["stages"]


def test_one_arena_builds_the_same_graph_as_malloc_default(
    one_arena_build: dict[str, Any], corpus: Path, tmp_path: Path
) -> None:
    result, _ = build(DEFAULT_BUILD, corpus, tmp_path / "store", environment(), "--workers", "2")
    assert result.returncode == 0, result.stderr[-2000:]
    assert digest(tmp_path / "store") == digest(one_arena_build["store"])


def test_a_user_setting_is_kept(corpus: Path, tmp_path: Path) -> None:
    record = tmp_path / "record.json"
    user_set = environment(RECORD=str(record), **{ARENA_VARIABLE: "2"})
    result, _ = build(RECORDING_BUILD, corpus, tmp_path / "store", user_set)
    assert result.returncode == 0, result.stderr[-2000:]
    assert json.loads(record.read_text())["arena_max"] == "2"


@pytest.fixture(scope="module")
def larger_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("larger")
    generate_corpus(600, 11, folder, formats=["txt", "md"])  # still extracting a second after its workers start
    return folder


def start_restarted_build(corpus: Path, store: Path) -> tuple[subprocess.Popen[str], list[psutil.Process]]:
    """A build through `python -m graphbuild.cli` in a session of its own (so a Ctrl-C can reach its
    process group, as a terminal's does), once its workers run."""
    command = [sys.executable, "-m", "graphbuild.cli", "build", str(corpus), "--store", str(store), "--no-cache"]
    process = subprocess.Popen(
        [*command, "--workers", "2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment(),
        start_new_session=True,
    )
    main = psutil.Process(process.pid)
    deadline = time.monotonic() + 60
    while len(main.children(recursive=True)) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    workers = main.children(recursive=True)
    assert len(workers) >= 2, "the build never started workers"
    assert main.environ().get(ARENA_VARIABLE) == "1"  # the restarted process is the one started
    return process, workers


@pytest.mark.slow
def test_sigkill_of_a_restarted_build_ends_it_and_its_workers(larger_corpus: Path, tmp_path: Path) -> None:
    process, workers = start_restarted_build(larger_corpus, tmp_path / "store")
    try:
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
        _, alive = psutil.wait_procs(workers, timeout=5)
        assert not alive, f"workers still running 5 s after the build was killed: {[p.pid for p in alive]}"
    finally:
        end_build(process, workers)


@pytest.mark.slow
def test_ctrl_c_stops_a_restarted_build_and_keeps_the_previous_graph(
    one_arena_build: dict[str, Any], larger_corpus: Path, tmp_path: Path
) -> None:
    store = tmp_path / "store"
    shutil.copytree(one_arena_build["store"], store)
    before = digest(store)
    process, workers = start_restarted_build(larger_corpus, store)
    try:
        os.killpg(process.pid, signal.SIGINT)  # what Ctrl-C in a terminal sends: the build and its workers
        _, stderr = process.communicate(timeout=30)
        assert process.returncode == 130
        assert "interrupted" in stderr.splitlines()
        assert "Traceback" not in stderr, stderr[-2000:]  # the workers leave the stopping to the build
        _, alive = psutil.wait_procs(workers, timeout=5)
        assert not alive, f"workers still running 5 s after Ctrl-C: {[p.pid for p in alive]}"
    finally:
        end_build(process, workers)
    assert digest(store) == before


@pytest.mark.parametrize(
    ("arguments", "command"),
    [
        (["build", "docs", "--json"], "build"),
        (["--version"], None),
        (["query", "timeline", "--json"], "query"),
        ([], None),
    ],
)
def test_command_of_a_command_line(arguments: list[str], command: str | None) -> None:
    assert command_of(arguments) == command


def test_the_restart_names_the_interpreter_by_its_path_and_keeps_the_rest() -> None:
    assert restart_command("/venv/bin/python", ["python", "-X", "dev", "-m", "graphbuild.cli", "build", "d"]) == [
        "/venv/bin/python", "-X", "dev", "-m", "graphbuild.cli", "build", "d",
    ]  # fmt: skip
    assert restart_command("", ["python", "build"]) is None
    assert restart_command("/venv/bin/python", []) is None


def test_only_an_unset_variable_asks_for_a_restart() -> None:
    assert needs_one_arena({})
    assert not needs_one_arena({ARENA_VARIABLE: "4"})
    assert not needs_one_arena({ARENA_VARIABLE: ""})
    assert not needs_one_arena({"GLIBC_TUNABLES": "glibc.malloc.check=0:glibc.malloc.arena_max=2"})
    assert needs_one_arena({"GLIBC_TUNABLES": "glibc.malloc.check=0"})


def _imports_of_typer(entry: str) -> int:
    """How many interpreters imported typer while running `build --help` through ``entry`` (one line
    of ``-X importtime`` per interpreter that imports it; the restart keeps the option)."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", entry, "build", "--help"],
        env=environment(),
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert "Usage" in done.stdout
    return sum(1 for line in done.stderr.splitlines() if line.split("|")[-1].strip() == "typer")


def test_the_console_entry_restarts_before_the_command_line_is_imported() -> None:
    """The console entry (graphbuild.console) restarts a build before typer is imported, so only the
    restarted interpreter imports it; `python -m graphbuild.cli` restarts from cli.main, after."""
    console = "import sys; sys.argv[0] = 'kommunegraf'; from graphbuild.console import main; main()"
    cli = "import sys; sys.argv[0] = 'kommunegraf'; from graphbuild.cli import main; main()"
    assert _imports_of_typer(console) == 1
    assert _imports_of_typer(cli) == 2
