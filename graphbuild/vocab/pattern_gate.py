"""A look-ahead that spares a long alternation the positions where none of its alternatives can start.

Python's regex engine tries every alternative of an alternation at every position of the text: a pattern of a
hundred forms costs a hundred tries a character however rare its matches are. Most forms open with a word
boundary and a letter (``\\bgodkend``), some with a line's start (``^\\s*afslag``), a few with a letter or a
space anywhere (``til\\s+efterretning``). ``gated`` reads the pattern's syntax tree for the characters a match
can start with, and under which of these conditions, and puts ``(?=\\b[...]|^[...]|[...])`` before it: the
engine then tries the alternatives only where that cheap test holds. The test holds wherever a match starts
(it only keeps conditions every such start meets), so the matches are the same; a pattern whose start it cannot
bound (a match that may be empty, ``.``, a back-reference) is returned as it is. A negated class (``^[^\\S\\n]*afslag``:
spaces and tabs, not line breaks, before a word that opens a line) is tested as it is written, beside the other
characters that may start a match (``^(?:[a]|[^\\S\\n])``).

The syntax tree is the engine's private ``re._parser``, whose shapes may differ in another Python. So the gate is
only ever a speed-up: a parser that cannot be imported, or whose tree of a probe pattern does not give a gate with
the probe's own matches, is not used; any failure while reading a pattern's tree or compiling its gate leaves the
pattern as it is (the same matches, only slower).
"""

from __future__ import annotations

import importlib
import re
from typing import Any


def _engine_parser() -> Any:
    """The engine's own reading of a pattern (private, no public stub); None where this Python has none."""
    try:
        return importlib.import_module("re._parser")
    except ImportError:
        return None


_parser: Any = _engine_parser()

# the escapes of the classes a match may start with, as the parser names them
_CATEGORIES = {
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
}
_ZERO_WIDTH = frozenset({"ASSERT", "ASSERT_NOT"})

# where a starting character stands: after a word boundary, at a line's start, after one of a few characters (a
# look-behind of one, "(?<=[.:])"), or anywhere: the test put before the character's class
_BOUNDARY, _LINE, _ANYWHERE = r"\b", "^", ""


class _Unbounded(Exception):
    """The pattern's start cannot be bounded."""


def _char(code: int) -> str:
    return f"\\U{code:08x}"


def _class_items(items: list[tuple[Any, Any]]) -> list[str]:
    """The items of a class as the gate writes them: one item that is a whole negated class ("[^\\S\\n]"), which the
    gate tests on its own, or the characters, ranges and categories of a class."""
    if items and str(items[0][0]) == "NEGATE":
        return [f"[^{''.join(_class_items(items[1:]))}]"]
    out = []
    for op, value in items:
        name = str(op)
        if name == "LITERAL":
            out.append(_char(value))
        elif name == "RANGE":
            out.append(f"{_char(value[0])}-{_char(value[1])}")
        elif name == "CATEGORY" and str(value) in _CATEGORIES:
            out.append(_CATEGORIES[str(value)])
        else:  # a category the map does not name, a negated class inside a class
            raise _Unbounded
    return out


def _class_text(items: list[str]) -> str:
    """One class of the items ``_class_items`` gives: a negated class as it is, else the items in brackets."""
    return items[0] if len(items) == 1 and items[0].startswith("[") else f"[{''.join(items)}]"


def _after_one(value: Any) -> str | None:
    """The test of a look-behind of one character or class ("(?<=[.:])"), else None. A longer look-behind is
    tested by its last character or class ("(?<=s\\s)", "(?<=ommuner\\s)": after a space), which stands right
    before wherever it holds (a look-behind has one width); one that ends otherwise gets no test."""
    direction, inner = value
    if direction != -1 or len(inner) == 0:
        return None
    op, item = inner[-1]
    if str(op) == "LITERAL":
        return f"(?<=[{_char(item)}])"
    if str(op) == "NOT_LITERAL":
        return f"(?<=[^{_char(item)}])"
    if str(op) == "IN":
        try:
            return f"(?<={_class_text(_class_items(item))})"
        except _Unbounded:  # a class the gate does not read: no test (the look-behind is passed over as zero width)
            return None
    return None


