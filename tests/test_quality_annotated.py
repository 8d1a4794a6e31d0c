"""Our own annotated documents in other layouts (tests/annotated, and the held-out one): the
scores benchmarks/quality.py reports stay above a floor, so a regression fails here first."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ANNOTATED = Path(__file__).resolve().parent / "annotated"
QUALITY = Path(__file__).resolve().parent.parent / "benchmarks" / "quality.py"
FLOORS = {"ADOPTED": 1.0, "ATTENDED": 1.0, "outcome": 1.0, "HOLDS_ROLE": 0.9, "MEMBER_OF": 0.9, "Person": 1.0}


def _quality() -> ModuleType:
    spec = importlib.util.spec_from_file_location("kommunegraf_quality", QUALITY)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("folder", [ANNOTATED, ANNOTATED / "heldout"], ids=["annotated", "heldout"])
def test_annotated_documents_meet_the_recall_floors(folder: Path) -> None:
    scores = _quality().annotated_scores(folder)
    for name, floor in FLOORS.items():
        recall = scores[name].recall
        assert recall is None or recall >= floor, (name, recall, scores[name].missed)
    assert scores["Person"].precision in (None, 1.0)


def test_every_annotation_names_an_existing_document() -> None:
    import json

    for path in sorted(ANNOTATED.rglob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        assert (path.parent / doc["file"]).is_file(), path
