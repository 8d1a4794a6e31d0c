"""This meeting's decision text of an agenda item in minutes, which ``outcomes`` reads the item's outcome from.

An item's text often quotes the decisions of the bodies it passed through before this meeting
("Plan- og Ejendomsudvalget, 24.10.2016 Anbefales / Økonomiudvalget, 31.10.2016 Anbefales. /
Byrådet, 22.11.2016 Godkendt."). ``decision_of`` keeps only this meeting's: the last decision
section, and within it the last dated decision of a body; where no heading line opens the
decision (flattened text), the last "Beslutning" word in the item does.
"""

from __future__ import annotations

import re
from datetime import date

from graphbuild.extract.decision_bodies import names_this_body, this_body_first, this_body_heading
from graphbuild.extract.decision_flat_headings import run_on_heading_end
from graphbuild.extract.decision_rules import first_form
from graphbuild.extract.decision_run_in_dated import run_in_decision
from graphbuild.extract.outcome_elected_lines import elected_in_line
from graphbuild.extract.outcome_fates import fate_of
from graphbuild.extract.outcome_meeting import UNKNOWN, ThisMeeting
from graphbuild.extract.outcome_prose import (
    CASE_KINDS,
    elected_name,
    narrative,
    sentence_after_heading,
    sentence_title,
    verdict_after_title,
)
from graphbuild.extract.outcome_prose import after_title as text_after_title
from graphbuild.extract.outcome_prose import recorded as record_of
from graphbuild.extract.outcome_title_records import record_after_title, record_ending_title
from graphbuild.extract.outcome_unstopped_titles import unstopped_sentence_title
from graphbuild.extract.outcomes import title_outcome
from graphbuild.extract.page_furniture import without_page_furniture
from graphbuild.models import AgendaItem, Section
from graphbuild.parse.dates import DANISH_MONTHS, find_date

_MONTHS = f"(?:{'|'.join(DANISH_MONTHS)})"
_DATE = rf"(?:\d{{1,2}}[.\-/]\s?\d{{1,2}}[.\-/]\d{{2,4}}|\d{{1,2}}\.\s*{_MONTHS}\s+\d{{4}})"
# "Fraværende i Byrådet, 3. april 2018: Anne Hansen", "Afbud til Økonomiudvalget den 3. maj 2021:": who was absent from
# this meeting, dated as a decision is; no decision of a body
_NOT_ATTENDANCE = (
    r"(?!(?:Fraværende|Fravær|Afbud|Ikke\s+til\s+stede|Til\s+stede|Tilstede|Deltog|Deltagere|Fremmødte|Mødt)\b)"
)
# "Økonomiudvalget, 31.10.2016", "Beslutning i Byrådet den 29-01-2020", "Kultur- og Idrætsudvalget,
# 03-04-2019, pkt. 42", "Direktionens møde den 22. februar 2021:", "Økonomiudvalget 3. maj 2021:": a body's dated
# decision.
_DATED_BODY = re.compile(
    rf"(?:(?<=^)|(?<=\n)|(?<=\.\s)|(?<=:\s)){_NOT_ATTENDANCE}(?:Beslutning(?:\s+i)?\s+)?[A-ZÆØÅ][\wæøå\-]+(?:\s+(?:og|for|i)\s+[\wæøå\-]+)*"
    rf"(?:s\s+møde)?(?:,\s*|\s+(?:den|d\.)\s+){_DATE}(?:,\s*pkt\.?\s*\d+)?\s*:?"
    # "Økonomiudvalget 3. maj 2021:", "Byrådet - 11.05.2021:": a body named by its body word, the date after a space or
    # a dash, the colon closing it
    rf"|(?:(?<=^)|(?<=\n)|(?<=\.\s))[\wæøå\-]*(?:udvalget|byrådet|kommunalbestyrelsen|bestyrelsen|rådet|magistraten)"
    rf"(?:\s+[-–])?\s+{_DATE}\s*:",
    re.IGNORECASE,
)
_BESLUTNING_WORD = re.compile(
    # "Beslutninger Handicaprådet den Ikke til stede: … Dagsordenen godkendt.": the plural heading as well; not the word
    # ending its line with a full stop ("Punkttype\nBeslutning.": the item's type, no heading)
    r"(?:(?<=^)|(?<=\s))(?:Beslutning(?:er)?|BESLUTNING(?:ER)?|Afgørelse)(?:\b(?!\s+(?:om|af|til|fra)\b|\.\s*\n)|(?=[A-ZÆØÅ][a-zæøå]))"
    # "Beslutning fra Integrationsrådet" alone on its line: the body's decision heading (not "Beslutning fra mødet …")
    r"|(?:(?<=^)|(?<=\n))[ \t]*Beslutning\s+fra\s+(?-i:[A-ZÆØÅ])[\wæøå\-]+[ \t]*(?=\n)"
    # "1. At orienteringen tages til efterretning.Beslutning\nTaget til efterretning": a page's text lost the
    # line break before the heading; also after a date, a number or a bracket ("… fra den 20. oktober 2014.Beslutning",
    # "(jf. bilag 2).Beslutning")
    r"|(?<=[\wæøå)][.!?])Beslutning(?=\s*\n)"
    r"|(?<=\s)Referat:(?=\s+[A-ZÆØÅ])"  # "… indstiller, at Bestyrelsen Godkender dagsorden Referat: Godkendt"
)
# the words one of which every match of _BESLUTNING_WORD holds (it is case-bound): a text without them is not searched
# with the pattern, whose branches open with look-behinds and are tried at every place
_BESLUTNING_WORDS = ("Beslutning", "BESLUTNING", "Afgørelse", "Referat:")


