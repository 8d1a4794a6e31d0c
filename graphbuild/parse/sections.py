"""Sections of an agenda item under the shared Danish headings."""

from __future__ import annotations

import re

from graphbuild.models import Section
from graphbuild.parse.dates import find_date
from graphbuild.parse.lines import Line
from graphbuild.vocab.kept_answers import kept_for_short_texts
from graphbuild.vocab.near import CASE_BLIND_LOOKALIKES

# heading (lower case, without a trailing colon) -> canonical kind
HEADINGS: dict[str, str] = {
    "sagsfremstilling": "sagsfremstilling", "supplerende sagsfremstilling": "sagsfremstilling",
    "sagens baggrund": "sagsfremstilling", "baggrund": "sagsfremstilling",
    "sagsbeskrivelse": "sagsfremstilling", "beskrivelse": "sagsfremstilling",
    "sagsfremstilling og økonomi": "sagsfremstilling",
    "problemstilling": "sagsfremstilling",
    "indstilling": "indstilling", "indstillinger": "indstilling", "forslag til beslutning": "indstilling",
    "administrationens indstilling": "indstilling", "forvaltningens indstilling": "indstilling",
    "direktionens indstilling": "indstilling", "direktørens indstilling": "indstilling",
    "beslutning": "beslutning", "beslutninger": "beslutning", "afgørelse": "beslutning",
    "udvalgets beslutning": "beslutning", "byrådets beslutning": "beslutning",
    "kommunalbestyrelsens beslutning": "beslutning", "referat": "beslutning",
    "beslutning/referat": "beslutning", "referat/beslutning": "beslutning", "protokol": "beslutning",
    "beslutningsprotokol": "beslutning", "protokollat": "beslutning", "udvalgets afgørelse": "beslutning",
    "bilag": "bilag", "bilagsliste": "bilag", "bilagsfortegnelse": "bilag", "vedlagte bilag": "bilag",
    "økonomi": "oekonomi", "økonomiske konsekvenser": "oekonomi", "økonomisk konsekvens": "oekonomi",
    "økonomiske og personalemæssige konsekvenser": "oekonomi", "økonomi og finansiering": "oekonomi",
    "bevillingsmæssige konsekvenser": "oekonomi", "finansiering": "oekonomi",
    "lovgrundlag": "lovgrundlag", "retsgrundlag": "lovgrundlag", "hjemmel": "lovgrundlag",
    "lovhjemmel": "lovgrundlag", "juridiske forhold": "lovgrundlag",
    "anledning": "anledning",
    "resume": "resume", "resumé": "resume", "resume og sagens baggrund": "resume",
    "sammenfatning": "resume", "kort fortalt": "resume", "sagsresumé": "resume", "sagsresume": "resume",
    "sagens kerne": "resume", "beslutningstema": "resume",
    "behandling": "behandling", "tidligere behandling": "behandling", "videre behandling": "behandling",
    "tidligere beslutninger": "behandling", "tidligere politisk behandling": "behandling",
    "sagsforløb": "behandling", "sagens forløb": "behandling", "historik": "behandling",
    "beslutningspunkter": "indstilling", "indstilling til beslutning": "indstilling",
    "beslutning/protokol": "beslutning", "mødets beslutning": "beslutning",
    "vedtagelse": "beslutning", "vedtagelser": "beslutning", "udvalgets vedtagelse": "beslutning",
    "beslutning på mødet": "beslutning", "beslutning fra mødet": "beslutning", "beslutninger fra mødet": "beslutning",
    "sagstype": "sagstype",
    "høring": "other", "kommunikation": "other", "beslutningskompetence": "other",
    "tidsplan": "other", "konsekvenser": "other", "bæredygtighed": "other", "borgerinddragelse": "other",
    "personalemæssige konsekvenser": "other", "miljømæssige konsekvenser": "other",
    "sagen afgøres af": "other", "fraværende": "other", "handicappolitiske konsekvenser": "other",
}  # fmt: skip

