"""Numbered item headings read off their own line: "N. Titel", "Punkt N", "Pkt. N", "Sag nr. N", "N Titel" in a
table or bullet list, a number glued to its title; and runs of numbered lines that repeat later (a list of the
items before their text). The forms read with the lines around them are item_headings_around's."""

from __future__ import annotations

import re
from collections import Counter

from graphbuild.parse.dates import DANISH_MONTHS
from graphbuild.parse.flatten_title_records import record_cut
from graphbuild.parse.item_lines import (
    ABBREVIATION,
    BARE,
    BULLET,
    EXPLICIT,
    INLINE_INDSTILLING,
    LEADER,
    PAGE,
    PLAIN,
    SENTENCE_BREAK,
    STANDING_ITEM,
    TAB_ROW,
    TITLE_ABBREVIATION,
    Candidate,
    flat_title,
    is_toc_heading,
    same_title,
    title_from,
    without_tags,
)
from graphbuild.parse.item_number_sentences import sentence_after_number
from graphbuild.parse.lines import Line
from graphbuild.parse.sections import heading_kind

_EXPLICIT_FIRST = frozenset("adpns")  # the letters EXPLICIT's words open with: a line opening otherwise is none
# "ØU-55/07-O Økonomisk orientering maj 2007": a committee's code, its running number, the year and
# the kind of case (O orientering, D drøftelse, B beslutning)
_CODED = re.compile(r"^(?P<num>[A-ZÆØÅ]{2,4}-\d{1,3}/\d{2}(?:-[A-ZÆØÅ]{1,2})?)\s+(?P<title>[A-ZÆØÅ\"“„«].*)$")


_SUB_ITEM = re.compile(r"^(?P<top>\d{1,2})\.(?P<sub>\d{1,2})\.?\s+(?P<title>[A-ZÆØÅÉ\"“„«][\w\"“„«].*)$")
# "2a. Titel", "1.a. Titel", "3b) Titel", "2 a. Titel": an item added under another's number, lettered
_LETTERED = re.compile(r"^(?P<num>\d{1,2}(?:\.|\s)?[a-h])[.)]\s+(?P<title>[A-ZÆØÅ][\wæøå].*)$")
# "3 (Åben) Titel", also without the brackets: "1  Åbent   Kommuneplan 2013 - juni" (the access a column apart)
MARKED = re.compile(
    r"(?i)^(?P<num>\d{1,3})\.?\s+"
    r"(?P<title>(?:\((?:åben|åbent|lukket|lukket punkt)\)\s*|(?-i:(?:Åbent|Lukket)\s+(?=[A-ZÆØÅ])))\S.*)$"
)
# "åbent 1 Titel", "lukket 14 Lukket punkt": a portal's contents row, the item's access before its number
_MARK_FIRST = re.compile(
    r"(?i)^(?P<mark>åbent|åben|lukket)\s+(?P<num>\d{1,3})\.?\s+(?P<title>(?-i:[A-ZÆØÅ0-9\"“„«]).*)$"
)
# "3Titel", "1.Alfabo, 39 ...", and after a full stop a title in capitals ("1.MEDDELELSE FRA FORMANDEN")
_GLUED_START = re.compile(r"^(?P<num>\d{1,3})(?:\.(?=[A-ZÆØÅ]{3,}\b)|\.?(?=[A-ZÆØÅ][a-zæøå]{2,}))(?P<title>.*)$")


# "27 2. Budgetopfølgning 2017": a contents row whose title opens with an ordinal (not on a flattened page,
# where "2 1. Godkendelse" is a page number before an item's number)
_PLAIN_ORDINAL = re.compile(r"^(?P<num>\d{1,3})\s+(?P<title>\d{1,2}\.\s+[A-ZÆØÅ][a-zæøå]{3,}.*)$")


LEADS_IN = re.compile(r"(?i)\b(?:at|indstill\w*|foreslår|følgende|herunder|bl\.\s?a\.|fx|eksempelvis|blandt andet)\b")
# a full stop after a lower-case word, not after a place name's abbreviation ("Årslev-Sdr. Nærå")
_AGENDA_FOLLOWS = re.compile(r"(?i)\bdagsorden(?:en)?\b[^.:]{0,30}:$")  # "... tager resten af dagsordenen derefter:"


