"""Attendance written as sentences: "Der er afbud fra A, B og C.", "X havde meldt afbud, og Y
deltog i stedet.", "X var forhindret i at deltage", "Y mødte som stedfortræder for X", "X udeblev
uden afbud", and absence from some items only ("X deltog ikke under punkterne 12-15", "X forlod
mødet efter pkt. 4", "X ankom kl. 17.54 under behandlingen af punkt 4")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from graphbuild.models import AttendanceStatus
from graphbuild.parse.attendance_history import OtherMeetings
from graphbuild.parse.attendance_names import TITLE_WORD, NameHit, heading_word, person_name
from graphbuild.parse.dates import find_dates
from graphbuild.vocab.person_names import (
    NAME_ABBREVIATIONS,
    NAME_RUN,
    NON_SPACE,
    NOT_NAME_WORDS,
    PARTY,
    ROLE_WORDS,
    surname_like,
)
from graphbuild.vocab.reference import first_names


@dataclass
class Row:
    name: str
    status: AttendanceStatus
    start: int
    end: int
    party: str | None = None
    role: str | None = None
    for_: str | None = None
    absent_items: list[str] = field(default_factory=list)
    per_item: bool = False  # read from a per-item statement, not a list of the whole meeting


_ABBREVIATIONS = frozenset(
    ["kl", "pkt", "nr", "stk", "jf", "ca", "mio", "mia", "bl", "f", "eks", "evt", "vedr", "inkl", "ref"]
    + [abbreviation.lower() for abbreviation in NAME_ABBREVIATIONS]
)
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-ZÆØÅ0-9\"“”]|[A-ZÆØÅ][a-zæøå])")
_LOWER_SURNAME = re.compile(r"\s*,\s*(?P<first>[A-ZÆØÅ][a-zæøå]+) (?P<last>[a-zæøå]{3,})(?=\s*(?:,|og\s))")
_LIST_GAP = re.compile(r"^\s*(?:,\s*(?:og\s+|samt\s+)?|og\s+|samt\s+)$")
_NOT_BETWEEN = re.compile(r"^[\s,]*(?:[a-zæøå]+[\s,]+){0,4}$")

# what may follow "var forhindret" / "var fraværende" when the sentence is about this meeting, not
# another one ("var forhindret i at deltage i KL's konference" is not an absence from this meeting)
_THIS_MEETING = (
    r"(?:\s+i\s+at\s+deltage(?:\s+i\s+(?:mødet|dagens\s+møde|sagens\s+behandling|behandlingen(?:\s+af\s+sagen)?))?)?"
    r"(?=\s*[.,;:)]|\s*$|\s+(?:pga|på\s+grund|grundet|med\s+afbud|uden\s+afbud|og|i\s+mødet|i\s+dag)\b)"
)
_ABSENT_AFTER = re.compile(
    r"(?i)\b(?:havde|har)\s+(?:meldt\s+|sendt\s+)?(?:afbud|forfald|fravær)\b|\bdeltog\s+ikke(?=\s*[.,;]|\s*$)|"
    rf"\bvar\s+(?:også\s+)?forhindret{_THIS_MEETING}|\b(?:var|er)\s+fraværende{_THIS_MEETING}|\budeblev\b|"
    r"\bdeltog\s+ikke\s+(?:i|på)\s+(?:dagens\s+)?mødet\b(?!s)|\bmødte\s+ikke(?:\s+(?:frem|op))?\b|"
    r"\bvar\s+ikke\s+(?:til\s+stede|mødt)"
)
_PRESENT_BEFORE = re.compile(
    r"(?im)\b(?:desuden|endvidere|derudover|herudover)\s+deltog(?:\s*:)?\s+|"
    r"\bfølgende\s+(?:medlemmer\s+)?(?:deltog|var\s+til\s+stede|var\s+mødt)(?:\s*:)?\s+|"
    # "Fra administrationen deltog:", an agenda's "Fra administrationen deltager: Kristina Fransgaard (referent)"
    r"(?:^[ \t]*|(?<=[.:;]\s))fra\s+(?:[a-zæøå]+\s+)?[a-zæøå]+\s+(?:deltog|deltager)(?:\s*:)?\s+"
)
_WELCOMED = re.compile(r"(?i)\bbød\s+(?:alle\s+|de\s+fremmødte\s+)?velkommen\b")
# a title before a name in a list of those present: "direktør Jens Erik Sørensen og områdechef Grethe Hassing"
_TITLE = re.compile(rf"(?i)[ \t]*{TITLE_WORD}[ \t]+$")
# a deputy's title, an ordinal before it, before the first name a cue names: "Afbud fra 1. suppleant Birger Pedersen"
_DEPUTY_TITLE = re.compile(r"(?i)[ \t]*(?:\d\.[ \t]*)?(?:suppleant|stedfortræder)(?:en)?[ \t]+$")
_TITLE_TOKEN = re.compile(rf"(?i){TITLE_WORD}")
_ABSENT_BEFORE = re.compile(
    r"(?i)\b(?:afbud|forfald)\s+fra(?:\s*:)?\s+|\bfraværende\s+var\s+|"
    r"\bfølgende\s+(?:var|er|havde\s+meldt|har\s+meldt)\s+(?:fraværende|afbud|forfald)(?:\s*:)?\s+|"
    r"\b(?:var|er)\s+(?:mødt|til\s+stede)\s+undtagen\s+"  # "Alle medlemmer var mødt undtagen X"
)
# "Y deltog som suppleant", "Y deltog i mødet som Anns suppleant" (whose: the absent member's first name)
_SUB_AFTER = re.compile(
    r"(?i)\b(?:deltog|deltager|mødte|mødt)\s+(?:derfor\s+)?i\s+stedet\b(?!\s+for)|"
    r"\b(?:deltog|deltager|mødte|indtræder|indtrådte|(?:var|er|blev)\s+indkaldt)(?:\s+(?:i|på)\s+mødet)?\s+som\s+"
    r"(?:(?-i:(?P<whose>[A-ZÆØÅ][a-zæøå]+)s)\s+)?(?:suppleant|stedfortræder)\w*\b(?!\s+for)"
)
_SUB_BEFORE = re.compile(
    r"(?i)\bi\s+stedet\s+(?:mødte?|deltog|deltager|kom|kommer)\s+|"
    r"\bsom\s+(?:suppleant|stedfortræder)\w*\s+(?:deltog|deltager|mødte|er\s+indkaldt|var\s+indkaldt|"
    r"blev\s+indkaldt|indkaldes|indtræder)\s+|\b(?:blev\s+)?afløst\s+af\s+"
)
_SUB_FOR = re.compile(
    r"(?i)\b(?:deltog|deltager|mødte|mødt)\s+(?:som\s+(?:suppleant|stedfortræder)\w*\s+)?(?:i\s+stedet\s+)?for\s+|"
    r"\bi\s+stedet\s+for\s+|\bsom\s+(?:suppleant|stedfortræder)\w*\s+for\s+"
)
_INSTEAD_OF_FIRST = re.compile(r"(?i)^\s*i\s+stedet\s+for\s+")
_APPOINTMENT = re.compile(r"(?i)udpeg|\bvalg|\bvalgt|\bvælge|bestyrelse|repræsentantskab|\bråd\b|\bnævn")
_CALLED_IN = re.compile(r"(?i)\b(?:stedfortræder|suppleant)\w*\b[^.]*?\b(?:indkald\w*|indtræder|tiltræder)|"
                        r"\b(?:indkald\w*|indtræder)\b[^.]*?\bsom\s+(?:stedfortræder|suppleant)")  # fmt: skip
# "suppleant indkaldt, men mødte ikke frem", "suppleanter indkaldt, men kan ikke deltage": no one came instead
_DID_NOT_COME = re.compile(
    r"(?i)\bmødte\s+ikke\b|\b(?:suppleant|stedfortræder)\w*\b[^.]*?\bmen\s+(?:deltager|deltog|kan|kunne)\s+ikke\b"
)
ITEM_WORD = r"(?:dagsordens)?(?:punkt(?:erne|er)?|pkt\.?|sag(?:erne)?|sagsnr\.?)"
ITEMS = rf"(?P<items>\d+(?:\s*(?:[-–]|,|og|til)\s*(?:{ITEM_WORD}\s*)?\d+)*)"
_NOT_ITEMS = re.compile(
    r"(?i)\b(?:(?:deltog|var)\s+ikke\s+(?:med\s+)?|var\s+fraværende\s+|(?:erklærede\s+sig\s+|var\s+)inhabil\s+)"
    rf"(?:i|under|ved)\s+(?:behandlingen\s+af\s+|(?:sagens|mødets)\s+behandling\s+(?:af\s+)?)?{ITEM_WORD}\s*{ITEMS}"
)
_UNDER_ITEMS_SUB = re.compile(rf"(?i)\bunder\s+{ITEM_WORD}\s*{ITEMS}\s+deltog\s+(?:stedfortræder|suppleant)(?:en)?\s+")
_LEFT = re.compile(
    rf"(?i)\b(?:erklærede\s+sig\s+inhabile?\s+og\s+)?"  # "A og B erklærede sig inhabile og forlod mødet"
    rf"(?:gik|forlod\s+(?:[a-zæøå]+)?mødet)(?:\s+kl\.?\s*[\d.:]+)?\s+(?P<when>efter|under|før)\s+"
    rf"(?:behandlingen\s+af\s+|behandling\s+af\s+)?{ITEM_WORD}\s*(?P<n>\d+)"
)
_ARRIVED = re.compile(
    rf"(?i)\b(?:ankom|kom|mødte|deltog\s+(?:først\s+)?(?=fra))(?:\s+kl\.?\s*[\d.:]+)?\s*(?P<when>under|efter|før|til|fra)\s+"
    rf"(?:behandlingen\s+af\s+|behandling\s+af\s+)?{ITEM_WORD}\s*(?P<n>\d+)"
)
_LEFT_ANY = re.compile(r"(?i)\b(?:forlod\s+(?:[a-zæøå]+)?mødet|ankom\s+kl)")
# present for some items only: "X deltog under punkt 5 og 6", "Under punkt 6 deltog A og B"
_ONLY_ITEMS_AFTER = re.compile(
    rf"(?i)\bdeltog\s+(?:kun\s+|alene\s+|først\s+)?(?:under|i|ved)\s+(?:behandlingen\s+af\s+|mødets\s+)?{ITEM_WORD}\s*{ITEMS}"
)
_ONLY_ITEMS_BEFORE = re.compile(
    rf"(?i)\b(?:under|ved)\s+(?:behandlingen\s+af\s+)?{ITEM_WORD}\s*{ITEMS}\s+deltog(?:\s*:)?\s+(?!ikke\b)"
)


_CUE_WORDS = (
    "afbud", "forfald", "forhindret", "fraværende", "udeblev", "stedet", "stedfortræder", "suppleant", "deltog",
    "deltager", "mødte", "afløst", "forlod", "ankom", " gik ", "inhabil", "undtagen", "velkommen",
)  # fmt: skip
_LAST_WORD = re.compile(r"(\w+)$")
_NON_BLANK_LINE = re.compile(r"\n[ \t]*\S")


def lowered(text: str) -> str:
    """``text`` in lower case with the same offsets (a letter whose lower case is longer stays as it is)."""
    lower = text.lower()
    if len(lower) != len(text):
        lower = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return lower


def find_words(lower: str, words: tuple[str, ...]) -> list[int]:
    """Sorted offsets of ``words`` in the lower-cased text: one C-speed scan per word, no regex."""
    found: list[int] = []
    for word in words:
        at = lower.find(word)
        while at >= 0:
            found.append(at)
            at = lower.find(word, at + 1)
    return sorted(found)


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each sentence of one paragraph; "kl." "pkt." and initials do not end one."""
    out: list[tuple[int, int]] = []
    lo = start
    ends = [
        m.end() for m in _SENTENCE_END.finditer(text, start, end) if not _abbreviation_before(text, start, m.start())
    ]
    if ") " in text[start:end]:
        ends = sorted({*ends, *(m.end() for m in _PARTY_RUN_ON.finditer(text, start, end))})
    if "I stedet" in text[start:end]:
        ends = sorted({*ends, *(m.start() for m in _INSTEAD_STARTS.finditer(text, start, end))})
    for stop in ends:
        out.append((lo, stop))
        lo = stop
    if text[lo:end].strip():
        out.append((lo, end))
    return out


