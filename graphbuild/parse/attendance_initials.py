"""A participants list whose entries give each person's initials in brackets, one entry a line, often
after the seat the person holds and before a status word:

    Formand Bent Poulsen (BP)
    Esbjerg Kommune Kurt Jakobsen (KJ) Afbud
    Danmarks Naturfredningsforening Britt Schak Hansen (BSH)
    Nationalparksekretariatet Alette Houman Dyhrfjeld (AHD, Referent)

The initials tell where the name begins: the last words before the bracket whose first letters they
are. What follows the bracket says the status ("Afbud", "Fraværende"; nothing: present).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graphbuild.models import AttendanceStatus
from graphbuild.parse.attendance_names import person_name

# (the lead read once: `before` holds no bracket and ends at the blanks before the line's first "(", so the lead
# is the whole run of its marks where four characters or more stand between it and the bracket, else it ends four
# before the bracket (the old greedy lead gave back to a lazy `before` of three: "- - (AB)" reads `before` "- -");
# as `[ \t•*·-]*` beside the lazy `before`, a run of blanks was split every way, a hang at 4,000)
_ENTRY = re.compile(
    r"(?m)^(?:[ \t•*·-]*+(?=[^\n(]{4})|[ \t•*·-]*?(?=[^\n()]{3}[ \t]\())"
    r"(?P<before>[^\n()]{3,160}?)[ \t]++\((?P<initials>[A-ZÆØÅ]{2,5})"
    r"(?:[ \t]*,[ \t]*(?P<note>[^\n()]{1,40}))?\)[ \t]*(?P<after>[^\n]{0,40})$"
)
# the bracket every entry holds: only its lines are tried (a regex anchored at every line start is not cheap)
_INITIALS = re.compile(r"\([A-ZÆØÅ]{2,5}[,)]")
_STATUS: dict[str, AttendanceStatus] = {
    "": "present", "afbud": "absent", "fraværende": "absent", "forfald": "absent", "afbud.": "absent",
    "deltog": "present", "deltager": "present", "til stede": "present", "mødt": "present",
}  # fmt: skip
_LEAST = 3  # entries that make a list


@dataclass(frozen=True)
class InitialledEntry:
    name: str
    status: AttendanceStatus
    start: int  # the name's offsets
    end: int
    line_start: int  # the entry's line
    line_end: int


def _name_by_initials(before: str, initials: str) -> tuple[int, list[str]] | None:
    """(offset in ``before``, tokens) of the last words whose first letters are ``initials``."""
    tokens = before.split()
    count = len(initials)
    if len(tokens) < count:
        return None
    name = tokens[-count:]
    if "".join(t[0] for t in name) != initials or not person_name(name):
        return None
    return before.rindex(name[0], 0, len(before) - len(" ".join(name[1:]))), name


def _entry_lines(text: str, start: int, end: int) -> list[re.Match[str]]:
    """What ``_ENTRY.finditer(text, start, end)`` finds, tried only on the lines that hold initials."""
    found: list[re.Match[str]] = []
    line_end = -1
    for bracket in _INITIALS.finditer(text, start, end):
        if bracket.start() < line_end:
            continue  # on the line just tried
        line_start = max(start, text.rfind("\n", 0, bracket.start()) + 1)
        stop = text.find("\n", bracket.end(), end)
        line_end = end if stop < 0 else stop
        match = _ENTRY.match(text, line_start, line_end)
        if match is not None:
            found.append(match)
    return found


def initialled_entries(text: str, start: int, end: int) -> list[InitialledEntry]:
    """The entries of such a list between ``start`` and ``end``; none unless at least three lines are."""
    entries: list[InitialledEntry] = []
    for match in _entry_lines(text, start, end):
        status = _STATUS.get(" ".join(match["after"].lower().split()))
        found = _name_by_initials(match["before"], match["initials"])
        if status is None or found is None:
            continue
        offset, tokens = found
        name_start = match.start("before") + offset
        name = " ".join(tokens)
        entries.append(InitialledEntry(name, status, name_start, name_start + len(name), match.start(), match.end()))
    return entries if len(entries) >= _LEAST else []


_INITIALS_ALONE = re.compile(r"[A-ZÆØÅ]{2,5}")
_NAME_BEFORE_BRACKET = re.compile(r"(?:[A-ZÆØÅ][\w.-]*[ \t]+){1,4}\Z")


def name_of_initials(text: str, piece: str) -> str | None:
    """The name a list entry of initials alone stands for ("Fraværende: DN og FT"), where the document gives those
    initials in a bracket after the name ("Dorte Nielsen (DN)"): the last words before it whose first letters they
    are; None when the piece is no initials or the document names no one, or two people, by them."""
    initials = piece.strip(" \t.")
    if not _INITIALS_ALONE.fullmatch(initials):
        return None
    names: set[str] = set()
    at = text.find(f"({initials})")
    while at >= 0:
        before = _NAME_BEFORE_BRACKET.search(text, max(0, at - 80), at)
        found = _name_by_initials(before.group(0), initials) if before else None
        if found is not None:
            names.add(" ".join(found[1]))
        at = text.find(f"({initials})", at + 1)
    return names.pop() if len(names) == 1 else None
