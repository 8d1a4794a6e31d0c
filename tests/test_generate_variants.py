"""The layout variants of real minutes in the synthetic corpus (issue 12 item 10): each occurs, and
the pipeline reads each as well as the plain layouts, measured against truth.json."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from benchmarks.generate import VARIANTS, Truth, generate_corpus
from benchmarks.quality import Score, expected_from_annotation, score_documents
from graphbuild.extract import extract_facts
from graphbuild.parse import parse_meeting
from graphbuild.sources import read_source

# a variant the parser does not yet read as well as the plain layouts is listed here, its test a strict xfail: a
# parser gap kept visible, not hidden (flattened pages read as well since 2026-12-05, attendance 1.0 at seed 7, their
# stand-in's name run on into the next entry's and their header's list run on into a contents table now cut)
PARSER_GAPS: set[str] = set()


def agreement(out: Path, truth: Truth) -> dict[str, dict[str, Score]]:
    """Item numbers, outcomes and attendance against the truth, per group: "plain" (no variant),
    each variant on documents that are not flattened, and "flattened" on its own."""
    groups: dict[str, list[tuple[dict[str, Any], Any]]] = {}
    for doc in truth.documents:
        facts = extract_facts(parse_meeting(read_source(out / doc["file"])))
        expected = expected_from_annotation(doc)
        expected["number"] = [(item["number"],) for item in doc["items"]]
        variants = doc["variants"]
        names = ["flattened"] if "flattened" in variants else variants or ["plain"]
        for name in names:
            groups.setdefault(name, []).append((expected, facts))
    result = {}
    for name, pairs in groups.items():
        scores = score_documents(pairs, sample_outcomes=False)
        numbers = Score()
        for expected, facts in pairs:
            numbers.add(expected["number"], [(item.number,) for item in facts.items])
        result[name] = {"items": numbers, "outcomes": scores["outcome"], "attendance": scores["ATTENDED"]}
    return result


@pytest.fixture(scope="module")
def measured(tmp_path_factory: pytest.TempPathFactory) -> tuple[Truth, dict[str, dict[str, Score]]]:
    out = tmp_path_factory.mktemp("variants")
    # the variants of the four layouts, as measured before the real forms (benchmarks.generated_quality
    # measures those beside the real corpus)
    truth = generate_corpus(200, seed=7, out=out, real_forms=False)
    return truth, agreement(out, truth)


def test_every_variant_occurs_in_200_documents(measured: tuple[Truth, dict[str, dict[str, Score]]]) -> None:
    truth, _ = measured
    counts = Counter(v for doc in truth.documents for v in doc["variants"])
    assert set(counts) == set(VARIANTS)
    assert min(counts.values()) >= 10, counts
    assert all(doc["format"] == "txt" for doc in truth.documents if "flattened" in doc["variants"])


@pytest.mark.parametrize(
    "variant",
    [
        pytest.param(v, marks=pytest.mark.xfail(strict=True, reason="parser gap")) if v in PARSER_GAPS else v
        for v in VARIANTS
    ],
)
def test_a_variant_is_read_as_well_as_the_plain_layouts(
    measured: tuple[Truth, dict[str, dict[str, Score]]], variant: str
) -> None:
    _, groups = measured
    plain, seen = groups["plain"], groups[variant]
    for field in ("items", "outcomes", "attendance"):
        if not seen[field].expected:
            continue
        recall, plain_recall = seen[field].recall, plain[field].recall
        precision, plain_precision = seen[field].precision, plain[field].precision
        assert recall is not None and plain_recall is not None and precision is not None
        assert plain_precision is not None
        assert recall >= plain_recall, (variant, field, recall, plain_recall)
        assert precision >= plain_precision, (variant, field, precision, plain_precision)
