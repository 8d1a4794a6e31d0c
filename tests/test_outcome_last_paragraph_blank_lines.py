r"""outcome_decision's closing paragraph ("\n\nIndstillet og valgt") is searched from the blanks before the text's last
line, where every match of its pattern starts: a run of blank lines earlier in an item's text was read again from
each of its line breaks (quadratic: 0.004 s at 1,000 blank lines, 0.07 s at 4,000, 7 s at 40,000). The same match as
the pattern searched from the text's start."""

from __future__ import annotations

import re

from random_texts import same_readings

from graphbuild.extract.outcome_decision import _LAST_PARAGRAPH, _last_paragraph


def _span(found: re.Match[str] | None) -> tuple[tuple[int, int], tuple[int, int]] | None:
    return None if found is None else (found.span(), found.span(1))


def test_the_closing_paragraph_after_a_blank_line_is_found() -> None:
    text = "B. Nyt medlem – Camilla Jarltoft kandidat?\n\nIndstillet og valgt\n"
    found = _last_paragraph(text)
    assert found is not None and found[1] == "Indstillet og valgt"
    assert _span(found) == _span(_LAST_PARAGRAPH.search(text))


def test_a_last_line_with_no_blank_line_before_it_is_no_closing_paragraph() -> None:
    # the near miss: the last line follows the one before it directly
    assert _last_paragraph("Sagen blev drøftet.\nIndstillet og valgt") is None


def test_the_match_is_the_whole_texts_search_on_random_texts() -> None:
    pieces = [" ", "\t", "\xa0", "\n", "\n\n", "\r", "\u2028", "x", "Godkendt", "a b", ".", "\n \n"]
    found = same_readings(
        lambda text: _span(_last_paragraph(text)),
        lambda text: _span(_LAST_PARAGRAPH.search(text)),
        pieces,
        seed=29,
        count=50000,
        most=12,
    )
    assert found > 5000


def test_blank_lines_inside_the_text_are_read_in_linear_time() -> None:
    text = "Sagen blev drøftet." + "\n" * 40000 + "x\ny"
    assert _last_paragraph(text) is None
