"""In the minutes of a body of unknown reach, a municipality named as a host ("Mødet blev afholdt hos Skive Kommune,
og vi takker for værtskabet", "Kommunen køber beredskabsydelsen hos Køge Kommune", "På vegne af Skive Kommune har
direktøren skrevet til os") is no self-reference, though "vi" or "kommunen" stands beside it; a municipal body's
minutes and a municipality said alone keep theirs. The "hos" sentence follows dev-write's Stevns news ("køber begge
beredskabsydelsen hos Køge Kommune, som derfor står for den daglige drift"); the test split is never read while
writing these rules."""

from __future__ import annotations

import pytest
from snippet_municipality import item_municipality


@pytest.mark.parametrize("body", ["Styregruppen", ""])
@pytest.mark.parametrize(
    ("sentence"),
    [
        "Mødet blev afholdt hos Skive Kommune, og vi takker for værtskabet.",
        "Kommunen køber beredskabsydelsen hos Køge Kommune, som derfor står for den daglige drift.",
        "På vegne af Skive Kommune har direktøren skrevet til os.",
    ],
)
def test_a_host_is_no_self_reference(body: str, sentence: str) -> None:
    assert item_municipality(body, sentence) is None


@pytest.mark.parametrize("body", ["Styregruppen", ""])
def test_the_self_said_alone_stays(body: str) -> None:
    assert item_municipality(body, "Vi vil i Skive Kommune styrke beredskabet.") == "Skive"


def test_a_municipal_body_keeps_its_own() -> None:
    assert item_municipality("Økonomiudvalget", "Mødet blev afholdt hos Skive Kommune, og vi takker.") == "Skive"
