"""What the document is: minutes ("referat") or an agenda ("dagsorden") as its first lines call it, and
whether it records a meeting at all (a news article or a body's web page does not)."""

from __future__ import annotations

import re
from datetime import date

from graphbuild.models import MeetingKind
from graphbuild.parse.body_names import body_phrases, despace
from graphbuild.parse.dates import find_date
from graphbuild.parse.header_body import BODY_MEETING, dated_after, strong
from graphbuild.parse.header_dates import PUBLICATION
from graphbuild.parse.kind_agenda_approved import agenda_approved
from graphbuild.parse.kind_article import below_an_article, paragraph_of_sentences
from graphbuild.parse.kind_item_paragraphs import answers_items
from graphbuild.parse.kind_page_heading import (
    HEADING_REACH,
    LINE_REACH,
    kind_reach,
    late_minutes_word,
    page_heading,
)
from graphbuild.parse.kind_present_label import expected_before, present_label
from graphbuild.parse.kind_reported import reports_at_meeting
from graphbuild.parse.lines import Line
from graphbuild.vocab.near import finditer_near, search_near

_KIND_WORDS = re.compile(r"(?i)\b((?:beslutnings|møde)?referat|beslutningsprotokol|protokol|dagsorden)\b")
_DRAFT = re.compile(r"(?i)\budkast\s+til\s+$")
_NOT_KIND = re.compile(r"(?i)\b(?:godkendelse\s+af|godkender|godkendes|godkendt|til)\s+(?:\w+\s+)?$")
# "holdt som et videomøde med en reduceret dagsorden", "der udarbejdes et referat": a common noun in a sentence,
# after an indefinite article, not the document's name for itself
_IN_A_SENTENCE = re.compile(r"(?i)(?<![\w-])(?:en|et)\s+(?:[a-zæøå]+\s+)?$")
# a page's link to minutes elsewhere, not its own kind: "Referat fra møder i … kan læses her", "Referatet fra
# mødet kan hentes nedenfor", "Dagsordenen kan ses på kommunens hjemmeside"
_KIND_ELSEWHERE = re.compile(r"(?i)\bkan\s+(?:\w+\s+)?(?:læses|hentes|findes|ses|downloades)\b")
_KIND_NOT_HEADING = re.compile(r"(?i)^\s*(?:godkendt|godkendes|blev|er|var|og|nr\.?)(?!\w)")  # "Møde/referat nr.: 7"
# an agenda printed with what was decided: "Dagsorden med vedtagelser", "Dagsorden og beslutninger"
_WITH_DECISIONS = re.compile(r"(?i)\b(?:vedtagelser|beslutninger)\b")
_DECIDED = re.compile(  # a decision recorded after its heading: minutes, even without a heading that says so
    r"\bBeslutning\b[\s\S]{0,150}?"
    r"(?i:\b(?:godkendt|anbefales|vedtaget|drøftet|taget til (?:efterretning|orientering)|tiltrådt))\b"
)
# the agenda-approval item recorded as approved: "1. Godkendelse af dagsorden LBR godkender dagsorden … Bilag: Ingen
# Godkendt med følgende bemærkninger", "Godkendelse af dagsorden Godkendt" (not "Godkendt af: …", a signature)
_AGENDA_APPROVED = re.compile(
    r"(?i:\bgodkendelse\s+af\s+(?:den\s+)?dagsorden(?:en)?\b)[^\n]{0,400}?(?<![\w-])Godkendt\b(?!\s+af\b)"
)
_APPROVAL_REACH = 460  # the approval item's title, 400 characters on its line, "Godkendt" and the look-ahead
# an item's section headed "Referat", what was said and decided under it (eDoc): "1. Meddelelse fra formandenReferat",
# "1. Meddelelse fra formanden" / "Referat"
_MINUTES_SECTION = re.compile(
    r"(?m)^[ \t]*\d{1,3}\.[ \t]*\S[^\n]{0,200}?(?:(?<=[a-zæøå)])Referat|\n(?:[ \t]*\n){0,2}[ \t]*Referat)[ \t]*$"
)
_SECTION_REACH = 220  # from the item's number to its "Referat" heading
# a document headed by the decisions it records: "1 BESLUTNINGER REGION HOVEDSTADEN FORRETNINGSUDVALGET",
# "Beslutninger fra mødet Torsdag kl Ordinært møde Økonomiudvalget"
# an item page's decision under the body's name and the meeting's date: "Beslutning fra Integrationsrådet /
# Dato: 10. december 2015", "Beslutning i Økonomiudvalget den 3. maj 2016"
_DECISION_OF_MEETING = re.compile(
    r"(?m)^[ \t]*Beslutning(?:\s+(?:fra|i)\s+[\w\- ,æøåÆØÅ]{2,60}?)[ \t]*(?:\n[ \t]*){0,3}(?:Dato\s*:|den\s+\d)"
)
_DECISIONS_HEADING = re.compile(r"^[\W\d]*(?:BESLUTNINGER\b|Beslutninger\s+fra\s+(?:mødet|møde)\b)")
# (the marks and digits before the heading read all at once, "[\W\d]*+", and each word and its blanks too: a run of
# digits or dashes at the line's start was split between "[\W\d]*" and the first word every way, quadratic in the
# line; the same lines found, as a word after the longest run of marks and digits needs no more of the three words)
_MEETING_HEADING = re.compile(
    r"(?i)^[\W\d]*+(?:[\w-]++[.,:]?\s++){0,3}(?:ordinært|ekstraordinært)\s+møde\b|^[\W\d]*+møde\s+i\s+\S"
)
_ATTENDED = re.compile(  # the header tells what happened at the meeting: minutes
    r"(?i)\b(?:havde\s+meldt\s+(?:forfald|afbud)|meldt\s+forfald|i\s+stedet\s+mødte?|mødte\s+som|deltog\s+(?:ikke|som|i\s+stedet)|"
    r"var\s+fraværende|mødet\s+(?:blev\s+)?hævet|mødet\s+sluttede|"
    # "Mødet slut: Kl. 19.00", "Mødet afsluttet: kl. 22:50": the end time filled in, as only minutes can
    r"mødet\s+(?:slut|afsluttet)(?=[ \t]*:?[ \t]*(?:kl\.?[ \t]*)?\d)|"
    # "Godkendelse af dagsorden: / Godkendt inklusive …": the agenda approved at the meeting
    r"godkendelse\s+af\s+dagsorden(?:en)?\s*:\s*godkendt|"
    # "Til stede: Kaj Bang, …", "Tilstede var: …": who came, a name after the label
    r"(?P<present>til)\s*stede(?:\s+var)?\s*:\s*(?-i:(?=[A-ZÆØÅ][a-zæøå]+\s+[A-ZÆØÅ])))\b"
    r"(?!:(?!\s*(?:kl\.?\s*)?\d))"  # "Mødet hævet:" with no time after it: an agenda's empty field
)
# "Kommissionsmøde 08-03-2024", "Bestyrelsesmøde den 12. maj 2019": a kind of meeting with its day
_COMPOUND_MEETING = re.compile(r"(?i)^[\W\d]*[a-zæøå]{3,}møde[ \t]+(?:den[ \t]+)?(?=\d)")
# "Mødet blev afholdt på rådhuset": minutes when the header names a kind, but a news article tells it too
# ("Første møde i forretningsudvalget blev afholdt 7. februar")
_HELD = re.compile(r"(?i)\bblev\s+(?:der\s+)?afholdt\b")
# what only minutes write down: the old passive of a decision or election ("Beretningen godkendtes", "vedtoges",
# "Til revisor genvalgtes …"), twice, as one in an agenda's case history is no record of this meeting
_PASSIVE_DECISION = re.compile(r"(?i)\b(?:godkendtes|vedtoges|tiltrådtes|besluttedes|(?:gen|ny)?valgtes)\b")
_PASSIVE_DECISIONS = 2
# the last meeting's minutes recorded as approved: "Forrige referat blev godkendt", "referatet fra sidste møde blev
# godkendt"; an item's minutes section approving it: "Referat Godkendt." (an agenda asks: "Godkendelse af referat")
_MINUTES_APPROVED = re.compile(
    r"(?i)\breferat(?:et)?\b[^\n.]{0,40}?\bblev\s+godkendt\b|(?m:^[ \t]*Referat[ \t]*:?[ \t]+Godkendt\b)"
)
# the header names who was away: "Fraværende: Lise Vestergaard" (an agenda's field is empty: "Fraværende: Mødet slut")
_ABSENT_NAMED = re.compile(r"(?im)^[ \t]*fraværende[ \t]*:[ \t]*(?-i:[A-ZÆØÅ][a-zæøå]+[ \t]+[A-ZÆØÅ][a-zæøå]+)")
_MINUTES_REACH = 80  # "referat", 40 characters, "blev godkendt"