# A heading word followed by its text on the same line: "Beslutning: Godkendt."
_INLINE_HEADING = re.compile(
    r"(?i)^(?P<head>indstilling(?:er)?|beslutning|afgørelse|vedtagelse|bilag|sagstype|behandling|lovgrundlag"
    r"|økonomi|beslutningskompetence|sagen afgøres af)\s*:\s*(?P<rest>\S.*)$"
)
# "Direktionens møde den 22. februar 2021:", "Beslutning i Byrådet den 29-01-2020",
# "Økonomiudvalget den 3. marts 2021:" -- a body's dated decision heading.
_DATED_DECISION = re.compile(
    r"(?i)^(?:beslutning\b.*|(?:afgørelse|vedtagelse)\s+i\s.*|[A-ZÆØÅ][\w\-æøå]*(?:s)?\s+møde\b.*|[A-ZÆØÅ][\w\-æøå]+\s+(?:den|d\.)\s.*)$"
)
# (each blank run read once, possessive: its callers ask only whether it matches. After "til" the old `\s+[^,]{1,60}`
# could end inside the blanks, which reads on as their end does where there are two blanks or more, hence the
# lookbehind; as `\s*[,;:]?\s*` after "indstiller" a run of blanks was split every way, a hang at 4,000)
IMPLICIT_INDSTILLING = re.compile(
    r"(?i)^(?:det\s+indstilles\b|[\wæøåÆØÅ\-. ]{2,60}?\s++indstiller\b"
    r"(?:\s++til\s++(?:(?<=\s\s)|[^,]{1,60}))?\s*+(?:[,;:]\s*+)?(?:at\b|$))"
)


# "Kultur- og Idrætsudvalget, 03-04-2019, pkt. 42", "Økonomiudvalget, 18. september 2019, pkt. 153:"
_BODY_DATE_PKT = re.compile(
    r"^[A-ZÆØÅ][\w\-æøå]*(?:\s+(?:og|for|i|[A-ZÆØÅ][\w\-æøå]*))*,\s*[^,]{6,30},\s*(?:pkt|punkt)\.?\s*\d{1,4}\s*:?$"
)


# "Beslutning i Byrådet", "Beslutning Økonomiudvalget", "Økonomiudvalgets beslutning den 3. marts 2021":
# a body's decision, named with or without its date
_BODY_WORD = (
    r"(?=[A-ZÆØÅ])[\w\-æøå]*(?i:udvalg|råd|bestyrelse|magistrat|forum|direktion|kreds|netværk|repræsentation|kkr)"
)
_BODY_DECISION = re.compile(
    rf"^(?:(?:[Bb]eslutning|[Aa]fgørelse|[Vv]edtagelse)\s+(?:i\s+)?{_BODY_WORD}[\wæøå]*(?:\s+(?:og|for)\s+[\wæøå\-]+|\s+[A-ZÆØÅ][\wæøå\-]+)*"
    rf"|{_BODY_WORD}[\wæøå]*s\s+(?:beslutning|afgørelse)(?:\s+(?:den|d\.)\s+.{{6,30}})?)\s*:?$"
)