_RECOMMENDS = re.compile(r"(?i)\b(?:indstiller|indstilles|foreslår|foreslås|anbefaler|anbefales),?\s+at:?$")


# A one-line item whose title is followed by this meeting's short decision ("... tilføjelser. Godkendt.")
_DECIDED_AFTER = re.compile(
    r"(?<=[\wæøå)])\.\s+(?:Godkendt|Godkendes|Vedtaget|Taget til efterretning|Drøftet|Udsat|Ingen bemærkninger)\.?$"
)


# A case number after a flattened item's title ("Punkt 45. Godkendelse af dagsorden 2019-012345 ..."):
# KLE-based, municipal-prefixed or year-serial
_TRAILING_CASE = re.compile(
    r"\s+(?:\d\d\.\d\d\.\d\d-[A-ZÆØÅ]\d\d(?:-\d{1,6}){1,2}-\d\d|\d{3}-(?:19|20)\d\d-\d{1,8}|(?:19|20)\d\d-\d{5,6})\s*$"
)


# "Punkt 127 "Forberedelse af salg af ejendom" optages ikke på dagsorden. Dette sker ...", "Punkt 5 blev
# behandlet efter punkt 7.", "Pkt. 12 og 13 behandles samlet.": a decision's sentence that names an item
# by its number (and quoted title), then says what became of it
_REFERENCED = re.compile(
    r"^(?:[\"“„«][^\"”»“]{3,150}[\"”»“]\s+(?:[a-zæøå]+\s+){0,3}[a-zæøå]+(?:es|et|t|s)\b"
    r"|(?:og\s+\d{1,3}\s+)?(?:blev|er|var|udgår|udgik|behandles|behandledes|trækkes|tages|optages|flyttes|rykkes)(?:\s|[.,]|$)"
    # any passive present in lower case ("Punkt 16 sendes tilbage til udvalget …", "Punkt 4 udsættes"); a title
    # opens with a noun, and a plural genitive ("-nes") is none
    r"|(?:og\s+\d{1,3}\s+)?(?-i:[a-zæøå]{3,}(?<!n)es)(?:\s|[.,]|$))"
)


# "Punkt: 1 Acadre sagsnr.: 17/10438 Journalnr.: A00 Sagsforløb: ØU - Åben sag ...": a case-handling
# system's labels on the item's number line, its title on the line below
CASE_LABEL_FIRST = re.compile(r"(?i)^(?:acadre\s+)?(?:sagsnr|sags?\s?nr|sagsnummer|journalnr|j\.\s?nr)\.?\s*:")
# "Side 1. Mødedato: ... Mødested: ...": a page number before the meeting's header labels, no item
HEADER_LABEL = re.compile(
    r"(?i)^(?:mødedato|mødested|mødetidspunkt|mødet\s+(?:påbegyndt|afsluttet|hævet)|starttidspunkt|sluttidspunkt"
    r"|dato|sted|tidspunkt|fraværende|afbud)\s*:"
)


# "18. August SR møde", "9.   Juni": a day and its month open the line, a date (a calendar of meetings), no item;
# so does a month cut short before its year or alone ("11. jan 2022", "11. JAN 2022": a header's date in capitals)
_SHORT_MONTHS = r"(?:jan|feb|mar|apr|jun|jul|aug|sept?|okt|nov|dec)\.?(?=\s+\d{2,4}\b|$)"
_MONTH_FIRST = re.compile(rf"(?i)(?:(?:{'|'.join(DANISH_MONTHS)})(?=[\s.,:]|$)|{_SHORT_MONTHS})")
# "4. Godkendt", "7. Godkendt med bemærkning om, at ...", "2. Anbefales": a decision on a recommendation's numbered
# point under Beslutning, no item's title
_DECISION_ONLY = re.compile(
    r"(?i)(?:ikke\s+)?(?:godkendt|godkendes|vedtaget|anbefales|anbefalet|tiltrådt|taget\s+til\s+efterretning)(?=[\s.,:]|$)"
)


