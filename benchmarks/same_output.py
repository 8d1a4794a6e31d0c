"""Checks that a speed change left parse+extract's output unchanged: the DocumentFacts of every
document, as JSON, saved once and compared after each change.

    python -m benchmarks.same_output save SNAPSHOT DIR [DIR ...]     # before the change
    python -m benchmarks.same_output check SNAPSHOT DIR [DIR ...]    # after: lists what differs

The snapshot holds a SHA-256 of each document's facts (and the facts themselves for documents
outside the real corpus's test split); a difference in a test-split document is reported as a
count only, so no rule writer reads those documents through this tool.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

from benchmarks.realworld_sources import CORPUS, split_of


def _is_test_split(path: Path) -> bool:
    """A real-corpus document of the test split (its id is the file's stem)."""
    return path.resolve().is_relative_to(CORPUS.resolve()) and split_of(path.stem) == "test"


def extract_all(folders: list[Path]) -> dict[str, dict[str, Any]]:
    """path -> {"sha": digest of the facts' JSON, "facts": the JSON (omitted for the test split)}."""
    from graphbuild.extract import extract_facts
    from graphbuild.parse import parse_meeting
    from graphbuild.sources import collect_paths, read_source

    paths, _ = collect_paths(folders)
    out: dict[str, dict[str, Any]] = {}
    for path in sorted(paths):
        facts = extract_facts(parse_meeting(read_source(path))).model_dump_json()
        entry: dict[str, Any] = {"sha": hashlib.sha256(facts.encode("utf-8")).hexdigest()}
        if not _is_test_split(path):
            entry["facts"] = facts
        out[str(path)] = entry
    return out


def compare(saved: dict[str, dict[str, Any]], now: dict[str, dict[str, Any]]) -> list[str]:
    """One line per difference; empty when the output is the same."""
    lines = [f"missing now: {path}" for path in sorted(saved.keys() - now.keys())]
    lines += [f"new: {path}" for path in sorted(now.keys() - saved.keys())]
    hidden = 0
    for path in sorted(saved.keys() & now.keys()):
        if saved[path]["sha"] == now[path]["sha"]:
            continue
        if "facts" not in saved[path]:
            hidden += 1
            continue
        lines.append(f"differs: {path}\n  {_first_difference(saved[path]['facts'], now[path]['facts'])}")
    if hidden:
        lines.append(f"differs: {hidden} test-split document(s) of the real corpus (not shown)")
    return lines


def _first_difference(old: str, new: str) -> str:
    at = next((i for i, (a, b) in enumerate(zip(old, new, strict=False)) if a != b), min(len(old), len(new)))
    return f"at {at}: was ...{old[max(0, at - 80) : at + 80]!r}... now ...{new[max(0, at - 80) : at + 80]!r}..."


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("action", choices=("save", "check"), help="save the snapshot, or check against it")
    parser.add_argument("snapshot", type=Path, metavar="SNAPSHOT", help="the snapshot's file")
    parser.add_argument("folders", nargs="+", type=Path, metavar="DIR", help="the documents")
    args = parser.parse_args(argv)
    snapshot, folders = args.snapshot, args.folders
    now = extract_all(folders)
    if args.action == "save":
        snapshot.write_text(json.dumps(now), encoding="utf-8")
        print(f"saved {len(now)} documents to {snapshot}")
        return 0
    differences = compare(json.loads(snapshot.read_text(encoding="utf-8")), now)
    print("\n".join(differences) if differences else f"same output on all {len(now)} documents")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
