"""A membership's subject that is people from the municipalities ("Borgere fra A og B Kommuner har stiftet X") names
no member: the citizens founded it, not the municipalities; the municipalities as the subject still do."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import member_pairs_of_text

HEADER = "Referat\nMøde i Økonomiudvalget den 1. marts 2022\n\nPunkt 1: Orientering\n\n"


@pytest.mark.parametrize(
    "text",
    [
        "Borgere fra Lemvig og Struer Kommuner har stiftet Vestkystforeningen.",
        "Frivillige fra både Lemvig og Struer Kommuner har etableret Vestkystforeningen.",
    ],
)
def test_people_from_the_municipalities_are_no_members(tmp_path: Path, text: str) -> None:
    assert member_pairs_of_text(tmp_path, HEADER + text) == set()


@pytest.mark.parametrize(
    "text",
    [
        # the municipalities themselves set it up
        "Lemvig og Struer Kommuner har stiftet Vestkystforeningen.",
    ],
)
def test_the_municipalities_as_subject_still_are(tmp_path: Path, text: str) -> None:
    found = member_pairs_of_text(tmp_path, HEADER + text)
    assert {m for m, n in found if n == "Vestkystforeningen"} == {"Lemvig", "Struer"}


def test_citizens_in_the_municipalities_are_still_a_group(tmp_path: Path) -> None:
    # the citizens in the municipalities ("i", not "fra") share one body: the municipalities' (svjb, dev-write)
    text = (
        "Fra 1.1.2015 har borgerne i Esbjerg, Fanø og Varde Kommuner haft ét fælles beredskab samlet "
        "under navnet Sydvestjysk Brandvæsen."
    )
    found = member_pairs_of_text(tmp_path, HEADER + text)
    assert {m for m, n in found if n == "Sydvestjysk Brandvæsen"} == {"Esbjerg", "Fanø", "Varde"}