def records_minutes(text: str, head: str) -> bool:
    """Whether a meeting's document records what happened at it in the words minutes use and an agenda does not:
    decisions in the old passive, the last minutes or this meeting's agenda approved ("Dagsordenen blev
    godkendt."), an absentee named in the header, who came under a label saying so ("Til stede: …"), the items
    answered one by one ("Ad 1. …", "Ad 2. …")."""
    body = text[:30000]
    return (
        len(_PASSIVE_DECISION.findall(body)) >= _PASSIVE_DECISIONS
        or search_near(_MINUTES_APPROVED, body, ("referat",), _MINUTES_REACH) is not None
        or _ABSENT_NAMED.search(head) is not None
        or agenda_approved(body)
        or present_label(body)
        or answers_items(body)
    )


# the words those cues hold near their start: the passes run only around them (vocab.near)
_ATTENDED_WORDS = ("meldt", "stedet", "mødte", "deltog", "fraværende", "mødet", "blev", "stede", "godkendelse")
_CUE_REACH = 200  # "Beslutning", up to 150 characters, then the word of the decision


def document_kind(
    lines: list[Line], has_decisions: bool, text: str, items_start: int | None = None
) -> MeetingKind | None:
    """referat or dagsorden as the header's first lines call the document ("Referat", "Dagsorden til
    møde i …", "Byrådet - Referat", "Beslutningsprotokol"); minutes ("referat") win over an agenda's
    name when both are there ("Dagsorden / … / Referat") or decisions are recorded ("Åben dagsorden"
    over decided items, or the header says who came: "havde meldt forfald", "mødet hævet kl. 20.35");
    "Godkendelse af dagsorden" is an item, not the document's kind."""
    words: set[str] = set()
    late_minutes = False  # a minutes heading past a flattened page's line head, taken when nothing else names a kind
    paragraphs = 0  # an article's paragraphs above the line
    first_lines = [line for line in lines if line.clean][:12]
    for position, line in enumerate(first_lines):
        following = first_lines[position + 1] if position + 1 < len(first_lines) else None
        if below_an_article(line, paragraphs, following):
            continue  # "Referat af bestyrelsesmøde" under a blog post's paragraphs: its link to the minutes
        paragraphs += paragraph_of_sentences(line)
        clean = despace(line.clean[: kind_reach(line, items_start)])
        if _DECISIONS_HEADING.match(clean):
            words.add("referat")  # "BESLUTNINGER REGION HOVEDSTADEN ...", "Beslutninger fra mødet": the decisions taken
        for match in _KIND_WORDS.finditer(clean):
            late = match.start() >= LINE_REACH
            if late and not (page_heading(clean, match) and late_minutes_word(clean, match)):
                # "Find dagsorden eller referat ved at sortere på udvalg": a site's words, no heading; a late
                # "Dagsorden" is an item's ("Godkendelse af dagsorden") or a minutes page's label, never an agenda
                continue
            draft = _DRAFT.search(clean[: match.start()]) is not None  # "Udkast til referat af møde 04/2017"
            if (
                _NOT_KIND.search(clean[: match.start()]) or _IN_A_SENTENCE.search(clean[: match.start()])
            ) and not draft:
                continue
            # what the heading goes on to say: its line's head, on a flattened page no further than a heading's words
            # past the kind word ("Dagsorden - åbent møde: • Punkt …", then an item's "beslutninger" far on)
            heading_end = max(LINE_REACH, match.end() + HEADING_REACH)
            if match[1].lower() == "dagsorden" and _WITH_DECISIONS.search(clean, match.end(), heading_end):
                words.add("referat")  # "Dagsorden med vedtagelser", even when a PDF's columns split the words
            if _KIND_NOT_HEADING.match(clean[match.end() :]) or _KIND_ELSEWHERE.search(clean, match.end(), heading_end):
                continue
            if late:
                late_minutes = True
                continue
            words.add("dagsorden" if match[1].lower() == "dagsorden" else "referat")
    if late_minutes and not words:
        words.add("referat")
    if not has_decisions and _lists_meetings(lines):
        return None  # a body's page listing its meetings' minutes and agendas, none of them this document
    # the cues of recorded decisions are looked for only where the header's words leave the kind open
    if "referat" in words:
        return "referat"
    head = "\n".join(line.text for line in lines[:60])
    if words:
        held = (
            _decided(text, head)
            or search_near(_HELD, head, ("blev",), _CUE_REACH) is not None
            # a document headed "Dagsorden" whose agenda approval is recorded ("Godkendt"): minutes; without a
            # kind's word the cue alone makes no meeting of a page (a secretariat's notes name no one's meeting)
            or search_near(_AGENDA_APPROVED, text[:30000], ("godkendelse",), _APPROVAL_REACH) is not None
            or search_near(_MINUTES_SECTION, text[:30000], ("referat",), _SECTION_REACH) is not None
            or records_minutes(text, head)
            # "Jens F. Jensen orienterede indledningsvist om …": a person's report at the meeting, which only
            # minutes write down
            or reports_at_meeting(text)
        )
        return "referat" if held else "dagsorden"
    return "referat" if has_decisions or _decided(text, head) else None