# "Godkendelse af dagsorden Sagsnr: ...": on a flattened page the case label after a title ends it
_CASE_LABEL_AFTER = re.compile(r"\s+(?:Sagsnr|Sagsnummer|Sags?\s?nr|Sagsid|Dok\.?\s?nr|J\.\s?nr|Journalnr)\b.*$")


def dated_or_decided(number: str, title: str) -> bool:
    """Whether a numbered line is a date ("18. August SR møde") or a decision on a recommendation's numbered
    point ("4. Godkendt", "6. Anbefales."), never an item."""
    return (number.isdecimal() and int(number) <= 31 and _MONTH_FIRST.match(title) is not None) or (
        _DECISION_ONLY.match(title) is not None
    )


_OPENING_LETTERS = _EXPLICIT_FIRST | frozenset("ål")  # the explicit words' and the access marks' first letters


def no_item_at_a_glance(cleaned: str) -> bool:
    """Whether ``line_candidate`` takes a cleaned line that opens with no digit for no item, seen from its first
    letters alone: none of an explicit heading's or an access mark's, no committee code's dash, no HTML tag. The
    item loop asks this of every line before the full reading."""
    return "<" not in cleaned and cleaned[:1].lower() not in _OPENING_LETTERS and "-" not in cleaned[2:5]


def line_candidate(line: Line, previous: Line | None, segmented: bool, in_table: bool = False) -> Candidate | None:
    """The item a line opens, if any. `segmented`: the line is a piece of a flattened page (its
    title is cut where the body text starts); `in_table`: "N Titel" without a dot is allowed."""
    cleaned = without_tags(line.clean)
    if not cleaned or (len(cleaned) > 400 and not segmented):
        return None
    first = cleaned[:1].lower()
    match = EXPLICIT.match(cleaned) if first in _EXPLICIT_FIRST else None
    if match is not None:
        return _explicit(line, match, segmented)
    opened = _coded(line, cleaned, segmented)
    if opened is None and first in "ål":
        opened = _marked_first(line, cleaned)
    if opened is not None or not cleaned[:1].isdigit():
        return opened  # every other item pattern opens with the item's number
    if previous is not None and _RECOMMENDS.search(previous.clean) and not segmented:
        return None  # "Direktionen indstiller, at" / "1. Byrådet hjemtager ...": a recommendation's point
    lettered = _LETTERED.match(cleaned) if segmented or len(cleaned) <= 300 else None
    if lettered:
        return _lettered(line, lettered, segmented)
    if previous is not None and previous.clean.endswith((":", ",")) and not segmented and _in_sentence(previous.clean):
        return None  # a list inside a sentence: "indstiller, at:", "følgende krav:"
    return _numbered(line, cleaned, segmented, in_table)


def _flat(title: str, segmented: bool) -> str:
    """A long title on a flattened page cut where the body text starts; any title there cut where its record begins
    ("Valg af referent Preben blev valgt som referent")."""
    if not segmented or LEADER.match(title):
        return title
    return record_cut(flat_title(title) if len(title) > 60 else title)


def _coded(line: Line, cleaned: str, segmented: bool) -> Candidate | None:
    """A committee's coded case number before the title: "ØU-55/07-O Økonomisk orientering maj 2007"."""
    coded = _CODED.match(cleaned) if "-" in cleaned[2:5] else None
    if coded is None:
        return None
    return Candidate(coded["num"], _flat(coded["title"], segmented), line, explicit=True)


def _marked_first(line: Line, cleaned: str) -> Candidate | None:
    """The access mark before the number: "åbent 1 Stefan Agger - udtræden ...", "lukket 14 Lukket punkt"."""
    marked_first = _MARK_FIRST.match(cleaned)
    if marked_first is None:
        return None
    title = f"({marked_first['mark'].lower()}) {marked_first['title']}"
    return Candidate(str(int(marked_first["num"])), title, line, explicit=False)


