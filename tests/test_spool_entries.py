"""A document's spool entry (its facts' JSON form, its text and the text's indexed words) reads back as the values the
spool gave when it was written as JSON: the same values of the same types, for the examples' documents (PDF, DOCX,
HTML, portal files) and generated ones."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from benchmarks.generate import generate_corpus
from graphbuild.build_extract import Extracted, Extractor, load_spooled
from graphbuild.sources import collect_paths


def same_typed(one: Any, other: Any) -> bool:
    """Equal, and of the same type all the way down (``1 == 1.0`` and ``[1] == (1,)`` are not enough)."""
    if type(one) is not type(other):
        return False
    if isinstance(one, dict):
        return list(one) == list(other) and all(same_typed(one[key], other[key]) for key in one)
    if isinstance(one, list):
        return len(one) == len(other) and all(same_typed(a, b) for a, b in zip(one, other, strict=True))
    return bool(one == other)


def test_spool_entries_read_back_as_their_json_form(tmp_path: Path, examples_dir: Path) -> None:
    generate_corpus(12, 7, tmp_path / "generated")
    paths, _errors = collect_paths([examples_dir, tmp_path / "generated"])
    extractor = Extractor(tmp_path, None, None)
    checked = 0
    for path in paths:
        result = extractor(path)
        if not isinstance(result, Extracted):
            continue
        entry = load_spooled(result.spooled)
        assert same_typed(entry, json.loads(json.dumps(entry)))
        assert entry["facts"]["sha256"] == result.spooled.sha256 and entry["text_from"] == "extraction"
        assert entry["text"] and entry["words"] and entry["facts"]["entities"]
        checked += 1
    assert checked >= 20


def test_same_typed_tells_a_tuple_from_a_list_and_an_int_from_a_float() -> None:
    assert same_typed({"a": [1, "x", None, 2.5]}, {"a": [1, "x", None, 2.5]})
    assert not same_typed({"a": (1,)}, {"a": [1]})
    assert not same_typed({"a": 1}, {"a": 1.0})
    assert not same_typed({"a": 1, "b": 2}, {"b": 2, "a": 1})