def _decision_words(item_text: str) -> list[re.Match[str]]:
    """``_BESLUTNING_WORD``'s matches in an item's text."""
    if not any(word in item_text for word in _BESLUTNING_WORDS):
        return []
    return list(_BESLUTNING_WORD.finditer(item_text))


# The heading of the section after a decision; "Indstilling følges." / "Indstillingen godkendt." is the decision itself.
# "Økonomi" inside a body's name is none: after a linking word, or before a hyphen or "og" ("Beslutning Udvalget for
# Økonomi og Erhverv den 23-05-2018 Godkendt.", "Beslutning i Økonomi- og Planudvalget den …", a flattened heading)
_NEXT_SECTION = re.compile(
    r"(?:(?<=^)|(?<=\s))(?:Sagsfremstilling|Sagsforløb|Sagens forløb|Resumé|Resume|Indstilling(?!\w*\s+(?:følges|fulgt"
    r"|godkend\w*|tiltr\w+|vedtaget|anbefales|taget\s+til)\b)|Bilag|Beslutningstema"
    r"|(?<!\bfor\s)(?<!\bog\s)(?<!\bi\s)(?<!\btil\s)Økonomi(?![-–]|\s+og\s)|Lovgrundlag"
    r"|Tidligere\s*Politisk\s*Behandling|TidligerePolitiskBehandling|Til toppen)\b"
)
# the rest of a dated decision heading that fills its line ("Beslutning| i Økonomiudvalget den 8. oktober 2019",
# "Beslutning| Byrådet den 26-01-2015:"): the heading, not the decision under it; an undated rest ("Beslutning| Byrådet
# den Fraværende: Ingen Godkendt.", a page that lost the day) runs into the decision and stays
_HEADING_REST = re.compile(
    rf"[ \t]*(?:i[ \t]+)?(?:[\wæøå\-&,]+[ \t]+){{0,8}}?(?:den|d\.)[ \t]+{_DATE}[ \t]*:?[ \t]*(?=\n|$)", re.IGNORECASE
)
_THREE_LETTERS = re.compile(r"[^\W\d_]{3}")
_DIGIT = re.compile(r"\d")  # every dated decision holds its date's digits


def _dated_heads(decision: str) -> list[re.Match[str]]:
    """The bodies' dated decisions in a decision text (``_DATED_BODY``, which opens with look-behinds and is tried at
    every place, searched only in a text with a digit)."""
    return list(_DATED_BODY.finditer(decision)) if _DIGIT.search(decision) else []


