"""In the first lines of a body of unknown reach's minutes, or of a document with no body, "X Kommune" right after
"til", "med" or "mellem" ("Til Silkeborg Kommune", "Samarbejde med Skive Kommune") is an addressee or a partner, no
publisher; "Referat fra Vejle Kommune" and the publisher's heading keep theirs. The party words are
``named_as_a_party``'s, which ``header_municipality`` reads after its publisher; the test split is never read while
writing these rules."""

from __future__ import annotations

import pytest
from snippet_municipality import header_municipality


@pytest.mark.parametrize("body", ["Styregruppen", ""])
@pytest.mark.parametrize(
    "line", ["Til Silkeborg Kommune", "Samarbejde med Skive Kommune", "I samarbejde med Skive Kommune"]
)
def test_an_addressee_or_partner_is_no_publisher(body: str, line: str) -> None:
    assert header_municipality(body, line) is None


@pytest.mark.parametrize(
    ("line", "name"),
    [("Referat fra Vejle Kommune", "Vejle"), ("Vejle Kommune", "Vejle"), ("Tilsyn i Vejle Kommune", "Vejle")],
)
def test_the_publisher_stays(line: str, name: str) -> None:
    assert header_municipality("", line) == name
