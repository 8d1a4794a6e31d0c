"""Going together about a joint task or document ("A og B er gået sammen om en fælles ansøgning til X", "går sammen om
et fælles udbud med X") sets up no body: X is who it is sent to or made with, no network of theirs (README
`memberships`: a cooperation with no named body is no row). Going together to set up a body ("gået sammen om at
stifte X", "om et fælles beredskab, X") still ties."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import member_pairs_of_text

HEADER = "Referat\nMøde i Økonomiudvalget den 1. marts 2022\n\nPunkt 1: Orientering\n\n"


@pytest.mark.parametrize(
    "text",
    [
        "Aabenraa og Sønderborg Kommuner er gået sammen om en fælles ansøgning til Destination Sønderjylland.",
        "Aabenraa og Sønderborg Kommuner går sammen om et fælles udbud med Destination Sønderjylland.",
    ],
)
def test_going_together_about_a_task_joins_no_body(tmp_path: Path, text: str) -> None:
    assert member_pairs_of_text(tmp_path, HEADER + text) == set()


@pytest.mark.parametrize(
    ("text", "network"),
    [
        (
            "Aabenraa og Sønderborg Kommuner er gået sammen om at stifte Destination Sønderjylland.",
            "Destination Sønderjylland",
        ),
        (
            "Aabenraa og Sønderborg Kommuner er gået sammen om et fælles beredskab, Brand og Redning Sønderjylland.",
            "Brand og Redning Sønderjylland",
        ),
    ],
)
def test_going_together_to_set_up_a_body_ties(tmp_path: Path, text: str, network: str) -> None:
    found = member_pairs_of_text(tmp_path, HEADER + text)
    assert {m for m, n in found if n == network} == {"Aabenraa", "Sønderborg"}
