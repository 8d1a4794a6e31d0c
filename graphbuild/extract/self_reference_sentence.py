"""A municipality's mention on a flattened page, read for a self-reference ("vi", "vores", "kommunen") in its own
sentence only: a PDF's text layer put the page on one line, so the characters either side of the mention reach into
other paragraphs and bullets, "… om: • Status på projektet ”Sammen finder vi job” • … • Det Centrale Handicapråd
holder Årsmøde den 10. april 2018 i Odense", "… genåbning af vores klubhus. Det betyder … Læsø 3-dages": a
"vi" there is no writer's word about the place named. On a line a page long the window `inference` reads around a
mention ends at the sentence ends and bullets either side of it; a shorter line (a paragraph) keeps its window."""

from __future__ import annotations

import re

_PAGE_LINE = 1000  # a line a page long: a flattened page
# a sentence's end before a capital (no abbreviation's "bl.a." nor a date's "10. april"), or a bullet
_SENTENCE_END = re.compile(r"(?<=[a-zæøå)”\"])[.!?](?=\s+[A-ZÆØÅ])|•")


def mention_sentence(text: str, start: int, end: int, window_start: int, window_end: int) -> tuple[int, int]:
    """The window a self-reference to the mention at ``start``-``end`` is looked for in: on a page-long line, the
    mention's sentence within ``window_start``-``window_end``; else that window."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if (len(text) if line_end < 0 else line_end) - line_start < _PAGE_LINE:
        return window_start, window_end
    before = [m.end() for m in _SENTENCE_END.finditer(text, window_start, start)]
    after = _SENTENCE_END.search(text, end, window_end)
    return (before[-1] if before else window_start), (after.start() if after else window_end)
