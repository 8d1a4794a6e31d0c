r"""A FirstAgenda section's markup: a line break of its source, with the blanks around it, is one space as the page
shows it. The blanks before the break are read only from their run's first character: tried from each space of a long
line of spaces with no break, they ran to its end and failed there again (quadratic in the markup). The replacements
are the old pattern's."""

from __future__ import annotations

import re

from random_texts import random_texts

from graphbuild.sources.firstagenda_sections import _SOURCE_LINE_BREAK, read_sections

OLD = re.compile(r"[ \t]*[\r\n]+[ \t]*")


def test_a_line_break_and_its_blanks_are_one_space() -> None:
    markup = "<p>Udvalget godkendte   \r\n   indstillingen.</p>"
    assert _SOURCE_LINE_BREAK.sub(" ", markup) == OLD.sub(" ", markup) == "<p>Udvalget godkendte indstillingen.</p>"
    # the near miss: blanks with no line break stay as they are
    assert _SOURCE_LINE_BREAK.sub(" ", "<p>A   B</p>") == "<p>A   B</p>"


def test_the_replacements_are_the_old_patterns_on_random_texts() -> None:
    pieces = [" ", "  ", "\t", "\n", "\r\n", "\r", "\n\n", " \n ", "a", "<p>", "x"]
    for text in random_texts(pieces, seed=29, count=20000, most=14):
        assert _SOURCE_LINE_BREAK.sub(" ", text) == OLD.sub(" ", text), text
        assert [m.span() for m in _SOURCE_LINE_BREAK.finditer(text)] == [m.span() for m in OLD.finditer(text)], text


def test_a_long_line_of_spaces_is_read_in_time() -> None:
    # the old pattern: 0.055 s at 4,000 spaces, by the square about 8 s at 50,000
    markup = "<p>Beslutning" + " " * 50_000 + "godkendt</p>\n<p>Næste</p>"
    sections, _ = read_sections(markup)
    assert any("godkendt" in text and "Næste" in text for _, text in sections)
    assert _SOURCE_LINE_BREAK.sub(" ", markup) == markup.replace("\n", " ")
