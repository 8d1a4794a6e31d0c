"""Line access with character offsets, and markdown-insensitive line cleaning."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

_MARKUP = re.compile(r"^[\s>#*_\-–•·]*|[\s*_#]*$")


@dataclass(frozen=True)
class Line:
    text: str  # the raw line without its newline
    start: int  # offset of the first character in the document
    index: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    @cached_property
    def clean(self) -> str:  # cached: item, section and header rules ask for it many times
        return clean(self.text)


def clean(text: str) -> str:
    """Drop markdown emphasis, bullets and heading marks around a line, and squeeze spaces."""
    stripped = _MARKUP.sub("", text.replace("**", "").replace("__", ""))
    return " ".join(stripped.split())


def split_lines(text: str) -> list[Line]:
    lines: list[Line] = []
    offset = 0
    for index, raw in enumerate(text.split("\n")):
        lines.append(Line(raw, offset, index))
        offset += len(raw) + 1
    return lines
