"""A membership only expected or aimed at, the clause after a comma's "at" ("forventer, at A og B bliver medlemmer",
"regner med, at …", "Målet er, at …", "Der arbejdes på, at …"), states none (README `memberships`: only proposed or
considered is no row); a statement reported ("Det kan oplyses, at …") and a body's aim in a relative clause stand."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import member_pairs_of_text

HEADER = "Referat\nMøde i Økonomiudvalget den 1. marts 2022\n\nPunkt 1: Orientering\n\n"


@pytest.mark.parametrize(
    "text",
    [
        "Vestkystforeningen forventer, at Lemvig og Struer Kommuner bliver medlemmer.",
        "Vestkystforeningen regner med, at Lemvig og Struer Kommuner bliver medlemmer.",
        "Der arbejdes på, at Lemvig og Struer Kommuner bliver medlemmer af Vestkystforeningen.",
        "Målet er, at Lemvig og Struer Kommuner bliver medlemmer af Vestkystforeningen.",
    ],
)
def test_a_membership_only_expected_is_none(tmp_path: Path, text: str) -> None:
    assert member_pairs_of_text(tmp_path, HEADER + text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Det kan oplyses, at Lemvig og Struer Kommuner er medlemmer af Vestkystforeningen.",
        "Lemvig og Struer Kommuner er medlemmer af Vestkystforeningen, der arbejder for at fremme turismen.",
        "Vestkystforeningen arbejder for at fremme turismen, og Lemvig og Struer Kommuner er medlemmer af foreningen.",
    ],
)
def test_a_statement_reported_stands(tmp_path: Path, text: str) -> None:
    found = member_pairs_of_text(tmp_path, HEADER + text)
    assert {m for m, n in found if n == "Vestkystforeningen"} == {"Lemvig", "Struer"}
