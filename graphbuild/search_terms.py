"""Words as the full-text index holds them (``textindex``): a text's indexed form (folded, each hyphenated
word also joined), a visitor's query terms and the FTS5 expression for them, where the folded terms start a
word in the original text (a term matches every spelling that folds to it: "raadhus" Rådhus, "kdnet" KD-Net),
and that text cut into highlighted pieces or a snippet around the first hit."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from graphbuild.vocab.folding import fold, spell_out, spellings_of

SNIPPET_CHARS = 90

_NOT_WORD = re.compile(r"[^a-z0-9]+")  # what FTS5's unicode61 tokenizer breaks words at, after folding
_HYPHENATED = re.compile(r"\w+(?:-\w+)+")
_HYPHEN_BEFORE_A_LETTER = re.compile(r"-(?=\w)")
_SPACES = re.compile(r"\s+")


def indexed_form(text: str) -> str:
    """What FTS5 indexes for ``text``: its folded words, then each hyphenated word joined."""
    joined = {fold(word).replace(" ", "") for word in hyphenated_words(text)}
    return fold(text) + (" " + " ".join(sorted(joined)) if joined else "")


def hyphenated_words(text: str) -> list[str]:
    """``_HYPHENATED.findall(text)``, found from the hyphens: the pattern alone is tried again from
    every letter of every word, while a text has a few hyphens. A match opens where the run of word
    characters before a hyphen does (its last run is taken whole, so the next match starts past a
    non-word character)."""
    words: list[str] = []
    resume = 0  # where the last match ended
    for hyphen in _HYPHEN_BEFORE_A_LETTER.finditer(text):
        start = hyphen.start()
        if start <= resume or not _is_word_character(text[start - 1]):
            continue
        while start > resume and _is_word_character(text[start - 1]):
            start -= 1
        match = _HYPHENATED.match(text, start)
        assert match is not None, "a word character, a hyphen and a word character always match"
        words.append(match.group())
        resume = match.end()
    return words


def _is_word_character(char: str) -> bool:
    """What ``\\w`` matches in a str pattern."""
    return char.isalnum() or char == "_"


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    return _NOT_WORD.sub(" ", spell_out(char)) or " "


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """``text`` folded character by character (not squeezed, § a space as FTS5 reads it), and for each
    folded character the offset of the original character it came from: a hit in the folded text maps
    back to a span."""
    out: list[str] = []
    where: list[int] = []
    for offset, char in enumerate(text):
        folded = _fold_char(char)
        out.append(folded)
        where.extend([offset] * len(folded))
    return "".join(out), where


def query_terms(text: str) -> list[str]:
    """The words of a visitor's text as the index holds them: folded, § a word break (FTS5 reads it so)."""
    return _NOT_WORD.sub(" ", fold(text)).split()[:12]


def match_expression(terms: Sequence[str]) -> str:
    """An FTS5 query: every term, the last one also as a prefix. Terms are [a-z0-9]+ after folding,
    so quoting them is enough to keep FTS5 syntax out of the user's text."""
    quoted = [f'"{term}"' for term in terms]
    if quoted:
        quoted[-1] += "*"
    return " ".join(quoted)


def _unfolded(term: str) -> str:
    """A regular expression for the original spellings of a folded term: 'raadhus' matches Rådhus
    and raadhus, 'kdnet' matches KD-Net (one non-word character allowed between letters)."""
    parts: list[str] = []
    position = 0
    while position < len(term):
        pair = term[position : position + 2]
        if len(pair) == 2 and _spellings(pair):
            parts.append(f"(?:{pair}|[{_spellings(pair)}])")
            position += 2
            continue
        letter = term[position]
        parts.append(f"[{re.escape(_spellings(letter) or letter)}]" if letter.isalpha() else re.escape(letter))
        position += 1
    return r"[\W_]?".join(parts)


@cache
def _spellings(letters: str) -> str:
    """The characters that fold to ``letters`` ("aa" -> "å", "e" -> "eèéêë…"), none for most pairs."""
    return spellings_of(letters)


@lru_cache(maxsize=256)
def _hit_pattern(terms: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(_unfolded(term) for term in sorted(terms, key=len, reverse=True))
    return re.compile(rf"(?<![^\W_])(?:{alternatives})", re.IGNORECASE)


def hit_spans(text: str, terms: Sequence[str], limit: int = 200) -> list[tuple[int, int]]:
    """Where the (folded) terms start a word in ``text``, as (start, end) spans of the original text."""
    if not terms:
        return []
    spans: list[tuple[int, int]] = []
    for match in _hit_pattern(tuple(terms)).finditer(text):
        spans.append((match.start(), match.end()))
        if len(spans) >= limit:
            break
    return spans


@dataclass(frozen=True)
class Segment:
    text: str
    hit: bool = False
    anchor: bool = False  # the first highlighted span: the page scrolls to it


def segments(text: str, spans: Sequence[tuple[int, int]]) -> list[Segment]:
    """``text`` cut into plain and highlighted pieces (spans sorted, overlaps merged)."""
    out: list[Segment] = []
    position = 0
    first = True
    for start, end in sorted(spans):
        start, end = max(start, position), min(end, len(text))
        if end <= start:
            continue
        if start > position:
            out.append(Segment(text[position:start]))
        out.append(Segment(text[start:end], hit=True, anchor=first))
        first = False
        position = end
    if position < len(text):
        out.append(Segment(text[position:]))
    return out


def snippet(text: str, terms: Sequence[str], width: int = SNIPPET_CHARS) -> tuple[list[Segment], int | None]:
    """A window of ``text`` around the first hit, with the hits in it marked, and where the hit is."""
    spans = hit_spans(text, terms)
    if not spans:
        head = " ".join(text[: 2 * width].split())
        return [Segment(head + ("…" if len(text) > 2 * width else ""))], None
    start, _end = spans[0]
    left = max(0, start - width)
    right = min(len(text), start + width)
    window = [(s - left, e - left) for s, e in spans if s >= left and e <= right]
    pieces = segments(text[left:right], window)
    flat = [Segment(p.text if p.hit else _SPACES.sub(" ", p.text), p.hit) for p in pieces]
    if left > 0:
        flat.insert(0, Segment("…"))
    if right < len(text):
        flat.append(Segment("…"))
    return flat, start
