"""One reading of a document that every extraction step shares, computed once per document.

Rules used to run their own regex over the whole text to find their cues, their sentences and the
capitalised words in them; each pass costs about half a microsecond a character. ``DocumentIndex``
reads the text once for each kind of question and answers the rest by bisection:

- ``lower``: the text in lower case, one character for one (offsets stay);
- ``sentences``: the sentence bounds (``evidence.Sentences``, the quotes evidence carries);
  ``sentence(start, end)`` is the sentence around a span, ``sentences_holding(words)`` the sentences
  that hold one of some cue words, in order and each once;
- ``line_bounds(pos)``: the line around a position, from the line starts found once;
- ``tokens`` / ``tokens_in(start, end)``: the words (``\\w+``) with their offsets;
- ``capitalised_runs`` / ``runs_in(start, end)``: the runs of capitalised words that can be names
  (``vocab.person_names.NAME_RUN``: the runs ``people`` reads, and parse's attendance too);
- ``name_hits``: where the one automaton of ``mentions`` found a gazetteer alias, a municipality, a
  region, a committee suffix or an organisation word (``mentions.find_all`` reads them from here);
- ``cue_positions(words)``: where cue words stand (any case), found once per document and tuple of
  words (one automaton pass for many words) and then sliced by bisection for each stretch asked about.

A rule moves onto it by asking, for instance, ``ctx.index.sentences_holding(("medlem", "tilmeld"))``
and then ``ctx.index.runs_in(*sentence)`` instead of ``re.finditer`` over ``ctx.text``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cached_property
from itertools import accumulate

from graphbuild.extract.evidence import Sentences, sentences_of
from graphbuild.extract.mentions import NameHits, scan_names
from graphbuild.vocab.near import CuePositions, Word, lowered
from graphbuild.vocab.person_names import NAME_RUN

_TOKEN = re.compile(r"\w+")

Span = tuple[int, int]


class DocumentIndex:
    """What one document's text holds, read once; every answer is in offsets of ``text``."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lower = lowered(text)
        self.sentences: Sentences = sentences_of(text)
        self._cues = CuePositions(text)  # the cue words' places, found once per tuple of words

    # --- lines and sentences ------------------------------------------------------------------

    @cached_property
    def line_starts(self) -> list[int]:
        """Where each line starts (0 and every position after a newline)."""
        return [0, *accumulate(len(line) + 1 for line in self.text.split("\n")[:-1])]

    def line_bounds(self, pos: int) -> Span:
        """The line that holds ``pos``, without its newline (a newline at ``pos`` ends the line before it)."""
        text = self.text
        end = text.find("\n", pos)
        return text.rfind("\n", 0, pos) + 1, len(text) if end < 0 else end

    def sentence(self, start: int, end: int, lo: int = 0, hi: int | None = None) -> Span:
        """The sentence (or line) around text[start:end], trimmed, at most ``evidence.MAX_QUOTE`` long."""
        return self.sentences.bounds(start, end, lo, hi)

    def sentences_holding(self, words: tuple[Word, ...], lo: int = 0, hi: int | None = None) -> list[Span]:
        """The sentences of text[lo:hi] that hold one of ``words`` (lower case, any case in the
        text, as ``vocab.near`` words), in order of their cues and each once."""
        out: list[Span] = []
        seen: set[Span] = set()
        for at, word in self.cue_hits(words, lo, hi):
            bounds = self.sentences.bounds(at, at + len(word), lo, hi)
            if bounds not in seen:
                seen.add(bounds)
                out.append(bounds)
        return out

    # --- cue words ----------------------------------------------------------------------------

    def cue_positions(self, words: tuple[Word, ...], lo: int = 0, hi: int | None = None) -> list[int]:
        """Where one of ``words`` stands in text[lo:hi] (any case), sorted: ``vocab.near.word_positions``
        answered from the per-document cache."""
        return [at for at, _ in self.cue_hits(words, lo, hi)]

    def cue_hits(self, words: tuple[Word, ...], lo: int = 0, hi: int | None = None) -> list[tuple[int, str]]:
        """(position, word) of each cue word in text[lo:hi], sorted by position."""
        return self._cues.hits(words, lo, len(self.text) if hi is None else hi)

    # --- tokens and capitalised runs ----------------------------------------------------------

    @cached_property
    def tokens(self) -> tuple[list[int], list[int]]:
        """The starts and the ends of the words (``\\w+``) of the text."""
        starts: list[int] = []
        ends: list[int] = []
        for match in _TOKEN.finditer(self.text):
            starts.append(match.start())
            ends.append(match.end())
        return starts, ends

    def tokens_in(self, start: int, end: int) -> list[Span]:
        """The words wholly inside text[start:end]."""
        starts, ends = self.tokens
        i, j = bisect_left(starts, start), bisect_left(starts, end)
        return [(starts[k], ends[k]) for k in range(i, j) if ends[k] <= end]

    @cached_property
    def capitalised_runs(self) -> list[re.Match[str]]:
        """Every run of capitalised words that can be a name (``NAME_RUN`` over the whole text)."""
        return list(NAME_RUN.finditer(self.text))

    @cached_property
    def _run_starts(self) -> list[int]:
        return [run.start() for run in self.capitalised_runs]

    def runs_in(self, start: int, end: int) -> list[re.Match[str]]:
        """The capitalised runs that start inside text[start:end] (a run may end past ``end``:
        ``NAME_RUN`` read the whole text, so a run is never cut by a sentence's end)."""
        starts = self._run_starts
        return self.capitalised_runs[bisect_left(starts, start) : bisect_left(starts, end)]

    # --- known names --------------------------------------------------------------------------

    @cached_property
    def name_hits(self) -> NameHits:
        """The hits of the one automaton of known names and organisation words over the whole text."""
        return scan_names(self.text, 0, len(self.text))
