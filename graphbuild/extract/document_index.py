"""One reading of a document that the extraction steps share, computed once per document.

- ``lower``: the text in lower case, one character for one (offsets stay);
- ``sentences``: the sentence bounds (``evidence.Sentences``, the quotes evidence carries);
- ``line_bounds(pos)``: the line around a position;
- ``capitalised_runs``: the runs of capitalised words that can be names (``vocab.person_names.NAME_RUN``
  over the whole text, the runs ``people`` reads);
- ``name_hits``: where the one automaton of ``mentions`` found a gazetteer alias, a municipality, a
  region, a committee suffix or an organisation word (``mentions.find_all`` reads them from here).

Rules that read a few characters around each person or cue were measured slower when they asked a
whole-document index instead (docs/benchmarks-log.md, h-rulespeed); the index holds what several steps
read over the whole text.
"""

from __future__ import annotations

import re
from functools import cached_property

from graphbuild.extract.evidence import Sentences, sentences_of
from graphbuild.extract.mention_known import NameHits, scan_names
from graphbuild.vocab.near import lowered
from graphbuild.vocab.person_names import NAME_RUN

Span = tuple[int, int]


class DocumentIndex:
    """What one document's text holds, read once; every answer is in offsets of ``text``."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lower = lowered(text)
        self.sentences: Sentences = sentences_of(text)

    def line_bounds(self, pos: int) -> Span:
        """The line that holds ``pos``, without its newline (a newline at ``pos`` ends the line before it)."""
        text = self.text
        end = text.find("\n", pos)
        return text.rfind("\n", 0, pos) + 1, len(text) if end < 0 else end

    @cached_property
    def capitalised_runs(self) -> list[re.Match[str]]:
        """Every run of capitalised words that can be a name (``NAME_RUN`` over the whole text)."""
        return list(NAME_RUN.finditer(self.text))

    @cached_property
    def name_hits(self) -> NameHits:
        """The hits of the one automaton of known names and organisation words over the whole text."""
        return scan_names(self.text, 0, len(self.text))