# an entry of a list of meetings: "Referat fra mødet 12. marts 2023", "4. maj 2023 - Referat", "• Dagsorden 21.09.2023"
_ENTRY_LEAD = " \t•*·-–"  # a list's bullet or dash before an entry
_ENTRY_WORDS = 10  # a link's text, not a sentence or a flattened page
_LISTING_ENTRIES = 2


def _lists_meetings(lines: list[Line]) -> bool:
    """Whether the first lines list two or more meetings' documents, one under the other, each a short line that
    opens with the kind's word or the day and names both, on different days, and call the document nothing else:
    a body's page of links, no one meeting's document (minutes under a list of earlier meetings have a heading of
    their own, "Referat: 21. maj 2019 kl. 16:00", apart from the list)."""
    runs: list[set[date]] = []
    in_run = False
    for line in [line for line in lines if line.clean][:_FIRST_LINES]:
        text = line.clean.lstrip(_ENTRY_LEAD)
        kind = _KIND_WORDS.search(text[:300])
        if kind is None or _NOT_KIND.search(text[: kind.start()]) or PUBLICATION.search(text[:300]):
            # "Godkendelse af referat fra mødet 20-03-2019": an item; "Referat offentliggjort 14.03.2023": a date of it
            in_run = False
            continue
        day = find_date(text[:300])
        if len(text.split()) > _ENTRY_WORDS or day is None or (kind.start() > 0 and day.start > 0):
            return False  # "Referat", "Referat fra mødet i Økonomiudvalget": the document's own heading
        if not in_run:
            runs.append(set())
        runs[-1].add(day.value)
        in_run = True
    return len(runs) == 1 and len(runs[0]) >= _LISTING_ENTRIES


