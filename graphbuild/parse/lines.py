"""Line access with character offsets, and markdown-insensitive line cleaning."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

# What a line may start and end with around its text: bullets, heading marks, emphasis (and white space)
_LEADING_MARKUP = ">#*_-–•·"
_TRAILING_MARKUP = "*_#"


class _Cleaned:
    """``Line.clean``, worked out on first use and kept in the line: item, section and header rules ask
    for it many times. (functools.cached_property takes a lock on Python 3.11 that costs more than
    the cleaning.)"""

    def __get__(self, line: Line, owner: object = None) -> str:
        value = clean(line.text)
        line.__dict__["clean"] = value  # the instance's own value hides this descriptor from now on
        return value


@dataclass(frozen=True, init=False)
class Line:
    text: str  # the raw line without its newline
    start: int  # offset of the first character in the document
    index: int

    def __init__(self, text: str, start: int, index: int) -> None:
        # frozen, but built by filling the instance's dict: a frozen dataclass's own __init__ sets
        # each field through object.__setattr__, twice the cost, and every document makes a Line a line
        fields = self.__dict__
        fields["text"], fields["start"], fields["index"] = text, start, index

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    clean = _Cleaned()


def clean(text: str) -> str:
    """Drop markdown emphasis, bullets and heading marks around a line, and squeeze spaces."""
    stripped = text.replace("**", "").replace("__", "")
    # str.strip instead of a regex: a pattern anchored at the end is tried at every position
    while (shorter := stripped.lstrip().lstrip(_LEADING_MARKUP)) != stripped:
        stripped = shorter
    while (shorter := stripped.rstrip().rstrip(_TRAILING_MARKUP)) != stripped:
        stripped = shorter
    return " ".join(stripped.split())


def split_lines(text: str) -> list[Line]:
    lines: list[Line] = []
    offset = 0
    for index, raw in enumerate(text.split("\n")):
        lines.append(Line(raw, offset, index))
        offset += len(raw) + 1
    return lines


def split_lines_like(text: str, lines: list[Line]) -> list[Line]:
    """``split_lines(text)`` for a copy of the text ``lines`` were split from with some lines blanked (the items'
    text, a mirror's chrome or a running page head blanked): each line the copy leaves as it was is the same ``Line``,
    so its cleaned text, worked out once, serves the header's readers and the items' alike."""
    raws = text.split("\n")
    if len(raws) != len(lines):
        return split_lines(text)
    out: list[Line] = []
    offset = 0
    for index, (raw, line) in enumerate(zip(raws, lines, strict=True)):
        out.append(line if line.start == offset and line.text == raw else Line(raw, offset, index))
        offset += len(raw) + 1
    return out


@lru_cache(maxsize=4)
def _newlines(text: str) -> list[int]:
    """Every newline's offset in ``text``, in order: the document's, found once and kept while its readers ask."""
    return [match.start() for match in _NEWLINE.finditer(text)]


_NEWLINE = re.compile("\n")


def start_of_line(text: str, pos: int) -> int:
    """``text.rfind("\\n", 0, pos) + 1`` (``pos`` not negative), where the line holding ``pos`` starts, read from the
    text's newlines found once: on a page of one line (a flattened page) a look back from each name on it went back
    to the page's start."""
    newlines = _newlines(text)
    before = bisect_left(newlines, pos)
    return newlines[before - 1] + 1 if before else 0


def next_newline(text: str, pos: int) -> int:
    """``text.find("\\n", pos)`` (``pos`` not negative), the first newline at or after ``pos`` or -1, read as
    ``start_of_line`` reads."""
    newlines = _newlines(text)
    after = bisect_left(newlines, pos)
    return newlines[after] if after < len(newlines) else -1


def end_without_space(text: str, end: int) -> int:
    """``len(text[:end].rstrip())`` without copying the text before ``end`` (an item's end, once per item)."""
    end = min(end, len(text))
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def end_of_line(text: str, pos: int) -> int:
    """Where the line holding ``pos`` ends (its newline, or the text's end): ``text.find("\\n", pos) if "\\n" in
    text[pos:] else len(text)`` without copying the text after ``pos``."""
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def start_without_space(text: str, start: int) -> int:
    """``len(text) - len(text[start:].lstrip())`` without copying the text after ``start`` (once per cut of a
    flattened page)."""
    while start < len(text) and text[start].isspace():
        start += 1
    return min(start, len(text))


def line_above(text: str, line_start: int) -> str:
    """``text[: max(0, line_start - 1)].rstrip().rsplit("\\n", 1)[-1]``, the nearest line with words on it above the
    line starting at ``line_start`` (blank lines skipped), without copying the text before it."""
    end = end_without_space(text, max(0, line_start - 1))
    return text[text.rfind("\n", 0, end) + 1 : end]


def line_below(text: str, line_end: int) -> str:
    """``text[line_end + 1 :].lstrip().split("\\n", 1)[0]``, the nearest line with words on it below the line ending
    at ``line_end`` (blank lines and the line's leading white space skipped), without copying the text after it."""
    start = start_without_space(text, line_end + 1)
    end = text.find("\n", start)
    return text[start : len(text) if end < 0 else end]


def first_words(text: str, at: int, count: int) -> list[str]:
    """``text[at:].split()[:count]`` without copying and splitting the whole text after ``at`` (once per mark of
    a flattened page): a window twice as long each time, until it holds a word more than ``count`` (so its
    ``count``-th word is whole) or reaches the text's end."""
    size = 64
    while True:
        words = text[at : at + size].split()
        if len(words) > count or at + size >= len(text):
            return words[:count]
        size *= 2


def last_word(text: str, start: int, end: int) -> str:
    """``(text[start:end].split() or [""])[-1]`` without copying the text between (once per number of a contents
    table run together)."""
    end = min(end, len(text))
    while end > start and text[end - 1].isspace():
        end -= 1
    begin = end
    while begin > start and not text[begin - 1].isspace():
        begin -= 1
    return text[begin:end]


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # the regex \w


def find_words(text: str, words: list[str], pos: int = 0) -> tuple[int, int] | None:
    """Where the words stand in text from pos on, separated by white space, as whole words: what
    ``re.search(r"(?<!\\w)W1\\s+W2 ...(?!\\w)", text, pos)`` finds, without a pattern per title."""
    if not words:
        return None
    first, rest = words[0], words[1:]
    at = text.find(first, pos)
    while at >= 0:
        end = at + len(first)
        if at == 0 or not _is_word_char(text[at - 1]):
            for word in rest:
                gap = end
                while gap < len(text) and text[gap].isspace():
                    gap += 1
                if gap == end or not text.startswith(word, gap):
                    break
                end = gap + len(word)
            else:
                if end == len(text) or not _is_word_char(text[end]):
                    return at, end
        at = text.find(first, at + 1)
    return None
