"""A body's standing substitutes listed after their plural label (read by `roles`): "Suppleanter: A, B og C" opening
its line gives every listed name the post, not only the first (`role_meeting_posts` reads the label before the first
name as "suppleant NAME"). Each name up to this one must be a name found there, joined by a comma, "og" or "samt"
(a party's bracket between); never beside the meeting's attendance, a line of those present or absent before or after
it (who stood in at this meeting: attendance), nor a name said to stand in for a member ("for NAME")."""

from __future__ import annotations

import re

from graphbuild.extract.role_meeting_posts import STANDS_IN_FOR, WORKPLACE_GAP
from graphbuild.extract.role_sentence import Reading, Sentence
from graphbuild.parse.lines import line_above, line_below, start_of_line

# the plural label opening its line: "Suppleanter: ", "  • Suppleanter:"
_LABEL = re.compile(r"[ \t•*-]*suppleanter[ \t]*:[ \t]*", re.IGNORECASE)
# between two names of the list: a party's or a workplace's bracket, then a comma, "og" or "samt"
# a line of the meeting's attendance: "Deltagere:", "Til stede:", "Afbud:", "Fraværende:", "Mødt:"
_ATTENDANCE_LINE = re.compile(r"afbud|fravær|forfald|deltog|deltager|til\s*stede|mødt|fremmødt", re.IGNORECASE)
_JOIN = re.compile(r"(?:[ \t]*\([^()\n]{1,40}\))?(?:[ \t]*,[ \t]*|[ \t]+(?:og|samt)[ \t]+)")


def substitute_list(s: Sentence, r: Reading) -> None:
    """Every name after the first of a "Suppleanter:" line is a standing substitute of the body there."""
    if r.i == 0:
        return
    text, p = s.text, r.p
    line_start = start_of_line(text, p.start)
    if "uppleanter" not in text[line_start : line_start + 20].lower():
        return
    label = _LABEL.match(text, line_start)
    if label is None or not _listed(s, label.end(), p.start):
        return
    if _beside_attendance(text, line_start) or STANDS_IN_FOR.match(WORKPLACE_GAP.sub("", r.after, count=1)):
        return
    seat_of = s.body or s.chair(p.start)
    if seat_of is not None:
        s.add(p, "suppleant", seat_of)


def _listed(s: Sentence, pos: int, end: int) -> bool:
    """Whether found names joined by list joins run from `pos` up to `end`, with at least one of them."""
    starts = {q.start: q.end for q in s.here}
    names = 0
    while pos < end:
        name_end = starts.get(pos)
        if name_end is None:
            return False
        join = _JOIN.match(s.text, name_end)
        if join is None:
            return False
        pos, names = join.end(), names + 1
    return pos == end and names > 0


def _beside_attendance(text: str, line_start: int) -> bool:
    """Whether the line before the label's (blank lines skipped) or the one after it is of the attendance."""
    previous = line_above(text, line_start)
    line_end = text.find("\n", line_start)
    following = line_below(text, line_end) if line_end >= 0 else ""
    return _ATTENDANCE_LINE.search(previous) is not None or _ATTENDANCE_LINE.search(following) is not None
