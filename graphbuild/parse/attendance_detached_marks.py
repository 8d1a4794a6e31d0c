"""Status markers a PDF's text layer printed apart from the names they belong to, "Medlemmer: Poul Rosendahl Iver
Pedersen … Øvrige: … Økonom Jørgen Fischer (afbud) (afbud) (deltog som suppleant for Karsten Uno Petersen) (afbud)":
the table's right-hand column came out as one run after the names, so no marker can be tied to its name. Two or more
bare status brackets ("(afbud)", "(fraværende)", "(deltog ikke)") in a row, nothing but white space between them and
the stand-in brackets among them, is such a run: one name is never absent twice. Where the header prints one, the
names its lists read before it are listed with no status known (summoned, as a member list in minutes that record no
attendance is), no one present; a member a stand-in's marker names ("(deltog som suppleant for X)") was away, when
the lists name that member. A bracket right after each name ("Hans Peter Geil (afbud) Erwin Andresen") or one
"(afbud)" after the last name is no run; nor is a name's absence and its stand-in, "(afbud) (stedfortræder Jens
Lund)", one bare status only. Read by `attendance_lists`."""

from __future__ import annotations

import re
from typing import NamedTuple

from graphbuild.models import Attendance
from graphbuild.parse.attendance_merge import name_key

# the words a bare status bracket ends in, with its closing bracket: the gate before any pattern is tried
_BARE_ENDS = ("afbud)", "fraværende)", "forhindret)", "forfald)", "deltog ikke)", "ikke mødt)")

# a bracket that says a status and nothing more: "(afbud)", "(Afbud)", "(meldt afbud)", "(deltog ikke)"
_BARE = r"\((?:meldt[ \t]+)?(?:afbud|fraværende|forhindret|forfald|deltog[ \t]+ikke|ikke[ \t]+mødt)\)"
# a bracket that says someone stood in for a member: "(deltog som suppleant for Karsten Uno Petersen)",
# "(stedfortræder for Lis Holm)"; its member named
_STAND_IN = (
    r"\((?i:(?:deltog[ \t]+som[ \t]+|mødte[ \t]+som[ \t]+)?(?:suppleant|stedfortræder)[ \t]+for[ \t]+)"
    r"(?P<member>[A-ZÆØÅ][^()\n]{2,60})\)"
)
_MARKER = re.compile(rf"(?i:{_BARE})|{_STAND_IN}")


class DetachedRun(NamedTuple):
    start: int
    end: int
    members: list[str]  # the members its stand-in markers name


def detached_runs(text: str, lower: str, end: int) -> list[DetachedRun]:
    """The runs of markers before ``end`` (the first item) that hold two or more bare status brackets, each with the
    members its stand-in brackets name; ``lower`` is ``text`` lower-cased, same offsets."""
    end = min(end, len(text))  # the caller's first item may be a reach past a short text's end
    starts = sorted(
        at
        for word in _BARE_ENDS
        for at in _found(lower, word, end)
        if lower.rfind("(", max(0, at - 8), at) >= 0  # a bracket opens right before the word
    )
    runs: list[DetachedRun] = []
    for word_at in starts:
        opening = lower.rfind("(", max(0, word_at - 8), word_at)
        if runs and opening < runs[-1].end:
            continue  # a marker of the run already read
        run = _run_around(text, opening, end)
        if run is not None:
            runs.append(run)
    return runs


def _found(lower: str, word: str, end: int) -> list[int]:
    places = []
    at = lower.find(word, 0, end)
    while at >= 0:
        places.append(at)
        at = lower.find(word, at + 1, end)
    return places


def _run_around(text: str, opening: int, end: int) -> DetachedRun | None:
    """The run of markers the bracket opening at ``opening`` stands in, when it holds two bare ones or more."""
    first = _MARKER.match(text, opening, end)
    if first is None or first["member"] is not None:
        return None
    # the markers before it, walked back over white space: a bracket that closes right before opens a marker's
    start = opening
    while True:
        close = start
        while close > 0 and text[close - 1].isspace():
            close -= 1
        if close == 0 or text[close - 1] != ")":
            break
        open_at = text.rfind("(", max(0, close - 80), close)
        marker = _MARKER.fullmatch(text, open_at, close) if open_at >= 0 else None
        if marker is None:
            break
        start = open_at
    bare = 0
    members: list[str] = []
    at = start
    stop = start
    while True:
        marker = _MARKER.match(text, at, end)
        if marker is None:
            break
        if marker["member"] is None:
            bare += 1
        else:
            members.append(" ".join(marker["member"].split()))
        stop = marker.end()
        at = stop
        while at < end and text[at].isspace():
            at += 1
    return DetachedRun(start, stop, members) if bare >= 2 else None


def with_detached_marks(text: str, lower: str, rows: list[Attendance], end: int) -> list[Attendance]:
    """``rows`` with the status of every name listed before a detached run of markers (before ``end``, the first
    item) unknown: summoned, no one present; a listed member a stand-in's marker names, absent."""
    runs = detached_runs(text, lower, end)
    if not runs:
        return rows
    last = runs[-1].start
    away = {name_key(member) for run in runs for member in run.members}
    out = []
    for row in rows:
        if row.status == "present" and row.start < last and not row.absent_items:
            if name_key(row.name) in away:
                row = row.model_copy(update={"status": "absent", "summoned": False})
            else:
                row = row.model_copy(update={"summoned": True})
        out.append(row)
    return out