def _abbreviation_before(text: str, start: int, dot: int) -> bool:
    word = _LAST_WORD.search(text, max(start, dot - 12), dot)
    if word is None:
        return False
    last = word.group(1)
    return last.lower() in _ABBREVIATIONS or (len(last) == 1 and last.isalpha())


# a party in brackets followed by another name with no separator: two lines a flattening ran together
# ("I stedet deltog Rie Frank (A) Bodil Kornbek (A) var fraværende."), a sentence ends after the bracket
_PARTY_RUN_ON = re.compile(
    r"(?<=\s)\([A-ZÆØÅ]{1,2}\)(?=[ \t]+[A-ZÆØÅ][a-zæøå-]+(?:[ \t]+[A-ZÆØÅ][\w.-]*){1,3}[ \t]+\([A-ZÆØÅ]{1,2}\))"
)


# "I stedet" with a capital I after a word starts a sentence whose stop a flattening lost ("Afbud fra: Vivi Kier
# I stedet for Vivi Kier deltog Preben Petersen.")
_INSTEAD_STARTS = re.compile(r"(?<=[\w)])[ \t]+(?=I[ \t]+stedet[ \t])")


def _cue_paragraphs(text: str, lower: str) -> list[tuple[int, int, list[int]]]:
    """The lines that hold an attendance word, each once, in order, with the words' offsets."""
    out: list[tuple[int, int, list[int]]] = []
    for at in find_words(lower, _CUE_WORDS):
        if out and at <= out[-1][1]:
            out[-1][2].append(at)
            continue
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        out.append((start, len(text) if end < 0 else end, [at]))
    return out


