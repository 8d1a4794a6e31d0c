"""A name read cut short where the text goes on with the words of the fuller spelling the same document reads
elsewhere: a first word left out that the text prints right before it ("Eea Haldan Vestergaard fortæller …" read
"Haldan Vestergaard" beside "formand Eea Haldan Vestergaard"; "Morgens Christen Gade (V)" beside "Mogens Christen
Gade", the first name misprinted on its line; "Michael \\n\\nBlem Clausen (B)", the first name itself ending the
line above), or the last words the text prints after a line break ("Niels Bruun \\nde Neergaard", "Søren
Mosegård\\n\\nSørensen") or that the excerpt's end cut off ("… siger Thomas Gyldal " beside "Thomas Gyldal
Petersen"). The one fuller spelling that fits, none when two do; never a name with another word before it ("og Hans
Jensen" beside "Peter Hans Jensen" names two people), nor a long unknown word before it ("Byrådssal Michael Ziegler", a
room's name), nor one the same line goes on after."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from difflib import SequenceMatcher

from graphbuild.extract.name_words import breaks_a_name, is_first_name

# the capitalised word right before a name, and the spaces (or the line breaks) between
_WORD_BEFORE = re.compile(r"(?P<word>[A-ZÆØÅ][\w-]*)(?P<gap>\s+)$")
# the most words a fuller spelling has past the one read (a particle and a surname: "de Neergaard")
_MOST_LEFT_OUT = 2
_BREAK_BEFORE = re.compile(r"[ \t]*\n\s*")  # the name's line break and the blanks around it
_BLANKS = re.compile(r"\s+")
# an unknown first name is shorter than this (as `name_lower_tail`'s nouns are as long or longer)
_LONGEST_FIRST_NAME = 8
# a misprinted first name: as long as this or longer, the same first letter, letters this much alike
_SHORTEST_MISPRINT = 5
_ALIKE = 0.8


def _same_first_name(printed: str, fuller: str) -> bool:
    """Whether the word printed before a name is the fuller spelling's first name, or it misprinted ("Morgens" for
    "Mogens"): a first name the lists know, or a shorter word that ends no name; an unknown word of eight letters or
    more is a compound noun ("Byrådssal Michael Ziegler", a room's name run on in a flattened header), no first
    name."""
    if not is_first_name(printed) and (len(printed) >= _LONGEST_FIRST_NAME or breaks_a_name(printed)):
        return False
    if printed == fuller:
        return True
    return (
        min(len(printed), len(fuller)) >= _SHORTEST_MISPRINT
        and printed[0] == fuller[0]
        and SequenceMatcher(None, printed, fuller).ratio() >= _ALIKE
    )


def _with_first_word(text: str, start: int, fuller: list[list[str]]) -> tuple[int, str] | None:
    """The fuller spelling whose first word the text prints right before the name at ``start`` (``fuller``: those
    that are the name after one more word), and where it starts."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return None
    word = before["word"]
    # across a line break only the first name itself, ending the line above ("Michael \n\nBlem Clausen (B)")
    across = "\n" in before["gap"]
    fits = [f for f in fuller if (word == f[0] if across else True) and _same_first_name(word, f[0])]
    return (before.start("word"), " ".join(fits[0])) if len(fits) == 1 else None


def _with_last_words(text: str, end: int, size: int, fuller: list[list[str]]) -> tuple[int, str] | None:
    """The fuller spelling whose last words the text prints after the name's line break (or whose last words the
    text's end cut off), and where the name then ends (``fuller``: those that open with the name's ``size`` words)."""
    rest = text[end : end + 80]
    if not rest.strip():  # the excerpt ends with the name
        return (end, " ".join(fuller[0])) if len(fuller) == 1 else None
    found: list[tuple[int, str]] = []
    for f in fuller:
        left_out = f[size:]
        if len(left_out) > _MOST_LEFT_OUT:
            continue
        after = _words_after_break(rest, left_out)
        if after is not None:
            found.append((end + after, " ".join(f)))
    return found[0] if len(found) == 1 else None


def _words_after_break(rest: str, words: list[str]) -> int | None:
    """Where the words (each without blanks, one or more) end when ``rest`` opens with a line break and then prints
    them apart by blanks, at a word's end; else None. What ``[ \\t]*\\n\\s*W1\\s+W2(?!\\w)`` reads, read with
    str.startswith and two patterns compiled once (a pattern per spelling is compiled anew for nearly every one)."""
    at = _BREAK_BEFORE.match(rest)
    if at is None:
        return None
    position = at.end()
    for index, word in enumerate(words):
        if index:
            blanks = _BLANKS.match(rest, position)
            if blanks is None:
                return None
            position = blanks.end()
        if not rest.startswith(word, position):
            return None
        position += len(word)
    follow = rest[position : position + 1]
    return None if follow.isalnum() or follow == "_" else position


def cut_spellings_restored(
    text: str, people: Sequence[tuple[int, int, str]], listed: Iterable[str] = ()
) -> dict[int, tuple[int, int, str]]:
    """Of one document's names (start, end, name), those read cut short of the fuller spelling the document reads
    elsewhere (one of them, or of ``listed``: the names its attendance lists read), by their index: (start, end, name)
    of the fuller spelling."""
    by_rest: dict[tuple[str, ...], list[list[str]]] = {}  # the names of three words or more, by all but the first
    by_head: dict[tuple[str, ...], list[list[str]]] = {}  # and by their first two words or more, not all
    for name in {name for _, _, name in people} | set(listed):
        words = name.split()
        if len(words) < 3:
            continue
        by_rest.setdefault(tuple(words[1:]), []).append(words)
        for size in range(2, len(words)):
            by_head.setdefault(tuple(words[:size]), []).append(words)
    out: dict[int, tuple[int, int, str]] = {}
    if not by_rest:
        return out
    for index, (start, end, name) in enumerate(people):
        key = tuple(name.split())
        first = _with_first_word(text, start, by_rest[key]) if key in by_rest else None
        if first is not None:
            out[index] = (first[0], end, first[1])
            continue
        last = _with_last_words(text, end, len(key), by_head[key]) if key in by_head else None
        if last is not None:
            out[index] = (start, last[0], last[1])
    return out
