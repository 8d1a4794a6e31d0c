"""The learned item model inside the parser, scored out of fold: each document of IDS_FILE is parsed with
weights trained on the other folds' publishers only (grouped five-fold, as ``item_model_train --cv``), and
the realworld scorer's items, items precision and outcomes are summed, beside the rules alone.

    python -m benchmarks.item_model_eval IDS_FILE [ADD_AT VETO_BELOW ...]

Pairs of thresholds after the ids file are tried in turn (default: the shipped ones).
"""

from __future__ import annotations

import json
import sys
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
def _model(weights: dict[str, float], add_at: float, veto_below: float) -> Iterator[None]:
    saved = item_model.shipped_weights, item_model.ADD_AT, item_model.VETO_BELOW
    item_model.shipped_weights = lambda: weights  # type: ignore[assignment]
    item_model.ADD_AT, item_model.VETO_BELOW = add_at, veto_below
    try:
        yield
    finally:
        item_model.shipped_weights, item_model.ADD_AT, item_model.VETO_BELOW = saved


def evaluate(ids: list[str], settings: list[tuple[float, float]]) -> dict[str, dict[str, list[int]]]:
    rows = read_rows(ids)
    fold = folds_of(r.publisher for r in rows)
    golds = {r.doc_id: json.loads((CORPUS / "gold" / f"{r.doc_id}.json").read_text(encoding="utf-8")) for r in rows}
    totals: dict[str, dict[str, list[int]]] = {}
    for k in range(FOLDS):
        weights = train(*_flatten([r for r in rows if fold[r.publisher] != k]))
        held = [r.doc_id for r in rows if fold[r.publisher] == k]
        for name, add_at, veto_below in [("rules", 2.0, 0.0)] + [(f"add>={a} veto<{v}", a, v) for a, v in settings]:
            with _model(weights, add_at, veto_below):
                for doc_id in held:
                    scores = score_document(golds[doc_id])
                    for field in FIELDS:
                        right, expected = scores.get(field, (0, 0))
                        total = totals.setdefault(name, {}).setdefault(field, [0, 0])
                        total[0] += right
                        total[1] += expected
    return totals


def main() -> None:
    args = sys.argv[1:]
    ids = [line.strip() for line in Path(args[0]).read_text(encoding="utf-8").splitlines() if line.strip()]
    values = [float(a) for a in args[1:]] or [item_model.ADD_AT, item_model.VETO_BELOW]
    settings = list(zip(values[::2], values[1::2], strict=True))
    for name, fields in evaluate(ids, settings).items():
        print(f"{name:24s} " + ", ".join(f"{field} {r}/{e}" for field, (r, e) in fields.items()))


if __name__ == "__main__":
    main()
