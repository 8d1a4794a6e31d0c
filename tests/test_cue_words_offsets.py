"""``CueWords.offsets`` walks the words a document holds (listed once per document), not every word it is asked for
(speed work, no change of output): each reader's tuple asked in turn of one document's cues gives what a ``str.find``
scan per word gives, a word named twice its offsets twice, a word not among the cue words an error."""

from __future__ import annotations

import pytest

from graphbuild.parse.attendance_labels import _LABEL_WORDS
from graphbuild.parse.attendance_lists import document_cues
from graphbuild.parse.attendance_prose import PROSE_CUE_WORDS
from graphbuild.parse.attendance_reading import CueWords
from graphbuild.parse.attendance_votes import VOTE_WORDS
from graphbuild.vocab.near import lowered

_TEXT = (
    "Referat\nDeltagere: Anna Berg (A), Ole Hansen (V)\nAfbud: Lis Holm\nFraværende: Per Ravn\n"
    "Beslutning: Tiltrådt. Anna Berg stemte imod, for: 3. Ole Hansen mødte i stedet for Lis Holm, der var forhindret."
)


def _find_each(lower: str, words: tuple[str, ...]) -> list[int]:
    found: list[int] = []
    for word in words:
        at = lower.find(word)
        while at >= 0:
            found.append(at)
            at = lower.find(word, at + 1)
    return sorted(found)


def test_each_readers_words_asked_in_turn_are_found_as_a_scan_finds_them() -> None:
    for text in (_TEXT, _TEXT.upper(), "", "afbud afbud"):
        lower = lowered(text)
        cues = document_cues(lower)
        for words in (_LABEL_WORDS, PROSE_CUE_WORDS, VOTE_WORDS, _LABEL_WORDS, ("afbud",), ()):
            assert cues.offsets(words) == _find_each(lower, words)
    assert document_cues(lowered(_TEXT)).offsets(_LABEL_WORDS)  # the snippet holds label words


def test_a_word_named_twice_gives_its_offsets_twice_and_an_unknown_word_an_error() -> None:
    cues = CueWords("afbud: x, afbud: y", ("afbud", "stemte"))
    assert cues.offsets(("afbud", "afbud")) == [0, 0, 10, 10]
    assert cues.offsets(("stemte", "afbud")) == [0, 10]
    with pytest.raises(ValueError, match="not among"):
        cues.offsets(("afbud", "fravær"))
