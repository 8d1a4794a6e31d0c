"""The learned item model: how likely a led line is to start an agenda item, in plain Python.

The weights are a logistic regression over ``item_features`` trained on annotated documents by
``benchmarks/item_model_train.py`` and shipped as ``data/item_model.json`` (see docs/item_model.md).
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path

from graphbuild.parse.item_features import LedLine, features
from graphbuild.parse.item_lines import Candidate, number_key
from graphbuild.parse.lines import Line

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


ADD_AT = 0.9  # a led line this likely is added as an item where the rules chose none of its number


def _fits(number: int, line: int, chosen: list[tuple[int, int]]) -> bool:
    """Whether an item numbered ``number`` at ``line`` goes next to a chosen (line, number) pair, the number
    after the one before it or before the one after it, and keeps them in number order (any number where
    none is chosen)."""
    before = [n for at, n in chosen if at < line]
    after = [n for at, n in chosen if at > line]
    if not _in_order(number, before, after):
        return False
    return not chosen or (bool(before) and max(before) == number - 1) or (bool(after) and min(after) == number + 1)


def _in_order(number: int, before: list[int], after: list[int]) -> bool:
    """Whether a number goes between the numbers chosen before and after its line. (Every addition is one
    more number before or after a line: a number out of order stays out of order.)"""
    return not ((before and max(before) >= number) or (after and min(after) <= number))


def _may_fit(number: int, line: int, chosen: list[tuple[int, int]]) -> bool:
    """Whether an item numbered ``number`` at ``line`` may come to fit (``_fits``) as lines are added."""
    return _in_order(number, [n for at, n in chosen if at < line], [n for at, n in chosen if at > line])


def _may_be_added(entry: LedLine, numbers: set[str], skipped: set[int]) -> bool:
    """Whether a led line may be added, whatever the model says of it: not lettered, not of a number already
    taken, not in a contents list, not a sentence going on after a comma. (``numbers`` only grows, so a line
    that may not be added now never may.)"""
    return not (
        entry.sub or str(entry.number) in numbers or entry.position in skipped or entry.rest.endswith((",", ";"))
    )


def reconsidered(chosen: list[Candidate], lines: list[Line], skipped: set[int], led: list[LedLine]) -> list[Candidate]:
    """The rules' chosen headings with the model's say: a led line the model finds very likely to start an
    item is added where no chosen heading has its number and its number goes next to a chosen one's (a line
    ending in a comma goes on with a sentence: never added). The rules' own choices all stay (dropping those
    the model finds unlikely lost items: docs/item_model.md). ``skipped``: lines of contents lists and
    listed agendas, which are never headings. ``led``: ``led_lines(lines)``, read once per document."""
    numbers = {c.number for c in chosen}
    ordered = [(c.line.index, number_key(c.number)[0]) for c in chosen if c.number.isdigit()]
    if not any(
        _may_be_added(entry, numbers, skipped) and _may_fit(entry.number, entry.position, ordered) for entry in led
    ):
        return chosen  # no line the model could add: its features need not be worked out
    weights = shipped_weights()
    chances = [probability(weights, vector) for vector in features(lines, led)]
    likely = sorted((k for k in range(len(led)) if chances[k] >= ADD_AT), key=lambda k: -chances[k])
    added: list[Candidate] = []
    grew = True
    while grew:  # again while an addition lets another's number go next to it
        grew = False
        for k in likely:
            entry = led[k]
            if not _may_be_added(entry, numbers, skipped):
                continue
            number = str(entry.number)
            if not _fits(entry.number, entry.position, ordered):
                continue
            added.append(Candidate(number, entry.rest, lines[entry.position], explicit=bool(entry.prefix)))
            numbers.add(number)
            ordered.append((entry.position, entry.number))
            grew = True
    if not added or (not chosen and len(added) < 2):  # one numbered line alone is no list of items
        return chosen
    return sorted([*chosen, *added], key=lambda c: c.line.index)
