"""A build killed with SIGKILL leaves no extraction worker behind."""

from __future__ import annotations

import gc
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest
from child_builds import end_build

from benchmarks.generate import generate_corpus
from graphbuild.build_extract import WORKER_GC_THRESHOLD, ctrl_c_held_while_forking, settle_collector

RUN_CLI = "import sys; from graphbuild.cli import app; sys.argv[0] = 'kommunegraf'; app()"


def _wait_for(condition: object, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if callable(condition) and condition():
            return True
        time.sleep(0.05)
    return False


@pytest.mark.slow
def test_sigkill_of_a_build_ends_its_workers_within_seconds(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    generate_corpus(600, 11, corpus, formats=["txt", "md"])
    build = subprocess.Popen(
        [sys.executable, "-c", RUN_CLI, "build", str(corpus), "--store", str(tmp_path / "store"), "--no-cache",
         "--workers", "2"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "CI": os.environ.get("CI", "")},
    )  # fmt: skip
    main = psutil.Process(build.pid)
    workers: list[psutil.Process] = []
    try:
        assert _wait_for(lambda: len(main.children(recursive=True)) >= 2, 60), "the build never started workers"
        workers = main.children(recursive=True)
        os.kill(build.pid, signal.SIGKILL)
        build.wait(timeout=10)
        gone, alive = psutil.wait_procs(workers, timeout=5)
        assert not alive, f"workers still running 5 s after the build was killed: {[p.pid for p in alive]}"
        assert gone
    finally:
        end_build(build, workers)


def test_a_worker_whose_build_died_before_it_started_watching_ends_itself() -> None:
    """The race a loaded machine hits: the build is killed between a worker's fork and its start-up, so
    the worker's own parent is already the adopter when it begins to watch; it still ends."""
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()  # the build that forked the worker: its id is all the worker was given
    program = (
        "import time\n"
        "from graphbuild.build_extract import exit_with_parent\n"
        f"exit_with_parent({gone.pid})\n"
        "time.sleep(30)\n"
    )
    # no bound on the seconds taken (start-up and imports stretch with the machine's load): a worker that never
    # noticed would sleep on and hit the timeout, and the end of its sleep would exit with 0
    finished = subprocess.run([sys.executable, "-c", program], timeout=30, check=False, capture_output=True)
    assert finished.returncode == 1  # the watcher's exit, not the end of the sleep
    assert finished.stderr == b""  # and no error's exit: the watcher leaves without a word


def test_a_ctrl_c_while_workers_are_forked_is_raised_once_they_are() -> None:
    """A KeyboardInterrupt raised inside a fork hook is printed and lost: the press is kept instead."""
    with pytest.raises(KeyboardInterrupt), ctrl_c_held_while_forking():
        signal.raise_signal(signal.SIGINT)
        still_running = True  # the press did not interrupt the forking itself
    assert still_running
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # the usual handler back


def test_no_ctrl_c_while_workers_are_forked_raises_nothing() -> None:
    with ctrl_c_held_while_forking():
        pass
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_a_worker_leaves_what_it_holds_out_of_collections_and_collects_less_often() -> None:
    saved = gc.get_threshold()
    try:
        settle_collector()
        assert gc.get_freeze_count() > 0  # the vocabularies and patterns loaded by now
        assert gc.get_threshold() == (WORKER_GC_THRESHOLD, 10, 10)
        cycle: list[object] = []
        cycle.append(cycle)
        del cycle
        assert gc.collect() >= 1  # cycles made later are still collected
    finally:
        gc.unfreeze()
        gc.set_threshold(*saved)
