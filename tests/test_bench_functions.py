"""benchmarks.bench_extract --functions: the named functions are timed wherever graphbuild holds them,
nested calls count once, and every module gets its own function back."""

from __future__ import annotations

import pytest
from fixtures_shared import EXAMPLES

from benchmarks.bench_extract import _resolve, measure_functions


def test_named_functions_are_timed_and_put_back() -> None:
    import graphbuild.extract.context as context
    import graphbuild.vocab.near as near
    from graphbuild.parse.lines import Line

    folder = next(path.parent for path in sorted(EXAMPLES.rglob("*.md")))
    before = (near.word_positions, near.finditer_near, vars(context)["find_all"], Line.__init__)
    names = [
        "graphbuild.vocab.near:word_positions",  # called from near.finditer_near through the module
        "graphbuild.extract.mentions:find_all",  # imported by name into extract.context
        "graphbuild.parse.lines:Line.__init__",  # a method
    ]
    result = measure_functions([folder], names)[str(folder)]
    assert (near.word_positions, near.finditer_near, vars(context)["find_all"], Line.__init__) == before
    documents = result["documents"]
    assert documents >= 1 and result["parse+extract"] > 0
    assert result["graphbuild.extract.mentions:find_all"]["calls"] == documents  # once per document (Context)
    for name in names:
        assert 0 <= result[name]["seconds"] <= result["parse+extract"]
        assert result[name]["calls"] > 0
    assert result["graphbuild.parse.lines:Line.__init__"]["calls per document"] > 1  # a Line a line


def test_an_unknown_name_is_an_error() -> None:
    with pytest.raises(AttributeError):
        _resolve("graphbuild.vocab.near:no_such_function")
