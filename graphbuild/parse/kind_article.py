"""A kind's word below an article: a news page or a blog post tells of a meeting in paragraphs and then links to its
minutes or agenda on a short line of its own ("… Endelig valgte bestyrelsen at aflyse …" / "Referat af
bestyrelsesmøde" / "Beredskabsplan for …"). A meeting's document names its kind at its top, over its header's fields;
a site's chrome above it is at most a paragraph or two of prose (a cookie notice, an index page's introduction), so
a short line under four or more paragraphs of sentences is a link or a section of the article, no heading naming
the document."""

from __future__ import annotations

import re

from graphbuild.parse.dates import find_date
from graphbuild.parse.lines import Line

_SENTENCE_END = re.compile(r"[a-zæøå0-9)]\.\s+[A-ZÆØÅ]")  # a full stop inside the line: a paragraph of sentences
_PARAGRAPH_WORDS = 20
_PARAGRAPHS = 4  # an article's lead and body; a site's prose above a heading is one or two
_LINK_WORDS = 12  # a link's or a heading's length, not a sentence of the article
_FOLLOWING_REACH = 80  # the next line's head, where a meeting's header prints its day


def paragraph_of_sentences(line: Line) -> bool:
    """Whether the line is a paragraph of prose: twenty words or more with a sentence ending inside it."""
    text = line.clean
    return len(text.split()) >= _PARAGRAPH_WORDS and _SENTENCE_END.search(text) is not None


def below_an_article(line: Line, paragraphs_above: int, following: Line | None = None) -> bool:
    """Whether a short line that names no day stands under four or more paragraphs of sentences, over a line that
    names none either: an article's link, no heading (a dated heading, "Referat fra mødet den 3. maj 2022", or one
    over its meeting's day, "Referat" / "Mødedato: 3. maj 2022", names its meeting wherever it stands)."""
    text = line.clean
    if paragraphs_above < _PARAGRAPHS or len(text.split()) > _LINK_WORDS or find_date(text) is not None:
        return False
    return following is None or find_date(following.clean[:_FOLLOWING_REACH]) is None