def _explicit(line: Line, match: re.Match[str], segmented: bool) -> Candidate | None:
    """An explicit item heading: "Punkt 3", "Pkt. 3", "Sag nr. 3"."""
    title = _CASE_LABEL_AFTER.sub("", match["title"]) if segmented else match["title"]
    if CASE_LABEL_FIRST.match(title):
        title = ""  # "Punkt: 1 Acadre sagsnr.: 17/10438 Journalnr.: ...": the title stands on the next line
    elif segmented and title.startswith("("):
        title = ""  # "Sag nr. 104 (ØU 138/07) Sagens kerne ...": a committee's case reference; the title stands above
    title = _flat(title, segmented)
    title = _TRAILING_CASE.sub("", title) if segmented else title
    if not segmented and (_REFERENCED.match(title) or sentence_after_number(title)):
        # 'Punkt 127 "Forberedelse af salg" optages ikke på dagsorden.', "Sag nr. 13, bilag til …": a sentence
        # about an item
        return None
    return Candidate(str(int(match["num"])), title, line, explicit=True)


def _lettered(line: Line, lettered: re.Match[str], segmented: bool) -> Candidate:
    """A lettered item, "2a. Behandling af forslag til ny vedtægt. Forslaget blev ...": its number as
    printed, its title to the first sentence's end."""
    title = _flat(lettered["title"], segmented)
    end = SENTENCE_BREAK.search(ABBREVIATION.sub("", title))
    return Candidate(lettered["num"], title[: end.start() + 2] if end else title.rstrip(" ."), line, explicit=False)


def leads_into_list(prev: str) -> bool:
    """Whether the line before a numbered line leads into a list inside a sentence, so the line is a point of it:
    a recommendation's "indstiller, at", or a line ending in a colon or a comma that is no agenda's label."""
    return _RECOMMENDS.search(prev) is not None or (prev.endswith((":", ",")) and _in_sentence(prev))


def _in_sentence(prev: str) -> bool:
    """The line before, ending in a colon or a comma, leads into a list inside a sentence, not an agenda
    ("Dagsorden:", "... med følgende dagsorden:" or a contents heading are an agenda's)."""
    label = prev.endswith(":") and len(prev) <= 40 and not LEADS_IN.search(prev)  # "Dagsorden:"
    label = label or bool(_AGENDA_FOLLOWS.search(prev))  # "... med følgende dagsorden:"
    return not label and not is_toc_heading(prev.lower().rstrip(":").strip())


# "5. orientering fra formanden", "7. eventuelt": a standing item's title written in lower case
_LOWER_CASE_TITLE = re.compile(r"^(?P<num>\d{1,3})\.\s+(?P<title>[a-zæøå][^.:;]{2,60})$")


def _lower_case_standing(cleaned: str) -> re.Match[str] | None:
    """A numbered line whose title, in lower case, is an agenda's standing item; any other lower-case title is a
    point of a sentence ("1. at budgettet godkendes")."""
    match = _LOWER_CASE_TITLE.match(cleaned) if cleaned[:1].isdigit() else None
    return match if match is not None and STANDING_ITEM.match(match["title"]) else None


