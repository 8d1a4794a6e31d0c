"""A searcher for a long alternation that tries, where a match may start, only the alternatives that can start with
the character there.

``pattern_gate`` spares an alternation the places where none of its alternatives can start; where one can (any
word's start, for a pattern of forty forms opening with fifteen letters) the engine still tries every alternative in
turn. ``dispatched`` writes the alternatives again (those inside a group that is a whole alternative too: "(?P<list>
…)") grouped by the character each can open with, each group behind a look-ahead of its character
(``(?=e)(?:…)|(?=h)(?:…)|…``), and the alternatives whose start is not a few characters of the pattern's case mode
("[\\wæøå]+…", a case-bound class) after them: a place tries a group only where its character stands.

The searcher matches at a place exactly where the pattern matches there, with the same end bound: an alternative that
matches at a place opens with the character there, so it is in that character's group (whose look-ahead reads the
character as the alternative's own start does: one character in the same case mode) or in the last group, and every
group only holds the pattern's alternatives. So a caller that matches again with the pattern at each place the
searcher finds (``vocab.near``'s windows) finds the pattern's matches; which alternative wins at a place, and its
groups, are the pattern's only after that second match. A pattern this module does not split (a back-reference, a
conditional, a verbose pattern, global flags written in it, one that may match empty, too few alternatives) gets
``pattern_gate.gated_like``'s searcher.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graphbuild.vocab.pattern_gate import first_letters, gated_like, start_test

_FEW = 8  # an alternation of fewer alternatives is searched as ``gated_like`` searches it

_NAMED_GROUP = re.compile(r"\(\?P<\w+>")
_WHOLE_GROUP_HEAD = re.compile(r"\(\?P<\w+>|\(\?:")
# what a split would cut from what it refers to: a back-reference, a conditional on a group; global flags ("(?i)")
_UNSPLIT = re.compile(r"\(\?P=|\(\?\(|\\\d|^\(\?[aiLmsux]+\)")


def _depths(pattern: str) -> Iterator[tuple[int, str, int]]:
    """(offset, character, depth of groups around it) of each character outside escapes and classes."""
    depth = 0
    in_class = False
    k = 0
    while k < len(pattern):
        ch = pattern[k]
        if ch == "\\":
            k += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            k += 1 + (pattern[k + 1 : k + 2] == "^")
            k += pattern[k : k + 1] == "]"  # a "]" first in a class is one of its characters
            continue
        elif ch == ")":
            depth -= 1
            yield k, ch, depth
        else:
            yield k, ch, depth
            depth += ch == "("
        k += 1


def top_alternatives(pattern: str) -> list[str]:
    """The pattern's alternatives at its top level, as written."""
    cuts = [k for k, ch, depth in _depths(pattern) if ch == "|" and depth == 0]
    starts = [0, *(k + 1 for k in cuts)]
    return [pattern[a:b] for a, b in zip(starts, [*cuts, len(pattern)], strict=True)]


def _inside_whole_group(part: str) -> str | None:
    """The inside of a part that is one named or plain group, no quantifier after it ("(?P<list>…)"), else None."""
    head = _WHOLE_GROUP_HEAD.match(part)
    if head is None:
        return None
    closed = next((k for k, ch, depth in _depths(part) if ch == ")" and depth == 0), None)
    return part[head.end() : -1] if closed == len(part) - 1 else None


def forms(pattern: str) -> list[str]:
    """The alternatives of the pattern, a part that is one group read as the alternatives inside it."""
    out: list[str] = []
    for part in top_alternatives(pattern):
        inside = _inside_whole_group(part)
        out += forms(inside) if inside is not None else [part]
    return out


def _searcher(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    text, flags = pattern.pattern, pattern.flags
    if flags & re.VERBOSE or _UNSPLIT.search(text):
        return None
    gate = start_test(text, flags)
    alternatives = [_NAMED_GROUP.sub("(?:", form) for form in forms(text)]  # a form in two groups names no group
    if gate is None or len(alternatives) < _FEW:
        return None
    by_start: dict[str, list[str]] = {}
    others: list[str] = []
    for form in alternatives:
        starts = first_letters(form, flags)
        if starts is None:
            others.append(form)
        for start in starts or ():
            by_start.setdefault(start, []).append(form)
    groups = [f"(?={re.escape(start)})(?:{'|'.join(group)})" for start, group in sorted(by_start.items())]
    if others:
        groups.append(f"(?:{'|'.join(others)})")
    try:
        return re.compile(f"{gate}(?:{'|'.join(groups)})", flags)
    except re.error:
        return None


# each pattern's searcher, by the pattern's identity, the pattern kept with it so that its identity is not reused
_DISPATCHED: dict[int, tuple[re.Pattern[str], re.Pattern[str]]] = {}
_MAX_DISPATCHED = 256


def dispatched(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern's searcher (worked out once per pattern): it matches where the pattern matches; what it finds is to
    be matched again with the pattern."""
    known = _DISPATCHED.get(id(pattern))
    if known is not None and known[0] is pattern:
        return known[1]
    if len(_DISPATCHED) >= _MAX_DISPATCHED:
        _DISPATCHED.clear()
    searcher = _searcher(pattern) or gated_like(pattern)
    _DISPATCHED[id(pattern)] = (pattern, searcher)
    return searcher


def finditer_dispatched(
    pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, pos, endpos)``, each place found by the pattern's searcher (``dispatched``) and
    matched again there with the pattern: the same matches, groups and ends. A pattern the searcher leaves as it is
    (one that may match empty, whose next search after an empty match the engine treats apart) is searched as it is."""
    searcher = dispatched(pattern)
    if searcher.pattern == pattern.pattern:
        yield from pattern.finditer(text, pos, len(text) if endpos is None else endpos)
        return
    endpos = len(text) if endpos is None else min(endpos, len(text))
    pos = max(pos, 0)
    while pos <= endpos:
        found = searcher.search(text, pos, endpos)
        if found is None:
            return
        match = pattern.match(text, found.start(), endpos)
        assert match is not None  # the searcher matches only where the pattern matches
        yield match
        pos = max(match.end(), found.start() + 1)
