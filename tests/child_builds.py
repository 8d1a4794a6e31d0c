"""Builds a test starts as child processes, and the one way it ends them: the build and its workers killed
if still running, nothing else of the test process's children (the session's Neo4j server and browser are
children too)."""

from __future__ import annotations

import contextlib
import subprocess
from typing import Any

import psutil


def end_build(process: subprocess.Popen[Any], workers: list[psutil.Process]) -> None:
    """The build started here and its workers killed if still running."""
    for worker in workers:
        with contextlib.suppress(psutil.NoSuchProcess):
            worker.kill()
    if process.poll() is None:
        process.kill()
        process.wait(timeout=10)
