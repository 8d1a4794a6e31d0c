"""Find the agenda items of a meeting from shared numbering styles, not per-document templates.

Item lines look like "Punkt 3: Titel", "Pkt. 65 Titel", "Sag nr. 130: Titel", "Nr.1 - Titel",
"3. Titel", "3: Titel", "3 (Åben) Titel", "3Titel" and "1.Titel" (a number glued to its title), "16
Titel" under a "Punkt Titel"/"Pkt. Tekst" header or in a bullet list, also in markdown bullets and
bold, "1) Titel" over a section heading, a committee's coded number ("ØU-55/07-O Titel"), a running
number with its year ("44/09 Titel") over its case label, a portal's bulleted number ("• 1") over its
title and case label, a lettered item added under another's number ("2a. Titel"); a title may stand
on the line above "Sag nr. 130", or on the line below a case system's label line ("Punkt: 1 Acadre
sagsnr.: 17/10438 Journalnr.: ..."); a one-line item may end with its decision ("Titel. Godkendt.").
Numbers may be yearly running numbers (49, 50, ...). Minutes that list the agenda first and then
write "Ad pkt. 1:" / "Ad 3)" take the listed titles. Where nothing is numbered, an item is a short
line followed by one of the main section headings (Beslutning, Resumé, Indstilling, Sagsfremstilling).

A table of contents (Indholdsfortegnelse, a "Punkt  Indhold" table, a PUNKTER list, a dotted
leader list, a run of numbered lines repeated later, a bullet list whose first entries are the
titles of the items that follow, a bulleted agenda under "DAGSORDEN", rows that open with the item's
access, "åbent 1 Titel") gives titles to cross-check, and every entry whose item text is not in the
document becomes an item of its own marked ``from_contents``; a list goes on under its "Åbne" and
"Lukkede" groups (the latter's entries closed), through titles wrapped onto the next line and through
titles holding a full stop when the numbers follow each other; a number column read apart from its
titles is paired with them. A contents title found again later in the text is that item's heading,
and the item takes its sections from there.

Flattened PDF text (a page on one line) is cut into lines first (``parse.flatten``); a page number
before the meeting's header labels ("Side 1. Mødedato: ..."), a front page's members ("Mødedeltagere:
... (A) ... (V)") and a contents page's heading and column labels ("Indholdsfortegnelse Side") are no
items or entries. Page numbers,
recommendation sub-points ("1. at ...", "At 1) ...", "1) ..."), dates and numbered sentences are
never items.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from graphbuild.models import AgendaItem
from graphbuild.parse.flatten import looks_like_contents, resegment, split_title_run
from graphbuild.parse.lines import Line, clean, find_words
from graphbuild.parse.numbers import find_item_numbers
from graphbuild.parse.sections import IMPLICIT_INDSTILLING, build_sections, heading_kind, inline_heading

_EXPLICIT = re.compile(
    r"(?i)^(?:ad\s+(?=\d{1,3}\)\s*$)|(?:dagsordens?|ad\s+)?(?:punkt:?|pkt\.?|nr\.?|sag\s*nr\.?|sagsnr\.?\s*(?=\d{1,4}\b(?![-/.]\d))))"
    r"\s*"
    r"(?P<num>\d{1,4})(?![-/.]?\d)\s*[:.\-–)]?\s*(?P<title>.*)$"
)
_EXPLICIT_FIRST = frozenset("adpns")  # the letters _EXPLICIT's words open with: a line opening otherwise is none
# "ØU-55/07-O Økonomisk orientering maj 2007": a committee's code, its running number, the year and
# the kind of case (O orientering, D drøftelse, B beslutning)
_CODED = re.compile(r"^(?P<num>[A-ZÆØÅ]{2,4}-\d{1,3}/\d{2}(?:-[A-ZÆØÅ]{1,2})?)\s+(?P<title>[A-ZÆØÅ\"“„«].*)$")
_BARE = re.compile(r"^(?P<num>\d{1,3})\s?(?:[.]|\s?:|\s[-–])\s+(?P<title>[A-ZÆØÅÉ0-9\"'“„«(].*)$")
_SUB_ITEM = re.compile(r"^(?P<top>\d{1,2})\.(?P<sub>\d{1,2})\.?\s+(?P<title>[A-ZÆØÅÉ\"“„«][\w\"“„«].*)$")
# "2a. Titel", "1.a. Titel", "3b) Titel": an item added under another's number, lettered
_LETTERED = re.compile(r"^(?P<num>\d{1,2}\.?[a-h])[.)]\s+(?P<title>[A-ZÆØÅ][\wæøå].*)$")
# "3 (Åben) Titel", also without the brackets: "1  Åbent   Kommuneplan 2013 - juni" (the access a column apart)
_MARKED = re.compile(
    r"(?i)^(?P<num>\d{1,3})\.?\s+"
    r"(?P<title>(?:\((?:åben|åbent|lukket|lukket punkt)\)\s*|(?-i:(?:Åbent|Lukket)\s+(?=[A-ZÆØÅ])))\S.*)$"
)
# "åbent 1 Titel", "lukket 14 Lukket punkt": a portal's contents row, the item's access before its number
_MARK_FIRST = re.compile(
    r"(?i)^(?P<mark>åbent|åben|lukket)\s+(?P<num>\d{1,3})\.?\s+(?P<title>(?-i:[A-ZÆØÅ0-9\"“„«]).*)$"
)
_GLUED_START = re.compile(r"^(?P<num>\d{1,3})\.?(?P<title>[A-ZÆØÅ][a-zæøå]{2,}.*)$")  # "3Titel", "1.Alfabo, 39 ..."
# "16 Titel", also "314 1. behandling af budget" (a title that opens with an ordinal)
_PLAIN = re.compile(r"^(?P<num>\d{1,3})\s+(?P<title>(?:[A-ZÆØÅÉ\"“„«][\w\"“„«]|\d{1,2}\.\s+[a-zæøå]{3,}\s).*)$")
# "27 2. Budgetopfølgning 2017": a contents row whose title opens with an ordinal (not on a flattened page,
# where "2 1. Godkendelse" is a page number before an item's number)
_PLAIN_ORDINAL = re.compile(r"^(?P<num>\d{1,3})\s+(?P<title>\d{1,2}\.\s+[A-ZÆØÅ][a-zæøå]{3,}.*)$")
_BULLET = re.compile(r"^\s*[-•·*–]\s+\S")
_TAB_ROW = re.compile(r"^\s*(?P<num>\d{1,3})\.?\t+(?P<title>[^\t]+)")
_LEADER = re.compile(r"^(?P<title>.+?)\s*\.{4,}\s*\t?\s*\d*\s*$")
_TOC_HEADINGS = {
    "indholdsfortegnelse", "indhold", "punkter", "dagsordenspunkter", "oversigt over punkter",
    "dagsordenpunkter", "punkter til dagsorden", "oversigtsdagsorden", "dagsorden", "åbne punkter",
    "punkter på dagsordenen", "punkter til dagsorden side",
}  # fmt: skip
_HEADING_LENGTH = 48  # a contents heading ("2 Punkter til dagsorden side:") is never longer
_STRONG_TOC = {"indholdsfortegnelse", "punkter", "punkter til dagsorden", "punkter til dagsorden side"}
# "Punkt  Indhold", "Pkt. Tekst" and "Pkt. Tekst Side" (number, title and page columns of a contents table)
_TABLE_HEADER = re.compile(r"(?i)^(?:punkt|pkt\.?)\s*\t?\s*(?:indhold|emne|titel|overskrift|tekst)\b")
_NOT_ENTRY = re.compile(
    r"(?i)^(?:underskrift\w*|(?:samlet\s+)?bilagsliste|bilagsoversigt|bilag|side(?:\s+\d+)?|deltagerfortegnelse|deltagerliste"
    r"|deltagere"
    # a contents table's column labels: "Sag Tekst Sidenr.", "Sidenr Sagsnr. Side", "Pkt. Tekst Side"
    r"|(?:(?:sag|sagsnr|sag\s+nr|nr|pkt|punkt|tekst|emne|side|sidenr)\.?\s+){1,3}(?:tekst|emne|side|sidenr)\.?)\.*$"
)
_PAGE = re.compile(r"(?i)^(?:side\s*)?\d{1,3}(?:\s*(?:af|/)\s*\d{1,3})?$")
_ONE_TITLE = 120  # a contents title is seldom longer
_CONTENTS_REACH = 20000  # a flattened contents page whose numbers were lost stands within the first pages
_PAGE_NUMBER_HEAD = re.compile(r"^\d{1,3}\s+(?=\D)")
_CLOSED_PREFIX = re.compile(r"(?i)^\(?(?:lukket(?:\s+punkt)?|fortroligt|lukket\s+sag)\)?\s*[:\-–]\s*(?P<rest>.+)$")
_CLOSED_SUFFIX = re.compile(r"(?i)\s*[\(\[\-–]\s*(?:lukket(?:\s+punkt)?|fortroligt)\s*[\)\]]?\s*$")
_CLOSED_LINE = re.compile(r"(?i)^(?:lukket|lukket punkt|lukket sag|fortroligt|fortroligt punkt|ikke offentlig)$")
# "Åbne" / "Lukkede" (also "Lukkede punkter", "Åbne sager"): the groups of a contents list
_CONTENTS_GROUP = re.compile(
    r"(?i)^(?:åbne|åbent|(?P<closed>lukkede|lukket))(?:\s+(?:punkter|sager|dagsordenspunkter|møde))?:?$"
)
_OPEN_LINE = re.compile(r"(?i)^(?:åbent|åben|åbent punkt|offentligt)$")
_MARK = re.compile(
    r"(?i)^(?:\((?P<mark>åben|åbent|lukket|lukket punkt)\)\s*|(?-i:(?P<bare>Åbent|Lukket)\s+(?=[A-ZÆØÅ])))"
)
_PRESENTER = re.compile(r"\s+v\.\s+[A-ZÆØÅ][\w\-æøå]+(?:\s+(?:og\s+)?[A-ZÆØÅ][\w\-æøå]+)*\s*$")
_INLINE_INDSTILLING = re.compile(r"(?i)[\s*_]+(?=det\s+indstilles\b)")
_NUMBER_ALONE = re.compile(r"(\d{1,3})\.")
_BARE_NUMBER = re.compile(r"(\d{1,3})")
_NUMBER_HEAD = re.compile(r"^\d{1,3}(?:\.|\s*:|\s+\([^)]{3,15}\))?\s+")
_HTML_TAG = re.compile(r"<\s*/?\s*(?:br|strong|b|i|em|p|span)\s*/?\s*>", re.IGNORECASE)
_PORTAL_TAIL = re.compile(r"(?i)\s*klik her\b.*$")
_PROPOSER = re.compile(r"\s(?=[A-ZÆØÅ][\wæøå\-]+\s+(?:indstiller|foreslår|anbefaler|orienterer)\b)")
_LEADS_IN = re.compile(r"(?i)\b(?:at|indstill\w*|foreslår|følgende|herunder|bl\.\s?a\.|fx|eksempelvis|blandt andet)\b")
# a full stop after a lower-case word, not after a place name's abbreviation ("Årslev-Sdr. Nærå")
_AGENDA_FOLLOWS = re.compile(r"(?i)\bdagsorden(?:en)?\b[^.:]{0,30}:$")  # "... tager resten af dagsordenen derefter:"
_AD_ITEM = re.compile(r"(?i)^ad\s+(?:punkt|pkt|\d)")  # "Ad pkt. 1:", "Ad 3)": the item's text, its title listed above
_RECOMMENDS = re.compile(r"(?i)\b(?:indstiller|indstilles|foreslår|foreslås|anbefaler|anbefales),?\s+at:?$")
# "afd. Elmehaven", "pr. 30. juni": an abbreviation's full stop, no sentence end
_ABBREVIATION = re.compile(r"\b(?:afd|pr|nr|ca|jf|vedr|inkl|ekskl|bl\.a|mio|mia|kr|stk)\.")
_SENTENCE_BREAK = re.compile(r"(?<!\b[SsNnØøVv])[a-zæøå]{2}\.\s+[A-ZÆØÅ][a-zæøå]")
# A one-line item whose title is followed by this meeting's short decision ("... tilføjelser. Godkendt.")
_DECIDED_AFTER = re.compile(
    r"(?<=[\wæøå)])\.\s+(?:Godkendt|Godkendes|Vedtaget|Taget til efterretning|Drøftet|Udsat|Ingen bemærkninger)\.?$"
)
# Headings that follow an unnumbered item's title line
_ITEM_HEADINGS = {"beslutning", "resume", "resumé", "indstilling", "sagsfremstilling", "sagsresumé", "sagsresume"}
_TITLE_LABELS = {"beslutningstema"}
# Sections an item's text opens with: a contents entry directly followed by one is the item itself
_ITEM_SECTIONS = {"beslutning", "resume", "indstilling", "sagsfremstilling"}
# Lines a portal prints between an item's title and its first heading
_ITEM_LABEL = re.compile(
    r"(?i)^(?:(?:sags?nr|sagsnummer|sagsid|dok\.?\s?nr|j\.?\s?nr|journalnr|initialer)\.?\s*:?.*|åben(?:t)?(?:\s+(?:punkt|sag))?"
    r"|lukket(?:\s+(?:punkt|sag))?|beslutningssag|orienteringssag|drøftelsessag)$"
)
# A portal's grid of the committees a case passes (DIR FOU ... BYR with x marks, a cell per line)
# and its case-officer label: between an item's title and its first heading.
_ROUTE = re.compile(r"(?i)^(?:(?-i:[A-ZÆØÅ]{2,4})|x|(?:øvrige\s+)?sagsbehandlere?\s*:.*)$")
_CHROME = re.compile(r"(?i)^(?:se alle bilag|bilag|udskriv|print|til toppen|fold (?:alle )?ud|vis (?:mere|alle))$")
_NUMERIC_DATE = re.compile(r"\d{1,4}(?:[.\-/]\d{1,4}){1,2}\.?")  # "den 06.03.2017 Dagsorden godkendt"
# Words that open a sentence and never stand capitalised inside a title
_SENTENCE_OPENERS = {
    "Der", "Det", "Vi", "Han", "Hun", "Man", "Dette", "Denne", "Disse", "Sagen", "Punktet", "Formålet", "Baggrunden",
    "Forvaltningen", "Administrationen",
}  # fmt: skip
# A case number after a flattened item's title ("Punkt 45. Godkendelse af dagsorden 2019-012345 ..."):
# KLE-based, municipal-prefixed or year-serial
_TRAILING_CASE = re.compile(
    r"\s+(?:\d\d\.\d\d\.\d\d-[A-ZÆØÅ]\d\d(?:-\d{1,6}){1,2}-\d\d|\d{3}-(?:19|20)\d\d-\d{1,8}|(?:19|20)\d\d-\d{5,6})\s*$"
)
_FUNCTION_WORDS = {
    "af", "for", "i", "til", "om", "med", "på", "fra", "ved", "v.", "og", "samt", "eller", "mellem",
    "den", "det", "de", "en", "et", "vedr.", "vedrørende", "under", "over", "efter", "mod", "hos", "-", "–",
}  # fmt: skip


# "Punkt 127 "Forberedelse af salg af ejendom" optages ikke på dagsorden. Dette sker ...", "Punkt 5 blev
# behandlet efter punkt 7.", "Pkt. 12 og 13 behandles samlet.": a decision's sentence that names an item
# by its number (and quoted title), then says what became of it
_REFERENCED = re.compile(
    r"^(?:[\"“„«][^\"”»“]{3,150}[\"”»“]\s+(?:[a-zæøå]+\s+){0,3}[a-zæøå]+(?:es|et|t|s)\b"
    r"|(?:og\s+\d{1,3}\s+)?(?:blev|er|var|udgår|udgik|behandles|behandledes|trækkes|tages|optages|flyttes|rykkes)(?:\s|[.,]|$))"
)


@dataclass
class Candidate:
    number: str
    title: str
    line: Line
    explicit: bool
    title_line: Line | None = None  # a title on the line above "Sag nr. 130"


@dataclass
class ContentsEntry:
    number: str | None
    title: str
    line: Line
    printed: bool = True  # the number stands in the document (else it is implied by the entry's place)
    public: bool = True  # False under a "Lukkede" group heading of the list


def _without_tags(text: str) -> str:
    """HTML tags a PDF-to-web viewer left in the text ("Titel<br />") removed."""
    return _HTML_TAG.sub(" ", text).strip() if "<" in text else text


def _title_from(raw: str) -> str:
    title = clean(_HTML_TAG.sub(" ", raw))
    leader = _LEADER.match(title)
    if leader:
        title = leader["title"]
    title = _PORTAL_TAIL.sub("", title)
    title = _MARK.sub("", title)
    return title.strip(" :.-–") if not title.endswith(("..", "?")) else title.strip(" :-–")


# "Punkt: 1 Acadre sagsnr.: 17/10438 Journalnr.: A00 Sagsforløb: ØU - Åben sag ...": a case-handling
# system's labels on the item's number line, its title on the line below
_CASE_LABEL_FIRST = re.compile(r"(?i)^(?:acadre\s+)?(?:sagsnr|sags?\s?nr|sagsnummer|journalnr|j\.\s?nr)\.?\s*:")
# "Side 1. Mødedato: ... Mødested: ...": a page number before the meeting's header labels, no item
_HEADER_LABEL = re.compile(
    r"(?i)^(?:mødedato|mødested|mødetidspunkt|mødet\s+(?:påbegyndt|afsluttet|hævet)|starttidspunkt|sluttidspunkt"
    r"|dato|sted|tidspunkt|fraværende|afbud)\s*:"
)
# A flattened front page: the meeting's members and their parties, not a run of contents titles
_FRONT_PAGE = re.compile(r"(?i)\b(?:mødedeltagere|deltagere|medlemmer|til stede|fraværende|afbud)\s*:")
_PARTY_LETTER = re.compile(r"\([A-ZÆØÅ]\)")
# What opens a flattened contents page before its first title: the heading ("Indholdsfortegnelse", "...
# Følgende sager behandles på mødet") and its column labels ("Sag nr. Side", "Pkt. Tekst Side", "Side")
_CONTENTS_LEAD = re.compile(
    r"(?i)^(?:.{0,120}?\bfølgende sager behandles(?:\s+på\s+mødet)?:?|(?:indholdsfortegnelse|indhold)\b:?)"
    r"\s*(?:(?:sag\s*nr\.?|pkt\.?|tekst|side)\s+)*"
)
# "Godkendelse af dagsorden Sagsnr: ...": on a flattened page the case label after a title ends it
_CASE_LABEL_AFTER = re.compile(r"\s+(?:Sagsnr|Sagsnummer|Sags?\s?nr|Sagsid|Dok\.?\s?nr|J\.\s?nr|Journalnr)\b.*$")


def _flat_title(raw: str) -> str:
    """The title at the head of a flattened segment: up to the first capitalised word after an
    ordinary lower-case word (where the body text begins), or the first sentence end."""
    proposer = _PROPOSER.search(raw)  # "... Interessevaretagelse Sekretariatet indstiller, at ..."
    if proposer:
        raw = raw[: proposer.start()]
    words = raw.split()
    for k in range(1, len(words)):
        before, word = words[k - 1], words[k]
        if (
            before.endswith("?")
            or re.fullmatch(r"\d{4}\.", before)
            or (word in _SENTENCE_OPENERS and before.lower() not in _FUNCTION_WORDS)
        ):
            # "Klagesag til Statsforvaltningen? Udskudt ...", "Ældrerådsvalg 2017. Ældrerådet har ...",
            # "Vestegnstræf i Ballerup Der afholdes ..."
            return " ".join(words[:k]).rstrip(".")
        if (
            word[:1].isupper()
            and not word.isupper()
            and (before.islower() or before.isdigit() or _NUMERIC_DATE.fullmatch(before) is not None)
            and before.lower() not in _FUNCTION_WORDS
            and not before.endswith(",")
            and len(before) > 2
        ):
            return " ".join(words[:k])
    match = _SENTENCE_BREAK.search(raw)
    return raw[: match.start() + 3] if match else raw[:150]


def _previous_text(lines: list[Line], index: int) -> Line | None:
    for line in reversed(lines[max(0, index - 4) : index]):
        if line.text.strip():
            return line
    return None


def _next_text(lines: list[Line], index: int, reach: int = 4) -> Line | None:
    for line in lines[index + 1 : index + 1 + reach]:
        if line.text.strip():
            return line
    return None


def _is_heading(cleaned: str) -> bool:
    return heading_kind(cleaned) is not None or inline_heading(cleaned) is not None


def _candidate(line: Line, previous: Line | None, segmented: bool, in_table: bool = False) -> Candidate | None:
    """The item a line opens, if any. `segmented`: the line is a piece of a flattened page (its
    title is cut where the body text starts); `in_table`: "N Titel" without a dot is allowed."""
    cleaned = _without_tags(line.clean)
    if not cleaned or (len(cleaned) > 400 and not segmented):
        return None
    first = cleaned[:1].lower()
    match = _EXPLICIT.match(cleaned) if first in _EXPLICIT_FIRST else None
    coded = _CODED.match(cleaned) if match is None and "-" in cleaned[2:5] else None
    if coded is not None:
        title = coded["title"]
        if segmented and len(title) > 60 and not _LEADER.match(title):
            title = _flat_title(title)
        return Candidate(coded["num"], title, line, explicit=True)
    marked_first = _MARK_FIRST.match(cleaned) if match is None and first in "ål" else None
    if marked_first is not None:  # "åbent 1 Stefan Agger - udtræden ...", "lukket 14 Lukket punkt"
        title = f"({marked_first['mark'].lower()}) {marked_first['title']}"
        return Candidate(str(int(marked_first["num"])), title, line, explicit=False)
    if match is None and not cleaned[:1].isdigit():
        return None  # every other item pattern opens with the item's number
    if match:
        title = _CASE_LABEL_AFTER.sub("", match["title"]) if segmented else match["title"]
        if _CASE_LABEL_FIRST.match(title):
            title = ""  # "Punkt: 1 Acadre sagsnr.: 17/10438 Journalnr.: ...": the title stands on the next line
        if segmented and len(title) > 60 and not _LEADER.match(title):
            title = _flat_title(title)
        title = _TRAILING_CASE.sub("", title) if segmented else title
        if not segmented and _REFERENCED.match(title):
            return None  # 'Punkt 127 "Forberedelse af salg" optages ikke på dagsorden.': a sentence about an item
        return Candidate(str(int(match["num"])), title, line, explicit=True)
    if previous is not None and _RECOMMENDS.search(previous.clean) and not segmented:
        return None  # "Direktionen indstiller, at" / "1. Byrådet hjemtager ...": a recommendation's point
    lettered = _LETTERED.match(cleaned) if not segmented and len(cleaned) <= 300 else None
    if lettered:  # "2a. Behandling af forslag til ny vedtægt. Forslaget blev ...": its number as printed
        title = lettered["title"]
        end = _SENTENCE_BREAK.search(_ABBREVIATION.sub("", title))
        return Candidate(lettered["num"], title[: end.start() + 2] if end else title.rstrip(" ."), line, explicit=False)
    if previous is not None and previous.clean.endswith((":", ",")) and not segmented:
        prev = previous.clean
        label = prev.endswith(":") and len(prev) <= 40 and not _LEADS_IN.search(prev)  # "Dagsorden:"
        label = label or bool(_AGENDA_FOLLOWS.search(prev))  # "... med følgende dagsorden:"
        if not label and prev.lower().rstrip(":").strip() not in _TOC_HEADINGS:
            return None  # a list inside a sentence: "indstiller, at:", "følgende krav:"
    match = _BARE.match(cleaned) or _MARKED.match(cleaned)
    if match is None:
        sub = _SUB_ITEM.match(cleaned)  # "3.1 Fælles EU kontor": a sub-item of a KKR-style agenda
        if sub and not segmented and len(cleaned) <= 200 and not _SENTENCE_BREAK.search(sub["title"]):
            number = f"{int(sub['top'])}.{int(sub['sub'])}"
            return Candidate(number, sub["title"], line, explicit=False)
    table_row = _TAB_ROW.match(line.text) is not None and line.text.count("\t") <= 2
    if match is None and (in_table or table_row or _BULLET.match(line.text)):
        match = _PLAIN.match(cleaned) or (_PLAIN_ORDINAL.match(cleaned) if in_table and not segmented else None)
    if match is None:
        glued = _GLUED_START.match(cleaned)
        if glued and segmented and cleaned[len(glued["num"])] != ".":
            glued = None  # a flattened page's "3Titel" may be a page number run into a word; "3.Titel" is an item
        if glued and heading_kind(glued["title"]) is None:
            match = glued
    if match is None or int(match["num"]) == 0:
        return None
    title = match["title"].rstrip()
    if segmented:
        title = _CASE_LABEL_AFTER.sub("", title)
    if segmented and len(title) > 60 and not _LEADER.match(title):
        title = _flat_title(title)
    if segmented:
        title = _TRAILING_CASE.sub("", title)
    inline = _INLINE_INDSTILLING.search(title)
    if inline:
        title = title[: inline.start()].rstrip()
    decided = _DECIDED_AFTER.search(title) if not segmented else None
    if decided:  # "1. Godkendelse af dagsordenen efter evt. tilføjelser. Godkendt.": the title, then its decision
        title = title[: decided.start()]
    plain = _title_from(title)
    if not plain or title.endswith((",", ";")) or _PAGE.match(plain) or _HEADER_LABEL.match(plain):
        return None
    if not segmented and (len(cleaned) > 250 or _SENTENCE_BREAK.search(_LEADER.sub(r"\g<title>", title))):
        return None
    return Candidate(
        str(int(match["num"])), match["title"] if not (segmented or decided) else title, line, explicit=False
    )


def _contents(lines: list[Line], segmented: set[int]) -> tuple[set[int], list[ContentsEntry]]:
    """Line indexes inside a table of contents, and its entries in order."""
    inside: set[int] = set()
    entries: list[ContentsEntry] = []
    block: list[ContentsEntry] = []
    block_lines: set[int] = set()
    strong = False
    in_toc = False
    skipped = 0

    loose: list[Line] = []  # numbers alone on their lines: a number column read apart from the titles
    closed_from: int | None = None  # the block's entries from here stand under "Lukkede"

    def close() -> None:
        # a list of two or more entries, or any entry under Indholdsfortegnelse/PUNKTER; one entry
        # under "Dagsorden" is the first item itself
        nonlocal in_toc, closed_from
        for entry in block[closed_from:] if closed_from is not None else []:
            entry.public = False
        closed_from = None
        if len(block) >= 2 or (strong and block):
            if _number_column(block, loose):
                inside.update(line.index for line in loose)
            entries.extend(block)
            inside.update(block_lines)
        block.clear()
        block_lines.clear()
        loose.clear()
        in_toc = False

    tab_run: list[ContentsEntry] = []

    def flush_tab_run() -> None:
        if len(tab_run) >= 2:  # one row alone is an item's own heading row
            entries.extend(tab_run)
            inside.update(e.line.index for e in tab_run)
        tab_run.clear()

    table_end = -1  # the last line of a contents table read whole (_cell_table)
    for line in lines:
        if line.index <= table_end:
            continue
        cleaned = _without_tags(line.clean)
        # "2 Indholdsfortegnelse": the heading after the page number of a flattened page
        key = ""
        if len(cleaned) <= _HEADING_LENGTH:  # a longer line is no contents heading: its key is not computed
            lowered = cleaned.lower()
            key = (_PAGE_NUMBER_HEAD.sub("", lowered) if lowered[:1].isdigit() else lowered).rstrip(":").strip()
        # "Punkt Indhold", "Pkt. Tekst": the line opens with p as its cleaned text does (markup and tags aside)
        if key in _TOC_HEADINGS or (cleaned[:1] in "pP" and _TABLE_HEADER.match(line.text.strip())):
            continued = in_toc and not block  # "Indholdsfortegnelse" then "Åbne punkter"
            close()
            in_toc, strong, skipped = True, key in _STRONG_TOC or (continued and strong), 0
            block_lines.add(line.index)
            table = _cell_table(lines, line.index + 1) if key in _STRONG_TOC or key == "indhold" else None
            if table is not None:
                entries.extend(table[0])
                inside.update(table[1])
                table_end = max(table[1])
                in_toc = False
            continue
        tab_row = _TAB_ROW.match(line.text) if "\t" in line.text else None
        if tab_row:  # a table row "3<tab>Titel": a contents entry when rows follow each other
            entry = ContentsEntry(str(int(tab_row["num"])), _title_from(tab_row["title"]), line)
            if in_toc and any(e.number == entry.number for e in block):
                close()  # the first item repeats its contents entry: the list has ended
            elif in_toc:
                block.append(entry)
                block_lines.add(line.index)
            else:
                if any(e.number == entry.number for e in tab_run):
                    flush_tab_run()  # the list's first number again: the items begin
                    continue
                tab_run.append(entry)
            continue
        if cleaned and tab_run:
            flush_tab_run()
        leader = "...." in cleaned and re.search(r"\.{4,}\s*\d*\s*$", cleaned) is not None
        if cleaned[:1].isdigit() and len(cleaned) <= _COLUMN_NUMBER_LENGTH and _COLUMN_NUMBER.fullmatch(cleaned):
            loose.append(line)  # "1.1." alone: the contents' number column, its titles below
            continue
        if not in_toc and not leader:
            if cleaned and not block:
                loose.clear()
            continue
        if not cleaned:
            continue
        candidate = _candidate(line, None, line.index in segmented, in_table=True) or _next_entry(cleaned, line, block)
        if candidate is not None and block and loose and not any(e.number for e in block):
            # "79." ... "90." then their titles, then "91. Endelig vedtagelse ...": the column's numbers go
            # to the titles read before the first numbered entry
            _number_column(block, loose)
            inside.update(line.index for line in loose)  # paired or not, the column is the contents'
            loose.clear()
        if candidate is not None and any(e.number == candidate.number for e in block):
            close()  # the first item repeats its contents entry: the list has ended
            continue
        if candidate is not None and not candidate.explicit:
            if line.index in segmented and not _LEADER.match(cleaned):
                # flattened: "4. Strategi Opfølgning på turismemøde ... Økonomi 7. ..." holds titles
                # whose numbers were lost; they follow the numbered one
                head = _NUMBER_HEAD.match(cleaned)
                rest = cleaned[head.end() :] if head else candidate.title
                if _next_number_follows(lines, line.index, candidate.number):
                    pieces = [re.sub(r"\s+\d{1,3}$", "", rest)]  # no number lost: one title and its page
                else:
                    pieces = _run_pieces(rest) or [candidate.title]
                block.append(ContentsEntry(candidate.number, pieces[0], line))
                block.extend(_run_entry(piece, line) for piece in pieces[1:])
            else:
                block.append(ContentsEntry(candidate.number, candidate.title, line))
            block_lines.add(line.index)
            in_toc = True
            continue
        bulleted = candidate is None and in_toc and _BULLET.match(line.text) is not None
        if bulleted and 3 <= len(cleaned) <= _ONE_TITLE and not any(e.number for e in block):
            # "DAGSORDEN" / "Åbent møde:" / " • Beslutning om garantistillelse ...": a bulleted contents list
            # (bullets under a numbered entry are its sub-points)
            block.append(ContentsEntry(None, _title_from(cleaned), line, printed=False))
            block_lines.add(line.index)
            continue
        if leader:
            title = _title_from(cleaned)
            if block and block[-1].line.index >= line.index - 2 and not _LEADER.match(block[-1].line.clean):
                block[-1].title = f"{block[-1].title} {title}".strip()  # a title wrapped onto the next line
            elif title:
                block.append(ContentsEntry(None, title, line, printed=False))
            block_lines.add(line.index)
            in_toc = True
            continue
        if len(loose) >= _COLUMN_RUN and not any(e.number for e in block) and _column_title(cleaned):
            # "Sag nr. Side" / "79." "80." ... / "Meddelelser" "Drøftelse af ...": a contents table whose
            # number column a text layer read apart from its title column; a title wrapped onto the next
            # line goes on in lower case
            if block and cleaned[:1].islower():
                block[-1].title = f"{block[-1].title} {cleaned}"
            else:
                block.append(ContentsEntry(None, _title_from(cleaned), line, printed=False))
            block_lines.add(line.index)
            continue
        group = _CONTENTS_GROUP.match(cleaned)
        if group and block:  # "Åbne" ... "Lukkede": the list goes on under its next group heading
            closed_from = len(block) if group["closed"] else closed_from
            block_lines.add(line.index)
            continue
        if _PAGE.match(cleaned) or (not block and skipped < 3 and len(cleaned) < 60):
            skipped += 1  # "Side", a page number, the body and date printed under the heading
            block_lines.add(line.index)
            continue
        previous = _previous_text(lines, line.index)
        if (
            block
            and previous is not None
            and block[-1].line.index == previous.index
            and sum(e.line.index == previous.index for e in block) == 1
            and (heading_kind(cleaned) in _ITEM_SECTIONS or _ITEM_LABEL.match(cleaned))
        ):
            # "1. Godkendelse af dagsorden" then "Beslutning i ..." or "Sagsnummer": an item heading,
            # not an entry
            block_lines.discard(block.pop().line.index)
        elif _wrapped_title(cleaned, block, previous, lines, line):
            # "217 Forslag til Kommuneplantillæg ... ved" / "Vesterbrogade i Gilleleje - godkendelse ...":
            # the title wrapped onto the next line, and the list goes on after it
            block[-1].title = f"{block[-1].title} {cleaned}"
            block_lines.add(line.index)
            continue
        close()
    close()
    flush_tab_run()
    if segmented and not entries:
        # a flattened page of titles with every number lost ("2 Deltagerfortegnelse Godkendelse af
        # referat Siden sidst Meddelelser ...")
        for line in lines:
            if line.start > _CONTENTS_REACH:
                break  # a contents page is at the front of the document
            cleaned = line.clean
            if len(cleaned) < 150 or _SENTENCE_BREAK.search(_ABBREVIATION.sub("", cleaned)):
                continue
            run = re.sub(r"^\d{1,3}\s+|\s+(?:SIDE|Side)\s+\d+(?:\s+af\s+\d+)?$", "", cleaned)
            pieces = split_title_run(_CONTENTS_LEAD.sub("", run, count=1))
            # the labels over the titles ("DAGSORDEN:", "Sager til beslutning:") are dropped from the
            # pieces; a colon or a sentence left in them is prose, not a contents list
            words = " ".join(pieces)
            if words.count(":") > 1 or _SENTENCE_BREAK.search(_ABBREVIATION.sub("", words)):
                continue
            if _FRONT_PAGE.search(cleaned) or len(_PARTY_LETTER.findall(cleaned)) >= 2:
                continue  # a front page's members ("Mødedeltagere: Ole Find Jensen (A) John ... (V)"), no titles
            if looks_like_contents(pieces):
                entries.extend(_run_entry(piece, line) for piece in pieces)
                inside.add(line.index)
    return inside, entries


# A contents table whose cells a PDF text layer put each on its own line: "Pkt." "Tekst" "Side", then
# per entry its number, its title (wrapped over lines) and its page ("1" / "Høring Sydtrafik budget
# 2016" / "4" / "2" / ...); page furniture (the date, the page number, the body) may stand between rows.
_CELL_LABELS = {"pkt.", "pkt", "punkt", "tekst", "side", "sag nr.", "sag nr", "nr.", "indhold", "titel", "sidetal"}
_CELL_NUMBER = re.compile(r"(\d{1,3})\.?")
_CELL_PAGE = re.compile(r"\d{1,3}")
_DATE_ALONE = re.compile(r"(?i)\d{1,2}\.\s*[a-zæøå]+\.?\s+\d{4}|\d{1,2}[.\-/]\d{1,2}[.\-/]\d{2,4}")
_CELL_REACH = 8  # lines between one row and the next (a page break's footer and header)
_CELL_TITLE_LINES = 4


def _cell_table(lines: list[Line], start: int) -> tuple[list[ContentsEntry], set[int]] | None:
    """The entries of a contents table read cell by cell from line ``start`` (after its heading), and
    the lines it spans: rows whose numbers follow each other and whose pages never go back, three
    rows at least; else None."""
    entries: list[ContentsEntry] = []
    used: set[int] = set()
    closed = False
    k, end = start, len(lines)
    while k < end and k < start + _CELL_REACH:  # the column labels and the first group heading
        cleaned = lines[k].clean.strip()
        group = _CONTENTS_GROUP.match(cleaned)
        if cleaned and cleaned.lower() not in _CELL_LABELS and group is None:
            break
        closed = closed or bool(group and group["closed"])
        k += 1
    if k >= end or _CELL_NUMBER.fullmatch(lines[k].clean.strip()) is None:
        return None
    last_number = last_page = 0
    while k < end:
        number_at, reach = None, k + (1 if not entries else _CELL_REACH)
        for j in range(k, min(end, reach)):
            cleaned = lines[j].clean.strip()
            group = _CONTENTS_GROUP.match(cleaned)
            if group is not None:
                closed = bool(group["closed"])
                continue
            number = _CELL_NUMBER.fullmatch(cleaned)
            if number is not None and (not entries or int(number[1]) == last_number + 1):
                number_at = j
                break
        if number_at is None:
            break
        title: list[str] = []
        page = None
        title_line = lines[number_at]
        for t in range(number_at + 1, min(end, number_at + 1 + _CELL_TITLE_LINES + 2)):
            cleaned = lines[t].clean.strip()
            if _CELL_PAGE.fullmatch(cleaned):
                page = int(cleaned)
                break
            if cleaned and not _DATE_ALONE.fullmatch(cleaned):
                title.append(cleaned)
                title_line = lines[t]
        if page is None or not title or len(title) > _CELL_TITLE_LINES or page < last_page:
            break
        last_number, last_page = int(lines[number_at].clean.strip().rstrip(".")), page
        # the entry stands on its title's last line: the item's heading is looked for after it
        entry = ContentsEntry(str(last_number), _title_from(" ".join(title)), title_line, public=not closed)
        entries.append(entry)
        used.update(range(start, t + 1))
        k = t + 1
    return (entries, used) if len(entries) >= 3 else None


def _wrapped_title(
    cleaned: str, block: list[ContentsEntry], previous: Line | None, lines: list[Line], line: Line
) -> bool:
    """A line that continues the title of the entry above it: short, no heading or label, the entry's
    title not closed by a full stop, and the next line an entry that continues the numbers."""
    if not block or previous is None or block[-1].line.index != previous.index or not block[-1].number:
        return False
    if len(cleaned) > _ONE_TITLE or _is_heading(cleaned) or _ITEM_LABEL.match(cleaned) or cleaned.endswith((":", ".")):
        return False  # a heading, a label or a sentence ("Referatet blev godkendt.") is the item's text
    if _SENTENCE_BREAK.search(cleaned):
        return False
    if block[-1].title.rstrip().endswith((".", ":", ")")) or not block[-1].number.isdigit():
        return False
    following = _next_text(lines, line.index, reach=3)
    entry = _PLAIN.match(following.clean) or _BARE.match(following.clean) if following is not None else None
    return entry is not None and int(block[-1].number) < int(entry["num"]) <= int(block[-1].number) + 3


def _next_entry(cleaned: str, line: Line, block: list[ContentsEntry]) -> Candidate | None:
    """A contents entry whose title holds a full stop ("456. Ekspropriation. Cykelbaner langs ..."),
    when its number follows the entry before it: in a list, the number says it is the next entry."""
    match = _BARE.match(cleaned)
    last = block[-1].number if block else None
    if match is None or last is None or not last.isdigit() or int(match["num"]) != int(last) + 1:
        return None
    if len(cleaned) > _ONE_TITLE + 30 or match["title"].rstrip().endswith((",", ";", ":")):
        return None
    return Candidate(str(int(match["num"])), match["title"], line, explicit=False)


def _next_number_follows(lines: list[Line], index: int, number: str) -> bool:
    """Whether the next line opens with the number after ``number``: no title's number was lost between."""
    following = _next_text(lines, index, reach=2)
    head = re.match(r"(\d{1,3})\.?\s", following.clean) if following is not None else None
    return head is not None and number.isdigit() and int(head[1]) == int(number) + 1


