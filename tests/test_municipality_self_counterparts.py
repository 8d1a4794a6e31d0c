"""A municipality the text sets against the writer's own, as its neighbour ("Kommunen har et godt samarbejde med
nabokommunen Skive Kommune") or writing to it ("Skive Kommune skriver i brev til kommunen, at beredskabet ændres",
"På vegne af Skive Kommune har direktøren skrevet til os"), is no self-reference and no sole mention; the self
speaking of itself ("Beredskabet i Skive Kommune er kommunens eget", "Skive Kommune giver tilskud til kommunens
foreninger") keeps its own. Probed shapes after dev-write's "vi er nu tre nabokommuner" (Stevns); the test split
is never read while writing these rules."""

from __future__ import annotations

import pytest
from snippet_municipality import item_municipality

from graphbuild.vocab.self_counterparts import set_against_the_self


@pytest.mark.parametrize("body", ["Økonomiudvalget", "Styregruppen", ""])
@pytest.mark.parametrize(
    "sentence",
    [
        "Kommunen har et godt samarbejde med nabokommunen Skive Kommune.",
        "Skive Kommune skriver i brev til kommunen, at beredskabet ændres.",
        "På vegne af Skive Kommune har direktøren skrevet til os.",
    ],
)
def test_the_selfs_counterpart_is_not_the_self(body: str, sentence: str) -> None:
    assert item_municipality(body, sentence) is None


@pytest.mark.parametrize(
    "sentence",
    ["Beredskabet i Skive Kommune er kommunens eget.", "Skive Kommune giver tilskud til kommunens foreninger."],
)
def test_the_self_speaking_of_itself_stays(sentence: str) -> None:
    assert item_municipality("Økonomiudvalget", sentence) == "Skive"


@pytest.mark.parametrize(
    "text",
    [
        "Skive Kommune giver tilskud til kommunens foreninger",  # the genitive: the self's own
        "Skive Kommune. Der blev sendt et brev til kommunen",  # another sentence
        "Nabokommunernes møde. Skive Kommune",
        "Skive Kommune har sendt til kommunalbestyrelsen",
    ],
)
def test_a_near_miss_is_no_counterpart(text: str) -> None:
    start = text.index("Skive")
    assert not set_against_the_self(text, start, start + len("Skive Kommune"))
