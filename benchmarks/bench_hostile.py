"""Hostile text: does any parse or extract pattern grow worse than linearly with the input?

    python benchmarks/bench_hostile.py [--sizes 10000,40000,160000] [--shape NAME] [--steps]

For each hostile shape (long runs with no punctuation, thousands of separators, unbalanced
brackets, digit-and-dot runs, leaders, one giant line, endless name lists, repeated labels,
whitespace runs) it builds texts of growing size, runs ``parse_meeting`` and ``extract_facts``
and prints the seconds and the growth factor per 4x size. Linear is ~4x; a factor >= 8x is
flagged (where the larger run takes 0.25 s at least). ``--steps`` also times each extraction
step, to point at the slow module. A run that takes longer than ``--limit`` seconds is stopped
and reported as such (a hang, not a number).
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import itertools
import signal
import sys
import time
from collections.abc import Callable
from types import FrameType

from graphbuild.extract.context import Context
from graphbuild.extract.core import STEPS, extract_facts
from graphbuild.models import SourceDocument
from graphbuild.parse import parse_meeting

FLAG_FACTOR = 8.0
FLAG_MIN_SECONDS = 0.25  # below this a factor is the noise of a shared machine, not a trend
HEAD = "Byrådet\nReferat\nMøde den 3. marts 2025 kl. 17.00\n\n1. Godkendelse af dagsorden\n\nBeslutning\n"


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _names_line(size: int) -> str:
    words = ["Anders", "Bente", "Carsten", "Dorte", "Erik", "Frida", "Gunnar", "Hanne"]
    return _repeat(" ".join(words) + " ", size)


SHAPES: dict[str, Callable[[int], str]] = {
    "capitalised words, no punctuation": _names_line,
    "commas between capitalised words": lambda n: _repeat("Anders Hansen, ", n),
    "'og' between capitalised words": lambda n: _repeat("Anders Hansen og ", n),
    "nested brackets": lambda n: "(" * (n // 2) + ")" * (n // 2),
    "unbalanced brackets": lambda n: _repeat("Anders (A ", n),
    "digits and dots": lambda n: _repeat("1.", n),
    "long digit run": lambda n: "1" * n,
    "dash leaders": lambda n: _repeat("-", n),
    "underscore leaders": lambda n: _repeat("_", n),
    "dot leaders": lambda n: _repeat(".", n),
    "dot leaders then page number": lambda n: _repeat("Punkt " + "." * 60 + " 3\n", n),
    "giant line of prose": lambda n: _repeat("Byrådet godkendte indstillingen om ny skole ", n),
    "endless 'Name (A), ' list": lambda n: _repeat("Anders Hansen (A), Bente Berg (V), ", n),
    "repeated labels": lambda n: _repeat("Afbud: ", n),
    "repeated 'Fraværende:' label": lambda n: _repeat("Fraværende: Anders Hansen ", n),
    "whitespace runs": lambda n: _repeat(" \t ", n),
    "blank lines": lambda n: _repeat("\n", n),
    # blank lines inside the text, not at its end where it is stripped: a line-start pattern that reads on over
    # white space ("^\s*afslag") tries every blank line to the end from every blank line
    "blank lines before a line of text": lambda n: (
        "Sagen blev drøftet.\n" + _repeat("\n", n) + "Taget til efterretning."
    ),
    # a motion's cue, then blank lines inside the decision: the motion's fate ("Forslaget faldt") was tried from each
    # of their line breaks to the run's end
    "a motion then blank lines": lambda n: (
        "SF stillede forslag om at udsætte sagen." + _repeat("\n", n) + "Herefter godkendt."
    ),
    "numbered headings without text": lambda n: _repeat("1. \n", n),
    "capitalised words per line": lambda n: _repeat("Anders Bente Carsten Dorte\n", n),
}


class RunTooLong(BaseException):  # not an Exception: parse/extract catch those by contract
    pass


def _alarm(signum: int, frame: FrameType | None) -> None:
    raise RunTooLong


def _document(text: str) -> SourceDocument:
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return SourceDocument(path="/hostile.txt", name="hostile.txt", sha256=sha, format="txt", text=text)


def time_document(text: str, steps: bool) -> dict[str, float]:
    """Seconds of parse, extract and (with ``steps``) each extraction step on one text."""
    doc = _document(text)
    started = time.perf_counter()
    meeting = parse_meeting(doc)
    timings = {"parse": time.perf_counter() - started}
    started = time.perf_counter()
    extract_facts(meeting)
    timings["extract"] = time.perf_counter() - started
    if steps:
        ctx = Context(meeting)
        for name, step in STEPS:
            started = time.perf_counter()
            with contextlib.suppress(Exception):  # a failing step is timed like any other
                step(ctx)
            timings[f"step {name}"] = time.perf_counter() - started
    return timings


def measure_shape(build: Callable[[int], str], sizes: list[int], steps: bool, limit: int) -> list[dict[str, float]]:
    rows: list[dict[str, float]] = []
    for size in sizes:
        text = HEAD + build(size)
        signal.signal(signal.SIGALRM, _alarm)
        signal.alarm(limit)
        try:
            rows.append(time_document(text, steps))
        except RunTooLong:
            rows.append({"parse": float("inf"), "extract": float("inf")})
            break
        finally:
            signal.alarm(0)
    return rows


def _factor(before: float, after: float) -> str:
    if after == float("inf"):
        return "HANG"
    return f"{after / before:.1f}x" if before > 0.002 else "-"


def report(name: str, sizes: list[int], rows: list[dict[str, float]]) -> list[str]:
    """One line per timed part: seconds per size, growth per 4x, and FLAG at >= 8x."""
    lines = []
    for part in rows[0]:
        seconds = [row.get(part, float("inf")) for row in rows]
        factors = [_factor(a, b) for a, b in itertools.pairwise(seconds)]
        flagged = any(
            f == "HANG" or (f.endswith("x") and float(f[:-1]) >= FLAG_FACTOR and b >= FLAG_MIN_SECONDS)
            for f, b in zip(factors, seconds[1:], strict=False)
        )
        shown = " ".join(f"{s:8.3f}" for s in seconds)
        lines.append(f"{name:36s} {part:16s} {shown}  growth {' '.join(factors):12s}{'  FLAG' if flagged else ''}")
    return lines


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sizes", default="10000,40000,160000")
    parser.add_argument("--shape", action="append", help="only shapes whose name contains this")
    parser.add_argument("--steps", action="store_true", help="also time each extraction step")
    parser.add_argument("--limit", type=int, default=120, help="seconds before a run counts as a hang")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"{'shape':36s} {'part':16s} " + " ".join(f"{s:>8d}" for s in sizes) + "  (seconds)")
    flagged = 0
    for name, build in SHAPES.items():
        if args.shape and not any(wanted in name for wanted in args.shape):
            continue
        for line in report(name, sizes, measure_shape(build, sizes, args.steps, args.limit)):
            flagged += line.endswith("FLAG")
            print(line, flush=True)
    print(f"flagged: {flagged}")
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
