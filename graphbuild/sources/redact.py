"""Remove secrets from text before any later stage sees it.

Minutes sometimes print shared logins, passwords and CPR numbers. Each is replaced by
``MARKER`` and counted. Case numbers (326-2017-43896) and dates are left alone: a CPR number
is exactly ``ddmmyy-xxxx`` with a plausible day and month and no digit or hyphen around it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

MARKER = "[REDIGERET]"

_SECRET_LABEL = (
    r"(?:password|passwd|pw|adgangskode|kodeord|pinkode|pin-kode|login|log-?in\s*navn"
    r"|brugernavn|brugernavnet|username|user\s*name|user|bruger-?id)"
)
# "Brugernavn / adgangskode:" labels two values on one line.
_LABELS = rf"{_SECRET_LABEL}(?:\s*(?:/|og|and|&)\s*{_SECRET_LABEL})*"

# A label then a colon or equals sign, or a table cell boundary (DOCX and HTML tables arrive as
# tab-separated cells, Markdown tables with pipes).
_LABELLED = re.compile(rf"(?i)^(?P<label>[ \t>*_|-]*{_LABELS}[ \t*_]*(?:[:=]|\t|\s\|))(?P<value>.*)$")
# Inline "kodeord: x" / "password = x" inside a sentence; prose such as "login og password er
# unikt" has no colon and stays.
_INLINE = re.compile(rf"(?i)\b(?P<label>{_SECRET_LABEL})(?P<sep>\s*(?:er\s*)?[:=]\s*)(?P<value>[^\s,;]+)")
_CPR = re.compile(r"(?<![\d\-/.])(?P<dd>[0-3]\d)(?P<mm>[01]\d)(?P<yy>\d\d)-?(?P<seq>\d{4})(?![\d\-/])")


@dataclass(frozen=True)
class Redacted:
    text: str
    count: int


def _plausible_cpr(match: re.Match[str]) -> bool:
    day, month = int(match["dd"]), int(match["mm"])
    return 1 <= day <= 31 and 1 <= month <= 12


def _looks_like_value(line: str) -> bool:
    """A short token-ish next line (a password), not a new paragraph or heading."""
    stripped = line.strip()
    return 0 < len(stripped) <= 64 and " " not in stripped.strip() and stripped != MARKER


def _redact_labelled(text: str) -> tuple[str, int]:
    """Labelled lines; when the value is missing or ends in a colon the next line holds it."""
    lines = text.split("\n")
    count = 0
    value_pending = 0  # lines left in which a pending value may still appear
    for index, line in enumerate(lines):
        if value_pending:
            value_pending -= 1
            if not line.strip():
                continue
            value_pending = 0
            if _looks_like_value(line):
                lines[index] = MARKER
                count += 1
                continue
        match = _LABELLED.match(line)
        if match is None:
            continue
        value = match["value"].strip(" \t*_")
        if value:
            lines[index] = f"{match['label']} {MARKER}"
            count += 1
        value_pending = 2 if (not value or value.endswith(":")) else 0
    return "\n".join(lines), count


# every label opens with one of these (lower case; "ſ" and "ı", which the pattern's IGNORECASE reads as "s"
# and "i", are read so in the lowered text)
_LABEL_STEMS = ("pass", "pw", "adgangskode", "kodeord", "pin", "log", "bruger", "user")
_SIX_DIGITS = re.compile(r"\d{6}")  # a CPR number opens with six digits (ddmmyy)


def _label_starts(text: str) -> list[int]:
    """Every place a secret's label may start: where one of the label stems stands, any case."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(ch.lower()[:1] for ch in text)  # one character for one: offsets stay ("İ" lowers to two)
    low = low.replace("ſ", "s").replace("ı", "i")
    starts = []
    for stem in _LABEL_STEMS:
        at = low.find(stem)
        while at >= 0:
            starts.append(at)
            at = low.find(stem, at + 1)
    return sorted(set(starts))


def _sub_at(pattern: re.Pattern[str], text: str, starts: Iterable[int], replace: Callable[[re.Match[str]], str]) -> str:
    """``pattern.sub(replace, text)`` for a pattern that matches no empty text and whose every match starts
    at one of ``starts`` (ascending): the pattern is tried only there, not at every position of the text
    (a pattern that opens with a look-behind or an alternation of words is tried character by character)."""
    parts: list[str] = []
    last = 0
    for start in starts:
        if start < last:
            continue  # inside the last match: sub's next match starts after it
        match = pattern.match(text, start)
        if match is None:
            continue
        parts += (text[last : match.start()], replace(match))
        last = match.end()
    if not parts:
        return text
    parts.append(text[last:])
    return "".join(parts)


def _redact_inline(text: str) -> tuple[str, int]:
    count = 0

    def replace(match: re.Match[str]) -> str:
        nonlocal count
        if match["value"].startswith(MARKER):
            return match.group(0)
        count += 1
        return f"{match['label']}{match['sep']}{MARKER}"

    return _sub_at(_INLINE, text, _label_starts(text), replace), count


def _redact_cpr(text: str) -> tuple[str, int]:
    count = 0

    def replace(match: re.Match[str]) -> str:
        nonlocal count
        if not _plausible_cpr(match):
            return match.group(0)
        count += 1
        return MARKER

    # a CPR number starts a run of digits (its look-behind allows no digit before it), and the first six digits
    # of every run of six or more are one of _SIX_DIGITS's matches
    return _sub_at(_CPR, text, (six.start() for six in _SIX_DIGITS.finditer(text)), replace), count


def redact(text: str) -> Redacted:
    """Return ``text`` with passwords, logins, user names and CPR numbers replaced by MARKER."""
    total = 0
    for step in (_redact_labelled, _redact_inline, _redact_cpr):
        text, count = step(text)
        total += count
    return Redacted(text=text, count=total)
