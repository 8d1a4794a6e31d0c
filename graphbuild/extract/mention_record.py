"""One named thing found in text (``Mention``): where it stands, the node it names, and how it ranks against an
overlapping one."""

from __future__ import annotations

from dataclasses import dataclass

from graphbuild.vocab import ids


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    id: str
    type: str  # a NodeType
    name: str  # canonical name
    kind: str | None = None
    region: str | None = None
    code: str | None = None  # municipality code
    priority: int = 0  # higher wins a tie of equal length

    @property
    def length(self) -> int:
        return self.end - self.start


def region_id(region: str) -> str:
    return ids.organization_id(region)