def _hit(text: str, run: re.Match[str], end: int, head: bool = False) -> NameHit | None:
    """A name run without its leading role or sentence words ("Rådmand Kristian Würtz", "Som X");
    of two names run together ("Mads Krarup Nielsen Torben Myrup") the last, or with ``head`` the first."""
    spans = [(m.start(), m.end(), m.group(0)) for m in NON_SPACE.finditer(run.group(0))]
    tokens = [t for _, _, t in spans]
    bounds = [
        i for i in range(2, len(tokens) - 1)
        if tokens[i] in first_names() and tokens[i - 1] not in first_names() and not tokens[i - 1].endswith(".")
    ]  # fmt: skip
    a, b = (0, bounds[0]) if bounds and head else (bounds[-1] if bounds else 0, len(tokens))
    if a == 0 and b - a >= 3 and tokens[1] in first_names() and not surname_like(tokens[0]):
        a = 1  # "Rød 3, Prøvestenen Lars Løgstrup deltog …": the word before a first name ends what went before
    while b - a > 2 and heading_word(tokens[b - 1]):
        b -= 1  # "stedfortræder Gert Wahl Indholdsfortegnelse": the next words of a flattened page
    role = None
    while a < b - 1 and (
        tokens[a] in NOT_NAME_WORDS or tokens[a].lower() in ROLE_WORDS or _TITLE_TOKEN.fullmatch(tokens[a])
    ):
        if tokens[a].lower() in ROLE_WORDS:
            role = tokens[a].lower()
        a += 1
    if not person_name(tokens[a:b]):
        return None
    start, stop = run.start() + spans[a][0], run.start() + spans[b - 1][1]
    party = PARTY.match(text, stop, end)
    return NameHit(" ".join(tokens[a:b]), start, stop, party["party"].strip() if party else None, role,
                   party.end() if party else stop)  # fmt: skip


