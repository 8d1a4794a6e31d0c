"""Attendance written as sentences: "Der er afbud fra A, B og C.", "X havde meldt afbud, og Y
deltog i stedet.", "X var forhindret i at deltage", "X var syg.", "Y mødte som stedfortræder for X", "X udeblev
uden afbud"; each sentence's absence from some items read by ``attendance_per_item``, its stand-ins by
``attendance_prose_substitutes``."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from datetime import date
from functools import lru_cache

from graphbuild.parse.attendance_elsewhere import apology_elsewhere
from graphbuild.parse.attendance_future_stand_ins import stands_in_from_a_later_day
from graphbuild.parse.attendance_history import OtherMeetings
from graphbuild.parse.attendance_inhabil_stand_ins import disqualified_present
from graphbuild.parse.attendance_names import NameHit
from graphbuild.parse.attendance_per_item import PER_ITEM_WORDS, per_item
from graphbuild.parse.attendance_prose_names import (
    DEPUTY_TITLE,
    first_names_after,
    name_hit,
    names_after,
    names_before,
    nearest_before,
    sentences,
)
from graphbuild.parse.attendance_prose_substitutes import SUBSTITUTE_WORDS, substitutes
from graphbuild.parse.attendance_reading import CueWords
from graphbuild.parse.attendance_rows import Row, as_row
from graphbuild.parse.attendance_stand_in_elsewhere import stand_in_at_another_meeting
from graphbuild.parse.attendance_standing_leave import leave_in_relative_clause
from graphbuild.parse.attendance_whole_body import EXCEPT_WORD
from graphbuild.parse.dates import find_dates
from graphbuild.vocab.near import CASE_BLIND_LOOKALIKES, places
from graphbuild.vocab.pattern_words import SpanWords, may_match, required_words
from graphbuild.vocab.person_names import NAME_RUN, surname_like
from graphbuild.vocab.reference import first_names

# what may follow "var forhindret" / "var fraværende" when the sentence is about this meeting, not
# another one ("var forhindret i at deltage i KL's konference" is not an absence from this meeting)
_THIS_MEETING = (
    r"(?:\s+i\s+at\s+deltage(?:\s+i\s+(?:mødet|dagens\s+møde|sagens\s+behandling|behandlingen(?:\s+af\s+sagen)?))?)?"
    r"(?=\s*[.,;:)]|\s*$|\s+(?:pga|på\s+grund|grundet|med\s+afbud|uden\s+afbud|og|i\s+mødet|i\s+dag)\b)"
)
_ABSENT_AFTER = re.compile(
    r"(?i)\b(?:havde|har)\s+(?:meldt\s+|sendt\s+|meddelt\s+)?(?:afbud|forfald|fravær)\b|"
    # the same apology in the simple past, and one's crying off: "Karen Juul meldte afbud.", "X sendte afbud", "X havde
    # meldt fra."
    r"\b(?:meldte|sendte)\s+(?:afbud|forfald)\b|\b(?:(?:havde|har)\s+meldt|meldte)\s+fra(?=\s*[.,;:)]|\s*$)|"
    r"\bdeltog\s+ikke(?=\s*[.,;]|\s*$|\s+(?:pga|på\s+grund|grundet)\b)|"
    # the reason put between the verbs: "Jens-Henrik Kirk har, grundet ferie, meldt forfald til Byrådets møde"
    r"\b(?:havde|har),[ \t]+[^,.\n]{1,40}?,[ \t]+(?:meldt|meddelt|sendt)\s+(?:afbud|forfald)\b|"
    # a council member's leave as the deputy's summons states it (the statute's words): "Lone Boye har meddelt,
    # at hun af helbredsmæssige årsager vil være forhindret i at varetage sine kommunale hverv", "X har oplyst, at
    # han ikke vil være i stand til at varetage sine kommunale hverv fra den 20. august"
    r"\bhar\s+(?:meddelt|oplyst),?\s+at\s+(?:hun|han)\s+(?=[^.\n]{0,80}?\b(?:forhindret\s+i|ikke\s+(?:vil\s+)?"
    r"(?:være\s+i\s+stand\s+til|kunne))\s+at\s+varetage\s+sine\s+(?:kommunale\s+)?hverv\b)|"
    rf"\bvar\s+(?:også\s+|desværre\s+){{0,2}}forhindret{_THIS_MEETING}|"
    rf"\b(?:var|er)\s+(?:også\s+|desværre\s+){{0,2}}fraværende{_THIS_MEETING}|\budeblev\b|"
    # ill on the day, in the past tense and nothing after it but the sentence's end or a reason: "Per Lund var syg."
    # ("… var syg i tre uger" is not this meeting; "er syg" announces a leave a deputy's summons is about)
    rf"\bvar\s+(?:også\s+)?(?:syge?|sygemeldte?){_THIS_MEETING}|"
    r"\bdeltog\s+ikke\s+(?:i|på)\s+(?:(?:dagens\s+)?mødet\b(?!s)|(?:dagens|aftenens)\s+møde\b(?!s))|"
    r"\bmødte\s+ikke(?:\s+(?:frem|op))?\b|"
    rf"\bvar\s+ikke\s+(?:til\s+stede|mødt|med){_THIS_MEETING}|"
    r"\bkunne\s+(?:desværre\s+)?ikke\s+(?:deltage|komme|være\s+med)(?:\s+i\s+(?:dagens\s+)?mødet)?"
    r"(?=\s*[.,;:)]|\s*$|\s+(?:pga|på\s+grund|grundet)\b)|"
    # on leave: "…, idet Niels E. Bjerrum har orlov", "X var på orlov"
    r"\b(?:har|havde|(?:er|var)\s+på)\s+orlov(?=\s*[.,;:)]|\s*$)|"
    # a subordinate clause puts "ikke" before the verb: "…, at centerchef Rikke Krag Iversen ikke deltager."
    r"\bikke\s+(?:deltog|deltager|kunne\s+deltage)(?:\s+i\s+(?:dagens\s+)?mødet)?(?=\s*[.,;:)]|\s*$)"
)
_PRESENT_BEFORE = re.compile(
    # "Desuden deltog fra partnerskabet Sven Norup, …": the party they come from in lower case before the names
    r"(?im)\b(?:desuden|endvidere|derudover|herudover)\s+deltog(?:\s+fra\s+[a-zæøå]+)?(?:\s*:)?\s+|"
    r"\bfølgende\s+(?:medlemmer\s+)?(?:deltog|var\s+til\s+stede|var\s+mødt)(?:\s*:)?\s+|"
    # "Fra administrationen deltog:", an agenda's "Fra administrationen deltager: Kristina Fransgaard (referent)"
    r"(?:^[ \t]*|(?<=[.:;]\s))fra\s+(?:[a-zæøå]+\s+)?[a-zæøå]+\s+(?:deltog|deltager)(?:\s*:)?\s+|"
    # "I mødet deltog Iris Skov Hovmøller fra Dansk Byggeri, …", "På dette møde deltog …"
    r"(?:^[ \t]*|(?<=[.:;]\s))(?:i|på)\s+(?:dette\s+|dagens\s+)?møde[t]?\s+deltog(?:\s*:)?\s+"
)
# names, then their coming, no stand-in's nor absence's words after it: "Susanne Buch, Nicolaj Bang, Mette Valbjørn
# og Erik Vinther deltog via video.", "Jacob Panton Kristiansen deltog fra kl. 10 - 11.", "… og kontorchef Kåre
# Nygård Pedersen deltog i forbindelse med behandlingen af pkt. 13."; in the past tense only ("Michelle Parris
# deltager" announces who will come)
_PRESENT_AFTER = re.compile(
    r"(?i)(?<!ikke )\bdeltog(?=\s*[.;]|\s*$|\s+(?:via|pr\.\s*telefon|telefonisk|virtuelt|online|fra\s+kl\b|"
    r"(?:i|på)\s+(?:dagens\s+)?mødet\s*(?:[.;]|$)|i\s+drøftelsen|"
    r"i\s+(?:forbindelse\s+med\s+)?behandlingen\s+af\s+(?:pkt|punkt|sag)|"
    r"under\s+(?:behandlingen\s+af\s+)?(?:dette|pkt|punkt|sag)))|"
    # "Endvidere var administrerende direktør Dorthe Nøhr Pedersen, … og chefkonsulent Michael Skov til stede."
    r"(?<!ikke )\b(?:var\s+(?:også\s+)?)?til\s+stede(?=\s*[.;]|\s*$)"
)
# the body the names before a verb come from, up to the verb: " fra Rådet for Etniske Minoriteter "
_FROM_BODY = re.compile(
    r"[ \t]+fra[ \t]+(?:[A-ZÆØÅ][\w-]*|for|og|i|af)(?:[ \t]+(?:[A-ZÆØÅ][\w-]*|for|og|i|af))*[ \t]+\Z"
)
_WELCOMED = re.compile(r"(?i)\bbød\s+(?:alle\s+|de\s+fremmødte\s+)?velkommen\b")
_ABSENT_BEFORE = re.compile(
    # the group the names belong to between "fra" and them: "Afbud fra suppleanterne Karen Juul og Ole Berg"
    r"(?i)\b(?:afbud|forfald)\s+(?:modtaget\s+|indløbet\s+)?fra(?:\s*:)?\s+"
    r"(?:(?:suppleanterne|stedfortræderne|medlemmerne|bestyrelsesmedlemmerne|udvalgsmedlemmerne)"
    r"\s+(?=(?-i:[A-ZÆØÅ])))?|"
    r"\bfraværende\s+var\s+|"
    r"\bfølgende\s+(?:var|er|havde\s+meldt|har\s+meldt)\s+(?:fraværende|afbud|forfald)(?:\s*:)?\s+|"
    # "Alle medlemmer var mødt undtagen X", "Hele bestyrelsen var til stede, bortset fra X"
    rf"\b(?:var|er)\s+(?:mødt|fremmødt|til\s+stede)\s*,?\s*{EXCEPT_WORD}\s+"
)


_CUE_WORDS = (
    "afbud", "forfald", "forhindret", "fraværende", "udeblev", "stedet", "stedfortræder", "suppleant", "deltog",
    "deltager", "mødte", "afløst", "forlod", "ankom", " gik ", "inhabil", "undtagen", "velkommen",
    "ikke deltage", "til stede", "indkaldt for", "orlov", "kommunale hverv", "bortset fra", "undtagelse af", "på nær",
    "var syg", "var også syg", "var sygemeldt", "var også sygemeldt", "ikke mødt", "ikke med", "ikke være med",
    "ikke komme", "meldt fra", "meldte fra",
)  # fmt: skip
PROSE_CUE_WORDS = _CUE_WORDS  # for the document's one pass over its cue words
_NON_BLANK_LINE = re.compile(r"\n[ \t]*\S")


def _cue_paragraphs(text: str, cues: CueWords) -> list[tuple[int, int, list[int]]]:
    """The lines that hold an attendance word, each once, in order, with the words' offsets."""
    out: list[tuple[int, int, list[int]]] = []
    for at in cues.offsets(_CUE_WORDS):
        if out and at <= out[-1][1]:
            out[-1][2].append(at)
            continue
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        out.append((start, len(text) if end < 0 else end, [at]))
    return out


