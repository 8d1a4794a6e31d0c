"""An error's one line for the user (`errors.first_line`): what a driver prints over several lines keeps its
reason when its first line only introduces it."""

from __future__ import annotations

from pathlib import Path

import pytest
from neo4j.exceptions import ServiceUnavailable

from graphbuild.errors import UserError, cannot_write, first_line
from graphbuild.export import export_graph
from graphbuild.models import Graph


def test_a_first_line_ending_in_a_colon_goes_on_with_the_reason() -> None:
    # the Neo4j driver's message for a server that is not there
    error = ServiceUnavailable(
        "Couldn't connect to 127.0.0.1:7687 (resolved to ('127.0.0.1:7687',)):\n"
        "Failed to establish connection to ResolvedIPv4Address(('127.0.0.1', 7687)) (reason [Errno 111] "
        "Connection refused)"
    )
    line = first_line(error)
    assert "\n" not in line
    assert line.startswith("Couldn't connect to 127.0.0.1:7687")
    assert line.endswith("Connection refused)")


def test_a_plain_first_line_is_kept_alone() -> None:
    assert first_line(ValueError("bad value\nmore detail")) == "bad value"


def test_an_error_without_text_is_named_by_its_type() -> None:
    assert first_line(KeyError()) == "KeyError"


def test_an_output_under_a_file_names_the_file(tmp_path: Path) -> None:
    blocking = tmp_path / "report.csv"
    blocking.write_text("x", encoding="utf-8")
    out = blocking / "graph.json"
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        message = str(cannot_write(out, error))
    assert message == f"cannot write {out}: {blocking} is a file, not a folder"


def test_export_under_a_file_is_one_user_error(tmp_path: Path) -> None:
    blocking = tmp_path / "notes.txt"
    blocking.write_text("x", encoding="utf-8")
    with pytest.raises(UserError, match="is a file, not a folder"):
        export_graph(Graph(), "json", blocking / "out" / "graph.json")