def _names_before(text: str, lo: int, cue: int) -> list[NameHit]:
    """The list of names that ends just before ``cue`` ("A, B og C var fraværende")."""
    hits = [h for run in NAME_RUN.finditer(text, lo, cue) if (h := _hit(text, run, cue))]
    if not hits or not _NOT_BETWEEN.match(text[hits[-1].rest_start : cue]):
        return []
    out = [hits[-1]]
    for hit in reversed(hits[:-1]):
        gap_start, gap_end = hit.rest_start, out[0].start
        inner = _LOWER_SURNAME.match(text, gap_start, gap_end)
        if inner and inner["first"] in first_names() and _LIST_GAP.match(text[inner.end() : gap_end]):
            # "Peter Andersen, Gert winther og Linda Peitersen": a surname printed in lower case
            out.insert(0, NameHit(f"{inner['first']} {inner['last']}", inner.start("first"), inner.end("last"),
                                  rest_start=inner.end("last")))  # fmt: skip
        elif not _LIST_GAP.match(text[gap_start:gap_end]):
            break
        out.insert(0, hit)
    return out


def _names_after(text: str, pos: int, hi: int) -> list[NameHit]:
    """The list of names that starts at ``pos`` ("afbud fra A (A), B (A), C (V)")."""
    out: list[NameHit] = []
    for run in NAME_RUN.finditer(text, pos, hi):
        gap = text[out[-1].rest_start if out else pos : run.start()]
        title = _TITLE.search(gap) or (None if out else _DEPUTY_TITLE.search(gap))
        gap = gap[: title.start()] if title else gap
        if (out and not _LIST_GAP.match(gap + (" " if title and gap.endswith("og") else ""))) or (
            not out and gap.strip(" \t:")
        ):
            break
        hit = _hit(text, run, hi, head=True)
        if hit is None:
            break
        out.append(hit)
        if hit.end < run.end():
            break
    return out


def _nearest_before(text: str, lo: int, cue: int) -> NameHit | None:
    hits = [h for run in NAME_RUN.finditer(text, lo, cue) if (h := _hit(text, run, cue))]
    return hits[-1] if hits else None


def item_numbers(spec: str) -> list[str]:
    """Item numbers: "12-15" -> 12..15, "14 og 18", "01 – pkt. 03" -> 1..3."""
    numbers: list[str] = []
    parts = re.split(r"\s*(?:,|og)\s*", re.sub(rf"(?i){ITEM_WORD}", " ", spec))
    for part in parts:
        bounds = [int(n) for n in re.findall(r"\d+", part)]
        if len(bounds) == 2 and re.search(r"[-–]|til", part) and 0 <= bounds[1] - bounds[0] <= 200:
            numbers += [str(n) for n in range(bounds[0], bounds[1] + 1)]
        else:
            numbers += [str(n) for n in bounds]
    return numbers