def _cue_between(cues_at: list[int], lo: int, hi: int) -> bool:
    """Whether a cue word's offset (``cues_at``, sorted) lies in [lo, hi): by bisection, not by looking at every cue
    of the paragraph for each of its sentences (a flattened page is one paragraph)."""
    at = bisect_left(cues_at, lo)
    return at < len(cues_at) and cues_at[at] < hi


def find_prose(
    text: str,
    lower: str,
    numbers: list[str],
    meeting_date: date | None,
    others: OtherMeetings,
    cues: CueWords,
) -> list[Row]:
    """Attendance sentences (``lower`` is ``text`` lower-cased). ``numbers`` (the meeting's item
    numbers) place per-item absences; ``meeting_date`` tells a statement of an earlier meeting in a
    case's history ("Økonomiudvalget, 31.10.2016 X var fraværende."), as do ``others`` (the parts
    that record other meetings: a case's history, another day's decision)."""
    rows: list[Row] = []
    pending: list[NameHit] = []  # the absences the next substitute sentence refers to
    since = 0
    last_end = 0
    for start, end, cues_at in _cue_paragraphs(text, cues):
        since += len(_NON_BLANK_LINE.findall(text, last_end, start))
        last_end = end
        after_absence = False
        for lo, hi in sentences(text, start, end):
            if hi - lo > 600 and _cue_between(cues_at, lo, hi):
                lo, hi = _tail_clause(text, lo, hi, cues_at[bisect_left(cues_at, lo) : bisect_left(cues_at, hi)])
            if hi - lo > 600 or not _cue_between(cues_at, lo, hi):
                alone = _name_alone(text, lo, hi) if after_absence else None
                if alone is not None:
                    # "Afbud fra 1. suppleant Birger Pedersen. … Peter Hess-Nielsen. Afbud fra …": in a run of
                    # apologies one a sentence (a list flattened), a name alone in its sentence is one more
                    rows.append(as_row(alone, "absent"))
                    pending = [alone]
                    continue
                since += 1
                after_absence = False
                continue
            present = _SENTENCE_WORDS.of(lower[lo:hi])
            after_absence = (
                may_match(present, _ABSENCE_SENTENCE_WORDS) and _ABSENCE_SENTENCE.search(text, lo, hi) is not None
            )
            if since > 2:
                pending = []
            since = 0
            if others is not None and others.covers(lo):
                continue
            if meeting_date is not None and (
                _of_another_meeting(text, lo, hi, meeting_date)
                or _under_another_decision(text, lower, lo, meeting_date)
            ):
                continue
            pending = _sentence(text, lo, hi, numbers, pending, rows, meeting_date, present)
    # "Kim Valentin (V) er erklæret inhabil … Flemming Trojel er indkaldt som stedfortræder for Kim Valentin"
    return disqualified_present(text, lower, rows)


