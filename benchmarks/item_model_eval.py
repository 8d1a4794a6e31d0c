"""The learned item model inside the parser, scored out of fold: each document of IDS_FILE is parsed with
weights trained on the other folds' publishers only (grouped five-fold, as ``item_model_train --cv``), and
the realworld scorer's items, items precision and outcomes are summed, beside the rules alone.

    python -m benchmarks.item_model_eval IDS_FILE [ADD_AT ...]

Each threshold after the ids file is tried in turn (default: the shipped one).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from benchmarks.item_model_data import read_rows
from benchmarks.item_model_train import FOLDS, _flatten, folds_of, train
from benchmarks.realworld import score_document
from benchmarks.realworld_sources import CORPUS
from graphbuild.parse import item_model

FIELDS = ("items", "items precision", "outcomes")


@contextmanager
def _model(weights: dict[str, float], add_at: float) -> Iterator[None]:
    saved = item_model.shipped_weights, item_model.ADD_AT
    item_model.shipped_weights = lambda: weights  # type: ignore[assignment]
    item_model.ADD_AT = add_at
    try:
        yield
    finally:
        item_model.shipped_weights, item_model.ADD_AT = saved


def evaluate(ids: list[str], thresholds: list[float]) -> dict[str, dict[str, list[int]]]:
    rows = read_rows(ids)
    fold = folds_of(r.publisher for r in rows)
    golds = {r.doc_id: json.loads((CORPUS / "gold" / f"{r.doc_id}.json").read_text(encoding="utf-8")) for r in rows}
    totals: dict[str, dict[str, list[int]]] = {}
    for k in range(FOLDS):
        weights = train(*_flatten([r for r in rows if fold[r.publisher] != k]))
        held = [r.doc_id for r in rows if fold[r.publisher] == k]
        for name, add_at in [("rules", 2.0), *((f"rules + model p>={a}", a) for a in thresholds)]:
            with _model(weights, add_at):
                for doc_id in held:
                    scores = score_document(golds[doc_id])
                    for field in FIELDS:
                        right, expected = scores.get(field, (0, 0))
                        total = totals.setdefault(name, {}).setdefault(field, [0, 0])
                        total[0] += right
                        total[1] += expected
    return totals


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("ids_file", type=Path, metavar="IDS_FILE", help="the documents' ids, one a line (dev-write)")
    parser.add_argument("thresholds", nargs="*", type=float, metavar="ADD_AT", help="thresholds tried in turn")
    args = parser.parse_args(argv)
    ids = [line.strip() for line in args.ids_file.read_text(encoding="utf-8").splitlines() if line.strip()]
    thresholds = args.thresholds or [item_model.ADD_AT]
    for name, fields in evaluate(ids, thresholds).items():
        print(f"{name:24s} " + ", ".join(f"{field} {r}/{e}" for field, (r, e) in fields.items()))


if __name__ == "__main__":
    main()