def this_meeting(decision: str, meeting: ThisMeeting = UNKNOWN) -> str:
    """This meeting's dated decision within a decision text, other bodies' decisions dropped: the one
    dated with the meeting's day, else the last ("Byrådet, 22.11.2016 Godkendt. Økonomiudvalget,
    31.10.2016 Anbefales." is the Byråd's when it met on 22.11.2016)."""
    meeting_day = meeting.day
    decision = decision.strip()
    heads = _dated_heads(decision)
    if not heads:
        return decision
    if _earlier_heads_only(heads, meeting_day):
        return ""
    same_day = [k for k, head in enumerate(heads) if _day_of(head[0]) == meeting_day] if meeting_day else []
    candidates = same_day or list(range(len(heads)))
    # of several, the one this meeting's body is named in ("Byrådet, 22.11.2016" before "Økonomiudvalget, 31.10.2016")
    own = [k for k in candidates if names_this_body(heads[k][0], meeting.body)] if len(candidates) > 1 else []
    chosen = (own or candidates)[-1]
    end = heads[chosen + 1].start() if chosen + 1 < len(heads) else len(decision)
    rest = decision[heads[chosen].end() : end].strip()
    return rest if _THREE_LETTERS.search(rest) else decision


def _earlier_only(decision: str, meeting_day: date | None) -> bool:
    """The decision text opens with a body's dated decision and every such decision in it is dated before
    the meeting ("Taxinævnet, 30.11.2017 … tog orienteringen til efterretning" in the minutes of
    11.12.2017): earlier bodies' decisions only."""
    if meeting_day is None:
        return False
    return _earlier_heads_only(_dated_heads(decision.strip()), meeting_day)


def _earlier_heads_only(heads: list[re.Match[str]], meeting_day: date | None) -> bool:
    """``_earlier_only`` of the decision text whose dated decisions are ``heads``."""
    if meeting_day is None or not heads or heads[0].start() != 0:
        return False
    days = [_day_of(head[0]) for head in heads]
    return all(day is not None and day < meeting_day for day in days)


def _day_of(heading: str) -> date | None:
    found = find_date(heading)
    return found.value if found else None


_CASE_SECTION_KINDS = frozenset({"sagsfremstilling", "resume"})


def _without_case(item_text: str, item: AgendaItem) -> str:
    """The item's text with its presented case's sections blanked (same length): a record in the case's history
    ("Økonomiudvalget godkendte den 21. januar 2015 forslag til budgetprocedure", "Ved etableringen … blev det
    besluttet, at …") is an earlier decision, not this meeting's."""
    for section in item.sections:
        if section.kind in _CASE_SECTION_KINDS:
            begin = min(max(section.start - item.start, 0), len(item_text))
            end = min(max(section.end - item.start, begin), len(item_text))
            item_text = item_text[:begin] + " " * (end - begin) + item_text[end:]
    return item_text


# who was absent, as the heading of a section of its own ("Fraværende:")
_ABSENCE_HEADING = re.compile(r"(?i)^(?:fraværende|fravær|afbud|ikke\s+til\s+stede)\b")


def _absent_then_decision(item: AgendaItem, section: Section) -> str:
    """The decision a heading of who was absent cut from its empty decision section ("Udvalgets beslutning:" /
    "Fraværende:" / "Godkendt."), with that heading, or "" when no such section follows it."""
    following = next((s for s in item.sections if s.start > section.start), None)
    if following is None or following.kind != "other" or not _ABSENCE_HEADING.match(following.heading):
        return ""
    return f"{following.heading}: {without_page_furniture(following.text).strip()}"


# A council's web minutes print the meeting's record as the case text's first paragraph ("Sagsfremstilling /
# Beslutningsforslaget blev oversendt til børneudvalget. / <the motion>", "Sagsfremstilling / Foretoges. / <the
# question>"): one short sentence in the past passive, no date in it (a case's history names its meeting's day)
_OPENING_RECORD = re.compile(
    r"(?=[A-ZÆØÅ])[^.\n\d]{0,80}?(?:\bblev\s+[a-zæøå]+(?:t|et)\b|\b[A-ZÆØÅa-zæøå][a-zæøå]{3,}(?:edes|oges)\b)[^.\n\d]{0,60}\."
)
_PARAGRAPH_END = re.compile(r"[ \t]*\n[ \t\xa0]*\n")