def _relative_items(numbers: list[str], n: int, after: bool, including: bool) -> list[str]:
    """The items before or after item ``n``: every number between the meeting's first (or 1) and
    ``n``, or between ``n`` and its last, since an excerpt or a contents list may lose some."""
    known = [int(x) for x in numbers if x.isdigit()]
    if after:
        last = max(known, default=n)
        return [str(x) for x in range(n if including else n + 1, last + 1)] if last - n <= 200 else []
    first = min(known, default=1)
    return [str(x) for x in range(first, n + 1 if including else n)] if 0 <= n - first <= 200 else []


def _row(hit: NameHit, status: AttendanceStatus, for_: str | None = None) -> Row:
    return Row(hit.name, status, hit.start, hit.end, party=hit.party, role=hit.role, for_=for_)


def find_prose(
    text: str, lower: str, numbers: list[str], meeting_date: date | None = None, others: OtherMeetings | None = None
) -> list[Row]:
    """Attendance sentences (``lower`` is ``text`` lower-cased). ``numbers`` (the meeting's item
    numbers) place per-item absences; ``meeting_date`` tells a statement of an earlier meeting in a
    case's history ("Økonomiudvalget, 31.10.2016 X var fraværende."), as do ``others`` (the parts
    that record other meetings: a case's history, another day's decision)."""
    rows: list[Row] = []
    pending: list[NameHit] = []  # the absences the next substitute sentence refers to
    since = 0
    last_end = 0
    for start, end, cues in _cue_paragraphs(text, lower):
        since += len(_NON_BLANK_LINE.findall(text, last_end, start))
        last_end = end
        after_absence = False
        for lo, hi in _sentences(text, start, end):
            if hi - lo > 600 and any(lo <= at < hi for at in cues):
                lo, hi = _tail_clause(text, lo, hi, [at for at in cues if lo <= at < hi])
            if hi - lo > 600 or not any(lo <= at < hi for at in cues):
                alone = _name_alone(text, lo, hi) if after_absence else None
                if alone is not None:
                    # "Afbud fra 1. suppleant Birger Pedersen. … Peter Hess-Nielsen. Afbud fra …": in a run of
                    # apologies one a sentence (a list flattened), a name alone in its sentence is one more
                    rows.append(_row(alone, "absent"))
                    pending = [alone]
                    continue
                since += 1
                after_absence = False
                continue
            after_absence = _ABSENCE_SENTENCE.search(text, lo, hi) is not None
            if since > 2:
                pending = []
            since = 0
            if others is not None and others.covers(lo):
                continue
            if meeting_date is not None and (
                _of_another_meeting(text, lo, hi, meeting_date) or _under_another_decision(text, lo, meeting_date)
            ):
                continue
            pending = _sentence(text, lo, hi, numbers, pending, rows)
    return rows


_CLAUSE_MARK = re.compile(r"[),;:]")
# a sentence about apologies or deputies, after which a name alone in its sentence is one more apology
_ABSENCE_SENTENCE = re.compile(r"(?i)\b(?:afbud|forfald|fraværende|suppleant\w*|stedfortræder\w*)\b")
_ALONE_TAIL = re.compile(r"[ \t]*(?:,[ \t]*[A-ZÆØÅ][\w-]*)?[ \t]*\.[ \t]*")  # its full stop: a sentence


def _name_alone(text: str, lo: int, hi: int) -> NameHit | None:
    """The name a sentence holds and nothing else but a one-word affiliation ("Helle Jønch.", "Lars Schou
    Pedersen, Socialdemokratiet.")."""
    run = NAME_RUN.search(text, lo, hi)
    if run is None or text[lo : run.start()].strip():
        return None
    hit = _hit(text, run, hi)
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
    text: str, lo: int, hi: int, numbers: list[str], pending: list[NameHit], rows: list[Row]
) -> list[NameHit]:
    """Read one sentence into ``rows``; the absences a following substitute sentence may refer to."""
    found = _per_item(text, lo, hi, numbers)
    rows += found
    for cue in _PRESENT_BEFORE.finditer(text, lo, hi):  # "Desuden deltog A og B."
        # "ENDVIDERE DELTOG: Finn Mikkelsen, Nordsjællands Politi i stedet for …": a workplace after a name's
        # comma (no first name, no surname) is not one of those present
        rows += [
            _row(h, "present")
            for h in _names_after(text, cue.end(), hi)
            if h.name.split()[0] in first_names() or surname_like(h.name.split()[-1])
        ]
    for cue in _WELCOMED.finditer(text, lo, hi):  # "Bestyrelsesformand Vibeke Iversen bød velkommen": the chair came
        host = _nearest_before(text, lo, cue.start())
        if host is None or host.name.split()[0] not in first_names():
            continue  # "Velkomst Formanden bød velkommen": a heading and a title, no name
        if not text[host.rest_start : cue.start()].strip(" \t,()"):
            rows.append(_row(host, "present"))
    if found:
        return pending
    absent = _absences(text, lo, hi)
    subs = [] if _DID_NOT_COME.search(text, lo, hi) else _substitutions(text, lo, hi, absent or pending)
    subs += _named_substitutes(text, hi, absent, subs)
    rows += [_row(h, "absent") for h in absent]
    rows += subs
    for sub in subs:
        if sub.for_:
            key = sub.for_.lower()
            pending = [p for p in pending if p.name.lower() != key]
    # an absent deputy ("Afbud fra 1. suppleant Birger Pedersen") is no one a later substitute stands in for:
    # the member before stays the one pending
    members = [h for h in absent if not _DEPUTY_TITLE.search(text, max(lo, h.start - 24), h.start)]
    if members:
        pending = [h for h in members if all(s.for_ != h.name for s in subs)]
    return pending


