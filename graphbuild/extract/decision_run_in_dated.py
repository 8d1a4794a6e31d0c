"""A body's dated decision heading a flattened page ran into the item's text, no "Beslutning" word before it and no
line end around it: "… Åbent punkt Klima- og Miljøudvalget, 05-12-2017 pkt. 188 Godkendt. Fraværende: …", "…
POLITISK BEHANDLING Forretningsudvalgets beslutning den 8. november 2022: Anbefalet. …". On its own line such a
heading opens the decision section parse reads; run in, it is read by ``outcome_decision`` for an item with no
decision heading of its own.

Only the heading dated with this meeting's day is this meeting's decision: a case's history quotes earlier bodies'
decisions in the same form ("Miljø- og klimaudvalgets beslutning den 2. november 2022: Anbefalet.",
"Økonomiudvalget anbefalede den …"), never taken. The name before the date ends in a body's noun ("…udvalget",
"Byrådet", "Forretningsudvalgets beslutning"), so a meeting's own header ("Tirsdag den 5. december 2017 kl. 16.00",
"Møde den …") is none; and the text after it, up to the next dated heading, prints a verdict form.
"""

from __future__ import annotations

import re
from datetime import date

from graphbuild.extract.decision_rules import first_form
from graphbuild.parse.dates import DANISH_MONTHS, find_date
from graphbuild.vocab.bodies import ends_in_body_noun

_MONTHS = f"(?:{'|'.join(DANISH_MONTHS)})"
_DATE = re.compile(rf"\d{{1,2}}[.\-/]\s?\d{{1,2}}[.\-/]\d{{2,4}}|\d{{1,2}}\.\s*{_MONTHS}\s+\d{{4}}", re.IGNORECASE)
# "Klima- og Miljøudvalget, 05-12-2017", "Forretningsudvalgets beslutning den 8. november 2022", "Økonomiudvalget den 3.
# maj 2021": a body's name ending right before the date's comma or "den" (its genitive before "beslutning"), a
# compound's first part joined by "og" before it
_BEFORE_DATE = re.compile(
    r"(?:^|\s)(?P<lead>[\wæøå]+-?\s+og\s+)?(?P<name>[\wæøå\-]+)(?:\s+beslutning)?(?:,\s*|\s+(?:den|d\.)\s+)$",
    re.IGNORECASE,
)
# the rest of the heading after its date: an item's number, a colon
_AFTER_DATE = re.compile(r"(?:,?\s*pkt\.?\s*\d+)?\s*:?[ \t]+", re.IGNORECASE)
_CLOCK = re.compile(r"(?i)kl\.?\s|klokken\b")
_NAME_REACH = 60  # the characters before a date its heading's name ends in
_DECISION = 300  # the characters after the heading a verdict form is looked for in


def _day(text: str) -> date | None:
    found = find_date(text)
    return found.value if found else None


def _headings(item_text: str) -> list[tuple[int, int, date | None, bool]]:
    """Each body's dated heading in an item's text: its start, its end (after the date's rest), its day, and whether
    the body's name is capitalised (a compound's last part, "Miljø- og klimaudvalgets beslutning den …", is not,
    and only ends the decision before it)."""
    out: list[tuple[int, int, date | None, bool]] = []
    for found in _DATE.finditer(item_text):
        before = _BEFORE_DATE.search(item_text, max(0, found.start() - _NAME_REACH), found.start())
        if before is None or not ends_in_body_noun(before["name"]):
            continue
        after = _AFTER_DATE.match(item_text, found.end())
        if after is None:
            continue
        lead = before.start("lead") if before["lead"] else before.start("name")
        out.append((lead, after.end(), _day(found[0]), before["name"][:1].isupper()))
    return out


def run_in_decision(item_text: str, meeting_day: date | None) -> tuple[str, int] | None:
    """The decision under a body's heading dated with the meeting's day run into an item's text, and its offset in
    the text, or None where no such heading is printed."""
    if meeting_day is None:
        return None
    heads = _headings(item_text)
    for k, (_start, end, day, capitalised) in enumerate(heads):
        if day != meeting_day or not capitalised:
            continue
        stop = heads[k + 1][0] if k + 1 < len(heads) else len(item_text)
        rest = item_text[end : min(stop, end + _DECISION)]
        if _CLOCK.match(rest) or first_form(rest) is None:
            continue  # the meeting's header ("Byrådet den 16. november 2017 kl. 18.30"), or no verdict
        return item_text[end:stop].strip(), end
    return None