_COLUMN_NUMBER = re.compile(r"\d{1,3}(?:\.\d{1,2})?\.")
_COLUMN_NUMBER_LENGTH = 7  # "123.45." at most
_COLUMN_RUN = 3  # numbers alone on their lines, one after another, before a column of titles


def _column_title(cleaned: str) -> bool:
    """A line of a contents table's title column: short, not a heading, a label or a page number."""
    return (
        bool(cleaned)
        and len(cleaned) <= _ONE_TITLE
        and not _is_heading(cleaned)
        and not _PAGE.match(cleaned)
        and not cleaned.endswith(":")
        and not _NOT_ENTRY.match(cleaned)
    )


def _number_column(block: list[ContentsEntry], loose: list[Line]) -> bool:
    """A contents list whose numbers a PDF text layer read as a column apart from its titles ("1.",
    "1.1.", "2.", then the titles with their dotted leaders): the numbers in number order go to the
    unnumbered titles in their order, when there are enough of them for every title. Whether they did."""
    numbers = [line.clean.rstrip(".") for line in loose]
    if len(block) < 3 or len(numbers) < len(block) or len(set(numbers)) < len(numbers):
        return False
    if any(entry.number for entry in block):
        return False
    for entry, number in zip(block, sorted(numbers, key=_number_key), strict=False):
        entry.number, entry.printed = number, True
    return True