# "Afbud fra Benthe Viola Holm stedfortræder Anders Liltorp": the substitute named after the absent
_NAMED_SUB = re.compile(r"(?i)[ \t]*[,\-–]?[ \t]*(?:og[ \t]+)?(?:(?:dennes|hans|hendes)[ \t]+)?"
                        r"(?:stedfortræder|suppleant)(?:en)?[ \t]*:?[ \t]+(?=[A-ZÆØÅ])")  # fmt: skip


def _named_substitutes(text: str, hi: int, absent: list[NameHit], subs: list[Row]) -> list[Row]:
    covered = {row.for_ for row in subs} | {row.name for row in subs}
    rows: list[Row] = []
    for hit in absent:
        cue = _NAMED_SUB.match(text, hit.rest_start, hi)
        if cue is None or hit.name in covered:
            continue
        named = _names_after(text, cue.end(), hi)
        if named and named[0].name not in covered:
            rows.append(_row(named[0], "substitute", hit.name))
    return rows


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


def _under_another_decision(text: str, lo: int, meeting_date: date) -> bool:
    """The sentence stands under a decision heading of another meeting ("BESLUTNING: Økonomiudvalget den
    25-03-2022" in the council's minutes): who stood in was at that meeting, not at this one."""
    heading = max(_DECISION_HEADING.finditer(text, max(0, lo - 3000), lo), key=lambda m: m.start(), default=None)
    if heading is None:
        return False
    dates = find_dates(heading.group(0))
    return bool(dates) and all(d.value != meeting_date for d in dates)


def _absences(text: str, lo: int, hi: int) -> list[NameHit]:
    hits: list[NameHit] = []
    for cue in _ABSENT_AFTER.finditer(text, lo, hi):
        hits += _names_before(text, lo, cue.start())
    for cue in _ABSENT_BEFORE.finditer(text, lo, hi):
        hits += _names_after(text, cue.end(), hi)
    return hits


def _substitutions(text: str, lo: int, hi: int, pending: list[NameHit]) -> list[Row]:
    rows: list[Row] = []
    sentence = text[lo:hi]
    appointment = _APPOINTMENT.search(sentence) is not None
    for cue in _SUB_FOR.finditer(text, lo, hi):
        absent = _names_after(text, cue.end(), hi)
        if _INSTEAD_OF_FIRST.match(text, cue.start()) or text[lo : cue.start()].strip() == "":
            # "I stedet for Vivi Kier deltog Preben Petersen."
            tail = absent[-1].rest_start if absent else cue.end()
            verb = re.match(r"(?i)\s*(?:deltog|deltager|mødte|kom)\s+", text[tail:hi])
            subs = _names_after(text, tail + verb.end(), hi) if verb else []
        else:
            near = _workplace_owner(text, lo, _nearest_before(text, lo, cue.start()))
            subs = [near] if near and _NOT_BETWEEN.match(text[near.rest_start : cue.start()]) else []
            if not subs and near and _CALLED_IN.search(sentence):
                subs = [near]
        if appointment and not _CALLED_IN.search(sentence) and "stedet" not in sentence:
            continue  # "udpeget X som stedfortræder for Y i bestyrelsen" is an appointment
        if appointment and re.search(r"(?i)udpeg|valgt|\bvalg", sentence):
            continue
        for sub in subs:
            rows.append(_row(sub, "substitute", absent[0].name if absent else None))
        rows += [_row(a, "absent") for a in absent[:1]] if subs else []
    if rows:
        return rows
    for cue in _SUB_AFTER.finditer(text, lo, hi):
        subs = _names_before(text, lo, cue.start())
        if cue["whose"] and len(subs) == 1:
            # "Anns suppleant": the absent member of that first name, here or (the first name kept as ``for_``)
            # in the meeting's lists
            whose = [a.name for a in pending if a.name.split()[0] == cue["whose"]]
            rows.append(_row(subs[0], "substitute", whose[0] if len(whose) == 1 else cue["whose"]))
            continue
        rows += _paired(subs, pending)
    for cue in _SUB_BEFORE.finditer(text, lo, hi):
        subs = _names_after(text, cue.end(), hi)
        rows += _paired(subs, pending)
    if rows or appointment:
        return rows
    if _CALLED_IN.search(sentence):  # "1. stedfortræder på liste V, Kim Østergaard, indkaldes ... afbud fra X"
        m = re.search(r"(?i)(?:stedfortræder|suppleant)\w*\b", sentence)
        if m:
            after = [h for run in NAME_RUN.finditer(text, lo + m.end(), hi) if (h := _hit(text, run, hi))]
            if after:
                rows += _paired(after[:1], pending)
    return rows


