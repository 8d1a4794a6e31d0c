"""What a build tells its caller: the documents built, extracted and taken from the cache, the
failures and warnings, the graph's counts, the search index's report, and each stage's wall time and
the process's peak memory at its end, and the CPU seconds the build's own process and its worker
processes spent in it (``StageTimer``): on a shared machine the wall time says little, the CPU time
says what a stage costs and whether the main process worked beside busy workers."""

from __future__ import annotations

import os
import resource
import time
from dataclasses import dataclass, field
from pathlib import Path

from graphbuild.textindex import IndexReport


@dataclass
class BuildReport:
    documents: int = 0
    extracted: int = 0
    from_cache: int = 0
    failures: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # documents built, but a parse or extract step failed on them
    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    engine: str = ""
    index: IndexReport = field(default_factory=IndexReport)
    stages: dict[str, float] = field(default_factory=dict)  # wall seconds per stage
    peak_rss_mb: dict[str, float] = field(default_factory=dict)  # the build process's peak RSS at each stage's end
    cpu_seconds: dict[str, dict[str, float]] = field(default_factory=dict)  # per stage: {"main": s, "workers": s}

    @property
    def exit_code(self) -> int:
        return 2 if self.failures else 0


class StageTimer:
    """``with timer(name):`` adds the wall time of a stage to ``report.stages``."""

    def __init__(self, report: BuildReport) -> None:
        self.report = report

    def __call__(self, name: str) -> _Stage:
        return _Stage(self.report, name)


class _Stage:
    def __init__(self, report: BuildReport, name: str) -> None:
        self.report, self.name = report, name

    def __enter__(self) -> None:
        self.started = time.perf_counter()
        self.main_cpu = _own_cpu()
        self.workers_cpu = workers_cpu()

    def __exit__(self, *exc: object) -> None:
        self.report.stages[self.name] = round(time.perf_counter() - self.started, 3)
        self.report.peak_rss_mb[self.name] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
        self.report.cpu_seconds[self.name] = {
            "main": round(_own_cpu() - self.main_cpu, 3),
            "workers": round(workers_cpu() - self.workers_cpu, 3),
        }


def _own_cpu() -> float:
    """CPU seconds of this process, all its threads (the engine's too)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def workers_cpu() -> float:
    """CPU seconds of this process's children, living (from /proc) and reaped."""
    reaped = resource.getrusage(resource.RUSAGE_CHILDREN)
    total = reaped.ru_utime + reaped.ru_stime
    ticks = os.sysconf("SC_CLK_TCK")
    try:
        children = (Path("/proc") / str(os.getpid()) / "task" / str(os.getpid()) / "children").read_text().split()
    except OSError:  # not Linux: the reaped children only
        return total
    for pid in children:
        try:
            fields = (Path("/proc") / pid / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:  # gone since it was listed: counted among the reaped
            continue
        total += (int(fields[11]) + int(fields[12])) / ticks  # utime, stime
    return total
