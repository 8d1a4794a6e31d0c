"""Whether a page's text prints no blank line (parse/text_unbroken): a dev-write page as printed with none
(Svendborg Kommune) and one with blank lines (Københavns Kommune). The test split is never read."""

from __future__ import annotations

from graphbuild.parse.lines import split_lines
from graphbuild.parse.text_unbroken import prints_no_blank_line

# Svendborg Kommune, Økonomiudvalget, 12 September 2023, as printed: one line break between its blocks
SVENDBORG = """Økonomiudvalget
Referat • 12. september 2023 kl. 15.00
Indhold
Beslutning i Økonomiudvalget den 12-09-2023
Der var afbud fra Dorthe Ullemose (O).
"""

# Københavns Kommune, Økonomiudvalget, 23 August 2017, item 4's page: its blocks parted by blank lines
KOEBENHAVN = """Mødedato: 23.08.2017, kl. 11:00
Mødested: Comwell Borupgaard, Snekkersten

Første behandling af budgetforslag 2018 og overslagsårene 2019-2022 (augustindstillingen)
"""


def test_a_page_printed_with_no_blank_line_is_unbroken() -> None:
    assert prints_no_blank_line(split_lines(SVENDBORG))
    # blank lines before the first line with text and after the last say nothing
    assert prints_no_blank_line(split_lines("\n\n" + SVENDBORG + "\n\n"))


def test_a_page_with_a_blank_line_between_its_blocks_is_not() -> None:
    assert not prints_no_blank_line(split_lines(KOEBENHAVN))


def test_two_lines_say_nothing() -> None:
    assert not prints_no_blank_line(split_lines("Økonomiudvalget\nReferat • 12. september 2023 kl. 15.00\n"))