def _workplace_owner(text: str, lo: int, near: NameHit | None) -> NameHit | None:
    """The person a workplace after a comma belongs to: in "Finn Mikkelsen, Nordsjællands Politi i stedet
    for Helge Tang Holbek" the words before the cue that read as a name ("Nordsjællands Politi") open with no
    first name, and the name before their comma is the one who stood in."""
    if near is None or near.name.split()[0] in first_names():
        return near
    owner = _nearest_before(text, lo, near.start)
    if (
        owner is not None
        and owner.name.split()[0] in first_names()
        and text[owner.rest_start : near.start].strip() == ","
    ):
        return replace(owner, rest_start=near.rest_start)
    return near


def _paired(subs: list[NameHit], absent: list[NameHit]) -> list[Row]:
    if len(subs) == len(absent):
        return [_row(s, "substitute", a.name) for s, a in zip(subs, absent, strict=True)]
    if len(absent) == 1 and len(subs) == 1:
        return [_row(subs[0], "substitute", absent[0].name)]
    return [_row(s, "substitute") for s in subs]


def _per_item(text: str, lo: int, hi: int, numbers: list[str]) -> list[Row]:
    rows: list[Row] = []
    sub = _UNDER_ITEMS_SUB.search(text, lo, hi)
    if sub:  # "Under punkterne 14 og 18 deltog stedfortræder S (V), da C (V) var inhabil."
        items = item_numbers(sub["items"])
        subs = _names_after(text, sub.end(), hi)
        later = [h for run in NAME_RUN.finditer(text, subs[-1].rest_start if subs else sub.end(), hi)
                 if (h := _hit(text, run, hi))]  # fmt: skip
        absent = later[0] if later else None
        for s in subs:
            rows.append(_row(s, "substitute", absent.name if absent else None))
        if absent:
            rows.append(Row(absent.name, "present", absent.start, absent.end, party=absent.party,
                            absent_items=items, per_item=True))  # fmt: skip
        return rows
    for m in _NOT_ITEMS.finditer(text, lo, hi):
        for hit in _names_before(text, lo, m.start()):
            rows.append(Row(hit.name, "present", hit.start, hit.end, party=hit.party,
                            absent_items=item_numbers(m["items"]), per_item=True))  # fmt: skip
    for m in _LEFT.finditer(text, lo, hi):
        n, when = int(m["n"]), m["when"].lower()
        items = _relative_items(numbers, n, after=when != "før", including=when == "under")
        for hit in _names_before_loose(text, lo, m.start()):
            rows.append(
                Row(hit.name, "present", hit.start, hit.end, party=hit.party, absent_items=items, per_item=True)
            )
    for m in _ARRIVED.finditer(text, lo, hi):
        n, when = int(m["n"]), m["when"].lower()
        items = _relative_items(numbers, n, after=False, including=when == "efter")  # "fra punkt 3": 1-2
        for hit in _names_before_loose(text, lo, m.start()):
            rows.append(
                Row(hit.name, "present", hit.start, hit.end, party=hit.party, absent_items=items, per_item=True)
            )
    for m in _ONLY_ITEMS_AFTER.finditer(text, lo, hi):
        missed = [n for n in numbers if n not in item_numbers(m["items"])]
        for hit in _names_before_loose(text, lo, m.start()):
            rows.append(
                Row(hit.name, "present", hit.start, hit.end, party=hit.party, absent_items=missed, per_item=True)
            )
    for m in _ONLY_ITEMS_BEFORE.finditer(text, lo, hi):
        missed = [n for n in numbers if n not in item_numbers(m["items"])]
        for hit in _names_after(text, m.end(), hi):
            rows.append(
                Row(hit.name, "present", hit.start, hit.end, party=hit.party, absent_items=missed, per_item=True)
            )
    left = None if rows else _LEFT_ANY.search(text, lo, hi)
    if left:
        for hit in _names_before_loose(text, lo, left.start()):
            rows.append(Row(hit.name, "present", hit.start, hit.end, party=hit.party, per_item=True))
    return rows


