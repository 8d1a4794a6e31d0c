"""The agenda step's faster readings give what the readings they replace gave (issue 13 item 7):
a case number located from where parse found it is the span the pass of both case patterns gives it
first, and the facts built without a second validation equal the validated models."""

from __future__ import annotations

import random

import pytest
from fixtures_shared import EXAMPLES

from graphbuild.extract import extract_facts
from graphbuild.extract.builder import trusted_all
from graphbuild.models import DocumentFacts, ItemFacts
from graphbuild.parse import parse_meeting
from graphbuild.sources import read_source
from graphbuild.vocab.case_numbers import find_case_numbers, first_case_number_span


def _first_spans(text: str) -> dict[str, tuple[int, int]]:
    """What the agenda step read before: every case number's first span from the pass of both patterns."""
    return {raw: (s, e) for s, e, raw in reversed(find_case_numbers(text))}


# pieces case numbers and the text around them are made of: digits, dots, hyphens, facet letters,
# slashes, spaces and line breaks, so numbers touch, nest and run into each other
_PIECES = [
    "326-2017-43896",
    "00.15.10-A21-1-21",
    "00.15.10-Ø21-1-3-21",
    "25/26257",
    "2021-004512",
    "EMN-2025-010561",
    "1",
    "12",
    "-",
    ".",
    " ",
    "\n",
    "Sag nr. ",
    "A",
    "Ø",
    "x",
    "2017",
    "-21",
    ".15.10",
]


def _random_text(rng: random.Random) -> str:
    return "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 14)))


@pytest.mark.parametrize("seed", range(6))
def test_a_case_number_located_from_its_places_is_the_first_span_of_the_pass(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(2_000):
        text = _random_text(rng)
        spans = _first_spans(text)
        # the numbers the pass finds, and others parse may report (a short or year-serial number, one
        # the pass finds only inside a longer one, one the text does not hold)
        asked = [*spans, *(rng.choice(_PIECES[:6]) for _ in range(3)), "15.10-A21-1-21", "26-2017-43896"]
        for raw in asked:
            assert first_case_number_span(text, raw) == spans.get(raw), (text, raw)


@pytest.mark.parametrize(
    ("text", "raw", "span"),
    [
        ("Sag nr. 326-2017-43896 og 326-2017-43896", "326-2017-43896", (8, 22)),
        ("1326-2017-43896 326-2017-43896", "326-2017-43896", (16, 30)),  # not inside a longer number
        ("326-2017-438961", "326-2017-43896", None),  # a digit after it: no number there
        ("00.15.10-A21-1-21.15.10-B22-1-22", "21.15.10-B22-1-22", None),  # inside a match before it
        ("Journalnr. 25/26257", "25/26257", None),  # short numbers are not located (line evidence)
        ("", "326-2017-43896", None),
    ],
)
def test_case_number_spans_at_the_edges(text: str, raw: str, span: tuple[int, int] | None) -> None:
    assert _first_spans(text).get(raw) == span
    assert first_case_number_span(text, raw) == span


def _documents() -> list[DocumentFacts]:
    paths = sorted(EXAMPLES.rglob("*.md")) + sorted(EXAMPLES.rglob("*.txt"))
    return [extract_facts(parse_meeting(read_source(path))) for path in paths]


def test_facts_built_without_validation_equal_the_validated_models() -> None:
    documents = _documents()
    assert documents and any(facts.items for facts in documents)
    for facts in documents:
        for item in facts.items:
            assert ItemFacts.model_validate(item.model_dump()) == item
            assert trusted_all(ItemFacts, item.model_dump()) == item
        validated = DocumentFacts.model_validate_json(facts.model_dump_json())
        assert validated == facts
        assert validated.model_dump_json() == facts.model_dump_json()
        assert validated.model_fields_set == facts.model_fields_set


def test_the_stage_timer_times_every_stage_and_puts_the_pipeline_back() -> None:
    import graphbuild.parse as parse
    from benchmarks.bench_extract import PARSE_PARTS, measure_stages, stage_table
    from graphbuild.extract import core

    steps, context, facts = core.STEPS, core.Context, core._facts
    parts = {name: getattr(parse, name) for name in PARSE_PARTS}
    folder = next(path.parent for path in sorted(EXAMPLES.rglob("*.md")))
    seconds = measure_stages([folder])[str(folder)]
    assert core.STEPS is steps and core.Context is context and core._facts is facts
    assert all(getattr(parse, name) is function for name, function in parts.items())
    parse_parts = {f"parse.{name}" for name in PARSE_PARTS}
    assert {"read", "parse", "extract", "Context", "_facts", *(name for name, _ in steps), *parse_parts} == set(seconds)
    assert seconds["read"] > 0  # reading every file, timed apart from parse and extract
    inside = seconds["Context"] + seconds["_facts"] + sum(seconds[name] for name, _ in steps)
    assert 0 < inside <= seconds["extract"] + 1e-3  # the stages are parts of extract, timed inside it
    assert 0 < sum(seconds[name] for name in parse_parts) <= seconds["parse"] + 1e-3  # parse's parts, inside it
    runs = {"old": [{str(folder): seconds}], "new": [{str(folder): {**seconds, "parse": seconds["parse"] / 2}}]}
    table = stage_table(runs, [str(folder)])
    assert any(line.split()[0] == "parse" and line.endswith("x0.50") for line in table), table
