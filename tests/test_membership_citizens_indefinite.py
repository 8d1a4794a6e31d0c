"""Some citizens of the municipalities, in the indefinite ("Borgere i A og B Kommuner har stiftet X"), are people, no
members: the municipalities are not; "borgerne i A, B og C Kommuner", all of them, stay the municipalities' group."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import member_pairs_of_text

HEADER = "Referat\nMøde i Økonomiudvalget den 1. marts 2022\n\nPunkt 1: Orientering\n\n"


@pytest.mark.parametrize(
    "text",
    [
        "Borgere i Lemvig og Struer Kommuner har stiftet Vestkystforeningen.",
        "Frivillige i Lemvig og Struer Kommuner har etableret Vestkystforeningen.",
    ],
)
def test_some_citizens_are_no_members(tmp_path: Path, text: str) -> None:
    assert member_pairs_of_text(tmp_path, HEADER + text) == set()


def test_all_the_citizens_are_still_the_municipalities_group(tmp_path: Path) -> None:
    # the definite "borgerne i" (svjb, dev-write): the municipalities share the body
    text = (
        "Fra 1.1.2015 har borgerne i Esbjerg, Fanø og Varde Kommuner haft ét fælles beredskab samlet "
        "under navnet Sydvestjysk Brandvæsen."
    )
    found = member_pairs_of_text(tmp_path, HEADER + text)
    assert {m for m, n in found if n == "Sydvestjysk Brandvæsen"} == {"Esbjerg", "Fanø", "Varde"}