_CLAUSE_MARK = re.compile(r"[),;:]")
# a sentence about apologies or deputies, after which a name alone in its sentence is one more apology
_ABSENCE_SENTENCE = re.compile(r"(?i)\b(?:afbud|forfald|fraværende|suppleant\w*|stedfortræder\w*)\b")
_ALONE_TAIL = re.compile(r"[ \t]*(?:,[ \t]*[A-ZÆØÅ][\w-]*)?[ \t]*\.[ \t]*")  # its full stop: a sentence

# the words each sentence pattern cannot match without; a cued sentence's words found once (one automaton pass over it
# lowered), each pattern tried only where its words stand (the per-item and stand-in readers' patterns too)
_ABSENCE_SENTENCE_WORDS = required_words(_ABSENCE_SENTENCE)
_PRESENT_BEFORE_WORDS = required_words(_PRESENT_BEFORE)
_WELCOMED_WORDS = required_words(_WELCOMED)
_PRESENT_AFTER_WORDS = required_words(_PRESENT_AFTER)
_ABSENT_AFTER_WORDS = required_words(_ABSENT_AFTER)
_ABSENT_BEFORE_WORDS = required_words(_ABSENT_BEFORE)
_OWN_WORDS = (_ABSENCE_SENTENCE_WORDS, _PRESENT_BEFORE_WORDS, _WELCOMED_WORDS, _PRESENT_AFTER_WORDS,
              _ABSENT_AFTER_WORDS, _ABSENT_BEFORE_WORDS)  # fmt: skip
