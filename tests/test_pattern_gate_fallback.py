"""pattern_gate on a Python whose private ``re._parser`` is missing or reads patterns into other shapes: every
failure leaves the pattern ungated, with the same matches as its gated twin on this Python's parser; a parser that
gives a wrong gate without failing is caught by the probe and not used."""

from __future__ import annotations

import importlib
import re
from types import SimpleNamespace
from typing import Any

import pytest

from graphbuild.extract.decision_rules import DECISION_RULES, WEAK_RULES
from graphbuild.extract.laws import LAW_THEN_PARAGRAPH
from graphbuild.extract.role_members_prose import ELECTED_TO, MEMBERS_ARE
from graphbuild.vocab import pattern_gate
from graphbuild.vocab.pattern_gate import gated, parser_reads_as_expected, start_test

ENGINE_PARSER: Any = pattern_gate._parser
DECISION_FLAGS = re.IGNORECASE | re.MULTILINE
# patterns the code base gates, each with the flags it is compiled with
PATTERNS = [
    (MEMBERS_ARE.pattern, MEMBERS_ARE.flags),
    (ELECTED_TO.pattern, ELECTED_TO.flags),
    (LAW_THEN_PARAGRAPH.pattern, LAW_THEN_PARAGRAPH.flags),
    *((pattern, DECISION_FLAGS) for _outcome, pattern in DECISION_RULES[:6] + WEAK_RULES[:3]),
    ("|".join(f"({pattern})" for _outcome, pattern in DECISION_RULES), DECISION_FLAGS),
]
TEXTS = [
    "Medlemmer:\nJens Hansen\nBestyrelsens medlemmer: Anne Holm, Bo Ek\n",
    "Medlemmer af udvalget er: Jens Hansen og Lise Holm. Lise Holm blev valgt til bestyrelsen.",
    "Jf. lov om social service § 12, stk. 2, og planloven §5.",
    "Godkendt. Indstillingen blev taget til efterretning.\n  Afslag på ansøgningen. Sagen blev udsat.",
    "Fremsendes til Byrådet med bemærkning, at Magistraten anbefaler forslaget. Ikke godkendt af V.",
    "BYRÅDET VEDTOG INDSTILLINGEN. Udvalget drøftede sagen og besluttede at give tilskud.",
]


class _Tree(list[Any]):
    """A tree of items as a parser of other shapes might give it, with the engine's state."""

    def __init__(self, items: list[Any], state: Any) -> None:
        super().__init__(items)
        self.state = state


def _engine_tree(pattern: str, flags: int) -> Any:
    return ENGINE_PARSER.parse(pattern, flags)


def _items_of_three(pattern: str, flags: int) -> _Tree:
    tree = _engine_tree(pattern, flags)
    return _Tree([(op, value, None) for op, value in tree], tree.state)


def _ops_renamed(pattern: str, flags: int) -> _Tree:
    tree = _engine_tree(pattern, flags)
    return _Tree([(f"OP_{op}", value) for op, value in tree], tree.state)


def _no_state(pattern: str, flags: int) -> list[Any]:
    return list(_engine_tree(pattern, flags))


def _raises(pattern: str, flags: int) -> Any:
    raise TypeError("parse() takes other arguments")


FAILING_PARSERS: dict[str, Any] = {
    "no parser": None,
    "no parse function": SimpleNamespace(),
    "parse with other arguments": SimpleNamespace(parse=_raises),
    "a tree with no state": SimpleNamespace(parse=_no_state),
    "items of three": SimpleNamespace(parse=_items_of_three),
    "operators of other names": SimpleNamespace(parse=_ops_renamed),
}


def spans(pattern: re.Pattern[str]) -> list[list[tuple[int, int]]]:
    return [[m.span() for m in pattern.finditer(text)] for text in TEXTS]


def test_the_patterns_are_gated_and_match_on_this_python() -> None:
    twins = [gated(pattern, flags) for pattern, flags in PATTERNS]
    assert all(twin.pattern != pattern for twin, (pattern, _flags) in zip(twins, PATTERNS, strict=True))
    assert sum(len(found) for twin in twins for found in spans(twin)) >= len(PATTERNS)
    assert parser_reads_as_expected()


@pytest.mark.parametrize("broken", FAILING_PARSERS.values(), ids=FAILING_PARSERS.keys())
def test_a_parser_that_fails_leaves_the_pattern_ungated_with_the_same_matches(
    monkeypatch: pytest.MonkeyPatch, broken: Any
) -> None:
    twins = [gated(pattern, flags) for pattern, flags in PATTERNS]
    monkeypatch.setattr(pattern_gate, "_parser", broken)
    assert not parser_reads_as_expected()
    for (pattern, flags), twin in zip(PATTERNS, twins, strict=True):
        assert start_test(pattern, flags) is None
        fallback = gated(pattern, flags)
        assert fallback.pattern == pattern
        assert spans(fallback) == spans(twin)


def test_a_parser_that_gives_a_wrong_gate_without_failing_is_caught_by_the_probe(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def every_pattern_read_as_q(_pattern: str, flags: int) -> Any:
        return _engine_tree("q", flags)

    monkeypatch.setattr(pattern_gate, "_parser", SimpleNamespace(parse=every_pattern_read_as_q))
    assert not parser_reads_as_expected()


def test_a_python_with_no_private_parser_gets_none(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_module(name: str, package: str | None = None) -> Any:
        raise ModuleNotFoundError(name)

    monkeypatch.setattr(importlib, "import_module", no_module)
    assert pattern_gate._engine_parser() is None