def _run_pieces(text: str) -> list[str]:
    """Titles run together in a flattened contents list; a dotted leader ("del...5") ends one whole,
    unless the text before it is too long for one title (the leader ends only the last of several:
    "Godkendelse af dagsorden Orientering fra formanden ... Eventuelt...19")."""
    pieces: list[str] = []
    for part in re.split(r"(?<=\.\.\.)\s*\d{1,3}\b", text):
        if re.search(r"\.{3,}$", part.strip()) and len(part.strip()) <= _ONE_TITLE:
            pieces.append(part.strip())
        else:
            pieces.extend(split_title_run(part))
    return [p for p in pieces if p.strip(" .") and not p.strip(" .").isdigit()]  # "... 5 2": page numbers


def _run_entry(piece: str, line: Line) -> ContentsEntry:
    numbered = re.match(r"^(\d{1,3})\.\s+(\S.*)$", piece)
    if numbered:
        return ContentsEntry(numbered[1], numbered[2], line)
    return ContentsEntry(None, piece, line, printed=False)


def _repeated_runs(candidates: list[Candidate], lines: list[Line]) -> set[int]:
    """Runs of 3+ numbered lines with only blank lines between, all repeated later: a TOC. An
    excerpt may end before the later ones: a run whose first entry comes again later under the same
    title, and whose every entry that comes again does so under its own title, is one too."""
    toc: set[int] = set()
    run: list[Candidate] = []

    def flush() -> None:
        if len(run) >= 3:
            last = run[-1].line.index
            later_all = [c for c in candidates if c.line.index > last]
            later = {c.number for c in later_all}
            once = Counter(c.number for c in later_all)
            titled = {c.number: c.title for c in later_all if once[c.number] == 1}
            same = [c.number in titled and _same_title(c.title, _title_from(titled[c.number])) for c in run]
            if all(c.number in later for c in run) or (
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


def _select(candidates: list[Candidate], toc_numbers: set[str]) -> list[Candidate]:
    explicit = [c for c in candidates if c.explicit]
    pool = explicit if len(explicit) >= max(1, len(candidates) // 3) else candidates
    chosen: list[Candidate] = []
    seen: set[str] = set()
    last: tuple[int, ...] = (0,)
    tops = {c.number for c in pool if "." not in c.number}
    inner: Candidate | None = None  # the last point of a list inside an item's text ("1. Orientering fra …")
    for candidate in pool:
        number = _number_key(candidate.number)
        if "." in candidate.number and candidate.number.split(".")[0] not in tops:
            continue  # "2.1 Baggrund" without an item 2: a numbered section, not a sub-item
        if _inner_point(candidate, chosen, inner):
            # "2. Orientering fra udvalgsmedlemmer" then "1. Orientering fra udvalgsformanden", "2. …", "3. …" in
            # its text: the points of a list that starts again from 1 under another title are the item's own
            inner = candidate
            continue
        inner = None
        if candidate.number in seen:
            continue
        if toc_numbers and len(toc_numbers) >= 2:
            if candidate.number not in toc_numbers and number <= last:
                continue
        elif number <= last:
            continue
        chosen.append(candidate)
        seen.add(candidate.number)
        last = max(last, number)
    return chosen


def _inner_point(candidate: Candidate, chosen: list[Candidate], inner: Candidate | None) -> bool:
    """Whether a candidate is a point of a numbered list inside the last chosen item's text: a "1." whose
    title is not item 1's (not the item repeated after a contents list), or the point after the last one
    on the very next line (the next item's heading after a list of attachments stands apart)."""
    if not chosen or not candidate.number.isdigit():
        return False
    number = int(candidate.number)
    if number == 1:
        first = next((c for c in chosen if c.number == "1"), None)
        return first is not None and first is not chosen[-1] and not _same_title(first.title, candidate.title)
    return inner is not None and number == int(inner.number) + 1 and candidate.line.index == inner.line.index + 1


@lru_cache(maxsize=4096)
def _clean_title(raw: str) -> tuple[str, bool, str]:
    """(title, public, remainder): drops Lukket markers, a presenter and an inline indstilling."""
    mark = _MARK.match(clean(raw))
    title = _title_from(raw)
    remainder = ""
    split = _INLINE_INDSTILLING.search(title)
    if split:
        title, remainder = title[: split.start()], title[split.end() :]
    public = not (mark and (mark["mark"] or mark["bare"]).lower().startswith("lukket"))
    closed = _CLOSED_PREFIX.match(title)
    if closed:
        title, public = closed["rest"], False
    elif _CLOSED_LINE.match(title):
        public = False
    elif _CLOSED_SUFFIX.search(title):
        title, public = _CLOSED_SUFFIX.sub("", title), False
    title = _PRESENTER.sub("", title).strip(" *_:-–")
    return title, public, remainder


def _title_above(candidate: Candidate, lines: list[Line]) -> Line | None:
    """For "Sag nr. 130" with no title of its own: the short line above, when the line below is a
    heading (so it cannot be the title) or the line above is set apart from the text before it."""
    above = _previous_text(lines, candidate.line.index)
    if above is None:
        return None
    cleaned = above.clean
    if (
        not cleaned
        or len(cleaned) > 200
        or cleaned.endswith((".", ":", ","))
        or _is_heading(cleaned)
        or _EXPLICIT.match(cleaned)
    ):
        return None
    below = _next_text(lines, candidate.line.index)
    if below is not None and not _is_heading(below.clean) and not IMPLICIT_INDSTILLING.match(below.clean):
        return None
    return above


def _headed(line: Line, lines: list[Line], last: str) -> Candidate | None:
    """An item title holding a full stop ("2. Forskellige cirkulærer og meddelelser. Orientering ved
    borgmesteren"), when a section heading follows on the next line and it continues the numbers."""
    cleaned = line.clean
    match = _BARE.match(cleaned)
    if match is None or len(cleaned) > 120 or not last.isdigit() or int(match["num"]) != int(last) + 1:
        return None
    title = match["title"].rstrip()
    if not _SENTENCE_BREAK.search(title) or title.endswith((",", ";")) or _LEADS_IN.search(title):
        return None  # only the titles _candidate refers for their full stop; never a recommendation
    following = _next_text(lines, line.index)
    if following is None or heading_kind(following.clean) is None:
        return None
    return Candidate(str(int(match["num"])), match["title"], line, explicit=False)


# "44/09 Orientering": the case's running number and year, over its case label ("J. nr Dato: ...")
_YEAR_NUMBERED = re.compile(r"^(?P<num>\d{1,3}/\d{2})\s+(?P<title>[A-ZÆØÅ][\wæøå].{0,150})$")


def _year_numbered(line: Line, lines: list[Line]) -> Candidate | None:
    """An item numbered by its running number and year ("44/09 Orientering"), when a case label or a
    section heading follows its title line (a date "12/09" opening a sentence has neither below it)."""
    match = _YEAR_NUMBERED.match(line.clean)
    if match is None or _SENTENCE_BREAK.search(match["title"]):
        return None
    below = _next_text(lines, line.index, reach=3)
    if below is None or not (_ITEM_LABEL.match(below.clean) or _opens_item_text(below.clean)):
        return None
    return Candidate(match["num"], match["title"], line, explicit=True)


def _over_case_label(line: Line, lines: list[Line]) -> Candidate | None:
    """ "36 Besøg i Den historiske Miniby" over "Sagsnr.: Sagen afgøres i: ...": a number and title with
    no full stop, the case label on the next line (a flattened page cut before the label)."""
    match = _PLAIN.match(line.clean)
    if match is None or len(line.clean) > _ONE_TITLE or _SENTENCE_BREAK.search(match["title"]):
        return None
    below = _next_text(lines, line.index, reach=2)
    if below is None or not _CASE_LABEL_FIRST.match(below.clean):
        return None
    return Candidate(str(int(match["num"])), match["title"], line, explicit=False)


_PARENTHESISED = re.compile(r"^(?P<num>\d{1,3})\)\s+(?P<title>[A-ZÆØÅ][\wæøå].{2,150})$")


def _parenthesised(line: Line, lines: list[Line]) -> Candidate | None:
    """ "1) Godkendelse af dagsorden" over a section heading or a case label: an item, where "1) at ..."
    in a recommendation is a sub-point."""
    match = _PARENTHESISED.match(line.clean)
    if match is None or _SENTENCE_BREAK.search(match["title"]):
        return None
    below = _next_text(lines, line.index, reach=3)
    if below is None or not (_opens_item_text(below.clean) or _ITEM_LABEL.match(below.clean)):
        return None
    return Candidate(str(int(match["num"])), match["title"], line, explicit=False)


def _listed_between(line: Line, lines: list[Line], last: Candidate) -> Candidate | None:
    """A list entry holding a full stop ("4. Behandling af indkomne forslag. Ingen forslag modtaget")
    between the entries numbered one below and one above it, with nothing but blank lines between."""
    cleaned = line.clean
    match = _BARE.match(cleaned)
    if match is None or len(cleaned) > 250 or not last.number.isdigit() or int(match["num"]) != int(last.number) + 1:
        return None
    above = _previous_text(lines, line.index)
    below = _next_text(lines, line.index, reach=3)
    if above is None or above.index != last.line.index or below is None:
        return None
    following = _BARE.match(below.clean)
    if following is None or int(following["num"]) != int(match["num"]) + 1 or _LEADS_IN.match(match["title"]):
        return None
    return Candidate(str(int(match["num"])), match["title"], line, explicit=False)


def _number_above_title(line: Line, lines: list[Line]) -> Candidate | None:
    """A number alone on its line ("3.") with the title on the next (a table's number and title cells)."""
    cleaned = line.clean
    number = _NUMBER_ALONE.fullmatch(cleaned) if 1 < len(cleaned) < 5 else None
    # "  • 1" / "    Spørgetid 1" / "    Sagsid.:": a portal's bulleted number over the title and its case label
    bare = _BARE_NUMBER.fullmatch(cleaned) if number is None and _BULLET.match(line.text) else None
    number = number or bare
    if number is None or int(number[1]) == 0:
        return None
    below = _next_text(lines, line.index, reach=2)
    if below is None:
        return None
    if bare is not None:
        label = _next_text(lines, below.index, reach=2)
        if label is None or not (_ITEM_LABEL.match(label.clean) or _opens_item_text(label.clean)):
            return None
    title = below.clean
    if (
        not re.match(r"[A-ZÆØÅ\"“„«]", title)
        or len(title) > 200
        or re.search(r"\.{3,}", title)
        or _is_heading(title)
        or _SENTENCE_BREAK.search(title)
        or title.endswith((",", ";", ":"))
        or _HEADER_LABEL.match(title)
    ):
        return None
    return Candidate(number[1], title, line, explicit=False)


def _plain_sequence(lines: list[Line], segmented: set[int]) -> set[int]:
    """Lines "N Titel" (no dot or colon) whose number has a neighbour (N - 1 or N + 1) in the same
    form: a numbered list of items, not a sentence that starts with a number. In flattened text, where
    every page starts with its page number, only the segments cut before a number ("åbent 1 Stefan
    Agger ... åbent 2 Årsberetning ...": a run of bare numbers, whatever heading stands over it)."""
    found: dict[int, list[int]] = {}
    for line in lines:
        if segmented and line.index not in segmented:
            continue
        cleaned = line.clean
        if not cleaned[:1].isdigit() or (len(cleaned) > 150 and not segmented):
            continue  # a segment runs on to the next cut: the last entry of a list holds the text after it
        match = _PLAIN.match(cleaned)
        if match and re.match(r"[A-ZÆØÅ][a-zæøå]{2,}", match["title"]):
            found.setdefault(int(match["num"]), []).append(line.index)
    return {i for n, at in found.items() if n - 1 in found or n + 1 in found for i in at}


def _unnumbered(lines: list[Line], skip: set[int]) -> list[Candidate]:
    """Items with no number: a short line set apart from the text before it (or given after a
    "Beslutningstema" label) and followed by Beslutning, Resumé, Indstilling or Sagsfremstilling."""
    found: list[Candidate] = []
    for line in lines:
        cleaned = line.clean
        if line.index in skip or not cleaned or len(cleaned) > 160 or cleaned[:1].isdigit():
            continue
        key = cleaned.lower().rstrip(":").strip()
        if _is_heading(cleaned) or key in _TOC_HEADINGS or key in _TITLE_LABELS or cleaned.endswith((":", ",")):
            continue
        if re.match(r"^[\w.\-]{1,20}\s*:", cleaned):  # "Sagsid.: 18/3241", a label with its value
            continue
        if _CHROME.match(cleaned) or _ITEM_LABEL.match(cleaned) or _ROUTE.match(cleaned):
            continue
        below = _next_text(lines, line.index, reach=3)
        while below is not None and (
            _CHROME.match(below.clean) or _ITEM_LABEL.match(below.clean) or _ROUTE.match(below.clean)
        ):
            # "Se alle bilag", "Sagsnr. 299835 ... Åbent punkt", a route grid's cells (empty ones between)
            below = _next_text(lines, below.index, reach=8 if _ROUTE.match(below.clean) else 3)
        if below is None or not _opens_item_text(below.clean):
            continue
        above = lines[line.index - 1] if line.index > 0 else None
        labelled = above is not None and above.clean.lower().rstrip(":") in _TITLE_LABELS
        set_apart = above is None or not above.text.strip() or bool(_CHROME.match(above.clean))
        if not (labelled or (set_apart and not _SENTENCE_BREAK.search(cleaned) and not cleaned.endswith("."))):
            continue
        found.append(Candidate(str(len(found) + 1), cleaned, line, explicit=False))
    return found


def _opens_item_text(cleaned: str) -> bool:
    """A main heading under an item's title: Beslutning (also dated), Resumé, Indstilling, ..."""
    key = cleaned.lower().rstrip(":").strip()
    if key in _ITEM_HEADINGS:
        return True
    kind = heading_kind(cleaned)
    return key != "referat" and kind in ("beslutning", "resume", "indstilling", "sagsfremstilling", "anledning")


def _number_key(number: str) -> tuple[int, ...]:
    """The number's sort key: 12 -> (12,), 3.1 -> (3, 1), 2b -> (2, 2) (a lettered item after its number)."""
    digits = tuple(int(part) for part in re.findall(r"\d+", number)) or (0,)
    letter = re.search(r"(?<=[\d.])[a-h]$", number)
    return (*digits, ord(letter[0]) - ord("a") + 1) if letter else digits


def find_items(text: str, lines: list[Line], body_start: int = 0) -> tuple[list[AgendaItem], list[str]]:
    """The agenda items in number order, and notes about anything odd."""
    notes: list[str] = []
    lines, segmented = resegment(lines)
    toc_index, toc_entries = _contents(lines, segmented)
    candidates: list[Candidate] = []
    in_table = False
    sequenced = _plain_sequence(lines, segmented)
    for line in lines:
        candidate = None
        if line.start >= body_start and line.index not in toc_index:
            # every form but the explicit, coded and access-first ones opens with the item's number; the
            # line before is read only for those (_candidate reads it only for a line opening with a digit)
            numbered = line.clean[:1].isdigit()
            previous = _previous_text(lines, line.index) if numbered or "<" in line.clean else None
            candidate = _candidate(line, previous, line.index in segmented, in_table or line.index in sequenced)
            if candidate is None and numbered:
                candidate = _number_above_title(line, lines)
                if candidate is None and candidates:
                    candidate = _headed(line, lines, candidates[-1].number) or _listed_between(
                        line, lines, candidates[-1]
                    )
                if candidate is None:
                    candidate = (
                        _parenthesised(line, lines) or _year_numbered(line, lines) or _over_case_label(line, lines)
                    )
            if candidate is not None:
                candidates.append(candidate)
        if stripped := line.text.strip():
            header = stripped[:1] in "pP" and _TABLE_HEADER.match(stripped) is not None  # "Punkt Indhold", "Pkt. Tekst"
            in_table = header or (in_table and candidate is not None)
    bare_runs = _repeated_runs([c for c in candidates if not c.explicit], lines)
    bare_runs |= _repeated_runs([c for c in candidates if c.explicit], lines)  # "Punkt 1: ..." listed first
    for candidate in candidates:
        if candidate.line.index in bare_runs:
            toc_entries.append(ContentsEntry(candidate.number, _title_from(candidate.title), candidate.line))
    candidates = [c for c in candidates if c.line.index not in bare_runs]
    agenda_list = _listed_before_ad_items(candidates)
    toc_entries.extend(ContentsEntry(c.number, _title_from(c.title), c.line) for c in agenda_list)
    in_list = {c.line.index for c in agenda_list}
    candidates = [c for c in candidates if c.line.index not in in_list]
    toc_numbered = {e.number: e.title for e in toc_entries if e.number}
    chosen = _select(candidates, set(toc_numbered))
    if not chosen:
        chosen = _unnumbered(lines, toc_index)
    for candidate in chosen:
        if candidate.explicit and not _title_from(candidate.title) and not _AD_ITEM.match(candidate.line.clean):
            candidate.title_line = _title_above(candidate, lines)
    items: list[AgendaItem] = []
    for position, candidate in enumerate(chosen):
        if position + 1 < len(chosen):
            following = chosen[position + 1]
            end = (following.title_line or following.line).start
        else:
            end = len(text)
        items.append(_build_item(candidate, text, lines, end, toc_numbered))
    items.extend(_located(_from_contents(toc_entries, items, lines), items, text, lines))
    if not chosen and toc_entries:
        notes.append("no item bodies found; items taken from the table of contents")
    elif any(i.from_contents for i in items):
        listed = ", ".join(i.number for i in items if i.from_contents)
        notes.append(f"table of contents lists items not found in the text: {listed}")
    return sorted(items, key=lambda item: (_number_key(item.number), item.start)), notes


def _listed_before_ad_items(candidates: list[Candidate]) -> list[Candidate]:
    """The agenda listed ("1. Valg af dirigent", "2. Bestyrelsens beretning", ...) before items headed
    "Ad pkt. 1:", "Ad pkt. 2:" with no title of their own: a contents list that gives their titles."""
    first_ad = next((k for k, c in enumerate(candidates) if c.explicit and _AD_ITEM.match(c.line.clean)), None)
    if first_ad is None:
        return []
    before = [c for c in candidates[:first_ad] if not c.explicit]
    return before if len(before) >= 2 else []


def _same_title(a: str, b: str) -> bool:
    x, y = (" ".join(_clean_title(t)[0].lower().split()) for t in (a, b))
    return bool(x) and bool(y) and (x == y or (min(len(x), len(y)) >= 12 and (x.startswith(y) or y.startswith(x))))


def _bullet_contents(lines: list[Line], items: list[AgendaItem]) -> list[ContentsEntry]:
    """A bullet list of 3+ short lines before the items whose first entries are the items' titles."""
    if not items:
        return []
    first = min(item.start for item in items)
    runs: list[list[Line]] = [[]]
    for line in lines:
        if line.start >= first:
            break
        cleaned = line.clean
        if re.match(r"^\s*[-•·*–]\s+\S", line.text) and 0 < len(cleaned) <= 200:
            runs[-1].append(line)
        elif line.text.strip():
            runs.append([])
    titles = [item.title for item in items]
    for run in runs:
        # the list may follow other bullets (a flattened page's participants): it opens at the first title
        opening = next((k for k, line in enumerate(run) if _same_title(line.clean, titles[0])), None)
        if opening is None or len(run) - opening < 3:
            continue
        run = run[opening:]
        matched = sum(any(_same_title(line.clean, t) for t in titles) for line in run)
        if matched >= min(2, len(items)):
            return [ContentsEntry(None, _title_from(line.clean), line, printed=False) for line in run]
    return []


def _from_contents(entries: list[ContentsEntry], items: list[AgendaItem], lines: list[Line]) -> list[AgendaItem]:
    """Contents entries whose item is not in the text, as items marked from_contents."""
    entries = entries or _bullet_contents(lines, items)
    if items:  # a contents list comes before the items; a numbered table inside an item is not one
        first = min(item.start for item in items)
        entries = [e for e in entries if e.line.start < first]
    numbers = {item.number for item in items}
    titles = [item.title for item in items]
    out: list[AgendaItem] = []
    # an unnumbered entry takes the number its place implies when numbered entries or the items
    # anchor the list (entry k after an entry numbered n is n + k), else its place in the list
    entries = [e for e in entries if e.printed or not _NOT_ENTRY.match(e.title)]
    printed = [int(e.number) for e in entries if e.number and e.printed and e.number.isdigit()]
    anchor: tuple[int, int] | None = None
    for position, entry in enumerate(entries):
        if entry.number:
            anchor = (position, int(entry.number)) if entry.number.isdigit() else anchor
            continue
        match = next((i for i in items if _same_title(i.title, entry.title)), None)
        if match is not None and match.number.isdigit():
            anchor = (position, int(match.number))
            continue
        implied = anchor[1] + position - anchor[0] if anchor else position + 1
        later = [n for n in printed if anchor is None or n > anchor[1]]
        clash = str(implied) in numbers or (later and implied >= min(later))
        entry.number, entry.printed = (None if clash else str(implied)), False
    taken = set(numbers) | {e.number for e in entries if e.number and e.printed}
    for entry in entries:
        if entry.number and entry.number in numbers:
            continue
        if any(_same_title(entry.title, t) for t in titles):
            continue
        if not entry.title or (not entry.printed and _NOT_ENTRY.match(entry.title)):
            continue  # "Underskriftsside", "Bilagsliste": a contents entry, not an item
        number = entry.number if entry.printed or entry.number not in taken else None
        if number is None:  # no number can be implied: the next free one
            number = str(max((int(n) for n in taken if n.isdigit()), default=0) + 1)
        taken.add(number)
        title, public, _ = _clean_title(entry.title)
        public = public and entry.public
        out.append(
            AgendaItem(
                number=number,
                title=title,
                public=public,
                start=entry.line.start,
                end=entry.line.end,
                from_contents=True,
            )
        )
    return out


# What follows an item's title where its text begins: a case label, a section heading, a KLE number
_BODY_OPENS = re.compile(
    r"\s*(?:Sagsnr|Sagsnummer|Sagsid|Sags?\s?nr|Dok\.?\s?nr|J\.\s?nr|Journalnr|Sagsfremstilling|Resum|Indstilling|Beslutning"
    r"|Sagsforløb|\d{2}\.\d{2}\.\d{2})"
)
_LOCATABLE = 15  # a shorter title ("Eventuelt", "Meddelelser") is too common to look for
_LOCATED_ALONE = 25  # a title this long is its item's heading wherever it stands


def _located(listed: list[AgendaItem], items: list[AgendaItem], text: str, lines: list[Line]) -> list[AgendaItem]:
    """Contents-only items whose title stands again after the contents, where a flattened page lost
    the item's number ("Erhvervsudvalget Godkendelse af dagsorden Sagsnr.: 14/ ..."): the item's
    text runs from there to the next item's."""
    if not listed:
        return listed
    after = max(item.end for item in listed)
    spans = [(item.start, item.end) for item in items]
    found: dict[int, int] = {}  # listed position -> where its title stands
    for position, item in enumerate(listed):
        if len(item.title) < _LOCATABLE:
            continue
        match = find_words(text, item.title.split(), after)
        if match is None or any(a <= match[0] < b for a, b in spans):
            continue
        if len(item.title) < _LOCATED_ALONE and not _BODY_OPENS.match(text, match[1]):
            continue
        found[position] = match[0]
    if not found:
        return listed
    starts = sorted({*found.values(), *(item.start for item in items if item.start > after)})
    out = []
    for position, item in enumerate(listed):
        start = found.get(position)
        if start is None:
            out.append(item)
            continue
        end = next((s for s in starts if s > start), len(text))
        # the item's sections, from the lines after the one its title stands on
        body = [line for line in lines if start < line.start < end]
        located = {"start": start, "end": len(text[:end].rstrip()), "from_contents": False}
        out.append(item.model_copy(update={**located, "sections": build_sections(body, text, end, item.title)}))
    return out


def _build_item(candidate: Candidate, text: str, lines: list[Line], end: int, toc: dict[str, str]) -> AgendaItem:
    title, public, remainder = _clean_title(candidate.title)
    last = bisect_left(lines, end, key=lambda line: line.start)  # lines are sorted by start
    body_lines = lines[candidate.line.index + 1 : last]
    if not title and candidate.title_line is not None:
        title, public_from_line, _ = _clean_title(candidate.title_line.clean)
        public = public and public_from_line
    if not title and candidate.number in toc and _AD_ITEM.match(candidate.line.clean):
        title = _clean_title(toc[candidate.number])[0]  # "Ad pkt. 2:" under a listed agenda
    if not title:
        # "Sag nr. 130" on its own line: the title is the next line that is not a heading.
        for line in body_lines:
            cleaned = line.clean
            if cleaned:
                if not _is_heading(cleaned) and not IMPLICIT_INDSTILLING.match(cleaned):
                    title, public_from_line, _ = _clean_title(cleaned)
                    public = public and public_from_line
                    body_lines = [b for b in body_lines if b.index > line.index]
                break
    if not title and candidate.number in toc:
        title = toc[candidate.number]
    listed = toc.get(candidate.number, "")
    if len(listed) >= 12 and len(title) > len(listed) and title.startswith(listed):
        title = listed  # the contents' title, where a flattened page ran the item's text on after it
    for line in body_lines[:12]:
        cleaned = line.clean
        if _CLOSED_LINE.match(cleaned):
            public = False
        elif _OPEN_LINE.match(cleaned):
            break
    if remainder:
        # "9. Titel v. NN *Det indstilles, at ...*": the rest of the title line is the indstilling.
        offset = candidate.line.text.find(remainder[:20])
        if offset >= 0:
            head_line = Line(candidate.line.text[offset:], candidate.line.start + offset, candidate.line.index)
            body_lines = [head_line, *body_lines]
    start = (candidate.title_line or candidate.line).start
    item_text = text[start:end]
    numbers = find_item_numbers(item_text.replace("**", "").replace("__", ""))
    sections = build_sections(body_lines, text, end, title)
    return AgendaItem(
        number=candidate.number,
        title=title,
        public=public,
        case_numbers=numbers.case_numbers,
        journal_number=numbers.journal_number,
        document_number=numbers.document_number,
        sections=sections,
        start=start,
        end=len(text[:end].rstrip()),
    )