def _record_opening_case(item: AgendaItem, text: str) -> tuple[str | None, int]:
    """The record a case text opens with, as its own paragraph, where the item has no decision heading."""
    case = item.section("sagsfremstilling")
    if case is None:
        return None, -1
    body = case.text.lstrip()
    record = _OPENING_RECORD.match(body)
    if record is None or not _PARAGRAPH_END.match(body, record.end()):
        return None, -1
    at = text.find(record[0], case.start, case.end)
    return record[0], at


# the item's last paragraph, after a blank line
_LAST_PARAGRAPH = re.compile(r"\n[ \t\xa0]*\n\s*([^\n]+?)\s*$")


def _last_paragraph(item_text: str) -> re.Match[str] | None:
    """``_LAST_PARAGRAPH`` searched from the blanks before the text's last line: every match it has starts there (all
    between its start and the text's end is white space but that line), so a run of blank lines earlier in the text
    is not read again from each of its line breaks (quadratic); the same match."""
    line = item_text.rfind("\n", 0, len(item_text.rstrip())) + 1
    return _LAST_PARAGRAPH.search(item_text, len(item_text[:line].rstrip()))


_CLOSING_WORDS = 5


def _closing_verdict(item_text: str, offset: int) -> tuple[str | None, int]:
    """The verdict closing an item's text as a short paragraph of its own ("B. Nyt medlem … – Camilla Jarltoft
    kandidat? / Indstillet og valgt"), where the points over it read as a presented case: the minutes' record."""
    last = _last_paragraph(item_text)
    if last is None or len(last[1].split()) > _CLOSING_WORDS or not last[1][:1].isupper() or _DIGIT.search(last[1]):
        return None, -1
    return (last[1], offset + last.start(1)) if first_form(last[1]) is not None else (None, -1)


def _without_run_on_heading(body: str) -> str:
    """The decision text without a dated heading's rest a flattened page ran on into it ("i Folkeoplysningsudvalget
    (18-21) den 27-02-2018 Ingen mødt."), where the bodies' dated decisions are not read from its start already."""
    heads = _dated_heads(body.lstrip())
    if heads and heads[0].start() == 0:
        return body
    end = run_on_heading_end(body, 0)
    return body if end is None else body[end:].lstrip()


_HEADING_LINE = 120


def _heading_line(item_text: str, at: int) -> str:
    """A decision word's heading: the rest of its line, up to ``_HEADING_LINE`` characters."""
    line_end = item_text.find("\n", at, at + _HEADING_LINE)
    return item_text[at : line_end if line_end >= 0 else at + _HEADING_LINE]


def decision_of(item: AgendaItem, text: str, meeting: ThisMeeting = UNKNOWN) -> tuple[str | None, int]:
    """This meeting's decision text of an item in minutes, and its offset (-1 when none); for an item with none of its
    own, the words that state its fate under an earlier item ("Punkt 3 blev taget af dagsordenen.")."""
    decision, start = _own_decision(item, text, meeting)
    if decision is None and not item.from_contents:
        fate = fate_of(item.number, text, item.start)
        if fate is not None:
            return fate
    return decision, start