def _not_after_one(value: Any, flags: int) -> str | None:
    """The test of a negative look-behind of one character or class ("(?<![\\w-])": a word's start), else None (a
    longer one holds wherever its last character differs: no test). Its class is read in its own part's case
    (a wider class would keep out starts the pattern has)."""
    direction, inner = value
    if direction != -1 or len(inner) != 1:
        return None
    op, item = inner[0]
    case = "i" if flags & re.IGNORECASE else "-i"
    if str(op) == "LITERAL":
        return f"(?{case}:(?<![{_char(item)}]))"
    if str(op) == "NOT_LITERAL":
        return f"(?{case}:(?<![^{_char(item)}]))"
    if str(op) == "IN":
        try:
            return f"(?{case}:(?<!{_class_text(_class_items(item))}))"
        except _Unbounded:
            return None
    return None


# the characters a match may start with, by the test each stands after and whether the part of the pattern that
# reads it is case-bound ("(?-i:[A-ZÆØÅ])" in a case-blind pattern: its class tested case-bound, not at every letter)
_Found = dict[tuple[str, bool], set[str]]


def _first(sequence: Any, where: str, found: _Found, flags: int) -> set[str]:
    """Add to ``found`` (by the test each stands after) the characters a match of ``sequence`` can start with,
    entered under the test ``where``; the tests under which it can match empty (none: it cannot)."""
    current = {where}
    for op, value in sequence:
        current = set().union(*(_first_of_item(str(op), value, w, found, flags) for w in current))
        if not current:
            return current
    return current


def _first_of_item(name: str, value: Any, where: str, found: _Found, flags: int) -> set[str]:
    """``_first`` of one item of a sequence."""
    if name == "AT":
        at = str(value)
        if at == "AT_BOUNDARY":
            return {_BOUNDARY}
        if at == "AT_BEGINNING" and flags & re.MULTILINE and where == _ANYWHERE:
            return {_LINE}
        return {where}  # zero width: the next item starts where this one stood
    if name in _ZERO_WIDTH:
        after = _after_one(value) if name == "ASSERT" else _not_after_one(value, flags)
        return {after} if after is not None and where == _ANYWHERE else {where}
    if name == "LITERAL":
        found.setdefault((where, not flags & re.IGNORECASE), set()).add(_char(value))
        return set()
    if name == "NOT_LITERAL":  # "[^a]", as the parser reads a negated class of one character
        found.setdefault((where, not flags & re.IGNORECASE), set()).add(f"[^{_char(value)}]")
        return set()
    if name == "IN":
        found.setdefault((where, not flags & re.IGNORECASE), set()).update(_class_items(value))
        return set()
    if name == "SUBPATTERN":
        _group, add_flags, del_flags, inner = value
        if add_flags & re.IGNORECASE and not flags & re.IGNORECASE:
            raise _Unbounded  # a case-blind part the case-bound test would not let through
        return _first(inner, where, found, flags & ~del_flags)
    if name == "BRANCH":
        return set().union(*(_first(alternative, where, found, flags) for alternative in value[1]))
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        least, _most, inner = value
        empty = _first(inner, where, found, flags)
        return empty | {where} if least == 0 else empty
    raise _Unbounded  # "." or a back-reference: any character


def start_test(pattern: str, flags: int) -> str | None:
    """The look-ahead every match of ``pattern`` (compiled with ``flags``) meets where it starts; None when
    its start cannot be bounded."""
    if _parser is None:
        return None
    found: _Found = {}
    try:
        tree = _parser.parse(pattern, flags)
        flags = tree.state.flags  # with the pattern's own global flags ("(?i)…")
        if _first(tree, _ANYWHERE, found, flags):
            return None  # a match may be empty: it may start anywhere
    except Exception:  # _Unbounded, or a tree of shapes this module does not read: no gate
        return None
    tests = [
        f"{where}(?-i:{_starts(chars)})" if bound and flags & re.IGNORECASE else f"{where}{_starts(chars)}"
        for (where, bound), chars in sorted(found.items())
    ]
    return f"(?=(?:{'|'.join(tests)}))"


