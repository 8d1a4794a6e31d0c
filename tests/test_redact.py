"""Secrets never leave the sources stage; case numbers and dates stay."""

from __future__ import annotations

from pathlib import Path

from graphbuild.sources import MARKER, read_source
from graphbuild.sources.redact import redact


def test_password_on_next_line_and_login_line() -> None:
    text = (
        "Login: Vores login navn i Kommunen er: Sundhed-Byen\n\n"
        "Password: Vores password i Kommunen er:\n42Hemmelig\n\nPå siden kan man se programmer."
    )
    result = redact(text)
    assert "Sundhed-Byen" not in result.text and "42Hemmelig" not in result.text
    assert "På siden kan man se programmer." in result.text
    assert result.count == 3


def test_inline_labels_and_cpr() -> None:
    result = redact("Brugernavn: jens01\nBrug adgangskode: x9y8 og kodeord=abc i dag.\nCPR 010190-1234 og 3112891234.")
    for secret in ("jens01", "x9y8", "abc", "010190-1234", "3112891234"):
        assert secret not in result.text
    assert result.text.count(MARKER) == 5 == result.count
    assert "i dag." in result.text


def test_case_numbers_dates_and_prose_are_kept() -> None:
    text = (
        "Sagsnr.: 326-2017-43896 J.nr.: 00.01.10 Dokumentnr.: 326-2021-44624\n"
        "00.15.10-A21-1-21 25/26257 d. 22-02-2021 06.10.2023 2023-10-04 13:00 tlf. 43 21 12 34\n"
        "Login og password er unikt for os. Man skal bruge et login og password.\n"
        "Beløbet er 1.019.660 kr. og 321399-1234 er ikke en dato."
    )
    result = redact(text)
    assert result.text == text and result.count == 0


def test_read_source_redacts(tmp_path: Path) -> None:
    path = tmp_path / "m.txt"
    path.write_text("Referat\nPassword:\nHemmelig123\nSlut\n", encoding="utf-8")
    doc = read_source(path)
    assert "Hemmelig123" not in doc.text and doc.redactions == 1
