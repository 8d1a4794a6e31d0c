"""Where a name is printed whole in a text, found by substring search instead of a pattern compiled for the name.

A reader that asks where a name it read stands again (``re.finditer(rf"(?<![\\w-]){re.escape(name)}(?![\\w-])",
text)``) compiles a pattern per name: a few hundred microseconds each, and every name a new entry that pushes the
engine's cache of compiled patterns around. ``places`` gives the same starts by ``str.find`` and one test of the
character on each side: the starts in order, none inside the one before, as ``re.finditer`` gives them.
"""

from __future__ import annotations

import re


def places(text: str, name: str, not_before: re.Pattern[str], not_after: re.Pattern[str]) -> list[int]:
    """The starts of ``name`` (as written) in ``text`` where no character ``not_before`` matches (a class of one
    character) stands right before it and ``not_after`` does not match right after it (a class, or a look-ahead: the
    name followed by what may not end it): the starts of
    ``re.finditer(f"(?<!{not_before}){re.escape(name)}(?!{not_after})", text)``'s matches."""
    if not name:
        return [m.start() for m in re.finditer(f"(?<!{not_before.pattern})(?!{not_after.pattern})", text)]
    size = len(name)
    out: list[int] = []
    at = text.find(name)
    while at >= 0:
        end = at + size
        if (at == 0 or not_before.match(text, at - 1) is None) and not_after.match(text, end) is None:
            out.append(at)
            at = text.find(name, end)  # a match is not searched inside the one found
        else:
            at = text.find(name, at + 1)
    return out
