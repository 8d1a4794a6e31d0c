"""first_form's one pass of the rules' alternation gives what searching each rule on its own gives."""

from __future__ import annotations

import pytest

from graphbuild.extract.decision_rules import (
    DECISION_RULES,
    WEAK_RULES,
    _compiled,
    _first_form_by_rule,
    _first_place,
    first_form,
)

DECISIONS = [
    "Godkendt.",
    "Anbefales ikke.",
    "Udvalget drøftede sagen. Godkendt med de faldne bemærkninger.",
    "Borgmesteren meddelte, at punkt 9 udgår. Godkendt.",  # another item's fate, then the verdict
    "Pkt. 4. – Lokalplan 12 udgår. Sagen blev taget til efterretning.",
    "Sagen udsættes til næste møde.",
    "Fremsendes til Byrådet med bemærkning, at Magistraten anbefaler forslaget.",
    "Orientering.",
    "Drøftet.",
    "Intet at bemærke",
]


@pytest.mark.parametrize("decision", DECISIONS)
@pytest.mark.parametrize("rules", [DECISION_RULES, WEAK_RULES])
def test_one_pass_is_the_rules_searched_one_by_one(decision: str, rules: tuple[tuple[str, str], ...]) -> None:
    assert first_form(decision, rules) == _first_form_by_rule(decision, rules, _compiled(rules)[1])  # type: ignore[arg-type]


def test_another_items_fate_is_skipped_for_the_next_form() -> None:
    found = first_form("Borgmesteren meddelte, at punkt 9 udgår. Godkendt.")
    assert found is not None and found[0] == "approved"


@pytest.mark.parametrize("rules", [DECISION_RULES, WEAK_RULES])
def test_the_first_place_is_where_the_one_pass_first_matches(rules: tuple[tuple[str, str], ...]) -> None:
    one_pass = _compiled(rules)[0]  # type: ignore[arg-type]
    searcher = _first_place(rules)  # type: ignore[arg-type]
    texts = [
        f"{head}{decision}{tail}"
        for decision in DECISIONS
        for head in ("", "\n  ", "Sagen. ", "x")
        for tail in ("", "\n")
    ]
    texts += [text.upper() for text in texts] + [text.lower() for text in texts]
    for text in texts:
        for lo in range(len(text)):  # every place a search may start from
            place, found = searcher.search(text, lo), one_pass.search(text, lo)
            assert (place and place.start()) == (found and found.start()), (text, lo)
