"""Scores the real-document corpus with one checkout's code and compares two such scorings field by field,
so a change is merged only when it loses nothing. The scorer and the gold are this checkout's; the
pipeline is the one under ``--code`` (another checkout, a worktree, a ``git archive`` of a commit).

    python -m benchmarks.realworld_compare score --out /tmp/a.json [--code DIR] [--workers 2]
    python -m benchmarks.realworld_compare diff /tmp/a.json /tmp/b.json [--docs]

The test split is scored only for the coordinator (KOMMUNEGRAF_COORDINATOR=1), who merges; for anyone else a
scoring leaves it out, and ``diff --docs`` lists dev-write documents only, so rule writers never see what a
rule did on the test split.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from benchmarks.realworld_sources import CORPUS, group_of

COORDINATOR = os.environ.get("KOMMUNEGRAF_COORDINATOR") == "1"
_CODE_MARK = "KOMMUNEGRAF_COMPARE_CODE"
GROUPS = ("dev-write", "dev-check", "test")


def _score_one(path: str) -> tuple[str, str, str, dict[str, tuple[int, int]]]:
    from benchmarks.realworld import score_document

    gold = json.loads(Path(path).read_text(encoding="utf-8"))
    return gold["id"], gold.get("publisher") or "", group_of(gold["id"], gold.get("publisher")), score_document(gold)


def _group_of_file(path: str) -> str:
    gold = json.loads(Path(path).read_text(encoding="utf-8"))
    return group_of(gold["id"], gold.get("publisher"))


def score(out: Path, workers: int) -> None:
    import graphbuild

    code = os.environ.get(_CODE_MARK)
    if code and not Path(graphbuild.__file__).resolve().is_relative_to(Path(code)):
        sys.exit(f"error: graphbuild was imported from {graphbuild.__file__}, not from {code}")
    paths = sorted(str(p) for p in (CORPUS / "gold").glob("*.json"))
    if not COORDINATOR:  # a rule writer's scoring holds no test split at all, not even its totals
        paths = [p for p in paths if _group_of_file(p) != "test"]
    docs: dict[str, Any] = {}
    totals: dict[str, dict[str, list[int]]] = {group: {} for group in GROUPS}
    with ProcessPoolExecutor(workers) as pool:
        for doc_id, publisher, group, scores in pool.map(_score_one, paths, chunksize=8):
            for field, (right, of) in scores.items():
                total = totals[group].setdefault(field, [0, 0])
                total[0] += right
                total[1] += of
            docs[doc_id] = {"group": group, "publisher": publisher, "scores": scores}
    out.write_text(json.dumps({"totals": totals, "docs": docs}, ensure_ascii=False, indent=0), encoding="utf-8")
    print(f"{len(paths)} documents scored -> {out}")


def _run_with_code(code: Path, argv: list[str]) -> int:
    """Re-runs this command with `code`'s graphbuild first on the path and this checkout's benchmarks after
    it (a directory of one link, so `code`'s own benchmarks, if any, stay out of the way)."""
    with tempfile.TemporaryDirectory() as shim:
        os.symlink(code.resolve() / "graphbuild", Path(shim) / "graphbuild")
        here = str(Path(__file__).resolve().parent.parent)
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([shim, here]), _CODE_MARK: str(code)}
        # run from the shim: Python puts the working directory first on the path, before PYTHONPATH
        return subprocess.call([sys.executable, "-m", "benchmarks.realworld_compare", *argv], env=env, cwd=shim)


def _share(pair: list[int]) -> str:
    return f"{pair[0]}/{pair[1]}" + (f" ({pair[0] / pair[1]:.0%})" if pair[1] else "")


def diff(before_path: Path, after_path: Path, show_docs: bool) -> None:
    before, after = (json.loads(p.read_text(encoding="utf-8")) for p in (before_path, after_path))
    print("| group | field | before | after |\n|---|---|---|---|")
    for group in GROUPS:
        fields = sorted(set(before["totals"].get(group, {})) | set(after["totals"].get(group, {})))
        for field in fields:
            a, b = before["totals"][group].get(field, [0, 0]), after["totals"][group].get(field, [0, 0])
            if a != b:
                print(f"| {group} | {field} | {_share(a)} | {_share(b)} |")
    if not show_docs:
        return
    shown = GROUPS if COORDINATOR else ("dev-write",)
    for doc_id in sorted(set(before["docs"]) | set(after["docs"])):
        a_doc, b_doc = before["docs"].get(doc_id), after["docs"].get(doc_id)
        doc = b_doc or a_doc
        if doc["group"] not in shown:
            continue
        a_scores = a_doc["scores"] if a_doc else {}
        b_scores = b_doc["scores"] if b_doc else {}
        changes = [
            f"{field} {a_scores.get(field)} -> {b_scores.get(field)}"
            for field in sorted(set(a_scores) | set(b_scores))
            if a_scores.get(field) != b_scores.get(field)
        ]
        if changes:
            print(f"{doc['group']} {doc_id}: " + "; ".join(changes))


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.realworld_compare")
    commands = parser.add_subparsers(dest="command", required=True)
    score_cmd = commands.add_parser("score", help="score every gold document, write per-document scores")
    score_cmd.add_argument("--out", type=Path, required=True)
    score_cmd.add_argument("--code", type=Path, help="a checkout whose graphbuild is scored (default: this one)")
    score_cmd.add_argument("--workers", type=int, default=2)
    diff_cmd = commands.add_parser("diff", help="fields that moved between two scorings")
    diff_cmd.add_argument("before", type=Path)
    diff_cmd.add_argument("after", type=Path)
    diff_cmd.add_argument("--docs", action="store_true", help="also each document that moved")
    args = parser.parse_args()
    if args.command == "score":
        if args.code and os.environ.get(_CODE_MARK) != str(args.code):
            args.code = args.code.resolve()
            if not (args.code / "graphbuild").is_dir():
                sys.exit(f"error: {args.code} holds no graphbuild/ to score")
            argv = ["score", "--out", str(args.out.resolve()), "--code", str(args.code), "--workers", str(args.workers)]
            sys.exit(_run_with_code(args.code, argv))
        score(args.out, args.workers)
    else:
        diff(args.before, args.after, args.docs)


if __name__ == "__main__":
    main()
