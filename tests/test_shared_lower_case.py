"""The readers that lower a whole document (the attendance rows' reader, the plural posts', the board elections',
the chairs' lists', the member lists') share its one lower-case copy (``vocab.near.lowered``) instead of lowering
it again, and read what they read before: ``str.lower`` where they asked it, the text with "İ" kept as written where
they kept it (the one letter whose lower case is two characters)."""

from __future__ import annotations

import sys

import pytest

from graphbuild.vocab.near import lowered, lowered_as_written, plain_lowered

_TEXTS = (
    "Byrådet\nMedlemmer:\nAnders Hansen (A), formand\nBente Berg (V)\n",
    "Venskabsbyforeningen İzmir-İstanbul\nMedlemmer:\nAnders Hansen\n",
    "SİDDER i bestyrelsen: Kirsten Holm og Ole Lund",
    "",
)


def test_only_the_dotted_capital_i_lowers_to_two_characters() -> None:
    assert [chr(c) for c in range(sys.maxunicode + 1) if len(chr(c).lower()) != 1] == ["İ"]


@pytest.mark.parametrize("text", _TEXTS)
def test_plain_lowered_is_str_lower(text: str) -> None:
    assert plain_lowered(text) == text.lower()


@pytest.mark.parametrize("text", _TEXTS)
def test_lowered_as_written_keeps_a_dotted_capital_i_and_every_offset(text: str) -> None:
    assert lowered_as_written(text) == "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    assert len(lowered_as_written(text)) == len(text)


def test_a_text_without_a_dotted_capital_i_is_lowered_once() -> None:
    text = _TEXTS[0] * 3
    shared = lowered(text)
    assert plain_lowered(text) is shared
    assert lowered_as_written(text) is shared


def test_a_text_with_a_dotted_capital_i_is_not_given_the_shared_copy() -> None:
    text = _TEXTS[2]
    assert plain_lowered(text) != lowered(text)  # "i" and a combining dot, not "i"
    assert lowered_as_written(text)[1] == "İ"