def _own_decision(item: AgendaItem, text: str, meeting: ThisMeeting) -> tuple[str | None, int]:
    """This meeting's decision text of an item in minutes, and its offset (-1 when none): the last
    decision section, or the last one headed with the meeting's day when one is ("Beslutning i Byrådet
    den 29-01-2020" before the case's history quotes "Beslutning i Økonomiudvalget den 15-01-2020");
    none when every decision section is headed with an earlier day (the history only)."""
    meeting_day = meeting.day
    sections = [s for s in item.sections if s.kind == "beslutning"]
    if meeting_day is not None:
        days = [_day_of(s.heading) for s in sections]
        if sections and all(day is not None and day < meeting_day for day in days):
            # only earlier bodies' decisions ("Social og Sundhed, 6. januar 2020, pkt. 123" in the
            # minutes of 22 January): this meeting's decision is not in the text
            return None, -1
        dated = [s for s, day in zip(sections, days, strict=True) if day == meeting_day]
        # none of the meeting's day: an undated section is this meeting's, never one headed with an earlier day
        # ("Beslutning" then "Økonomiudvalget den 20. april 2021: Anbefales" from the case's history)
        sections = dated or [s for s, day in zip(sections, days, strict=True) if day is None or day >= meeting_day]
    # of several, those headed by this meeting's body ("Beslutning i Byrådet den …", not "Beslutning i
    # Økonomiudvalget den …" printed after it)
    sections = this_body_first(sections, meeting.body)
    for section in reversed(sections):
        body = without_page_furniture(section.text).strip()
        heading = section.heading.strip()
        if heading and body.startswith(heading):
            body = body[len(heading) :].strip()
        if not body:
            body = _absent_then_decision(item, section)
        body = _without_run_on_heading(body)
        if body:
            # "Beslutning\n\nByrådet, 22.11.2016 ... Godkendt. Sagsfremstilling ..." in one section
            stop = _NEXT_SECTION.search(body)
            if stop and stop.start() > 0:
                body = body[: stop.start()].strip()
            own = this_meeting(body, meeting)
            # "" where the section holds only earlier bodies' dated decisions: this meeting's is not in the text,
            # and no other heading of the item is to be read as it
            return (own if own or _earlier_only(body, meeting_day) else None), section.start
    if item.from_contents:
        return None, -1
    item_text = without_page_furniture(text[item.start : item.end])
    words = _decision_words(item_text)
    if not words:
        # "… Klima- og Miljøudvalget, 05-12-2017 pkt. 188 Godkendt. …": this meeting's dated heading run into the text
        run_in = run_in_decision(item_text, meeting_day)
        if run_in is not None:
            return run_in[0], item.start + run_in[1]
        opening = _record_opening_case(item, text)
        if opening[0] is not None:
            return opening
        after_title = verdict_after_title(item_text, item.start, item.title)
        if after_title[0] is not None:
            return after_title
        ending = record_ending_title(item_text, item.start, item.title)
        if ending[0] is None:
            ending = record_after_title(item_text, item.start, item.title)
        if ending[0] is not None:
            return ending
        if item.public and not any(s.kind in CASE_KINDS for s in item.sections):
            after_heading = sentence_after_heading(item_text, item.start, item.title)
            if after_heading[0] is not None:
                return after_heading
        # where a case is presented (Indstilling ...), "godkendes" is the recommendation's word: only
        # a past-tense record ("blev godkendt") is a decision
        presented = any(s.kind in ("indstilling", "sagsfremstilling", "resume") for s in item.sections)
        recorded = record_of(
            _without_case(item_text, item), item.start, past_only=presented, title=item.title, meeting_day=meeting_day
        )
        if recorded[0] is None and not any(s.kind in CASE_KINDS for s in item.sections):
            # an information item's narrative reports what was told ("Der er udsendt en redegørelse …"): its words
            # of a presented case are what the report names, not the case presented
            told = title_outcome(item.title) == "noted"
            told_text = narrative(item_text, item.start, item.title, closed=not item.public, told=told)
            if told_text[0] is None and item.public:
                elected = elected_name(item_text, item.start, item.title)
                if elected[0] is not None:
                    return elected
                in_line = elected_in_line(item_text, item.start, item.title)
                if in_line[0] is not None:
                    return in_line
                closing = _closing_verdict(item_text, item.start)
                if closing[0] is not None:
                    return closing
                stopped = sentence_title(item_text, item.start, item.title)
                if stopped[0] is not None:
                    return stopped
                return unstopped_sentence_title(
                    item_text, text_after_title(item_text, item.title), item.start, item.title
                )
            return told_text
        return recorded
    # the last heading of this meeting's body where another body's is printed after it ("Beslutning i Byrådet den :
    # Godkendt. Beslutning i Økonomiudvalget den : Anbefales.", the dates lost): its text up to the next heading
    own_word = this_body_heading([_heading_line(item_text, word.start()) for word in words], meeting.body)
    chosen = len(words) - 1 if own_word is None else own_word
    end = len(item_text) if own_word is None else words[own_word + 1].start()
    start = words[chosen].end()
    rest = _HEADING_REST.match(item_text, start)
    start = rest.end() if rest else start
    body = _without_run_on_heading(item_text[start:end])
    start = end - len(body) if body else start  # the body runs to its end
    stop = _NEXT_SECTION.search(body)
    if stop:
        body = body[: stop.start()]
    body = this_meeting(body, meeting)
    return (body or None), item.start + start