def first_letters(pattern: str, flags: int) -> frozenset[str] | None:
    """The characters a match of ``pattern`` (compiled with ``flags``) may start with, each one character (a literal,
    or one of a class's characters) read in the pattern's own case mode; None when a match may start with anything
    else (a range, a category, a negated class, a letter case-bound in a case-blind pattern or case-blind in a
    case-bound one), may be empty, or its start cannot be read."""
    if _parser is None:
        return None
    found: _Found = {}
    try:
        tree = _parser.parse(pattern, flags)
        flags = tree.state.flags
        if _first(tree, _ANYWHERE, found, flags):
            return None
    except Exception:  # _Unbounded, or a tree of shapes this module does not read
        return None
    own_mode = not flags & re.IGNORECASE
    out: set[str] = set()
    for (_where, bound), items in found.items():
        if bound != own_mode:
            return None
        for item in items:
            if len(item) != 10 or not item.startswith("\\U"):
                return None  # a range ("\\U…-\\U…"), a category, a negated class
            out.add(chr(int(item[2:], 16)))
    return frozenset(out)


def _starts(chars: set[str]) -> str:
    """The test of the characters a match may start with: one class of them, and each negated class on its own."""
    negated = sorted(item for item in chars if item.startswith("["))
    plain = sorted(item for item in chars if not item.startswith("["))
    classes = ([f"[{''.join(plain)}]"] if plain else []) + negated
    return classes[0] if len(classes) == 1 else f"(?:{'|'.join(classes)})"


_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")  # "(?i)" opening a pattern: it must stay first


def gated(pattern: str, flags: int) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, the look-ahead of ``start_test`` put first where there is one: the
    same matches, the alternatives tried only where a match can start. A verbose pattern (whose comment
    could swallow the closing bracket) is compiled as it is."""
    test = None if flags & re.VERBOSE else start_test(pattern, flags)
    if test is None:
        return re.compile(pattern, flags)
    head = _GLOBAL_FLAGS.match(pattern)
    lead = head.group(0) if head else ""
    if "x" in lead:
        return re.compile(pattern, flags)
    try:
        return re.compile(f"{lead}{test}(?:{pattern[len(lead) :]})", flags)
    except re.error:  # a gate written wrong from a tree of other shapes: the pattern as it is
        return re.compile(pattern, flags)


# a pattern with a form of each kind the gate reads (a word's start, a line's start before spaces, a look-behind of
# one character, a negative look-ahead, an optional group before a range, a negated class before a line's word) and
# a text with matches of each, and with the same letters where no match may start
_PROBE_PATTERN = r"\bgod\w*|^\s*af|(?<=[.:])x|(?!zq)z|(?:t\s+)?[0-9]+|^[^\S\n]*ny"
_PROBE_TEXT = "god agod\n  af xaf .x ,x zq zz t 12 3\naf bgod:x\n \tny any\n\nny"


def parser_reads_as_expected() -> bool:
    """Whether the engine's parser gives the probe pattern a gate, and that gate the probe's own matches."""
    flags = re.IGNORECASE | re.MULTILINE
    plain, gate = re.compile(_PROBE_PATTERN, flags), gated(_PROBE_PATTERN, flags)
    if gate.pattern == plain.pattern:
        return False
    return [m.span() for m in gate.finditer(_PROBE_TEXT)] == [m.span() for m in plain.finditer(_PROBE_TEXT)]


if not parser_reads_as_expected():
    _parser = None

# each compiled pattern's gated twin, by the pattern's identity (a pattern's own hash reads its whole code), the
# pattern kept with it so that its identity is not reused; patterns built at run time are few, and a full table
# is emptied
_GATED: dict[int, tuple[re.Pattern[str], re.Pattern[str]]] = {}
_MAX_GATED = 1024


def gated_like(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``gated`` of a compiled pattern, worked out once per pattern. Its matches are the pattern's, but their
    ``re`` is the twin: a caller that tells its patterns apart by a match's ``re`` matches again with the pattern."""
    known = _GATED.get(id(pattern))
    if known is not None and known[0] is pattern:
        return known[1]
    if len(_GATED) >= _MAX_GATED:
        _GATED.clear()
    twin = gated(pattern.pattern, pattern.flags)
    _GATED[id(pattern)] = (pattern, twin)
    return twin