_SENTENCE_WORDS = SpanWords([*(w for words in _OWN_WORDS for w in words or ()), *PER_ITEM_WORDS, *SUBSTITUTE_WORDS])


def _name_alone(text: str, lo: int, hi: int) -> NameHit | None:
    """The name a sentence holds and nothing else but a one-word affiliation ("Helle Jønch.", "Lars Schou
    Pedersen, Socialdemokratiet.")."""
    run = NAME_RUN.search(text, lo, hi)
    if run is None or text[lo : run.start()].strip():
        return None
    hit = name_hit(text, run, hi)
    if hit is None or hit.start != run.start() or hit.name.split()[0] not in first_names():
        return None
    return hit if _ALONE_TAIL.fullmatch(text, hit.rest_start, hi) else None


def _tail_clause(text: str, lo: int, hi: int, cues: list[int]) -> tuple[int, int]:
    """Of a sentence too long to be one (a PDF page flattened into one line of lists), the clause of
    its last cue when the sentence ends soon after: from the bracket or comma before the names."""
    cue = cues[-1]
    if hi - cue > 200:
        return lo, hi
    marks = [m.end() for m in _CLAUSE_MARK.finditer(text, max(lo, cue - 150), cue)]
    if not marks:
        return lo, hi
    start = marks[-1]
    for earlier in reversed(cues[:-1]):
        # "…, at A indtræder som stedfortræder for B, at C indtræder som stedfortræder for D": the clauses
        # of the cues just before belong to the same statement
        if earlier >= start or start - earlier > 200:
            break
        before = [m.end() for m in _CLAUSE_MARK.finditer(text, max(lo, earlier - 150), earlier)]
        if not before:
            break
        start = before[-1]
    return start, hi


