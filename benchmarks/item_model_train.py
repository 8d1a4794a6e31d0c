"""Train the learned item model (logistic regression over the led lines' features) and measure it.

    python -m benchmarks.item_model_train IDS_FILE [--out graphbuild/data/item_model.json] [--cv] [--held-out IDS]

IDS_FILE lists the documents to learn from (the dev-write ids: never a held-out or test document).
Deterministic: full-batch gradient descent from zero weights, folds by a fixed shuffle of the publishers.
``--cv``: five folds grouped by publisher (train on four folds' publishers, predict the fifth), line-level
precision and recall of item starts, beside the same measure of the rules' chosen items. ``--held-out IDS``:
the shipped weights' totals on documents of publishers they were not trained on (no document printed).
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np

from benchmarks.item_model_data import DocumentRows, read_rows
from graphbuild.parse.item_model import MODEL_PATH, probability, shipped_weights

ITERATIONS = 3000
LEARNING_RATE = 0.5
L2 = 1e-3
FOLDS = 5
SEED = 12


def train(vectors: Sequence[dict[str, float]], labels: Sequence[int]) -> dict[str, float]:
    """Logistic-regression weights (feature name → weight) fitted to the rows."""
    names = sorted({name for vector in vectors for name in vector})
    column = {name: j for j, name in enumerate(names)}
    x = np.zeros((len(vectors), len(names)))
    for i, vector in enumerate(vectors):
        for name, value in vector.items():
            x[i, column[name]] = value
    y = np.asarray(labels, dtype=float)
    w = np.zeros(len(names))
    for _ in range(ITERATIONS):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        gradient = x.T @ (p - y) / max(1, len(y)) + L2 * w
        w -= LEARNING_RATE * gradient
    return {name: round(float(w[j]), 6) for j, name in enumerate(names)}


def decode(numbers: Sequence[int], chances: Sequence[float], threshold: float) -> list[int]:
    """1 for each line taken: at or over the threshold, and the likeliest of the taken lines that share its
    number (a contents entry and its heading: one of them starts the item)."""
    best: dict[int, int] = {}
    for k, (number, chance) in enumerate(zip(numbers, chances, strict=True)):
        if chance >= threshold and (number not in best or chance > chances[best[number]]):
            best[number] = k
    taken = set(best.values())
    return [int(k in taken) for k in range(len(chances))]


def folds_of(publishers: Iterable[str]) -> dict[str, int]:
    ordered = sorted(set(publishers))
    random.Random(SEED).shuffle(ordered)
    return {publisher: k % FOLDS for k, publisher in enumerate(ordered)}


def _flatten(rows: Sequence[DocumentRows]) -> tuple[list[dict[str, float]], list[int]]:
    """The rows labelled start (1) or no start (0); a listed-only item's contents entry is neither."""
    kept = [(v, y) for r in rows for v, y in zip(r.vectors, r.labels, strict=True) if y >= 0]
    return [v for v, _ in kept], [y for _, y in kept]


def _counts(predicted: Sequence[int], labels: Sequence[int]) -> tuple[int, int, int]:
    scored = [(p, y) for p, y in zip(predicted, labels, strict=True) if y >= 0]
    hits = sum(1 for p, y in scored if p and y)
    return hits, sum(p for p, _ in scored), sum(y for _, y in scored)


def _line(name: str, hits: int, found: int, wanted: int) -> str:
    precision = hits / found if found else 0.0
    recall = hits / wanted if wanted else 0.0
    return f"  {name:34s} precision {hits}/{found} = {precision:.3f}  recall {hits}/{wanted} = {recall:.3f}"