def _names_before_loose(text: str, lo: int, cue: int) -> list[NameHit]:
    """Names before a cue, allowing "Rådmand" or a party in between ("Anna Hede (O) forlod mødet")."""
    hits = _names_before(text, lo, cue)
    if hits:
        return hits
    near = _nearest_before(text, lo, cue)
    return [near] if near and len(text[near.rest_start : cue].split()) <= 2 else []


# absence from the item the sentence stands in: "Torben Engholm deltog ikke i sagens behandling.",
# "X deltog ikke i behandlingen af punktet", "X deltog ikke i behandlingen af dette punkt", "X erklærede sig inhabil."
_NOT_THIS_ITEM = re.compile(
    r"(?i)\b(?:deltog|deltager)\s+ikke\s+i\s+(?:(?:sagens|punktets)\s+behandling|"
    r"behandlingen\s+af\s+(?:sagen|punktet|dette\s+punkt|denne\s+sag))\b|"
    r"\b(?:erklærede\s+sig|var|blev\s+erklæret)\s+inhabil(?=\s*[.,;]|\s*$|\s+i\s+(?:sagen|punktet)\b)"
)


def find_item_absences(
    text: str, lower: str, items: list[tuple[int, int, str]], others: OtherMeetings | None = None
) -> list[Row]:
    """Per-item absences stated inside an item without its number: the item is the one the sentence
    stands in (``items`` are the meeting's (start, end, number)); none from ``others``."""
    rows: list[Row] = []
    if "inhabil" not in lower and "ikke i" not in lower:
        return rows
    for m in _NOT_THIS_ITEM.finditer(text):
        if others is not None and others.covers(m.start()):
            continue
        number = next((n for start, end, n in items if start <= m.start() < end), None)
        if number is None:
            continue
        lo = _sentence_start(text, m.start())
        for hit in _names_before_loose(text, lo, m.start()):
            rows.append(
                Row(hit.name, "present", hit.start, hit.end, party=hit.party, absent_items=[number], per_item=True)
            )
    return rows


def _sentence_start(text: str, pos: int) -> int:
    line = text.rfind("\n", 0, pos) + 1
    bounds = _sentences(text, line, pos)
    return bounds[-1][0] if bounds else line


# A vote names members who took part in the item: "A, B og C kunne tiltræde indstillingen", "D tog forbehold",
# "E kunne ikke tiltræde", "F stemte imod", "G undlod at stemme"; "Et flertal bestående af A, B …",
# "For stemte: A, B", "Imod: 6 (A (B), B (C))"
_VOTE_WORDS = ("tiltræde", "forbehold", "stemte", "stemme", "bestående af", "imod", "for:")
_VOTE_AFTER = re.compile(
    r"(?i)\bkunne\s+(?:ikke\s+|heller\s+ikke\s+|også\s+)?(?:tiltræde|anbefale|godkende|støtte)\b|"
    r"\btog\s+(?:et\s+)?forbehold\b|\bstemte\s+(?:for|imod|nej|ja|blankt|hverken)\b|\bundlod\s+at\s+stemme\b"
)
_VOTE_BEFORE = re.compile(
    r"(?im)\bet\s+(?:flertal|mindretal)\s+(?:i\s+\w+\s+)?bestående\s+af(?:\s*:)?\s+|"
    r"\b(?:for|imod)\s+(?:forslaget\s+|indstillingen\s+)?stemte(?:\s*:)?\s+|"
    r"^[ \t]*(?:for|imod|undlod|hverken\s+for\s+eller\s+imod)[ \t]*:[ \t]*(?:\d+[ \t]*)?\(?[ \t]*"
)


def find_votes(text: str, lower: str, others: OtherMeetings | None = None) -> list[Row]:
    """The members a vote names, as present at the meeting (read when the document lists no attendance);
    none from a record of another meeting (``others``)."""
    rows: list[Row] = []
    seen: set[int] = set()
    for at in find_words(lower, _VOTE_WORDS):
        start = text.rfind("\n", 0, at) + 1
        if start in seen:
            continue
        seen.add(start)
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        for lo, hi in _sentences(text, start, end):
            if hi - lo > 600 or (others is not None and others.covers(lo)):
                continue
            hits: list[NameHit] = []
            for cue in _VOTE_AFTER.finditer(text, lo, hi):
                hits += _names_before(text, lo, cue.start())
            for cue in _VOTE_BEFORE.finditer(text, lo, hi):
                hits += _names_after(text, cue.end(), hi)
            rows += [_row(hit, "present") for hit in hits if hit.name.split()[0] in first_names() or hit.party]
    return rows