def _sentence(
    text: str,
    lo: int,
    hi: int,
    numbers: list[str],
    pending: list[NameHit],
    rows: list[Row],
    meeting_date: date | None = None,
    present: frozenset[str] | None = None,
) -> list[NameHit]:
    """Read one sentence into ``rows``; the absences a following substitute sentence may refer to (a deputy who
    enters from a later day than ``meeting_date`` stood in for no one here). ``present``: the words of
    ``_SENTENCE_WORDS`` the sentence holds (None: every pattern tried)."""
    found = per_item(text, lo, hi, numbers, present)
    rows += found
    for cue in (
        _PRESENT_BEFORE.finditer(text, lo, hi) if may_match(present, _PRESENT_BEFORE_WORDS) else ()
    ):  # "Desuden deltog A og B."
        # "ENDVIDERE DELTOG: Finn Mikkelsen, Nordsjællands Politi i stedet for …": a workplace after a name's
        # comma (no first name, no surname) is not one of those present
        listed = names_after(text, cue.end(), hi)
        rows += [
            as_row(h, "present")
            for i, h in enumerate(listed)
            if h.name.split()[0] in first_names()
            or surname_like(h.name.split()[-1])
            # a name no comma parts from the cue or the name before ("Fra Integrationsrådet deltog Raziye Sadol som
            # nyt medlem", "… Lis Holm og Raziye Sadol") is no workplace, whatever its first name
            or "," not in text[listed[i - 1].end if i else cue.end() : h.start]
        ]
    for cue in (
        _WELCOMED.finditer(text, lo, hi) if may_match(present, _WELCOMED_WORDS) else ()
    ):  # "Bestyrelsesformand Vibeke Iversen bød velkommen": the chair came
        host = nearest_before(text, lo, cue.start())
        if host is None or host.name.split()[0] not in first_names():
            continue  # "Velkomst Formanden bød velkommen": a heading and a title, no name
        if not text[host.rest_start : cue.start()].strip(" \t,()"):
            rows.append(replace(as_row(host, "present"), welcomed=True))
    if found:
        return pending
    for cue in _PRESENT_AFTER.finditer(text, lo, hi) if may_match(present, _PRESENT_AFTER_WORDS) else ():
        # "A, B og C fra Rådet for Etniske Minoriteter deltog i drøftelsen": the body they come from goes by
        body = _FROM_BODY.search(text, max(lo, cue.start() - 80), cue.start())
        named = names_before(text, lo, body.start() if body else cue.start(), titled=True)
        # a list of which one first name at least is known ("Sükrü Ertosun" beside "Ditte Wenzel Pedersen")
        if any(h.name.split()[0] in first_names() for h in named):
            rows += [as_row(h, "present") for h in named]
    absent = _absences(text, lo, hi, present)
    subs = substitutes(text, lo, hi, absent, pending, present)
    if subs and stands_in_from_a_later_day(text, lo, hi, meeting_date):
        subs = []  # "Jens Lund indtræder som suppleant fra 1. maj": the seat from that day on, no stand-in here
    if subs and stand_in_at_another_meeting(text, lo, hi):
        subs = []  # "Jens Lund deltager som suppleant ved næste møde": another meeting's stand-in
    came = {sub.name for sub in subs}
    absent = [h for h in absent if h.name not in came]  # the one who came instead is not away
    rows += [as_row(h, "absent") for h in absent]
    rows += subs
    for sub in subs:
        if sub.for_:
            key = sub.for_.lower()
            pending = [p for p in pending if p.name.lower() != key]
    # an absent deputy ("Afbud fra 1. suppleant Birger Pedersen") is no one a later substitute stands in for:
    # the member before stays the one pending
    members = [h for h in absent if not DEPUTY_TITLE.search(text, max(lo, h.start - 24), h.start)]
    if members:
        pending = [h for h in members if all(s.for_ != h.name for s in subs)]
    return pending