# A body's name as decision headings print it, compounds included: "Teknik- og Miljøudvalgets", "Børne-, Unge- og
# Familieudvalget", "Udvalget for Teknik og Miljø", "Teknisk Udvalgs", "Sundheds- og Forebyggelsesudvalgets"
_NAMED_BODY = (
    r"(?:[A-ZÆØÅ][\wæøå]*-(?:,?\s+[\wæøå]+-)*\s+og\s+[\wæøå\-]*?|(?=[A-ZÆØÅ])[\wæøå\-]*?|[A-ZÆØÅ][\wæøå]*\s+)"
    r"(?i:udvalg|råd|bestyrelse|kommission|magistrat|forum|direktion|kreds|netværk|repræsentation|kkr)[\wæøå]*"
    r"|Udvalget\s+for\s+[A-ZÆØÅ][\wæøå\-]*(?:,?\s+(?:og\s+)?[A-ZÆØÅ][\wæøå\-]*)*"
)
# "Teknik- og Miljøudvalgets beslutning den 3. marts 2021", "Social- og Sundhedsudvalgets beslutning:", "Teknisk
# Udvalgs afgørelse" (dated or not); "Teknik- og Miljøudvalget den 3. maj 2021:", "Udvalget for Teknik og Miljø, 3. maj
# 2021:", "Teknisk Udvalg - 3. maj 2021:", "Økonomiudvalget 3. maj 2021:" (dated, with a colon)
_NAMED_BODY_DECISION = re.compile(
    rf"^(?:{_NAMED_BODY})(?:s\s+(?:beslutning|afgørelse)(?:\s+(?:den|d\.))?(?P<day1>\s+[^:]{{6,30}})?\s*:?"
    rf"|(?:\s+(?:den|d\.)\s+|,\s*|\s+[-–]\s+|\s+(?=\d))(?P<day2>[^:]{{6,30}}):)$"
)
# "Beslutning i Børne- og Skoleudvalget", "Afgørelse i Kultur-, Fritids- og Idrætsudvalget": a compound body's name
# after the heading's noun, undated
_DECISION_IN_NAMED_BODY = re.compile(rf"^(?:[Bb]eslutning|[Aa]fgørelse|[Vv]edtagelse)\s+i\s+(?:{_NAMED_BODY})\s*:?$")
# "Arbejdsmarked, Erhverv og Turisme, 6. januar 2020, pkt. 125:": a body with no body word, its date and point
_LISTED_BODY_DATE_PKT = re.compile(
    r"^[A-ZÆØÅ][\wæøå\-]*(?:,?\s+(?:og\s+)?[A-ZÆØÅ][\wæøå\-]*){0,5},\s*(?P<day>[^,]{6,30}),\s*(?:pkt|punkt)\.?\s*\d{1,4}\s*:?$"
)


# The case's history under a heading that says its decisions or handling came before this meeting's: "Tidligere
# beslutning", "Tidligere behandlinger", "Sagens tidligere behandling", "Udvalgets tidligere beslutning",
# "Forudgående behandling", "Tidligere beslutning i Økonomiudvalget" (lower case; no decision of this meeting)
_EARLIER_HANDLING = re.compile(
    r"^(?:[\wæøå\-]+s\s+)?(?:tidligere|forudgående)\s+(?:politiske?\s+)?(?:beslutning|behandling|vedtagelse)(?:er)?"
    r"(?:\s+(?:i|af|på)\s+[\wæøå\-]+(?:\s+[\wæøå\-]+){0,4})?$"
)


def _named_body_decision(text: str) -> bool:
    """A decision heading naming its body (compound names too), with the date where it names one."""
    match = _NAMED_BODY_DECISION.match(text)
    if match is None:
        listed = _LISTED_BODY_DATE_PKT.match(text)
        return listed is not None and find_date(listed["day"]) is not None
    day = match["day1"] or match["day2"]
    return day is None or find_date(day) is not None


# items, contents and sections ask about the same lines: a short one's answer is kept
_KEPT = 160


# the small words a body's name and a date keep in lower case ("Børne- og Skoleudvalget den 3. maj 2021")
_LOWER_WORDS = frozenset(
    {"og", "for", "i", "den", "d.", "af", "til", "med", "pkt.", "punkt", "beslutning", "afgørelse"}
)


def uncapped(text: str) -> str:
    """An all-caps line ("BESLUTNING I BØRNE- OG SKOLEUDVALGET DEN 3. MAJ 2021") in the case the heading patterns
    read: each word capitalised but the small words after the first; any other line as it is."""
    if not text.isupper():
        return text
    words = text.lower().split(" ")
    return " ".join(w if k and w in _LOWER_WORDS else w.capitalize() for k, w in enumerate(words))


# the body words of _BODY_WORD and _NAMED_BODY (lower case): one of them stands in every match of the patterns
# that name a body; the four letters a case-blind pattern also reads as "i", "s" or "k" keep the patterns asked
_BODY_WORDS = (
    "udvalg", "råd", "bestyrelse", "kommission", "magistrat", "forum", "direktion", "kreds", "netværk",
    "repræsentation", "kkr",
)  # fmt: skip


