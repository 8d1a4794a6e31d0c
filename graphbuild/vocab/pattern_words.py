"""The words a pattern cannot match without: lower-case strings of which every match holds one, read from the
pattern's syntax tree, so a reader can leave a pattern untried on a span of text that holds none of them.

A prose reader tries a score of patterns on every sentence that holds an attendance word, each a pass of the engine
over the sentence however rarely it matches (most are about one shape: "i stedet for", "forlod mødet", "bød
velkommen"). ``required_words`` reads, for each alternative of a pattern, a run of literal characters every match of
it holds ("deltog" in ``\\bdeltog\\s+ikke``), or the words of a group every match passes through; ``SpanWords``
finds which of a set of such words one span holds, one automaton pass over the span lower-cased, and says whether a
pattern's words are among them. A pattern whose words are not there cannot match in the span (nor in its look-ahead,
which reads no further than the span's end): the answer is the one the pattern would give.

The words are found in the span lower-cased (``str.lower``), the case-blind pattern's letters in lower case too. That
finds a word wherever ``re.IGNORECASE`` matches it, but for the few letters the engine reads as another that
``str.lower`` does not give back as that letter ("ſ" as "s", "ı" and "İ" as "i": ``near.CASE_BLIND_LOOKALIKES``): a
span holding one of them is let through every gate. A look-behind may read before the span, so its words are never a
gate's; a look-ahead's are (the engine stops it at the span's end).

The tree is the engine's private ``re._parser`` (as ``pattern_gate`` reads it): where it cannot be read, or its
shapes are not the ones this module knows, a pattern gets no words (None) and is always tried.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import ahocorasick

from graphbuild.vocab.near import CASE_BLIND_LOOKALIKES
from graphbuild.vocab.pattern_gate import _parser

# items that consume nothing: a literal run goes on across them ("de\\blt" still needs "delt")
_ZERO_WIDTH = frozenset({"AT", "ASSERT", "ASSERT_NOT"})
_REPEATS = frozenset({"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"})

Words = frozenset[str]


class _Unread(Exception):
    """A shape of the tree this module does not read."""


def _better(a: Words | None, b: Words | None) -> Words | None:
    """Of two sets of words (either of which every match holds one of), the one that lets fewer spans through: its
    shortest word the longest, then the fewer words."""
    if a is None:
        return b
    if b is None:
        return a
    key_a, key_b = (min(map(len, a)), -len(a)), (min(map(len, b)), -len(b))
    return b if key_b > key_a else a


def _of_sequence(sequence: Any) -> Words | None:
    """The best set of words every match of ``sequence`` holds one of; None when none can be named."""
    best: Words | None = None
    run: list[str] = []

    def end_run() -> None:
        nonlocal best
        if run:
            best = _better(best, frozenset({"".join(run)}))
            run.clear()

    for op, value in sequence:
        name = str(op)
        if name == "LITERAL":
            run.append(chr(value).lower())
            continue
        if name in _ZERO_WIDTH:
            if name == "ASSERT" and value[0] == 1:  # a look-ahead: its text stands in the span
                best = _better(best, _of_sequence(value[1]))
            continue  # zero width: the characters either side of it stand side by side
        end_run()
        if name == "SUBPATTERN":
            best = _better(best, _of_sequence(value[3]))
        elif name == "ATOMIC_GROUP":
            best = _better(best, _of_sequence(value))
        elif name == "BRANCH":
            best = _better(best, _of_branch(value[1]))
        elif name in _REPEATS:
            least, _most, inner = value
            if least >= 1:
                best = _better(best, _of_sequence(inner))
        elif name not in ("IN", "NOT_LITERAL", "ANY", "GROUPREF", "GROUPREF_EXISTS", "CATEGORY"):
            raise _Unread(name)
    end_run()
    return best


def _of_branch(alternatives: list[Any]) -> Words | None:
    """Every alternative's words together; None when one alternative has none."""
    words: set[str] = set()
    for alternative in alternatives:
        found = _of_sequence(alternative)
        if found is None:
            return None
        words |= found
    return frozenset(words)


def _minimal(words: Iterable[str]) -> tuple[str, ...]:
    """The words without those that hold another of them (a span holding "mødte" holds "mødt"), sorted."""
    unique = set(words)
    return tuple(sorted(w for w in unique if not any(o != w and o in w for o in unique)))


def required_words(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Lower-case words of which every match of ``pattern`` (and its look-aheads) holds one; None when none can
    be named (a pattern that may match an empty span or a lone class, a tree this module cannot read)."""
    if _parser is None:
        return None
    try:
        found = _of_sequence(_parser.parse(pattern.pattern, pattern.flags))
    except Exception:  # _Unread, or a tree of other shapes: no words, the pattern always tried
        return None
    if not found or "" in found:
        return None
    return _minimal(found)


def words_automaton(words: Iterable[str]) -> tuple[tuple[str, ...], ahocorasick.Automaton]:
    """``words`` sorted without repeats, and an automaton that finds each of them (its value the word itself)."""
    listed = tuple(sorted(set(words)))
    automaton = ahocorasick.Automaton()
    for word in listed:
        automaton.add_word(word, word)
    automaton.make_automaton()
    return listed, automaton


class SpanWords:
    """Which of ``words`` (lower case) a span holds: one automaton pass over the span lower-cased (``holds``)."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words, self._automaton = words_automaton(words)

    def of(self, low: str) -> frozenset[str] | None:
        """The words ``low`` (a span lower-cased) holds; None where it holds a letter the engine reads as another
        (every gate lets it through)."""
        if any(char in low for char in CASE_BLIND_LOOKALIKES):
            return None
        return frozenset(word for _end, word in self._automaton.iter(low))


def may_match(present: frozenset[str] | None, words: tuple[str, ...] | None) -> bool:
    """Whether a pattern of ``words`` (``required_words``) may match in a span that holds ``present``
    (``SpanWords.of``): always where either is None."""
    return present is None or words is None or not present.isdisjoint(words)
