r"""The structural forms of a pattern that reads white space in quadratic time, read from its syntax tree (no timing):

- ``opens``: a pattern that opens with an endless run of white space (``\s*``, ``\s+``, ``[ \t]+``) tried from every
  character of a run (nothing before it, or only a look-behind or line start that the run's own characters satisfy,
  as ``(?<=[.\n])\s*`` after each of many blank lines) and followed by what may fail; each try reads the run to its
  end. Only a concern where the pattern is searched (``search``, ``finditer``, ``sub``…), not matched at one position.
- ``side by side``: two endless runs of white space with nothing between them but what may match nothing
  (``\s*:?\s*``, ``[ \t]*(?:bullet)?[ \t]*``): each way of sharing a run between them is tried where what follows fails.

tests/test_white_space_runs.py holds every pattern of graphbuild of either form to an allow-list that names why it
is safe; benchmarks/pattern_growth.py times them. The tree is the engine's private ``re._parser``, as
``vocab/pattern_gate`` reads it; without it nothing is found.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

WHITE = (" ", "\t", "\n")


def _engine_parser() -> Any:
    try:
        return importlib.import_module("re._parser")
    except ImportError:  # another Python: the tree's module is private
        return None


_parser: Any = _engine_parser()


def _class_matches(items: list[tuple[Any, Any]], char: str) -> bool:
    """Whether a character class's parsed items (``IN``'s list) take the character, case as written."""
    negated = False
    taken = False
    for op, value in items:
        name = str(op)
        if name == "NEGATE":
            negated = True
        elif name == "LITERAL":
            taken |= chr(value) == char
        elif name == "RANGE":
            taken |= value[0] <= ord(char) <= value[1]
        elif name == "CATEGORY":
            taken |= bool(re.fullmatch(_CATEGORY.get(str(value), "(?!)"), char))
    return taken != negated


_CATEGORY = {
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
}


def _single(item: tuple[Any, Any]) -> tuple[list[tuple[Any, Any]], bool] | None:
    """A one-character item as a class (its parsed items) and whether it is ``.``; None for anything longer."""
    op, value = item
    name = str(op)
    if name == "IN":
        return list(value), False
    if name in {"LITERAL", "NOT_LITERAL"}:
        return ([(_parser.NEGATE, None)] if name == "NOT_LITERAL" else []) + [(_parser.LITERAL, value)], False
    if name == "ANY":
        return [], True
    return None


def white_run(item: tuple[Any, Any]) -> frozenset[str]:
    """The white-space characters (of space, tab, line break) an endless repeat of a white-space-only class takes;
    empty for anything else (a bounded repeat, a class that takes a letter or digit too)."""
    op, value = item
    if str(op) not in {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"} or value[1] != _parser.MAXREPEAT:
        return frozenset()
    body = list(value[2])
    single = _single(body[0]) if len(body) == 1 else None
    if single is None or single[1]:
        return frozenset()
    items = single[0]
    if any(_class_matches(items, other) for other in "a1A_-.:"):
        return frozenset()
    return frozenset(char for char in WHITE if _class_matches(items, char))


def _zero_width(item: tuple[Any, Any]) -> bool:
    op, value = item
    name = str(op)
    if name in {"AT", "ASSERT", "ASSERT_NOT"}:
        return True
    if name == "SUBPATTERN":
        return all(_zero_width(inner) for inner in value[3])
    if name == "BRANCH":
        return all(all(_zero_width(inner) for inner in branch) for branch in value[1])
    return False


def _may_be_empty(item: tuple[Any, Any]) -> bool:
    op, value = item
    name = str(op)
    if _zero_width(item):
        return True
    if name in {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"}:
        return bool(value[0] == 0)
    if name == "SUBPATTERN":
        return all(_may_be_empty(inner) for inner in value[3])
    if name == "BRANCH":
        return any(all(_may_be_empty(inner) for inner in branch) for branch in value[1])
    return False


def _always_matches(item: tuple[Any, Any]) -> bool:
    """Whether the item matches wherever it is tried (an optional part; not a look-around or an anchor)."""
    op, value = item
    name = str(op)
    if name in {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"}:
        return bool(value[0] == 0)
    if name == "SUBPATTERN":
        return all(_always_matches(inner) for inner in value[3])
    if name == "BRANCH":
        return any(all(_always_matches(inner) for inner in branch) for branch in value[1])
    return False


def _starts(prefix: list[tuple[Any, Any]], multiline: bool) -> list[frozenset[str] | None]:
    """What may stand before a try, for each way through the zero-width items before the run: None where anything
    may, else the white-space characters that may (empty: none, as after a word boundary, or at the text's start)."""
    ways: list[frozenset[str] | None] = [None]
    for op, value in prefix:
        name = str(op)
        if name == "AT":
            where = str(value)
            if where in {"AT_BEGINNING_STRING"} or (where == "AT_BEGINNING" and not multiline):
                ways = [frozenset()]
            elif where == "AT_BEGINNING" or where == "AT_BEGINNING_LINE":
                ways = [frozenset("\n")]
            elif where == "AT_BOUNDARY":
                ways = [frozenset()]  # a word boundary before white space: only after a word's letter
        elif name == "ASSERT" and value[0] == -1 and all(str(inner[0]) == "AT" for inner in value[1]):
            ways = _starts(list(value[1]), multiline)  # "(?<=^)": the anchor itself
        elif name in {"ASSERT", "ASSERT_NOT"} and value[0] == -1:
            singles = [_single(inner) for inner in value[1]]
            if not singles or any(single is None or single[1] for single in singles):
                continue
            classes = [single[0] for single in singles if single is not None]
            taken = frozenset(char for char in WHITE if _class_matches(classes[-1], char))
            if name == "ASSERT_NOT":
                ways = [frozenset(WHITE) - taken if len(classes) == 1 else None]
            elif any(not any(_class_matches(items, char) for char in WHITE) for items in classes[:-1]):
                ways = [frozenset()]  # after a character no white space is: once a run, near its start
            else:
                ways = [taken]
        elif name in {"SUBPATTERN", "BRANCH"}:
            branches = [list(value[3])] if name == "SUBPATTERN" else [list(branch) for branch in value[1]]
            ways = [way for branch in branches for way in _starts(branch, multiline)]
    return ways


def opens_with_a_run(pattern: re.Pattern[str]) -> bool:
    """Whether the pattern opens with an endless run of white space it may try from inside a run of the same."""
    if _parser is None:
        return False
    return _opens(list(_parser.parse(pattern.pattern, pattern.flags)), bool(pattern.flags & re.MULTILINE))


def _opens(tree: list[tuple[Any, Any]], multiline: bool) -> bool:
    if len(tree) == 1 and str(tree[0][0]) == "BRANCH":  # an alternation: each of its branches opens the pattern
        return any(_opens(list(branch), multiline) for branch in tree[0][1][1])
    place = next((place for place, item in enumerate(tree) if not _zero_width(item)), None)
    if place is None:
        return False
    prefix, item = tree[:place], tree[place]
    run = white_run(item)
    if not run or all(_always_matches(rest) for rest in tree[place + 1 :]):
        return False  # nothing after the run can fail: it is read once, as one match
    return any(way is None or way & run for way in _starts(prefix, multiline))


def _sequences(items: list[tuple[Any, Any]]) -> list[list[tuple[Any, Any]]]:
    found = [items]
    for op, value in items:
        name = str(op)
        if name == "SUBPATTERN":
            found += _sequences(list(value[3]))
        elif name == "BRANCH":
            for branch in value[1]:
                found += _sequences(list(branch))
        elif name in {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"}:
            found += _sequences(list(value[2]))
        elif name in {"ASSERT", "ASSERT_NOT"}:
            found += _sequences(list(value[1]))
    return found


def runs_side_by_side(pattern: re.Pattern[str]) -> bool:
    """Whether two endless runs of the same white space stand in a row with only what may match nothing between."""
    if _parser is None:
        return False
    for sequence in _sequences(list(_parser.parse(pattern.pattern, pattern.flags))):
        for start, item in enumerate(sequence):
            run = white_run(item)
            if not run:
                continue
            for later in sequence[start + 1 :]:
                if white_run(later) & run:
                    return True
                if not _may_be_empty(later):
                    break
    return False