_LOOKALIKE = re.compile(f"[{''.join(map(re.escape, CASE_BLIND_LOOKALIKES))}]")  # each a single character


def _may_name_a_body(key: str, text: str) -> bool:
    """Whether the line (``key`` its lower case, before ``uncapped``) may match a pattern that names a body."""
    # a plain loop and one scan, not any() over two generators: asked of every line no heading table holds, a
    # generator costs more than the substring tests
    for word in _BODY_WORDS:
        if word in key:
            return True
    return _LOOKALIKE.search(text) is not None


@kept_for_short_texts(_KEPT)
def heading_kind(text: str) -> str | None:
    """The canonical kind if a cleaned line is a section heading on its own, else None."""
    core = text.strip().rstrip(":").strip()
    if not core or len(core) > 100:
        return None  # lower-casing never shortens a text: a long line is no heading, lower-cased or not
    key = core.lower()
    if len(key) > 100:
        return None
    if key in HEADINGS:
        return HEADINGS[key]
    if ("tidligere" in key or "forudgående" in key) and _EARLIER_HANDLING.match(key):
        return "behandling"  # the case's history: "Tidligere beslutning", "Sagens tidligere behandling"
    # the decision patterns each need a body's word or a point's: a line with neither is spared them
    bodied = _may_name_a_body(key, text)
    text = uncapped(text)
    stripped = text.strip()
    pointed = "pkt" in stripped or "punkt" in stripped
    if pointed and _BODY_DATE_PKT.match(stripped) and find_date(text) is not None:
        return "beslutning"
    if bodied and (_BODY_DECISION.match(stripped) or _DECISION_IN_NAMED_BODY.match(stripped)):
        return "beslutning"
    if (bodied or pointed) and _named_body_decision(stripped):
        return "beslutning"
    # "Beslutning i Byrådet den 29-01-2020", "Afgørelse i Økonomiudvalget den 3. maj 2019" (no colon needed)
    dated = text.rstrip().endswith(":") or key.startswith(("beslutning", "afgørelse i ", "vedtagelse i "))
    if dated and _DATED_DECISION.match(stripped) and find_date(text) is not None:
        return "beslutning"
    return None


# Any decision heading of the table with its text after the colon: "Udvalgets beslutning: Udsat.", "Protokol: Godkendt."
_ANY_INLINE_HEADING = re.compile(r"^(?P<head>[^\W\d][\w/ ]{2,40}?)\s*:\s*(?P<rest>\S.*)$")


@kept_for_short_texts(_KEPT)  # as heading_kind: items, contents and sections ask about the same lines
def inline_heading(text: str) -> tuple[str, str, int] | None:
    """("Beslutning", kind, offset of the text after the colon) for "Beslutning: Godkendt."; the decision headings of
    the table in any of their words ("Udvalgets beslutning: Udsat.", "Protokol: Godkendt.")."""
    match = _INLINE_HEADING.match(text)
    if match is None:
        match = _ANY_INLINE_HEADING.match(text) if ":" in text[:45] else None
        if match is None or HEADINGS.get(match["head"].strip().lower()) != "beslutning":
            return None
    key = match["head"].lower()
    return match["head"], HEADINGS.get(key, "other"), match.start("rest")


# A decision that opens with what it did to the recommendation: "(Indstilling) følges.", "godkendt", "tiltrådt"
_VERDICT_START = re.compile(r"^(?:følges|fulgt|godkend\w*|tiltr\w+|vedtaget|anbefales)\b")


def _verdict_follows(lines: list[Line], k: int) -> bool:
    """The next non-empty line after line k opens with a verdict on the recommendation."""
    following = next((line.clean for line in lines[k + 1 :] if line.clean), "")
    return bool(_VERDICT_START.match(following))


