"""An error's one line for the user (`errors.first_line`): what a driver prints over several lines keeps its
reason when its first line only introduces it."""

from __future__ import annotations

from neo4j.exceptions import ServiceUnavailable

from graphbuild.errors import first_line


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
