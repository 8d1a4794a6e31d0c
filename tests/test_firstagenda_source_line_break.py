r"""A FirstAgenda section's markup: a line break of its source, with the blanks around it, is one space as the page
shows it. The blanks before the break are read only from their run's first character: tried from each space of a long
line of spaces with no break, they ran to its end and failed there again (quadratic in the markup). The replacements
are the old pattern's."""

from __future__ import annotations

import re
from functools import partial

from random_texts import same_readings

from graphbuild.sources.firstagenda_sections import _SOURCE_LINE_BREAK, read_sections

OLD = re.compile(r"[ \t]*[\r\n]+[ \t]*")


def _replaced(pattern: re.Pattern[str], text: str) -> tuple[str, list[tuple[int, int]]]:
    """The text with each line break and its blanks one space, and the spans replaced."""
    return pattern.sub(" ", text), [found.span() for found in pattern.finditer(text)]


def test_a_line_break_and_its_blanks_are_one_space() -> None:
    markup = "<p>Udvalget godkendte   \r\n   indstillingen.</p>"
    assert _SOURCE_LINE_BREAK.sub(" ", markup) == OLD.sub(" ", markup) == "<p>Udvalget godkendte indstillingen.</p>"
    # the near miss: blanks with no line break stay as they are
    assert _SOURCE_LINE_BREAK.sub(" ", "<p>A   B</p>") == "<p>A   B</p>"


def test_the_replacements_are_the_old_patterns_on_random_texts() -> None:
    pieces = [" ", "  ", "\t", "\n", "\r\n", "\r", "\n\n", " \n ", "a", "<p>", "x"]
    same_readings(
        partial(_replaced, _SOURCE_LINE_BREAK), partial(_replaced, OLD), pieces, seed=29, count=20000, most=14
    )


def test_a_long_line_of_spaces_is_read_in_time() -> None:
    # the old pattern: 0.055 s at 4,000 spaces, by the square about 8 s at 50,000
    markup = "<p>Beslutning" + " " * 50_000 + "godkendt</p>\n<p>Næste</p>"
    sections, _ = read_sections(markup)
    assert any("godkendt" in text and "Næste" in text for _, text in sections)
    assert _SOURCE_LINE_BREAK.sub(" ", markup) == markup.replace("\n", " ")