# "Økonomiudvalget den 3. maj 2021: Anbefales.": a body's dated decision heading with the decision on its line
_HEAD_AND_REST = re.compile(r"^(?P<head>[^:]{3,100}:)\s+(?P<rest>[^\d\s].*)$")


def named_decision_inline(text: str) -> tuple[str, str] | None:
    """(heading with its colon, decision) where a line opens with a body's dated decision heading and holds
    the decision after it."""
    match = _HEAD_AND_REST.match(text)
    if match is None:
        return None
    head = match["head"]
    if head.lower().startswith("beslutning"):
        if head.strip().lower() == "beslutning:":
            # "BESLUTNING: Kommunalbestyrelsen den 31-03-2022: Godkendt.": the bare word over a body's dated heading,
            # both with the decision on one line, is that heading; a bare "Beslutning: Godkendt." is the inline
            # heading's
            inner = named_decision_inline(match["rest"])
            return (text[: match.start("rest")] + inner[0], inner[1]) if inner is not None else None
        # "Beslutning i Byrådet den 29-01-2020: Godkendt"
        dated = heading_kind.read(head) == "beslutning"
        return (head, match["rest"]) if dated and find_date(head) is not None else None
    named = uncapped(head[:-1]) + ":"
    pointed = "pkt" in named or "punkt" in named
    if not _may_name_a_body(head.lower(), head) and not pointed:
        return None  # neither pattern can match without a body's or a point's word
    if pointed and _BODY_DATE_PKT.match(named) and find_date(head) is not None:
        return head, match["rest"]  # "Det Lokale Beskæftigelsesråd i Roskilde, 10-03-2014, pkt. 14: Godkendt."
    if not _NAMED_BODY_DECISION.match(named) and not _LISTED_BODY_DATE_PKT.match(named):
        return None
    if not _named_body_decision(named) or find_date(head) is None:
        return None  # named and dated: an undated "Social- og Sundhedsudvalgets beslutning: …" is prose
    return head, match["rest"]


# "Teknisk Udvalg, 11.12.2017", "Skoleudvalget den 8. september 2015.", "Økonomiudvalget, 3. maj 2019, pkt. 42",
# "Teknisk Udvalg - 11.12.2017": a body's name and a date alone on a line, no colon (a page header or a history list
# prints the same shape)
_NAMED_BODY_DATED_LINE = re.compile(
    rf"^(?:{_NAMED_BODY})(?:\s+(?:den|d\.)\s+|,\s*|\s+[-–]\s+|\s+(?=\d))(?P<day>[^:,]{{6,30}}?)(?:,\s*(?:pkt|punkt)\.?\s*\d{{1,4}})?\.?$"
)
# what a decision opens with: a verdict form, or the body's verb of deciding ("Økonomiudvalget tiltrådte …")
_DECISION_OPENING = re.compile(
    r"(?i)^(?:[\wæøå\-]+(?:\s+og\s+[\wæøå\-]+)?\s+)?(?:godkend|anbefal|tiltr|vedta|taget\s+til|tog\s+\w+\s+til|til\s+(?:efterretning"
    r"|orientering)|udsat|udsættes|drøftet|drøftede|oversend|ikke\s+(?:godkend|tiltr|anbefal)|afvist|afslået|forkastet"
    r"|som\s+indstillet|indstillingen\s+(?:følges|blev\s+fulgt|godkend|tiltr|anbefal|vedta))"
)
# a line of who was absent between the heading and the decision ("Hanne Sørensen var fraværende", "Afbud: …")
_ABSENCE_LINE = re.compile(r"(?i)\b(?:fraværende|afbud|deltog\s+ikke|ikke\s+til\s+stede)\b")


def _dated_body_heading(lines: list[Line], k: int) -> bool:
    """Line k is a body's name and a date alone, and the decision follows it: its next non-empty line (after at
    most one line of who was absent) opens with a verdict; a page header or a history entry is followed by other
    text."""
    match = _NAMED_BODY_DATED_LINE.match(uncapped(lines[k].clean))
    if match is None or find_date(match["day"]) is None:
        return False
    following = [line.clean for line in lines[k + 1 : k + 8] if line.clean][:2]
    if following and _ABSENCE_LINE.search(following[0]) and not _DECISION_OPENING.match(following[0]):
        following = following[1:]
    return bool(following) and heading_kind(following[0]) is None and bool(_DECISION_OPENING.match(following[0]))


