"""Fuzz the file readers: mutated PDF, DOCX and HTML files must give text or one SourceError.

Anything else escaping read_source would stop a whole build, so every other exception is a
finding. Run for minutes, outside CI (see fuzz/README.md):

    python fuzz/fuzz_sources.py --minutes 10 [--seed 7]

Findings (the mutated file and its traceback) go to fuzz/findings/.
"""

from __future__ import annotations

import argparse
import io
import logging
import random
import shutil
import sys
import tempfile
import time
import traceback
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

from bad_inputs import encrypted_pdf_bytes, minutes_text, pdf_bytes  # noqa: E402

from graphbuild.errors import SourceError  # noqa: E402
from graphbuild.sources import read_source  # noqa: E402

FINDINGS = Path(__file__).resolve().parent / "findings"
PDF_TOKENS = [
    b"obj", b"endobj", b"/Length 99999", b"<<", b">>", b"stream", b"endstream", b"R", b"0 0 R", b"-1",
    b"/Filter /FlateDecode", b"xref", b"trailer", b"/Kids [1 0 R]", b"/Parent 1 0 R", b"/Encrypt 9 0 R",
    b"/Type /ObjStm", b"(", b")", b"[", b"]", b"%%EOF",
]  # fmt: skip


def docx_bytes() -> bytes:
    import docx

    document = docx.Document()
    document.add_heading("Referat", 1)
    for line in minutes_text().split("\n\n")[:8]:
        document.add_paragraph(line)
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Sagsnr."
    table.cell(0, 1).text = "326-2017-43896"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def seeds() -> dict[str, list[bytes]]:
    html = f"<html><body><h1>Referat</h1><p>{minutes_text()}</p><table><tr><td>a</td><td>b</td></tr></table>"
    return {
        ".pdf": [pdf_bytes(["Referat æøå", "Punkt 1: Budget"]), encrypted_pdf_bytes()],
        ".docx": [docx_bytes()],
        ".html": [html.encode("utf-8"), html.encode("cp1252", errors="replace")],
        ".txt": [minutes_text().encode("utf-8")],
    }


def mutate(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 20)):
        position = rng.randrange(len(out) + 1)
        choice = rng.random()
        if choice < 0.45 and position < len(out):
            out[position] = rng.randrange(256)
        elif choice < 0.65:
            del out[position : position + rng.randint(1, 64)]
        elif choice < 0.8:
            out[position:position] = rng.randbytes(rng.randint(1, 24))
        else:
            out[position:position] = rng.choice(PDF_TOKENS)
    return bytes(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--minutes", type=float, default=2.0)
    parser.add_argument("--seed", type=int, default=None)
    args = parser.parse_args()
    logging.disable(logging.CRITICAL)
    rng = random.Random(args.seed)
    corpus = seeds()
    work = Path(tempfile.mkdtemp(prefix="kg-fuzz-"))
    deadline = time.monotonic() + args.minutes * 60
    runs = 0
    findings: dict[str, Path] = {}
    try:
        while time.monotonic() < deadline:
            suffix = rng.choice(list(corpus))
            path = work / f"input{suffix}"
            path.write_bytes(mutate(rng, rng.choice(corpus[suffix])))
            runs += 1
            try:
                read_source(path)
            except SourceError:
                continue
            except Exception as error:
                key = f"{suffix}-{type(error).__name__}"
                if key not in findings:
                    FINDINGS.mkdir(exist_ok=True)
                    saved = FINDINGS / f"{key}-{runs}{suffix}"
                    shutil.copyfile(path, saved)
                    saved.with_suffix(".txt").write_text("".join(traceback.format_exception(error)))
                    findings[key] = saved
                    print(f"FINDING {key}: {saved}", file=sys.stderr)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"sources: {runs} files in {args.minutes} min, {len(findings)} distinct findings", file=sys.stderr)
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
