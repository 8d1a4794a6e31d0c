"""Find named things in text: known bodies and initiatives, municipalities, regions, unknown
organisations (acronyms, committees, names with an organisation word) and initiatives (named
agreements and policies, quoted titles). Overlaps go to the longest, then the most specific match."""

from __future__ import annotations

from graphbuild.extract.mention_initiatives import find_unknown_initiatives
from graphbuild.extract.mention_known import NameHits, find_names, scan_names
from graphbuild.extract.mention_organisations import find_unknown_organisations
from graphbuild.extract.mention_owner_places import owner_place_mentions
from graphbuild.extract.mention_record import Mention

__all__ = ["Mention", "find_all", "select"]


def select(mentions: list[Mention]) -> list[Mention]:
    """Non-overlapping mentions: longest first, then higher priority, then earlier, then id."""
    chosen: list[Mention] = []
    taken = bytearray(max((m.end for m in mentions), default=0))
    for m in sorted(mentions, key=lambda m: (-m.length, -m.priority, m.start, m.id)):
        if 1 in taken[m.start : m.end]:
            continue
        chosen.append(m)
        taken[m.start : m.end] = b"\x01" * m.length
    return sorted(chosen, key=lambda m: (m.start, m.end, m.id))


def find_all(text: str, lo: int, hi: int, hits: NameHits | None = None) -> list[Mention]:
    """Every named thing in text[lo:hi], overlaps resolved; ``hits``: the automaton's hits over the
    same stretch when the caller has them already (``DocumentIndex.name_hits``)."""
    hits = hits or scan_names(text, lo, hi)
    found = find_names(text, lo, hi, hits)
    found += find_unknown_organisations(text, lo, hi, hits) + find_unknown_initiatives(text, lo, hi)
    found += owner_place_mentions(text, lo, hi)  # "Bestyrelsesmøde i Sejer Strande": no person there
    return select(found)
