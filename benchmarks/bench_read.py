"""sources speed: MB of file per second of CPU time, per format, on one core; and the worker's hand-back.

    python -m benchmarks.bench_read DIR_OR_FILE [...]                          # this tree
    python -m benchmarks.bench_read DIR ... --against OLD --pairs 5            # paired with an older tree
    python -m benchmarks.bench_read DIR ... --engines                          # pypdf and pdfium on every PDF

Each file is read with ``read_source`` as a build worker reads it (after one warm-up pass over the first
files), ``--repeats`` times, and the CPU seconds are summed per format (txt, md, html, docx, pdf, ...); the
rate is the files' bytes over that time. ``handback`` is what the worker does with a read document's text
before handing it back (the search index's folded words, json, zlib), timed over the same documents.

``--against OLD`` names a folder holding an older ``graphbuild`` package (``git archive <commit> graphbuild |
tar -x -C OLD``): runs alternate between it and this tree, each in a fresh subprocess, the first of each pair
alternating, and the medians are reported.

``--engines`` times the two PDF text engines (pypdf's ``extract_text``, PDFium's ``get_text_range``) page by
page on every PDF given, and reports their pages per second and how much their texts differ.
"""

from __future__ import annotations

import argparse
import contextlib
import difflib
import io
import json
import os
import statistics
import subprocess
import sys
import time
import zlib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _files(inputs: list[Path]) -> list[Path]:
    from graphbuild.sources import collect_paths

    paths, _ = collect_paths(inputs)
    return sorted(paths)


def measure(inputs: list[Path], repeats: int = 1) -> dict[str, dict[str, float]]:
    """Per format: files, MB of file, CPU seconds and MB/s of ``read_source``; and the hand-back's."""
    from graphbuild.errors import SourceError
    from graphbuild.search_terms import indexed_form
    from graphbuild.sources import read_source

    paths = _files(inputs)
    for path in paths[:30]:  # warm-up: imports, regexes, the engines' first calls
        with contextlib.suppress(SourceError):
            read_source(path)
    seconds: dict[str, float] = {}
    sizes: dict[str, int] = {}
    counts: dict[str, int] = {}
    texts: list[str] = []
    for path in paths:
        fmt = path.suffix.lower().lstrip(".")
        started = time.process_time()
        for _ in range(repeats):
            try:
                text = read_source(path).text
            except SourceError:
                text = ""
        seconds[fmt] = seconds.get(fmt, 0.0) + (time.process_time() - started) / repeats
        sizes[fmt] = sizes.get(fmt, 0) + path.stat().st_size
        counts[fmt] = counts.get(fmt, 0) + 1
        texts.append(text)
    started = time.process_time()
    for text in texts:
        entry = {"text": text, "words": indexed_form(text)}
        zlib.compress(json.dumps(entry).encode(), 1)
    seconds["handback"] = time.process_time() - started
    sizes["handback"] = sum(len(text.encode()) for text in texts)
    counts["handback"] = len(texts)
    seconds["all reading"] = sum(value for key, value in seconds.items() if key != "handback")
    sizes["all reading"] = sum(path.stat().st_size for path in paths)
    counts["all reading"] = len(paths)
    return {
        fmt: {
            "files": counts[fmt],
            "MB": round(sizes[fmt] / 1e6, 3),
            "cpu s": round(seconds[fmt], 4),
            "MB/s": round(sizes[fmt] / 1e6 / seconds[fmt], 3) if seconds[fmt] else 0.0,
        }
        for fmt in seconds
    }


def compare_engines(inputs: list[Path]) -> dict[str, object]:
    """pypdf and PDFium on every PDF: pages per CPU second and the share of characters that differ."""
    import pypdf
    import pypdfium2 as pdfium

    pdfs = [path for path in _files(inputs) if path.suffix.lower() == ".pdf"]
    timings = {"pypdf": 0.0, "pdfium": 0.0}
    pages = 0
    differing: list[tuple[str, float]] = []
    for path in pdfs:
        data = path.read_bytes()
        try:
            started = time.process_time()
            old = [page.extract_text() or "" for page in pypdf.PdfReader(io.BytesIO(data), strict=False).pages]
            middle = time.process_time()
            document = pdfium.PdfDocument(data)
            new = [document[i].get_textpage().get_text_range() for i in range(len(document))]
            ended = time.process_time()
        except Exception as error:  # a file one engine cannot open is reported, not fatal
            differing.append((f"{path} ({type(error).__name__})", 1.0))
            continue
        timings["pypdf"] += middle - started
        timings["pdfium"] += ended - middle
        pages += len(old)
        a = "\n".join(old).split()
        b = "\n".join(new).replace("\r\n", "\n").split()
        ratio = difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()
        if ratio < 1.0:
            differing.append((str(path), round(1 - ratio, 4)))
    return {
        "pdfs": len(pdfs),
        "pages": pages,
        "pages/s": {name: round(pages / value, 1) if value else 0.0 for name, value in timings.items()},
        "word sequences differing (share)": sorted(differing, key=lambda pair: -pair[1])[:20],
    }


def _run(tree: Path, inputs: list[Path], repeats: int) -> dict[str, dict[str, float]]:
    code = (
        "import json, sys; from pathlib import Path; from benchmarks.bench_read import measure; "
        "print(json.dumps(measure([Path(p) for p in sys.argv[2:]], int(sys.argv[1]))))"
    )
    env = dict(os.environ, PYTHONPATH=f"{tree}{os.pathsep}{REPO}")
    done = subprocess.run(
        [sys.executable, "-c", code, str(repeats), *map(str, inputs)],
        cwd=tree, env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    result: dict[str, dict[str, float]] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def paired(new: Path, old: Path, inputs: list[Path], pairs: int, repeats: int) -> dict[str, dict[str, object]]:
    runs: dict[str, list[dict[str, dict[str, float]]]] = {"old": [], "new": []}
    for index in range(pairs):
        order = [("old", old), ("new", new)] if index % 2 == 0 else [("new", new), ("old", old)]
        for label, tree in order:
            runs[label].append(_run(tree, inputs, repeats))
    formats = sorted(runs["new"][0])
    out: dict[str, dict[str, object]] = {}
    for fmt in formats:
        before = statistics.median(run[fmt]["MB/s"] for run in runs["old"] if fmt in run)
        after = statistics.median(run[fmt]["MB/s"] for run in runs["new"])
        out[fmt] = {
            "MB": runs["new"][0][fmt]["MB"],
            "MB/s before": round(before, 3),
            "MB/s after": round(after, 3),
            "x": round(after / before, 2) if before else None,
        }
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("inputs", nargs="+", type=Path)
    parser.add_argument("--against", type=Path, help="a folder holding an older graphbuild package")
    parser.add_argument("--tree", type=Path, default=REPO, help="the newer tree (default: this checkout)")
    parser.add_argument("--pairs", type=int, default=3)
    parser.add_argument("--repeats", type=int, default=1, help="reads of each file per run")
    parser.add_argument("--engines", action="store_true", help="pypdf against PDFium on every PDF")
    args = parser.parse_args(argv)
    if args.engines:
        result: object = compare_engines(args.inputs)
    elif args.against:
        result = paired(args.tree, args.against, args.inputs, args.pairs, args.repeats)
    else:
        result = measure(args.inputs, args.repeats)
    print(json.dumps(result, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
