"""A post or a seat denied in its holder's clause (asked by the readers of verbs of taking a post: `role_changes`,
`role_replacements`, `role_elections`' board seats): "NAME tiltræder ikke som formand", "NAME overtager ikke NAME2s
plads i Kulturudvalget", "Kommunalbestyrelsen udpegede ikke NAME som medlem af bestyrelsen for X", "NAME udpeges
aldrig som repræsentant": a "not" between the name and the seat, or right before the name after the verb, states
no post."""

from __future__ import annotations

import re

DENIAL = re.compile(r"(?<![\wæøå])(?:ikke|aldrig)(?![\wæøå])", re.IGNORECASE)
# right before the name: "udpegede ikke NAME som …"
DENIAL_BEFORE_NAME = re.compile(r"(?<![\wæøå])(?:ikke|aldrig)[ \t]+$", re.IGNORECASE)


def denied(text: str, name_start: int, name_end: int, seat_at: int) -> bool:
    """Whether a "not" stands between the name (name_start to name_end) and its seat at seat_at, or right before
    the name."""
    if DENIAL_BEFORE_NAME.search(text, max(0, name_start - 12), name_start):
        return True
    return seat_at > name_end and DENIAL.search(text, name_end, seat_at) is not None


# a post only expected or possible, in the words between the name and the seat: "NAME overtager formentlig posten
# som formand", "NAME forventes at fungere som formand"
HEDGED = re.compile(
    r"(?<![\wæøå])(?:forventes|forventeligt|formentlig|sandsynligvis|muligvis|måske|eventuelt|evt\.)(?![\wæøå])",
    re.IGNORECASE,
)
# the name the subject of a condition or an expectation: "Hvis NAME bliver formand for X, …", "Det forventes, at NAME
# er ny formand"
NOT_YET_BEFORE = re.compile(
    r"(?<![\wæøå])(?:hvis|såfremt|forudsat,?[ \t]+at|forvente[rs]?,?[ \t]+at|regner[ \t]+med,?[ \t]+at|"
    r"håber,?[ \t]+at)[ \t]+$",
    re.IGNORECASE,
)


def not_yet(text: str, name_start: int, name_end: int, seat_at: int) -> bool:
    """Whether the post at seat_at is only expected, possible or on a condition for the name before it: a hedge
    between the name and the seat, or the name the subject of "hvis", "såfremt", "forventes, at"."""
    if NOT_YET_BEFORE.search(text, max(0, name_start - 30), name_start):
        return True
    return seat_at > name_end and HEDGED.search(text, name_end, seat_at) is not None
