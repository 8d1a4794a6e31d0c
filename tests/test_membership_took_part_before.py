"""Taking part or owning said to be former states none (README `memberships`: a membership that ended is no row):
"deltog tidligere i X", "ejede tidligere X", "deltog frem til 2020 i X". Taking part now, or a former name in a
relative clause about the body ("…, som tidligere hed Y"), stands."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import member_pairs_of_text

HEADER = "Referat\nMøde i Økonomiudvalget den 1. marts 2022\n\nPunkt 1: Orientering\n\n"


@pytest.mark.parametrize(
    "text",
    [
        "Favrskov og Syddjurs Kommuner deltog tidligere i Business Region Aarhus.",
        "Favrskov og Syddjurs Kommuner deltog frem til 2020 i Business Region Aarhus.",
        "Favrskov og Syddjurs Kommuner ejede tidligere Business Region Aarhus.",
    ],
)
def test_former_taking_part_is_none(tmp_path: Path, text: str) -> None:
    assert member_pairs_of_text(tmp_path, HEADER + text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Favrskov og Syddjurs Kommuner deltager i Business Region Aarhus.",
        "Favrskov og Syddjurs Kommuner er medlemmer af Business Region Aarhus, som tidligere hed Business Region Øst.",
    ],
)
def test_taking_part_now_stands(tmp_path: Path, text: str) -> None:
    found = member_pairs_of_text(tmp_path, HEADER + text)
    assert {m for m, n in found if n == "Business Region Aarhus"} == {"Favrskov", "Syddjurs"}
