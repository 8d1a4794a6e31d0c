"""One named thing found in text (``Mention``): where it stands, the node it names, and how it ranks against an
overlapping one; and the one way the finders build it (``mention_of``)."""

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


def mention_of(
    start: int,
    end: int,
    node_type: str,
    name: str,
    *,
    kind: str | None = None,
    region: str | None = None,
    code: str | None = None,
    priority: int = 0,
    node_id: str | None = None,
) -> Mention:
    """The mention at text[start:end] of the node of ``node_type`` named ``name``: its id the one ``ids`` makes for
    that type (a municipality's by its ``code``), unless the caller has it (a gazetteer entry's own)."""
    if node_id is None:
        if node_type == "Municipality":
            if code is None:
                raise ValueError(f"a municipality's mention needs its code: {name!r}")
            node_id = ids.municipality_id(code)
        elif node_type == "Initiative":
            node_id = ids.initiative_id(name)
        else:
            node_id = ids.organization_id(name)
    return Mention(start, end, node_id, node_type, name, kind, region, code, priority)