def build_sections(lines: list[Line], doc_text: str, item_end: int, title: str) -> list[Section]:
    """Split an item's body lines into sections; text before the first heading is the preamble.

    In the preamble an agenda's "Det indstilles, at ..." (or "X indstiller, at ...") opens an
    indstilling section. A repeat of the item title ends the section before it.
    """
    title_key = title.lower()
    title_room = len(title_key)  # how long a repeat of the title may be (lower-casing never shortens a line)
    opened: list[tuple[str, str, int, int]] = []  # heading, kind, text start, heading start
    last_kind: str | None = None  # the kind of the last one opened ("" a title's repeat), None before the first

    ends: list[int] = []

    def close_at(position: int) -> None:
        if len(ends) < len(opened):
            ends.append(position)

    seen_heading = False
    for k, line in enumerate(lines):
        cleaned = line.clean
        if not cleaned:
            continue
        # a line of more than 100 characters with no colon is no heading of any form (``heading_kind`` reads at most
        # 100 characters before a colon, every inline and named heading has a colon) and ends in no date's digit
        # that counts: only a repeat of the title or an implicit indstilling may start there
        if len(cleaned) <= 100 or ":" in cleaned:
            in_history = last_kind == "behandling"  # "Sagsforløb" lists earlier bodies' decisions
            named = named_decision_inline(cleaned) if ": " in cleaned and not in_history else None
            if named is not None:  # checked first: the whole line would read as a dated heading
                close_at(line.start)
                head = named[0]
                rest_offset = line.text.find(":", line.text.find(head[:-1]) + len(head) - 1) + 1
                opened.append((head.rstrip(":").strip(), "beslutning", line.start + rest_offset, line.start))
                last_kind = "beslutning"
                seen_heading = True
                continue
            kind = heading_kind(cleaned)
            # a cheap test before the patterns: a short line ending in a date's (or a point's) digit, a full stop
            # after it
            if kind is None and not in_history and len(cleaned) <= 100 and cleaned.rstrip(".")[-1:].isdigit():
                kind = "beslutning" if _dated_body_heading(lines, k) else None
            if kind == "indstilling" and last_kind == "beslutning" and _verdict_follows(lines, k):
                kind = None  # "Beslutning … Indstilling / følges.": a flattened page cut the decision at its first word
            if kind is not None:
                close_at(line.start)
                opened.append((cleaned.rstrip(":").strip(), kind, line.end, line.start))
                last_kind = kind
                seen_heading = True
                continue
            inline = inline_heading(cleaned) if ":" in cleaned else None  # each form of it has a colon
            if inline is not None:
                close_at(line.start)
                head, kind, _ = inline
                rest_offset = line.text.lower().find(":", line.text.lower().find(head.lower())) + 1
                opened.append((head, kind, line.start + rest_offset, line.start))
                last_kind = kind
                seen_heading = True
                continue
        if title_key and opened and len(cleaned.rstrip(":")) <= title_room and cleaned.lower().rstrip(":") == title_key:
            close_at(line.start)
            opened.append(("", "", line.end, line.start))  # placeholder, dropped below
            last_kind = ""
            continue
        if not seen_heading and IMPLICIT_INDSTILLING.match(cleaned):
            close_at(line.start)
            opened.append(("Indstilling", "indstilling", line.start, line.start))
            last_kind = "indstilling"
            seen_heading = True
    close_at(item_end)
    sections: list[Section] = []
    for (heading, kind, text_start, _), end in zip(opened, ends, strict=True):
        if not kind:
            continue
        start = min(text_start, end)
        body = doc_text[start:end].strip()
        if body:
            start = doc_text.index(body, start)
        sections.append(Section(heading=heading, kind=kind, text=body, start=start, end=start + len(body)))
    return sections
