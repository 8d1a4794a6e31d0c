"""The words parse and extract look for over a whole document, found in one automaton pass over its lower-cased text
(issue 13 item 7): parse's attendance cue words (`parse.attendance_reading.CueWords`), extract's role cue words
(`extract.role_cues.CuePlaces`) and its known names' keys (`extract.mention_known.scan_names`) were three automaton
passes over the same text.

Each reader registers its vocabulary (`register`: a name and the function that gives its words, lower case, each
with the value its hits carry). One automaton holds the union of every registered vocabulary, each word tagged with
its value in each vocabulary that holds it; `hits(low, name)` gives one vocabulary's hits in ``low`` (a text
lower-cased) as (the offset of the word's last character, its value), in the order that vocabulary's own automaton's
pass gives them (by their end, at one end the longer word first: the dictionary-suffix chain of the union holds each
vocabulary's words at one end in the same order), so each reader reads what its own pass would have found.

The pass is made once per text: the last few texts' hits are kept, keyed by the lowered text itself (parse and
extract lower the same document to the same string; a text that differs is a text of its own, passed again). A
vocabulary registered after a pass is made (a module imported later) starts the cache and the union afresh, so a
reader is never handed a pass that did not look for its words.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping

import ahocorasick

Hit = tuple[int, object]  # the offset of the word's last character in the lowered text, the word's value

_KEPT = 2  # the texts whose hits are kept: parse's and extract's readers ask one document's in turn

_SEVERAL = -1  # the index a word of several vocabularies carries: its value is each one's (index, value)

_vocabularies: dict[Hashable, Callable[[], Mapping[str, object]]] = {}
_union: tuple[tuple[Hashable, ...], ahocorasick.Automaton] | None = None
_passes: dict[str, dict[Hashable, list[Hit]]] = {}  # by the lowered text: each vocabulary's hits in it


def register(name: Hashable, words: Callable[[], Mapping[str, object]]) -> None:
    """A vocabulary: its name and the function that gives its words (lower case, non-empty) with their values, asked
    once, when the union is first built; the same name registered again replaces it."""
    global _union
    if _vocabularies.get(name) is words:
        return
    _vocabularies[name] = words
    _union = None
    _passes.clear()


def _automaton() -> tuple[tuple[Hashable, ...], ahocorasick.Automaton]:
    """The registered vocabularies' names, and one automaton of their union: a word of one vocabulary (most words)
    valued (that vocabulary's index, its value), a word of several (``_SEVERAL``, the (index, value) of each), so a
    hit of the first kind is filed without a loop of its own."""
    global _union
    if _union is None:
        names = tuple(_vocabularies)  # in the order registered: each vocabulary's hits are its own either way
        tags: dict[str, list[tuple[int, object]]] = {}
        for index, name in enumerate(names):
            for word, value in _vocabularies[name]().items():
                tags.setdefault(word, []).append((index, value))
        automaton = ahocorasick.Automaton()
        for word in sorted(tags):
            tagged = tags[word]
            automaton.add_word(word, tagged[0] if len(tagged) == 1 else (_SEVERAL, tuple(tagged)))
        automaton.make_automaton()
        _union = names, automaton
    return _union


def hits(low: str, name: Hashable) -> list[Hit]:
    """The hits of vocabulary ``name`` (registered) in ``low``, a text lower-cased: (the offset of each word's last
    character, its value), by their end; one pass over ``low`` answers every vocabulary."""
    if name not in _vocabularies:
        raise ValueError(f"no vocabulary registered as {name!r}")
    found = _passes.get(low)
    if found is None:
        names, automaton = _automaton()
        lists: list[list[Hit]] = [[] for _ in names]
        for last, (index, value) in automaton.iter(low):
            if index != _SEVERAL:
                lists[index].append((last, value))
            else:
                for each, its in value:
                    lists[each].append((last, its))
        if len(_passes) >= _KEPT:
            del _passes[next(iter(_passes))]  # the oldest
        found = _passes[low] = dict(zip(names, lists, strict=True))
    return found[name]


def kept_hits(low: str, name: Hashable) -> list[Hit] | None:
    """The hits of vocabulary ``name`` in ``low`` where a pass over ``low`` is kept (another reader asked for one);
    None where none is, or ``name`` is not registered: the caller makes its own pass (a text that is no document's
    starts no pass of every vocabulary)."""
    found = _passes.get(low)
    return None if found is None else found.get(name)