_FIRST_LINES = 12


def _decided(text: str, head: str) -> bool:
    """Whether the document records decisions (a decision after its heading, a decision's heading under the
    meeting's name) or its header tells who came or was away (not who is expected to come)."""
    return (
        search_near(_DECIDED, text[:30000], ("beslutning",), _CUE_REACH) is not None
        or any(
            # "Forventet til stede: Kaj Bang": an agenda's expected attendance, no record of who came
            match["present"] is None or not expected_before(head, match.start())
            for match in finditer_near(_ATTENDED, head, _ATTENDED_WORDS, _CUE_REACH)
        )
        or search_near(_DECISION_OF_MEETING, text[:30000], ("beslutning",), _CUE_REACH) is not None
    )


def dated_body_line(lines: list[Line]) -> bool:
    """A meeting's heading in the first lines: a body with the date after it ("Byrådet 22-11-2016") or
    alone on its line over the date ("Kommunalbestyrelsen" / "24-09-2019"), "Ordinært møde",
    "Bestyrelsesmøde", "Møde i …"."""
    nonblank = [line for line in lines if line.clean][:8]
    for position, line in enumerate(nonblank):
        text = despace(line.clean[:300])
        if _MEETING_HEADING.search(text) or BODY_MEETING.match(text):
            return True
        compound = _COMPOUND_MEETING.match(text)
        if compound and (day := find_date(text[compound.end() : compound.end() + 30])) and day.start == 0:
            return True
        following = nonblank[position + 1].clean if position + 1 < len(nonblank) else ""
        next_date = find_date(following[:40])
        for phrase in body_phrases(text):
            if not strong(text, phrase):
                continue
            alone = not text[phrase.end :].strip(" .,:-–")
            if dated_after(text[phrase.end :]) or (alone and next_date is not None and next_date.start < 25):
                return True
    return False


# the line's own white space first ("[^\S\n]*", not "\s*"): a match that began on a blank line above ends where
# the numbered line's own does, and "^\s*…\s*" tried at every line of a run of blank lines cost cubic time
_NUMBERED_TITLE_LINE = re.compile(r"(?im)^[^\S\n]*(?:(?:punkt|pkt\.?|sag)\s*)?\d{1,3}\s*[.:)]?\s+[A-ZÆØÅ][\wæøå]+")


def numbered_lines(text: str) -> bool:
    """Agenda items' lines ("1. Godkendelse af dagsorden", "Punkt 171: …", "Pkt. 42 …")."""
    found = _NUMBERED_TITLE_LINE.findall(text[:20000])
    return len(found) >= 2