def _numbered(line: Line, cleaned: str, segmented: bool, in_table: bool) -> Candidate | None:
    """A numbered heading, "N. Titel", and its kin: a sub-item "3.1", "N Titel" in a table or a bullet list,
    a number glued to its title; the title cut before a flattened page's case label, an inline
    recommendation, a decision."""
    match = BARE.match(cleaned) or MARKED.match(cleaned) or _lower_case_standing(cleaned)
    if match is None:
        sub = _SUB_ITEM.match(cleaned)  # "3.1 Fælles EU kontor": a sub-item of a KKR-style agenda
        if sub and not segmented and len(cleaned) <= 200 and not SENTENCE_BREAK.search(sub["title"]):
            number = f"{int(sub['top'])}.{int(sub['sub'])}"
            return Candidate(number, sub["title"], line, explicit=False)
        match = _plain_or_glued(line, cleaned, segmented, in_table)
    if match is None or int(match["num"]) == 0:
        return None
    title = match["title"].rstrip()
    if segmented:
        title = _TRAILING_CASE.sub("", _flat(_CASE_LABEL_AFTER.sub("", title), segmented))
    inline = INLINE_INDSTILLING.search(title)
    if inline:
        title = title[: inline.start()].rstrip()
    decided = _DECIDED_AFTER.search(title) if not segmented else None
    if decided:  # "1. Godkendelse af dagsordenen efter evt. tilføjelser. Godkendt.": the title, then its decision
        title = title[: decided.start()]
    plain = title_from(title)
    if not plain or PAGE.match(plain) or HEADER_LABEL.match(plain):
        return None
    if title.endswith((",", ";")) and STANDING_ITEM.match(plain) is None:
        return None  # a point of a list inside a sentence; "1. Godkendelse af dagsorden," is an agenda's own
    if dated_or_decided(match["num"], plain):
        return None
    if not segmented and (len(cleaned) > 250 or _sentence_break(_without_leader(title))):
        return None
    return Candidate(
        str(int(match["num"])), match["title"] if not (segmented or decided) else title, line, explicit=False
    )


def _sentence_break(title: str) -> bool:
    """Whether a title breaks into a sentence after it ("Høringssvar. Der var ingen høringssvar."); an abbreviation's
    full stop before a capitalised word ("Nytårskur inkl. Nordea priser", "Høringssvar vedr. Lynetteholm") ends none."""
    if SENTENCE_BREAK.search(title) is None:
        return False
    return SENTENCE_BREAK.search(TITLE_ABBREVIATION.sub("", title)) is not None


def _without_leader(title: str) -> str:
    """The title before a dotted leader and its page number ("Budget ........ 4"); a leader holds four full stops at
    least, so a title without them is the title as it is."""
    return LEADER.sub(r"\g<title>", title) if "...." in title else title


def _plain_or_glued(line: Line, cleaned: str, segmented: bool, in_table: bool) -> re.Match[str] | None:
    """A number with no dot before its title ("N Titel") in a table, a tab row or a bullet list; else a
    number glued to its title."""
    match = None
    table_row = TAB_ROW.match(line.text) is not None and line.text.count("\t") <= 2
    if in_table or table_row or BULLET.match(line.text):
        match = PLAIN.match(cleaned) or (_PLAIN_ORDINAL.match(cleaned) if in_table and not segmented else None)
    if match is None:
        glued = _GLUED_START.match(cleaned)
        if glued and segmented and cleaned[len(glued["num"])] != ".":
            glued = None  # a flattened page's "3Titel" may be a page number run into a word; "3.Titel" is an item
        if glued and heading_kind(glued["title"]) is None:
            match = glued
    return match


def repeated_runs(candidates: list[Candidate], lines: list[Line]) -> set[int]:
    """Runs of 3+ numbered lines with only blank lines between, all repeated later: a TOC. An
    excerpt may end before the later ones: a run whose first entry comes again later under the same
    title, and whose every entry that comes again does so under its own title, is one too."""
    toc: set[int] = set()
    run: list[Candidate] = []

    def flush() -> None:
        if len(run) >= 2:
            last = run[-1].line.index
            later_all = [c for c in candidates if c.line.index > last]
            later = {c.number for c in later_all}
            once = Counter(c.number for c in later_all)
            titled = {c.number: c.title for c in later_all if once[c.number] == 1}
            same = [c.number in titled and same_title(c.title, title_from(titled[c.number])) for c in run]
            if len(run) < 3:  # two lines: a contents list only when each comes again later under its own title
                if all(same):
                    toc.update(c.line.index for c in run)
            elif all(c.number in later for c in run) or (
                same[0] and all(ok for c, ok in zip(run, same, strict=True) if c.number in later)
            ):
                toc.update(c.line.index for c in run)
        run.clear()

    for candidate in candidates:
        if run:
            between = lines[run[-1].line.index + 1 : candidate.line.index]
            if any(line.text.strip() for line in between) or any(c.number == candidate.number for c in run):
                flush()  # text between, or the list's first number again: the items themselves begin
        run.append(candidate)
    flush()
    return toc
