"""Remove secrets from text before any later stage sees it.

Minutes sometimes print shared logins, passwords and CPR numbers. Each is replaced by
``MARKER`` and counted. Case numbers (326-2017-43896) and dates are left alone: a CPR number
is exactly ``ddmmyy-xxxx`` with a plausible day and month and no digit or hyphen around it.
"""

from __future__ import annotations

import re
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


def _redact_inline(text: str) -> tuple[str, int]:
    count = 0

    def replace(match: re.Match[str]) -> str:
        nonlocal count
        if match["value"].startswith(MARKER):
            return match.group(0)
        count += 1
        return f"{match['label']}{match['sep']}{MARKER}"

    return _INLINE.sub(replace, text), count


def _redact_cpr(text: str) -> tuple[str, int]:
    count = 0

    def replace(match: re.Match[str]) -> str:
        nonlocal count
        if not _plausible_cpr(match):
            return match.group(0)
        count += 1
        return MARKER

    return _CPR.sub(replace, text), count


def redact(text: str) -> Redacted:
    """Return ``text`` with passwords, logins, user names and CPR numbers replaced by MARKER."""
    total = 0
    for step in (_redact_labelled, _redact_inline, _redact_cpr):
        text, count = step(text)
        total += count
    return Redacted(text=text, count=total)
