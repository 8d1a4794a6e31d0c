"""One stop of a case's passage through bodies, as minutes and portals list it one a line.

A case's Sagsforløb (Tidligere behandling, Historik) lists the bodies and days it passed through,
one a line, in two orders:

- the body, then its day, and its item number there: "Kommunalbestyrelsen den 30. januar 2012
  punkt 5", "KMB IT-udvalget den 5. december 2012 Punkt 3", "Forretningsudvalget den 18. september
  2012, sag nr. 10", "Økonomi- og Erhvervsudvalget, 15. marts 2016.";
- the day, then the body (a portal's timeline): "19-08-2019 Magistraten", "28-08-2019 Aarhus Byråd".

The day is written out ("30. januar 2012", "5. dec. 2012") or in digits ("30-01-2012",
"30.01.2012", "30/01/2012"). A line with anything else on it (prose about the case, a decision
sentence, "Behandling: Landdistriktsudvalget." with no day) is not such a listing.

This is the one reading of such a line: the portal readers (``sources/edoc``, ``sources/sbsys``
through ``sources/portal_meeting``) use it to take a case's handlings out of an item's text, and
the extraction step ``extract/handling`` to turn them into facts. It reads the line's shape only;
whether the words before the day name a body is for the caller to judge (extraction checks them
against the body lexicon; a portal's markup says where the lines stand). It imports nothing from
the pipeline, so every stage may use it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

MONTHS = (
    "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
    "november", "december",
)  # fmt: skip
_MONTH_NUMBER = (
    {name: number for number, name in enumerate(MONTHS, start=1)}
    | {
        short: number
        for number, short in enumerate(
            ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"), start=1
        )
    }
    | {"sept": 9}
)

MAX_BODY = 80  # a body's name, not a sentence

_WORDED = r"(?P<day>[0-3]?\d)\.\s*(?P<month>[a-zæøå]+)\.?\s+(?P<year>(?:19|20)\d\d)"
_DIGITS = r"(?P<dday>[0-3]?\d)(?P<sep>[-./])(?P<dmonth>[01]?\d)(?P=sep)(?P<dyear>(?:19|20)\d\d)"
_DAY = rf"(?:{_WORDED}|{_DIGITS})"
_ITEM = r"(?:punkt|pkt\.?|sag\s+nr\.?)\s*(?P<item>\d{1,4})"

# "Body[,] [den|d.] DAY[, punkt N][.]"
# (each blank run read once: the body never ends inside a run, where the rest reads on as from the run's start,
# which the lazy body reaches first; the runs possessive, what follows each opening with no blank; as `\s*,?\s+`
# after each end of the body a run of blanks was split every way, a hang at 4,000 blank lines after a line's text.
# Its caller joins a line's blanks and bounds its length: a guard of the pattern itself)
_BODY_FIRST = re.compile(
    rf"(?i)^(?P<body>\S.*?)(?<!\s)(?:\s*+,\s++|\s++)(?:(?:den|d\.)\s*+)?{_DAY}(?:\s*+(?:,\s*+)?{_ITEM})?\s*+[.:]?+$"
)
# "DAY Body[, punkt N][.]"
_DAY_FIRST = re.compile(rf"(?i)^{_DAY}\s*[,:\-–]?\s+(?P<body>\S.*?)(?:\s*,?\s*{_ITEM})?\s*[.:]?$")


@dataclass(frozen=True)
class Handling:
    """A body, the day it handled (or is to handle) the case, and the case's item number there."""

    body: str
    day: date
    item: str | None = None


def _day(match: re.Match[str]) -> date | None:
    if match.group("day") is not None:
        month = _MONTH_NUMBER.get(match.group("month").lower())
        numbers = (match.group("year"), str(month or 0), match.group("day"))
    else:
        numbers = (match.group("dyear"), match.group("dmonth"), match.group("dday"))
    try:
        return date(int(numbers[0]), int(numbers[1]), int(numbers[2]))
    except ValueError:  # no such month or day ("31. februar", "13-13-2012")
        return None


def handling_of(line: str) -> Handling | None:
    """The handling ``line`` lists, in either order, or None when it is not such a line."""
    text = " ".join(line.split())
    if not text or len(text) > MAX_BODY + 60:
        return None
    for pattern in (_BODY_FIRST, _DAY_FIRST):
        match = pattern.match(text)
        if match is None:
            continue
        body = match.group("body").rstrip(" ,")
        day = _day(match)
        if day is not None and body[:1].isupper() and len(body) <= MAX_BODY:
            return Handling(body, day, match.group("item"))
    return None
