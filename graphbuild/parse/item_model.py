"""The learned item model: how likely a led line is to start an agenda item, in plain Python.

The weights are a logistic regression over ``item_features`` trained on annotated documents by
``benchmarks/item_model_train.py`` and shipped as ``data/item_model.json`` (see docs/item_model.md).
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "item_model.json"


@lru_cache(maxsize=1)
def shipped_weights() -> dict[str, float]:
    loaded = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    return {str(name): float(value) for name, value in loaded.items()}


def probability(weights: dict[str, float], vector: dict[str, float]) -> float:
    """The model's probability that the line with this feature vector starts an item."""
    score = sum(weights.get(name, 0.0) * value for name, value in vector.items())
    if score < -30:
        return 0.0
    return 1.0 / (1.0 + math.exp(-score))


def decode(numbers: Sequence[int], chances: Sequence[float], threshold: float) -> list[int]:
    """1 for each line taken: at or over the threshold, and the likeliest of the taken lines that share its
    number (a contents entry and its heading: one of them starts the item)."""
    best: dict[int, int] = {}
    for k, (number, chance) in enumerate(zip(numbers, chances, strict=True)):
        if chance >= threshold and (number not in best or chance > chances[best[number]]):
            best[number] = k
    taken = set(best.values())
    return [int(k in taken) for k in range(len(chances))]
