"""A two-column header ("Deltagere" / "Afbud") a PDF flattened onto one line: the name run on after the
first column's comma list, or the two names just before the next label, are the second column's."""

from __future__ import annotations

import re

from graphbuild.models import AttendanceStatus
from graphbuild.parse.attendance_merge import name_key
from graphbuild.parse.attendance_names import split_run, two_names
from graphbuild.parse.attendance_rows import Row
from graphbuild.parse.attendance_stand_ins import row_of

_AND_AT_END = re.compile(r"\b(?:og|samt)$")
_CLAUSE_END = re.compile(r"[.:;,)]\s")  # a punctuation mark and the space after it


def second_column(text: str, block: list[Row], status: AttendanceStatus) -> None:
    """Of a two-column header flattened ("Medlemmer Fraværende A, B, C D", "Deltagere: Afbud: A, B, C, kd-net
    (ref.) D, E"), the names run on after the comma list's last entry without a separator are the second
    column's ("D" and "E" are absent); so are the names at the end of the run that repeat names the list already
    gave ("Medlemmer: Fraværende: A (V) B (V) C (O) B (V)": the first column names every member, the second
    the absent ones again, separators or none)."""
    if len(block) < 3:
        return
    if _repeated_tail(block, status):
        return
    # the second column is the last entry, or a comma list after the last run-on ("…, Inger Bojsen Nehm, KD-Net
    # (ref.) Jesper Thyrring Møller, Henning Haahr Pedersen, Niels Erik Kjærgaard")
    for first in range(len(block) - 1, 1, -1):
        before = text[block[first - 1].end : block[first].start].rstrip(" \t")
        gap = text[block[first - 2].end : block[first - 1].start]
        run_on = not before.endswith((",", ";")) and not _AND_AT_END.search(before)
        if "," in gap and run_on and "\n" not in before and len(before) <= 30:
            if first * 2 > len(block):  # the second column is the shorter
                for row in block[first:]:
                    row.status = status
            return
        if not _LIST_SEPARATOR.fullmatch(before + " "):
            return


_LIST_SEPARATOR = re.compile(r"[ \t]*(?:,|;|og|samt|,[ \t]*og)[ \t]+")


def _repeated_tail(block: list[Row], status: AttendanceStatus) -> bool:
    """Set the status of the names at the end of ``block`` that each repeat a name listed before them (fewer
    than the names before them); whether there were any."""
    keys = [name_key(row.name) for row in block]
    tail = len(block)
    while tail > 1 and keys[tail - 1] in keys[: tail - 1] and keys[tail - 1] not in keys[tail:]:
        tail -= 1
    repeated = block[tail:]
    if not repeated or len(repeated) * 2 > tail or len(set(keys[:tail])) != tail:
        return False
    for row in repeated:
        row.status = status
    return True


def values_before_next_label(
    text: str, start: int, end: int, status: AttendanceStatus, second: AttendanceStatus
) -> list[Row]:
    """A two-column header flattened with other cells between ("Fraværende Stedfortræder Byrådssalen, …
    spørgsmål. Jørgen Tousgaard Steen Jensen Medlemmer …"): the two names run together just before the
    next label are the two columns' values, the second standing in for the first."""
    tail_start = max(start, end - 120)
    stop = max((m.end() for m in _CLAUSE_END.finditer(text[tail_start:end])), default=0)
    hits = split_run(text, tail_start + stop, end)
    if len(hits) == 1:
        hits = two_names(text, hits[0])  # "Jørgen Tousgaard Steen Jensen"
    if len(hits) != 2 or text[hits[1].end : end].strip() or text[tail_start + stop : hits[0].start].strip():
        return []
    if text[hits[0].end : hits[1].start].strip():
        return []
    first, other = hits
    for_ = first.name if second == "substitute" else None
    return [row_of(first, status), row_of(other, second, for_=for_)]
