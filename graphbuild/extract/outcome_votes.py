"""The outcome a recorded vote gives where no verdict word is written: the majority decides."""

from __future__ import annotations

import re

from graphbuild.models import Outcome

# A recorded vote: "For forslaget stemte 21, …", "For stemte: 5 (A+T+V)", "For: 20 (…)", "11 stemte for"; and
# against: "Imod forslaget stemte 4", "Imod stemte 8 (…)", "Imod: 6 (…)", "4 stemte imod"
_VOTES_FOR = re.compile(
    r"(?i)(?:^|(?<=[\s.,;(]))for(?:\s+[\wæøå-]+){0,4}?\s+stemte\s*:?\s*(?P<a>\d+)\b|(?:^|(?<=\s))for\s*:\s*(?P<b>\d+)\b"
    r"|\b(?P<c>\d+)\s+stemte\s+for\b"
)
_VOTES_AGAINST = re.compile(
    r"(?i)\bimod(?:\s+[\wæøå-]+){0,4}?\s+stemte\s*:?\s*(?P<a>\d+)\b|\bimod\s*:\s*(?P<b>\d+)\b|\b(?P<c>\d+)\s+stemte\s+imod\b"
)


def _count(pattern: re.Pattern[str], text: str) -> int | None:
    match = pattern.search(text)
    return None if match is None else int(next(v for v in match.groupdict().values() if v is not None))


def vote_result(decision: str) -> Outcome | None:
    """The outcome a recorded vote gives where no verdict word is written: the majority decides
    ("For forslaget stemte 21 …  Imod forslaget stemte 4 …" passed; more against than for, rejected)."""
    if "stemte" not in decision.lower() and ":" not in decision:
        return None
    votes_for, votes_against = _count(_VOTES_FOR, decision), _count(_VOTES_AGAINST, decision)
    if votes_for is None or votes_against is None or votes_for == votes_against:
        return None
    return "approved" if votes_for > votes_against else "rejected"
