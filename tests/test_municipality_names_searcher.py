"""municipality_names' searcher (the names grouped by their first letter, ``pattern_dispatch``) matches where the
municipality pattern matches, so ``named_municipalities`` reads the same places with it as without it."""

from __future__ import annotations

from graphbuild.vocab.municipality_names import _REACH, _names, _pattern, _searcher, named_municipalities
from graphbuild.vocab.near import finditer_near
from tests.random_texts import random_texts, same_readings, start_and_two_ends

_PIECES = [
    "Aarhus", "Århus", "Høje-Taastrup", "Høje Taastrup", "Lejre", "Lejres", "København", "KØBENHAVNS", "Odsherred",
    "Ishøj", "Vesthimmerlands", "Aabenraa", "Åbenrå", " Kommune", " kommunes", " Regionskommune", " Byråd", " byrådet",
    "Byrådet i ", "Magistraten i ", "Borgerrepræsentationen i ", " Rådhus", " rådhuset", "8000 ", "2630 ", " ", ", ",
    ".", "-", "\n", "s", "og ", "i ", "ı", "ſ", "\u212a", "Skanderborgvej", "www.", "lejre",
]  # fmt: skip


def test_the_searcher_matches_where_the_pattern_matches() -> None:
    pattern, searcher = _pattern(), _searcher()
    matched = same_readings(
        lambda text, at, end: searcher.match(text, at, end) is not None,
        lambda text, at, end: pattern.match(text, at, end) is not None,
        _PIECES,
        seed=33,
        count=1200,
        most=8,
        windows=start_and_two_ends,
    )
    assert matched > 100


def test_the_places_read_are_those_read_without_the_searcher() -> None:
    for text in random_texts(_PIECES, seed=34, count=400, most=40):
        plain = [(m.span(), m.groupdict()) for m in finditer_near(_pattern(), text, _names(), _REACH)]
        found = [
            (m.span(), m.groupdict()) for m in finditer_near(_pattern(), text, _names(), _REACH, searcher=_searcher())
        ]
        assert found == plain


# dev-write forms: "Byrådet i Lejre", "Aarhus Kommune", a postcode before the town
def test_a_municipality_named_as_one_is_read() -> None:
    text = "Mødet blev holdt på Lejre Rådhus. Byrådet i Aarhus og 2630 Høje-Taastrup; aarhus.dk nævnt."
    assert [(n.info.name, n.how) for n in named_municipalities(text)] == [
        ("Lejre", "rådhus"),
        ("Aarhus", "council"),
        ("Høje-Taastrup", "postcode"),
    ]
