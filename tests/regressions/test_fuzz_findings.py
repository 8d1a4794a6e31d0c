"""Inputs the fuzzers found that once escaped as crashes or leaks; each must stay fixed.

The files in inputs/ are the fuzzers' own outputs (small mutated PDFs), kept byte for byte.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from graphbuild.errors import SourceError
from graphbuild.sources import read_source
from graphbuild.sources.html import html_to_text

INPUTS = Path(__file__).resolve().parent / "inputs"


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        # pypdf raised NotImplementedError for an /Encrypt dictionary with an unknown /Filter.
        ("pdf_unknown_security_handler.pdf", "unsupported feature"),
        # pypdf raised LimitReachedError for an object that refers to itself.
        ("pdf_self_reference_loop.pdf", "unreadable PDF"),
    ],
)
def test_mutated_pdf_is_one_source_error(name: str, problem: str) -> None:
    path = INPUTS / name
    with pytest.raises(SourceError, match=problem) as caught:
        read_source(path)
    assert str(caught.value).startswith(f"{path}: ")
    assert "\n" not in str(caught.value)


def test_pdf_faults_log_and_quote_no_file_bytes(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """pypdf logs (and some errors quote) raw bytes near a fault: unredacted text."""
    from bad_inputs import pdf_bytes

    caplog.set_level(logging.DEBUG)
    path = tmp_path / "leaky.pdf"
    path.write_bytes(pdf_bytes(["Referat"]).replace(b"/Contents", b"^Password:Hemmelig77zz", 1))
    try:
        read_source(path)
    except SourceError as error:
        assert "Hemmelig77zz" not in str(error)
    assert "Hemmelig77zz" not in caplog.text


def test_pdf_error_text_drops_quoted_bytes_and_secrets() -> None:
    from graphbuild.sources.pdf import _one_line

    quoted = ValueError("Invalid Elementary Object starting with b'Password: Hemmelig77zz' @414")
    assert "Hemmelig77zz" not in _one_line(quoted) and "Invalid Elementary Object" in _one_line(quoted)
    assert "Hemmelig77zz" not in _one_line(ValueError("bad key Password: Hemmelig77zz"))


def test_deeply_nested_html_no_longer_overflows_the_stack() -> None:
    # found by the bad-input corpus: RecursionError from the tree walk, and minutes of parsing
    text = html_to_text("<div>" * 5000 + "bunden" + "</div>" * 5000)
    assert text.strip() == "bunden"
