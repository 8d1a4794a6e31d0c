"""Where the words the near-passes look for stand in a text, each word looked for once per text.

Rules read the same long text (a document, an item) for the same words ("kommun", "med", "kr" ...) in
several passes; a text's reading keeps each word's places from the first pass that asked for them, and
later passes take them by bisection. One automaton pass over the text for every word instead was
measured slower: pyahocorasick reads a non-ASCII text at about 80 ns a character, a substring search
at a few, so a text would have to be read for some twenty words before the automaton paid.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=8)
def lowered(text: str) -> str:
    """The text in lower case, one character for one, so offsets stay ("İ" lowers to two)."""
    low = text.lower()
    return low if len(low) == len(text) else "".join(ch.lower()[:1] for ch in text)


class Reading:
    """The places of each word asked for so far in one text."""

    __slots__ = ("places", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.places: dict[str, list[int]] = {}

    def of(self, word: str) -> list[int]:
        """Every offset where ``word`` (lower case) stands in the text, any case, overlapping ones too, in order."""
        found = self.places.get(word)
        if found is None:
            low = lowered(self.text)
            found = []
            at = low.find(word)
            while at >= 0:
                found.append(at)
                at = low.find(word, at + 1)
            self.places[word] = found
        return found


@lru_cache(maxsize=8)
def reading(text: str) -> Reading:
    """The text's reading, one per text."""
    return Reading(text)
