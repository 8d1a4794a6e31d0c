"""What a build tells its caller: the documents built, extracted and taken from the cache, the
failures and warnings, the graph's counts, the search index's report, and each stage's wall time and
the process's peak memory at its end (``StageTimer``)."""

from __future__ import annotations

import resource
import time
from dataclasses import dataclass, field

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

    def __exit__(self, *exc: object) -> None:
        self.report.stages[self.name] = round(time.perf_counter() - self.started, 3)
        self.report.peak_rss_mb[self.name] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
