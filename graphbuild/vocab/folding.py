"""The one folding of text for comparison, used by ids, the name matcher and the search index.

Lower case (NFKC first), the Danish letters and the common German ones spelled out (æ -> ae,
ø -> oe, å -> aa, ä -> ae, ö -> oe, ü -> ue, é -> e), any other accent dropped (è -> e), and every
run of characters other than a-z, 0-9 and § one space: "Åbenrå", "Aabenraa" and "ÅBENRÅ" fold to
"aabenraa", "Social- og Sundhedsudvalget" to "social og sundhedsudvalget", "§ 17" to "§ 17".
Node ids are made from this key (``ids.normalise``), so two spellings that fold alike meet on one id.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SPELLED_OUT = (("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("é", "e"), ("ü", "ue"), ("ö", "oe"), ("ä", "ae"))
_KEY = re.compile(r"[a-z0-9§]+")
_NOT_ASCII = re.compile(r"[^\x00-\x7f]+")


def spell_out(text: str) -> str:
    """``text`` in lower case with its letters spelled out as ``fold`` does, nothing else changed."""
    spelled = unicodedata.normalize("NFKC", text).lower()
    if spelled.isascii():
        return spelled
    for letter, spelling in _SPELLED_OUT:  # str.replace per letter: far faster than str.translate on a long text
        if letter in spelled:
            spelled = spelled.replace(letter, spelling)
    if spelled.isascii():
        return spelled
    return _NOT_ASCII.sub(_accents_dropped, spelled)  # only the runs of other letters are decomposed


def _accents_dropped(run: re.Match[str]) -> str:
    """A run of non-ASCII characters decomposed (NFKD) without its combining marks. Decomposing each
    run alone gives what decomposing the whole text would: NFKD works per character, and the only
    characters it reorders (the combining ones) are the ones dropped. Short runs (a letter or two in
    Danish text) come from a cache; a long one (a text in another script) is not kept."""
    letters = run.group()
    return _short_without_combining(letters) if len(letters) <= CACHED_UP_TO else _without_combining(letters)


def _without_combining(run: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", run) if not unicodedata.combining(c))


@lru_cache(maxsize=4096)
def _short_without_combining(run: str) -> str:
    return _without_combining(run)


CACHED_UP_TO = 200  # characters: names and titles are folded again and again; a document's text once


def fold(text: str) -> str:
    """Lower case, æ/ø/å/ä/ö/ü spelled out, other accents dropped, punctuation a space, spaces single.
    Short strings (names) come from a bounded cache; a long one (a document's text for the search
    index) is folded without it, so the cache never holds documents (with them in it, a process's
    memory grew with the number of documents it folded)."""
    return _fold_short(text) if len(text) <= CACHED_UP_TO else _fold(text)


@lru_cache(maxsize=1 << 16)  # the same names are folded again and again within a document and across documents
def _fold_short(text: str) -> str:
    return _fold(text)


def _fold(text: str) -> str:
    """The comparison key: ``spell_out``, then every run of characters other than a-z, 0-9 and §
    one space, no space at either end."""
    return " ".join(_KEY.findall(spell_out(text)))


def spellings_of(letters: str) -> str:
    """The lower-case characters of Latin text that ``spell_out`` turns into ``letters`` ("e" ->
    "eèéêë…", "ae" -> "æä"), for patterns that find a folded word in the original text."""
    return "".join(sorted(c for c in _LATIN if spell_out(c) == letters))


_LATIN = frozenset(chr(code).lower() for code in (*range(0x61, 0x7B), *range(0xC0, 0x250)) if chr(code).isalpha())
