"""The body and the day this meeting's decisions name, when the header names neither: the decision headings
("Beslutning i Byrådet den 26-01-2015", "Borgerrepræsentationens beslutning i mødet den …"), the agenda approval
("Godkendelse af dagsorden for KB den 22. januar 2020", "at Lokaludvalget godkender dagsordenen") and a header line
those headings name ("Beslutning Økonomi og Strategi den 14-03-2022")."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from functools import lru_cache

from graphbuild.parse.body_names import body_phrases
from graphbuild.parse.dates import find_date
from graphbuild.parse.header_body import BEFORE_DATE, CAPITAL_INSIDE, LINE_LEAD, canonical, dated_after
from graphbuild.parse.header_name_lines import BARE_HEADS
from graphbuild.parse.lines import Line
from graphbuild.vocab.bodies import BODY_ABBREVIATIONS

_DECISION_BEFORE = re.compile(
    r"(?i)(?:\bbeslutning(?:\s+(?:i|fra))?|\bdagsorden(?:en)?\s+(?:til|for)\s+(?:dagens\s+)?møde(?:t)?\s+i)\s+$"
)
_APPROVES_AGENDA = re.compile(r"(?i)^\s+(?:godkender|godkendte)\s+dagsorden")
_DECIDED_IN = re.compile(r"(?i)^\s+beslutning\s+i\s+mødet")
# "Integrationsudvalgets møde den 12. december 2011:": the body's decision heading, dated (PolWeb, Acadre)
_MEETING_OF_DAY = re.compile(r"(?i)^\s+møde\s+den\s+(?=\d)")


_AT_BEFORE = re.compile(r"(?i)\bat\s+$")


def body_from_text(text: str, meeting_day: date | None) -> str | None:
    """When the header names no body: the body of the decision headings ("Beslutning i Byrådet den
    26-01-2015", "Borgerrepræsentationens beslutning i mødet den …", "Kultur- og Idrætsudvalget,
    03-04-2019") and the agenda approval ("at Lokaludvalget godkender dagsordenen")."""
    votes: Counter[str] = Counter()
    names: dict[str, str] = {}
    for raw in text[:30000].split("\n"):
        line = raw.strip()
        if not line:
            continue
        for phrase in body_phrases(line):
            if CAPITAL_INSIDE.search(phrase.name) or phrase.name.lower() in BARE_HEADS:
                continue
            before, after = line[: phrase.start], line[phrase.end :]
            weight = 0
            approves = bool(_AT_BEFORE.search(before) and _APPROVES_AGENDA.match(after))
            if phrase.genitive:
                weight = 3 if _DECIDED_IN.match(after) or _meeting_of_day(after, meeting_day) else 0
            elif _DECISION_BEFORE.search(before[-60:]) or approves:
                weight = 3
            if dated_after(after) and not phrase.genitive:
                found = find_date(after[:60])
                if found is not None and meeting_day is not None and found.value == meeting_day:
                    weight += 2
                elif found is not None and meeting_day is not None:
                    weight = 0  # another meeting's decision in the case's history
                elif weight:
                    weight += 1
            if weight >= 3 or (weight and phrase.name[:1].isupper()):
                key = phrase.name.lower()
                votes[key] += weight
                names.setdefault(key, phrase.name[:1].upper() + phrase.name[1:])
    if not votes:
        return None
    key, weight = votes.most_common(1)[0]
    return canonical(names[key]) if weight >= 2 else None


def _meeting_of_day(after: str, meeting_day: date | None) -> bool:
    """ "…s møde den 12. december 2011:" heading this meeting's decision, not an earlier one in the case."""
    heading = _MEETING_OF_DAY.match(after)
    if heading is None or meeting_day is None or not after.rstrip().endswith(":"):
        return False
    found = find_date(after[heading.end() : heading.end() + 40])
    return found is not None and found.start == 0 and found.value == meeting_day


# "Beslutning Økonomi og Strategi den 14-03-2022", "Beslutning i Udvikling, By og Land den 4. november 2019":
# a decision heading naming a body that has no body's head word, dated
_NAMED_DECISION = re.compile(
    r"(?im)^[ \t]*beslutning(?:\s+i)?[ \t]+(?P<name>[A-ZÆØÅ][^\n]{1,60}?)[ \t]+(?:den|d\.)[ \t]*(?=\d)"
)
_NAME_WORDS = 6  # a committee's name, not a sentence


def decided_by_header_line(lines: list[Line], text: str, meeting_day: date) -> str | None:
    """A body named without a head word ("Økonomi og Strategi", "Forebyggelse og Idræt"): a line of the
    header that this meeting's dated decision headings name as the deciding body
    ("Beslutning Økonomi og Strategi den 14-03-2022")."""
    header_lines = {line.clean.strip(" .:|-–") for line in lines[:20] if line.clean}
    votes: Counter[str] = Counter()
    for match in _NAMED_DECISION.finditer(text[:30000]):
        name = match["name"].strip(" ,:")
        found = find_date(text[match.end() : match.end() + 40])
        if (
            name in header_lines
            and len(name.split()) <= _NAME_WORDS
            and found is not None
            and found.start == 0
            and found.value == meeting_day
        ):
            votes[name] += 1
    return votes.most_common(1)[0][0] if votes else None


# The agenda-approval item names the body, often by its abbreviation ("… for KB den 22. januar 2020").
_APPROVAL = re.compile(
    r"(?i)\bgodkendelse\s+af\s+(?:(?:den\s+)?(?:åben|åbne)\s+)?dagsorden(?:en)?\s+(?:til|for)\s+"
    r"(?:(?:dagens\s+)?møde(?:t)?\s+(?:i\s+)?)?"
    r"(?P<who>(?-i:KB|ØU|ØK)\s+|[^\n]{0,60}?)(?:den|d\.)\s*(?=\d)"
)


def agenda_approval(text: str) -> tuple[str | None, date] | None:
    """The body and date the agenda-approval item names: "Godkendelse af dagsorden for KB den 22.
    januar 2020", "Godkendelse af åben dagsorden for KB den ...", "Godkendelse af dagsorden til
    mødet den 4. juni 2020"."""
    for match in _APPROVAL.finditer(text[:30000]):
        found = find_date(text[match.end() : match.end() + 40])
        if found is None or found.start > 0:
            continue
        who = match["who"].strip()
        body = BODY_ABBREVIATIONS.get(who)
        if body is None:
            phrases = [p for p in body_phrases(who) if p.name.lower() not in BARE_HEADS]
            body = canonical(phrases[0].name) if phrases and phrases[0].name[:1].isupper() else None
        return body, found.value
    return None


_BESLUTNING_BEFORE = re.compile(r"(?i)\bbeslutning(?:\s+i)?\s*$")


@lru_cache(maxsize=256)
def _whole_name(body: str) -> re.Pattern[str]:
    """The body's name as a whole word or words, in any case (compiled once per name)."""
    return re.compile(rf"(?i)(?<![\w-]){re.escape(body)}(?![\w-])")


def date_from_decisions(text: str, body: str) -> date | None:
    """The date this body's decision headings carry most often ("Beslutning i Byrådet den 26-01-2015",
    "Byrådet, 22.11.2016"), when the header has none."""
    days: Counter[date] = Counter()
    for match in _whole_name(body).finditer(text, 0, 30000):
        after = text[match.end() : match.end() + 60]
        found = find_date(after)
        lead = BEFORE_DATE.match(after)
        prefix = text[text.rfind("\n", 0, match.start()) + 1 : match.start()]
        heading = LINE_LEAD.match(prefix) or _BESLUTNING_BEFORE.search(prefix)
        if found and lead and found.start <= lead.end() and heading:
            days[found.value] += 1
    return days.most_common(1)[0][0] if days else None


# "Beslutning i Erhvervs- og Udviklingsudvalget 4. oktober 2021:", "Beslutning Børne- og Uddannelsesudvalg den
# 06-06-2017": a line that opens as an item's decision heading (only these lines are read for a body's name)
_DECISION_LINE = re.compile(r"(?im)^[ \t]*beslutning(?:[ \t]+(?:i|fra))?[ \t]+\S[^\n]*")
_DECISION_LEAD = re.compile(r"(?i)^beslutning(?:\s+(?:i|fra))?\s+$")
_REPEATED = 2  # two items' headings: the meeting's own day, not one earlier decision quoted in a case


def repeated_decision_day(text: str) -> tuple[str, date] | None:
    """The body and day that two or more items' decision headings name alike ("Beslutning i Erhvervs- og
    Udviklingsudvalget 4. oktober 2021:" under items 1 and 2); None when no body and day are named twice, or
    two are."""
    named: Counter[tuple[str, date]] = Counter()
    for match in _DECISION_LINE.finditer(text, 0, 60000):
        line = match[0].strip()
        for phrase in body_phrases(line):
            if phrase.genitive or phrase.name.lower() in BARE_HEADS or not _DECISION_LEAD.match(line[: phrase.start]):
                continue
            after = line[phrase.end :]
            if dated_after(after):
                found = find_date(after[:60])
                if found is not None:
                    named[(phrase.name, found.value)] += 1
            break
    repeated = [pair for pair, count in named.items() if count >= _REPEATED]
    if len(repeated) != 1:
        return None
    name, day = repeated[0]
    return canonical(name[:1].upper() + name[1:]), day