def cross_validate(rows: Sequence[DocumentRows]) -> list[str]:
    """The report lines of a grouped five-fold cross-validation."""
    fold = folds_of(r.publisher for r in rows)
    totals: dict[str, list[int]] = {}

    def add(name: str, predicted: Sequence[int], labels: Sequence[int]) -> None:
        counts = _counts(predicted, labels)
        total = totals.setdefault(name, [0, 0, 0])
        for j in range(3):
            total[j] += counts[j]

    for k in range(FOLDS):
        training = [r for r in rows if fold[r.publisher] != k]
        weights = train(*_flatten(training))
        with_rules = train(*_flatten([_with_rules(r) for r in training]))
        for r in (r for r in rows if fold[r.publisher] == k):
            chances = [probability(weights, v) for v in r.vectors]
            ruled = [probability(with_rules, v) for v in _with_rules(r).vectors]
            add("rules", r.by_rules, r.labels)
            add("model p>=0.5", [int(p >= 0.5) for p in chances], r.labels)
            add("model p>=0.5, one line a number", decode(r.numbers, chances, 0.5), r.labels)
            add("model+rule feature p>=0.5", [int(p >= 0.5) for p in ruled], r.labels)
            for threshold in (0.8, 0.9, 0.95):
                union = [int(b or p >= threshold) for b, p in zip(r.by_rules, chances, strict=True)]
                add(f"rules + model p>={threshold}", union, r.labels)
            for threshold in (0.02, 0.05, 0.1):
                veto = [int(b and p >= threshold) for b, p in zip(r.by_rules, chances, strict=True)]
                add(f"rules - model p<{threshold}", veto, r.labels)
    publishers = len(set(r.publisher for r in rows))
    head = f"{len(rows)} documents of {publishers} publishers, {sum(len(r.labels) for r in rows)} led lines"
    return [head] + [_line(name, *counts) for name, counts in totals.items()]


def held_out(rows: Sequence[DocumentRows], weights: dict[str, float]) -> list[str]:
    """The report lines (totals only) of shipped weights on documents none of whose publishers they saw."""
    totals: dict[str, list[int]] = {}
    for r in rows:
        chances = [probability(weights, v) for v in r.vectors]
        for name, predicted in (
            ("rules", r.by_rules),
            ("model p>=0.5", [int(p >= 0.5) for p in chances]),
            ("rules + model p>=0.9", [int(b or p >= 0.9) for b, p in zip(r.by_rules, chances, strict=True)]),
        ):
            total = totals.setdefault(name, [0, 0, 0])
            for j, count in enumerate(_counts(predicted, r.labels)):
                total[j] += count
    head = f"held out: {len(rows)} documents, {sum(len(r.labels) for r in rows)} led lines"
    return [head] + [_line(name, *counts) for name, counts in totals.items()]


def _with_rules(rows: DocumentRows) -> DocumentRows:
    vectors = [{**v, "rule_chosen": float(b)} for v, b in zip(rows.vectors, rows.by_rules, strict=True)]
    return DocumentRows(rows.doc_id, rows.publisher, vectors, rows.labels, rows.numbers, rows.by_rules)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("ids_file", type=Path, metavar="IDS_FILE", help="the documents to learn from (dev-write)")
    parser.add_argument("--out", type=Path, help="write the trained weights here")
    parser.add_argument("--cv", action="store_true", help="five folds grouped by publisher")
    parser.add_argument("--held-out", type=Path, metavar="IDS", help="the shipped weights' totals on these ids")
    args = parser.parse_args(argv)
    ids = [line.strip() for line in args.ids_file.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = read_rows(ids)
    out = args.out
    if out is not None:
        weights = train(*_flatten(rows))
        out.write_text(json.dumps(weights, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {out} ({len(weights)} weights; shipped at {MODEL_PATH})")
    if args.held_out is not None:  # totals only: the documents of that file are scored, never read
        held_ids = args.held_out.read_text(encoding="utf-8").split()
        print("\n".join(held_out(read_rows(held_ids), shipped_weights())))
    if args.cv:
        print("\n".join(cross_validate(rows)))


if __name__ == "__main__":
    main()
