"""The real-corpus scorer pairs gold items with found items fairly: a number printed once on each side pairs
them, a number repeated on either side (a list that lost its numbering prints every item "1.") pairs the
items sharing it by title, and items precision and the extras listed come from that one pairing. The titles
are dev-write documents' (Furesø Idrætsråd 2016-11-24, Gribskov Kulturskole 2017-10-25, Tårnborg Lokalråd
2017-03-06), as printed."""

from __future__ import annotations

import types
from typing import Any

from benchmarks.realworld import paired_items, score_document


def _item(number: str | None, title: str, outcome: str = "none") -> Any:
    return types.SimpleNamespace(number=number, title=title, outcome=outcome)


def _gold(*items: tuple[str | None, str, str]) -> dict[str, Any]:
    return {
        "kind": "referat",
        "items": [{"number": n, "title": t, "outcome": o, "from_contents": False} for n, t, o in items],
    }


def _facts(*items: Any) -> Any:
    return types.SimpleNamespace(
        kind="referat", start=None, body=None, municipality=None, items=list(items), relations=[], entities=[],
        attendance=[], errors=[],
    )  # fmt: skip


def _items_scores(gold: dict[str, Any], facts: Any) -> tuple[dict[str, tuple[int, int]], list[str]]:
    misses: list[str] = []
    scores = score_document(gold, misses, facts=facts)
    return {k: scores[k] for k in ("items", "items precision", "outcomes")}, misses


# Furesø Idrætsråd: the list lost its numbering, every item is printed "1."
FURESOE = _gold(
    ("1", "Godkendelse af dagsordenen", "approved"),
    ("1", "Siden sidst", "noted"),
    ("1", "Søndersøhallen", "discussed"),
)


def test_items_that_share_a_repeated_number_pair_by_title_not_by_order() -> None:
    # a line of the list read as an item of its own ("1. Formand") before the items: in order, every gold item
    # would pair with the found item before its own and its outcome be scored against the wrong item
    facts = _facts(
        _item("1", "Formand"),
        _item("1", "Godkendelse af dagsordenen", "approved"),
        _item("1", "Siden sidst", "noted"),
        _item("1", "Søndersøhallen", "discussed"),
    )
    scores, misses = _items_scores(FURESOE, facts)
    assert scores == {"items": (3, 3), "items precision": (3, 4), "outcomes": (3, 3)}
    assert [line for line in misses if line.startswith("item")] == ["item not in gold: 1 'Formand'"]


def test_a_repeated_number_pairs_the_best_title_and_a_title_sharing_no_word_pairs_with_none() -> None:
    gold_items = FURESOE["items"]
    found = [_item("1", "Søndersøhallen"), _item("1", "Siden sidst"), _item("1", "Kommende møder")]
    paired = paired_items(gold_items, found)
    assert paired == [None, found[1], found[0]]  # "Kommende møder" is not "Godkendelse af dagsordenen"
    # a filler word shared ("af") is no overlap: "Valg af revisor" is not "Godkendelse af dagsordenen"
    assert paired_items(gold_items[:1], [_item("1", "Valg af revisor"), _item("1", "Evt")]) == [None]


def test_an_extra_behind_a_gold_number_is_listed_and_counted() -> None:
    # Gribskov Kulturskole: the lines under "Meddelelser" are numbered 1-3 again; the gold numbers 1-3 are
    # its items, so the extras hid behind them in the listing of what was found that is not in the gold
    gold = _gold(
        ("1", "Godkendelse af sidste mødereferat", "approved"),
        ("2", "Godkendelse af dagsorden", "approved"),
        ("3", "Meddelelser", "noted"),
    )
    facts = _facts(
        _item("1", "Godkendelse af sidste mødereferat", "approved"),
        _item("2", "Godkendelse af dagsorden", "approved"),
        _item("3", "Meddelelser", "noted"),
        _item("1", "Formand"),
        _item("2", "Leder", "discussed"),
    )
    scores, misses = _items_scores(gold, facts)
    assert scores == {"items": (3, 3), "items precision": (3, 5), "outcomes": (3, 3)}
    assert [line for line in misses if line.startswith("item")] == [
        "item not in gold: 1 'Formand'",
        "item not in gold: 2 'Leder'",
    ]


def test_a_plain_numbered_document_pairs_by_number_as_before() -> None:
    # each number printed once on each side: the number alone pairs (a found title cut short still is the
    # item), an unnumbered gold item pairs by title at word starts, a found number the gold lacks is an extra
    gold = _gold(
        ("1", "Godkendelse af dagsorden og referat", "approved"),
        ("2", "Regnskab 2016", "discussed"),
        (None, "Beboermødet 15. marts 2017", "discussed"),
    )
    facts = _facts(
        _item("1", "Godkendelse af dagsorden", "approved"),
        _item("2", "Regnskab", "noted"),
        _item(None, "Beboermødet 15. marts 2017", "discussed"),
        _item("4", "Eventuelt"),
    )
    scores, misses = _items_scores(gold, facts)
    assert scores == {"items": (3, 3), "items precision": (3, 4), "outcomes": (2, 3)}
    assert [line for line in misses if line.startswith(("item", "outcome"))] == [
        "outcome of 2: expected discussed, found noted",
        "item not in gold: 4 'Eventuelt'",
    ]
    assert paired_items(gold["items"], facts.items) == facts.items[:3]


def test_items_found_on_a_page_that_is_no_meeting_are_all_listed() -> None:
    misses: list[str] = []
    scores = score_document({"kind": "webpage"}, misses, facts=_facts(_item("1", "Formål")))
    assert scores["items precision"] == (0, 1)
    assert "item not in gold (no meeting): 1 'Formål'" in misses


def test_an_item_printed_with_no_heading_pairs_in_order_with_a_found_item_that_has_none_either() -> None:
    # a portal page whose item headings were fold-out buttons the text lost: gold lists each item with number
    # and title null; found items with neither pair with them in order, a named found item never does
    gold_items = [
        {"number": None, "title": None, "outcome": "approved", "from_contents": False},
        {"number": None, "title": None, "outcome": "noted", "from_contents": False},
    ]
    named = _item("1", "Godkendelse af dagsorden")
    first, second = _item("", "", "approved"), _item(None, "", "noted")
    assert paired_items(gold_items, [named, first, second]) == [first, second]
    assert paired_items(gold_items, [named]) == [None, None]
    assert paired_items(gold_items, [first]) == [first, None]