def _of_another_meeting(text: str, lo: int, hi: int, meeting_date: date) -> bool:
    """The sentence opens with another meeting's date, before any name."""
    run = NAME_RUN.search(text, lo, hi)
    head = text[lo : run.start() if run else hi]
    return any(d.value != meeting_date for d in find_dates(head))


# at a line's start, or on a page flattened onto one line where a heading's form still shows it:
# "… merforbrug. BESLUTNING: Økonomiudvalget den 25-03-2022 …", "… Beslutning i Økonomiudvalget den …"
_DECISION_HEADING = re.compile(
    r"(?m)(?:^[ \t]*(?i:beslutning)\b|(?<![\w-])(?:BESLUTNING\b|Beslutning(?=[ \t]*:|[ \t]+i[ \t]+[A-ZÆØÅ])))"
    r"[^\n]{0,80}"
)


_HEADING_REACH = 3000  # how far before a sentence its decision heading is looked for


@lru_cache(maxsize=2)
def _lookalike_places(text: str) -> list[int]:
    """Where ``text`` holds a letter a case-blind "beslutning" reads as "i" or "s" and lower case does not give back
    as it (``CASE_BLIND_LOOKALIKES``), sorted: a document's sentences each ask for their own reach, the text found
    once (almost always none)."""
    return sorted(at for char in CASE_BLIND_LOOKALIKES for at in places(text, char))


def _under_another_decision(text: str, lower: str, lo: int, meeting_date: date) -> bool:
    """The sentence stands under a decision heading of another meeting ("BESLUTNING: Økonomiudvalget den
    25-03-2022" in the council's minutes): who stood in was at that meeting, not at this one. (``lower`` is
    ``text`` lower-cased: every heading holds "beslutning", and no heading runs past its line, so the last heading
    before the sentence stands on the last line that holds a heading: the lines holding the word are tried from the
    sentence back, each alone, the first that holds a heading read as the pass over the whole reach reads it.)"""
    window = max(0, lo - _HEADING_REACH)
    looks = _lookalike_places(text)
    if looks and bisect_left(looks, window) < bisect_left(looks, lo):
        # a letter the case-blind pattern reads as another: the lower case may not hold the word; the whole reach
        heading = max(_DECISION_HEADING.finditer(text, window, lo), key=lambda m: m.start(), default=None)
    else:
        heading = None
        end = lo
        while heading is None:
            word = lower.rfind("beslutning", window, end)
            if word < 0:
                return False
            line_start = max(window, text.rfind("\n", window, word) + 1)
            line_end = text.find("\n", word, lo)
            on_line = list(_DECISION_HEADING.finditer(text, line_start, lo if line_end < 0 else line_end))
            heading = on_line[-1] if on_line else None
            end = line_start
    if heading is None:
        return False
    dates = find_dates(heading.group(0))
    return bool(dates) and all(d.value != meeting_date for d in dates)


# the verbs of an apology or a staying away, which "til" something other than this meeting may follow
_APOLOGY_VERBS = ("har", "havde", "meldte", "sendte", "mødte", "udeblev")


def _absences(text: str, lo: int, hi: int, present: frozenset[str] | None = None) -> list[NameHit]:
    hits: list[NameHit] = []
    for cue in _ABSENT_AFTER.finditer(text, lo, hi) if may_match(present, _ABSENT_AFTER_WORDS) else ():
        if cue[0].lower().startswith(_APOLOGY_VERBS) and apology_elsewhere(text, cue.end(), hi):
            continue  # "Karen Juul har meldt afbud til julekoncerten", "udeblev fra arrangementet": not this meeting
        if leave_in_relative_clause(text, cue.start(), cue[0]):
            continue  # "… Thomas Teisner, som pt er på orlov.": who the person is now, not this meeting's absence
        hits += names_before(text, lo, cue.start())
    for cue in _ABSENT_BEFORE.finditer(text, lo, hi) if may_match(present, _ABSENT_BEFORE_WORDS) else ():
        hits += names_after(text, cue.end(), hi) or first_names_after(text, cue.end(), hi)
    return hits
