"""The meeting header: kind, body, time, place, publication date and municipality."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime

from graphbuild.models import MeetingKind, MunicipalityRef
from graphbuild.parse.body_names import BodyPhrase, body_phrases, despace
from graphbuild.parse.dates import (
    DateMatch,
    at_time,
    find_date,
    find_dates,
    find_times,
    parse_datetime_range,
    yearless_weekday_date,
)
from graphbuild.parse.former_municipalities import FormerMunicipality, before_reform, named_former
from graphbuild.parse.lines import Line, split_lines
from graphbuild.vocab.bodies import BODY_ABBREVIATIONS
from graphbuild.vocab.gazetteer import is_cross_municipal, is_municipal_body, lookup_alias
from graphbuild.vocab.municipality_names import NamedMunicipality, municipality_named, named_municipalities
from graphbuild.vocab.near import search_near
from graphbuild.vocab.reference import MunicipalityInfo

# Long names a body's header uses, mapped to the short name its members use.
BODY_ALIASES = {
    "kommunaldirektørnetværket i den midtjyske region": "KD-Net",
    "kommunaldirektørnetværket": "KD-Net",
    "kommunekontaktrådet": "KKR",
}
_FIELD = re.compile(r"(?i)^[\s*_#]*(?P<label>[A-ZÆØÅa-zæøå .\-]{2,40}?)[\s*_]*(?::|\t|\s{2,})\s*(?P<value>.*)$")
_LABEL_KEYS: dict[str, tuple[str, ...]] = {  # in order of preference
    "body": ("udvalg", "organ", "mødeforum", "forum", "råd", "bestyrelse", "komité"),
    "date": ("mødedato", "møde dato", "dato", "mødedag", "tid og sted", "mødetidspunkt", "tidspunkt",
             "starttidspunkt", "start", "mødestart", "møde start", "tid"),
    "end": ("sluttidspunkt", "slut", "mødeslut", "møde slut"),
    "location": ("mødested", "sted", "lokale", "mødelokale", "adresse", "lokation", "tid og sted"),
    "published": ("udgivet", "offentliggjort", "publiceret", "udsendt"),
}  # fmt: skip
_KIND_WORDS = re.compile(r"(?i)\b((?:beslutnings|møde)?referat|beslutningsprotokol|protokol|dagsorden)\b")
_BODY_AFTER_KIND = re.compile(
    r"(?i)^(?:referat|dagsorden|beslutningsprotokol)\s*(?:fra|for|til|af)?\s*(?:(?:det\s+)?møde(?:t)?\s+i\s+)?"
    r"(?P<body>[A-ZÆØÅa-zæøå][\wæøåÆØÅ\- ]*?)\s*(?:[-–,]|\s+(?:d\.|den)\s*\d|\s+(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\b|\s+\d|$)"  # noqa: E501
)
_BODY_BEFORE_KIND = re.compile(
    r"(?i)^(?P<body>[A-ZÆØÅ][\wæøåÆØÅ\- ]*?)\s*[-–:|]\s*(?:referat|dagsorden|beslutningsprotokol)\b"
)
_MEETING_IN = re.compile(
    r"(?i)\bmøde\s+i\s+(?P<body>[\wæøåÆØÅ\-]+(?:\s+[\wæøåÆØÅ\-]+){0,6}?)"
    r"(?=\s+(?:den|d\.)\s*\d|\s+(?:mandag|tirsdag|onsdag|torsdag|fredag)\b|\s*$|\s*[,\-–])"
)
_POSTCODE = re.compile(r"\b\d{4}\s+[A-ZÆØÅ]")


@dataclass
class Header:
    kind: MeetingKind | None = None
    body: str | None = None
    municipality: MunicipalityRef | None = None
    start: datetime | None = None
    end: datetime | None = None
    location: str | None = None
    published: date | None = None


def _fields(lines: list[Line]) -> dict[str, list[str]]:
    """Labelled header fields, "Label: value", "Label<TAB>value" or "LABEL" with the value below.

    "Mødedato Tirsdag d. 06. april 2021" (label and value split by one space) is a weaker reading,
    kept after every colon-labelled value of the same label.
    """
    out: dict[str, list[str]] = {}
    weak: dict[str, list[str]] = {}
    nonblank = [line for line in lines if line.text.strip()]
    texts = [line.text.replace("**", "").replace("__", "").strip().strip("*_# ") for line in nonblank]
    labels = [_is_label(text) for text in texts]
    for position, line in enumerate(nonblank):
        text = texts[position]
        key = text.rstrip(":").strip().lower()
        if labels[position]:
            # "Dato:" / "Sted:" / "23-02-2015 kl. 10:00" / "Bispebjerg Hospital": a column of labels, then
            # their values in the same order; an empty label never takes the next label's line.
            top = position
            while top > 0 and labels[top - 1]:
                top -= 1
            last = position
            while last + 1 < len(labels) and labels[last + 1]:
                last += 1
            value_at = last + 1 + (position - top)
            if value_at < len(nonblank) and not labels[value_at] and not any(labels[last + 1 : value_at]):
                out.setdefault(key, []).append(nonblank[value_at].text.strip())
            continue
        else:
            match = _FIELD.match(text)
            if match is None:
                first, _, rest = text.partition(" ")
                if rest and not rest.rstrip().endswith("."):
                    weak.setdefault(first.lower(), []).append(rest)
                continue
            else:
                key, value_lines = match["label"].strip().lower(), [match["value"]]
            # A field's value may continue on the following lines ("Tid og sted: ..., \n Scandic ...").
            next_index = line.index + 1
            for follow in lines[next_index : next_index + 3]:
                if not follow.text.strip() or (_FIELD.match(follow.text.strip()) and ":" in follow.text):
                    break
                value_lines.append(follow.text.strip())
        out.setdefault(key, []).append("\n".join(v for v in value_lines if v))
    for key, values in weak.items():
        out.setdefault(key, []).extend(values)
    return out


_EMPTY_LABEL = re.compile(r"^[A-ZÆØÅa-zæøå][\wæøå .\-/]{1,30}:$")


def _is_label(text: str) -> bool:
    """A line that is only a label: a known one ("STARTTIDSPUNKT", "Dato") or any "Word:"."""
    key = text.rstrip(":").strip().lower()
    return any(key in keys for keys in _LABEL_KEYS.values()) or bool(_EMPTY_LABEL.match(text))


def _first(fields: dict[str, list[str]], group: str) -> str | None:
    for key in _LABEL_KEYS[group]:
        for value in fields.get(key, []):
            if value.strip():
                return value
    return None


_YEARLESS_REACH = 600  # the header's first characters, where a yearless meeting day stands
_YEAR_REACH = 20000  # the text whose years are counted to date it
_PUBLICATION = re.compile(
    r"(?i)\b(?:udgivet|opdateret|offentliggjort|offentliggørelse|publiceret|publiceringsdato|udskrevet|udskriftsdato|"
    r"printet|oprettet|ændret|genereret|post(?:ed)? on|views|senest|downloaded|hentet|published|updated)\b"
)


# "ENDELIGT referat Udsendt 3. maj 2013", "Udsendelsesdato: 10-05-2002": the day the minutes were sent out
_SENT_BEFORE = re.compile(r"(?i)\b(?:udsendt|udsendelsesdato)\b(?:\s+den)?\s*:?\s*$")


def _labelled_date(fields: dict[str, list[str]]) -> tuple[datetime | None, datetime | None]:
    """The first date-labelled field that holds a date ("Mødedato" before "Mødetidspunkt: 12:30")."""
    for key in _LABEL_KEYS["date"]:
        for value in fields.get(key, []):
            start, end = parse_datetime_range(value)
            if start is not None:
                return start, end
    return None, None


# "15. juni 2010 Referat fra møde i Regionskontaktudvalget (REKU) den 31. maj 2010": the date a
# meeting is said to be held on, before a date the line opens with (when the minutes were written)
_MEETING_ON_REACH = 300  # the head of a line (a flattened page's first words)
_MEETING_ON = re.compile(r"(?i)møde(?:t)?\b[^.\n]{0,80}?\b(?:den|d\.)\s*$")  # also "bestyrelsesmøde i … den"


def _meeting_date_first(text: str) -> list[DateMatch]:
    found = find_dates(text)
    said = [
        d
        for d in found
        if d.start < _MEETING_ON_REACH
        and _MEETING_ON.search(text[max(0, d.start - 100) : d.start])
        and "godkend" not in text[max(0, d.start - 100) : d.start].lower()  # an earlier meeting's minutes
    ]
    return said[:1] + [d for d in found if d not in said[:1]]


def _unlabelled_date(lines: list[Line], text: str, lines_only: bool = False) -> tuple[datetime | None, datetime | None]:
    """The header's first date that is not a publication date ("Udgivet 06.10.2023", "12.09.2013 Views");
    unless ``lines_only``, when the lines before the first item hold none, the document's first 1,500
    characters."""
    for top in (lines,) if lines_only else (lines, split_lines(text[:1500])):
        for position, line in enumerate(top):
            for found in _meeting_date_first(line.text):
                near = line.text[max(0, found.start - 40) : found.end + 15]
                if _PUBLICATION.search(near) or _SENT_BEFORE.search(line.text[max(0, found.start - 30) : found.start]):
                    continue  # a publication, print or dispatch date, not the meeting's
                following = "\n".join(other.text for other in top[position : position + 3])
                return parse_datetime_range(following[found.start : len(line.text) + 80])
    return None, None


def _location_from(value: str, has_date: bool) -> str | None:
    """The place in a field value; after a date and time ("Tid og sted") only the address part."""
    if has_date:
        parts = [p.strip() for p in re.split(r",|\n", value)]
        kept: list[str] = []
        for part in parts:
            if (
                not part
                or find_date(part)
                or re.search(r"(?i)\bkl\.|\d[:.]\d\d", part)
                or re.match(r"(?i)^(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\b", part)
            ):
                if kept:
                    break
                continue
            kept.append(part)
            if _POSTCODE.search(part):
                break
        if kept and not _POSTCODE.search(", ".join(kept)):
            kept = kept[:1]
        return ", ".join(kept) or None
    first_line = value.split("\n")[0].strip(" ,.")
    return first_line or None


_KIND_BEFORE = re.compile(  # also "Ordinært møde Økonomiudvalget"
    r"(?i)(?:\b(?:referat|dagsorden|beslutningsprotokol|protokol)\b\.?[^\n.:]{0,30}|\bmødet?\s+i\s+|"
    r"\b(?:udvalg|organ|mødeforum|forum)\s*:?\s*|\b(?:ordinært|ekstraordinært)\s+møde\s+)$"
)
_KIND_AFTER = re.compile(r"(?i)^\s*(?:[-–:|•.]\s*)?(?:referat|dagsorden|beslutningsprotokol|ordinært|ekstraordinært)\b")
_BEFORE_DATE = re.compile(
    r"(?i)^\s*[,–-]?\s*(?:(?:den|d\.)\s*)?(?:(?:man|tirs|ons|tors|fre|lør|søn)dag\s*,?\s*)?(?:(?:den|d\.)\s*)?"
)
_MUNICIPALITY_BEFORE = re.compile(r"(?i)^[\W\d]*[\w-]+?s?\s+kommunes?\s*[-–—:|,]?\s*$")  # "Næstved Kommune - "
_LEAD = re.compile(r"^[\s\d.\-–|•*#]*$")  # a line's lead before its body: page numbers, "14-17 ", bullets
# a head word alone that names no body ("Titel Udvalg Funktioner", a column heading)
_BARE_HEADS = {"udvalg", "udvalget", "udvalgene", "råd", "rådet", "forum", "gruppe", "nævn", "netværk"}
_BODY_MEETING = re.compile(r"(?i)\b(?P<stem>bestyrelse|byråd|kommunalbestyrelse|repræsentantskab)s?møde\b")
# The body a meeting word names, in the definite form a body's name takes
_DEFINITE = {"bestyrelse": "Bestyrelsen", "byråd": "Byrådet", "kommunalbestyrelse": "Kommunalbestyrelsen",
             "repræsentantskab": "Repræsentantskabet"}  # fmt: skip
# "Ref. INN Den 9. marts 2009 Referat af bestyrelsesmøde i Nationalpark Thy": the document names the
# meeting it records, wherever in the line
_KIND_OF_MEETING = re.compile(r"(?i)\b(?:referat|dagsorden|(?:beslutnings)?protokol)\.?\s+(?:fra|for|til|af)\s+$")
_HELD = re.compile(r"(?i)\b(?:afholdes|afholdtes|holdes|holdtes)\s+(?:et\s+)?(?:(?:ordinært|ekstraordinært)\s+)?$")
_MEETING_LEAD = re.compile(
    r"(?i)^[\s\d.\-–|•*#]*(?:(?:referat|dagsorden|(?:beslutnings)?protokol)\.?(?:\s+(?:fra|for|til|af))?\s+)?$"
)
# "Ældrerådsmøde", "Handicaprådsmøde", "Integrationsrådsmøde": a council's meeting, named by one word
_COUNCIL_MEETING = re.compile(r"\b(?P<stem>[A-ZÆØÅ][a-zæøå]{2,}råd)s?møde\b")
# "... hos Nordjyllands Trafikselskab", "... i Midttrafik": whose board or council it is
_WHOSE = re.compile(
    r"^\s+(?P<prep>i|hos|for)\s+(?P<org>(?:(?!(?:Referat|Dagsorden|Beslutningsprotokol|Tid|Sted|Dato|Kl)\b)"
    r"(?:[A-ZÆØÅ][\wæøå&/-]*|I/S|A/S)(?:\.?\s+|\.?$)){1,4})"
)
_NOT_BODY = {"møde", "mødet", "referat", "dagsorden", "for", "fra", "dato", "tid", "sted", "punkter", "indhold"}


def _dated_after(after: str) -> bool:
    lead = _BEFORE_DATE.match(after)
    found = find_date(after[:60])
    return found is not None and lead is not None and found.start <= lead.end()


_BREADCRUMB_BEFORE = re.compile(r"[>›»/]\s*$")
_SEGMENT_END = re.compile(r"^\s*(?:$|[>›»/|])")
_LISTING_BEFORE = re.compile(r"(?i)\b(?:dagsordener|referater)\b(?:\s+og\s+\w+)?\s+(?:for|fra|i|[-–:])\s*$")


def _strong(line: str, phrase: BodyPhrase) -> bool:
    """Whether the line names ``phrase`` as the meeting's body: after "Referat"/"møde i"/"Udvalg:",
    before "- Referat" or the date, or as the line's first words."""
    before, after = line[: phrase.start], line[phrase.end :]
    if re.search(r"[a-zæøå][A-ZÆØÅ]", phrase.name) or phrase.name.lower() in _BARE_HEADS:
        return False  # "SagsfremstillingUdvalget" (glued words), a bare "Udvalg" column heading
    if _KIND_BEFORE.search(before[-60:]) or _MUNICIPALITY_BEFORE.match(before):
        return True
    if not phrase.name[0].isupper():
        return False
    if phrase.genitive:
        return bool(_LEAD.match(before))
    if _BREADCRUMB_BEFORE.search(before) and _SEGMENT_END.match(after):
        return True  # "Forside > Politik > Dagsordener og referater > Kultur- og Idrætsudvalget"
    if _LISTING_BEFORE.search(before[-60:]):
        return True  # "Dagsordener og referater for Økonomiudvalget"
    return bool(_LEAD.match(before) or _KIND_AFTER.match(after) or _dated_after(after))


def _field_body(fields: dict[str, list[str]]) -> tuple[str, bool] | None:
    """The labelled field's body, and whether it was read by a body's head word."""
    value = _first(fields, "body")
    if not value:
        return None
    first_line = re.sub(r"^\d+\s*[-–]\s*\d+\s+", "", value.split("\n")[0].strip())  # "14-17 Byrådet": the term
    phrases = [p for p in body_phrases(first_line) if p.name.lower() not in _BARE_HEADS]
    if phrases:
        return _canonical(phrases[0].name), True
    return (first_line, False) if _plausible(first_line) else None


def _plausible(candidate: str) -> bool:
    """A name that was not found by its head word: capitalised, short, no digits, not a label."""
    words = candidate.split()
    return (
        bool(words)
        and candidate[0].isupper()
        and len(words) <= 5
        and not re.search(r"\d", candidate)
        and candidate.lower() not in _NOT_BODY
        and not any(candidate.lower() in keys for keys in _LABEL_KEYS.values())
    )


def _canonical(name: str) -> str:
    return BODY_ALIASES.get(name.lower(), name)


# "Social og sundheds møde": a committee named by its areas, in the genitive, before "møde"
_AREAS_MEETING = re.compile(
    r"^(?:(?:referat|dagsorden)\s+(?:fra|for|af)?\s*)?(?P<areas>[A-ZÆØÅ][a-zæøå]+(?:-?,\s+[a-zæøå]+)*-?\s+og\s+[a-zæøå]+?)s\s+"
    r"møde\b",
    re.IGNORECASE,
)


def header_body(lines: list[Line]) -> str | None:
    """The body the header's first lines name, by the lexicon of body names, or a committee named by
    its areas ("Social og sundheds møde" is Social og sundhed's)."""
    nonblank = [line for line in lines if line.clean][:30]
    for line in nonblank:
        text = line.clean[:400]
        areas = _AREAS_MEETING.match(text)
        if areas and areas["areas"][:1].isupper():
            return areas["areas"]
        for phrase in body_phrases(text):
            if _strong(despace(text), phrase):
                return _canonical(phrase.name)
        council = _COUNCIL_MEETING.search(text)
        if council and _MEETING_LEAD.match(text[: council.start()]) and council["stem"].lower() != "byråd":
            return f"{council['stem']}et"
        meeting = _BODY_MEETING.search(text)
        lead = text[: meeting.start()] if meeting else ""
        # "Det meddeles herved, at der afholdes ordinært kommunalbestyrelsesmøde tirsdag den 13. november"
        if meeting and (_MEETING_LEAD.match(lead) or _HELD.search(lead) or _KIND_OF_MEETING.search(lead)):
            # "Bestyrelsesmøde 29. januar 2016", "Referat Bestyrelsesmøde hos NT den ..."
            whose = _WHOSE.match(text[meeting.end() :])
            if whose is None:
                return meeting["stem"].capitalize()
            return f"{_DEFINITE[meeting['stem'].lower()]} {whose['prep']} {whose['org'].strip().rstrip('.')}"
    return None


_DECISION_BEFORE = re.compile(
    r"(?i)(?:\bbeslutning(?:\s+i)?|\bdagsorden(?:en)?\s+(?:til|for)\s+(?:dagens\s+)?møde(?:t)?\s+i)\s+$"
)
_APPROVES_AGENDA = re.compile(r"(?i)^\s+(?:godkender|godkendte)\s+dagsorden")
_DECIDED_IN = re.compile(r"(?i)^\s+beslutning\s+i\s+mødet")


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
            if re.search(r"[a-zæøå][A-ZÆØÅ]", phrase.name) or phrase.name.lower() in _BARE_HEADS:
                continue
            before, after = line[: phrase.start], line[phrase.end :]
            weight = 0
            approves = bool(re.search(r"(?i)\bat\s+$", before) and _APPROVES_AGENDA.match(after))
            if phrase.genitive:
                weight = 3 if _DECIDED_IN.match(after) else 0
            elif _DECISION_BEFORE.search(before[-60:]) or approves:
                weight = 3
            if _dated_after(after) and not phrase.genitive:
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
    return _canonical(names[key]) if weight >= 2 else None


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
            phrases = [p for p in body_phrases(who) if p.name.lower() not in _BARE_HEADS]
            body = _canonical(phrases[0].name) if phrases and phrases[0].name[:1].isupper() else None
        return body, found.value
    return None


def date_from_decisions(text: str, body: str) -> date | None:
    """The date this body's decision headings carry most often ("Beslutning i Byrådet den 26-01-2015",
    "Byrådet, 22.11.2016"), when the header has none."""
    days: Counter[date] = Counter()
    pattern = re.compile(rf"(?i)(?<![\w-]){re.escape(body)}(?![\w-])")
    for match in pattern.finditer(text[:30000]):
        after = text[match.end() : match.end() + 60]
        found = find_date(after)
        lead = _BEFORE_DATE.match(after)
        prefix = text[text.rfind("\n", 0, match.start()) + 1 : match.start()]
        heading = _LEAD.match(prefix) or re.search(r"(?i)\bbeslutning(?:\s+i)?\s*$", prefix)
        if found and lead and found.start <= lead.end() and heading:
            days[found.value] += 1
    return days.most_common(1)[0][0] if days else None


def _body_name(lines: list[Line], fields: dict[str, list[str]]) -> str | None:
    from_field = _field_body(fields)
    if from_field and from_field[1]:
        return from_field[0]
    from_lexicon = header_body(lines)
    if from_lexicon:
        # "Udvalg Ikon" / "Regionsrådet": a field's value with no body's head word (a portal's icon text)
        # gives way to a body the header names by one; a name from prose ("Møde i regionsrådet") as a name
        return from_lexicon[:1].upper() + from_lexicon[1:]
    if from_field:
        return from_field[0]
    for line in lines[:15]:
        text = line.clean
        if not text:
            continue
        for pattern in (_BODY_BEFORE_KIND, _BODY_AFTER_KIND, _MEETING_IN):
            match = pattern.search(text)
            if match and match["body"].strip():
                candidate = match["body"].strip(" -–,:")
                if lookup_alias(candidate) is not None or _plausible(candidate):
                    return _canonical(candidate)
    return None


# the councils every municipality has by law (Handicaprådet, Ældrerådet or Seniorrådet, Integrationsrådet,
# Det Lokale Beskæftigelsesråd): a municipality's body, whose meeting place ("Brønderslev Rådhus") is its
# town hall; a region's ("Regionsældreråd") is not one of them
_MUNICIPAL_COUNCIL = re.compile(
    r"(?i)^(?:det\s+)?(?:lokale\s+)?(?:handicap|ældre|senior|integrations|beskæftigelses)råd(?:et)?\b"
)
_PUBLISHER_REACH = 400
_HEADER_REACH = 3000


def header_municipality(lines: list[Line], body: str | None, day: date | None = None) -> MunicipalityRef | None:
    """The municipality the header names as the meeting's own: a body named with its municipality
    ("Frederikshavn Byråd"), "X Kommune" in the first lines (the publisher), or the one municipality
    the header names ("X Kommune", "X Rådhus", "4600 Køge"). Several municipalities in the header
    (representatives of each) name none."""
    if body:
        for named in named_municipalities(body):
            if named.how == "council":
                return _ref(named.info)
    nonblank = [line for line in lines if line.clean][:30]
    found = [(position, named) for position, line in enumerate(nonblank) for named in named_municipalities(line.text)]
    top = nonblank[0].start if nonblank else 0

    def at(position: int, named: NamedMunicipality) -> int:
        return nonblank[position].start + named.start - top

    # the header is its first lines and characters: a flattened document's lines are whole pages
    found = [(position, named) for position, named in found if at(position, named) < _HEADER_REACH]
    # "4. Favrskov kommunes erfaringer med ...": a municipality whose doings the text tells of, not the
    # meeting's own
    found = [(position, named) for position, named in found if not _told_of(nonblank[position].text, named)]
    # "i Roskilde, Lejre og Frederikssund Kommune": the last of several municipalities listed, none of them
    # the meeting's own
    listed = {code for position, named in found for code in listed_with_others(nonblank[position].text, named)}
    found = [(position, named) for position, named in found if named.info.code not in listed]
    if nonblank and (alone := municipality_named(nonblank[0].clean.strip(" .:|-–"))) is not None:
        return _ref(alone)  # "Kalundborg" alone on the first line: the publisher's name over its page
    formers = [
        (position, named, nonblank[position].start + named.start - top)
        for position, line in enumerate(nonblank)
        for named in named_former(line.text)
        if nonblank[position].start + named.start - top < _HEADER_REACH
    ]
    publisher = next(
        ((position, named) for position, named in found
         if position < 3 and at(position, named) < _PUBLISHER_REACH and named.how in ("kommune", "council")),
        None,
    )  # fmt: skip
    former_publisher = next(
        ((position, named, offset) for position, named, offset in formers
         if position < 3 and offset < _PUBLISHER_REACH and named.how == "kommune"),
        None,
    )  # fmt: skip
    if former_publisher and (publisher is None or former_publisher[2] < at(*publisher)):
        # "THYHOLM KOMMUNE. Økonomiudvalg, tirsdag den 9. november 2004": a municipality before the reform,
        # which is none of today's (not the one it became part of, nor one its minutes name); from 2007
        # on, the one it became part of
        return None if before_reform(day) else _ref(former_publisher[1].former.successor)
    if publisher is not None:
        # the publisher's name heads the document: in its first three lines, and within its first
        # characters (a flattened page is one line: "X Kommune" deep in it names a participant's)
        return _ref(publisher[1].info)
    if not is_municipal_body(body) and not _MUNICIPAL_COUNCIL.match(body or ""):
        # a place ("Vejle Rådhus", "6000 Kolding") says where a body of unknown reach met, not whose it is
        found = [(position, named) for position, named in found if named.how in ("kommune", "council")]
    distinct = {named.info.code for _, named in found}
    if len(distinct) == 1 and not listed:
        return _ref(found[0][1].info)
    halls = {named.former.code: named.former for _, named, _ in formers if named.how == "rådhus"}
    if not distinct and len(halls) == 1 and is_municipal_body(body):
        # "Mødested: Rådhussalen, Juelsminde Rådhus": a former municipality's town hall, now its successor's
        return _former_ref(next(iter(halls.values())), day)
    return None


_GENITIVE_THEN_NOUN = re.compile(r"\s+[a-zæøå]{3,}")
# "Roskilde, Lejre og ": names joined by commas and "og"/"eller" right before a "X Kommune"
_NAMES_BEFORE = re.compile(r"(?:[A-ZÆØÅ][\wæøå-]+(?:\s*,\s*|\s+(?:og|eller|samt)\s+))+$")
_LIST_REACH = 120  # characters before the mention a list of names is looked for in


def listed_with_others(line: str, named: NamedMunicipality) -> set[str]:
    """The codes of the mention and of the municipalities named in a list right before it ("Roskilde,
    Lejre og Frederikssund Kommune"), when the list names another; else none."""
    before = _NAMES_BEFORE.search(line[max(0, named.start - _LIST_REACH) : named.start])
    if before is None:
        return set()
    names = re.split(r"\s*,\s*|\s+(?:og|eller|samt)\b", before[0])
    codes = {info.code for name in names if (info := municipality_named(name.strip())) is not None}
    return codes | {named.info.code} if codes - {named.info.code} else set()


def _told_of(line: str, named: NamedMunicipality) -> bool:
    """ "Favrskov kommunes erfaringer": a municipality's genitive before a common noun."""
    return line[named.start : named.end].lower().endswith("kommunes") and bool(
        _GENITIVE_THEN_NOUN.match(line, named.end)
    )


def _former_ref(former: FormerMunicipality, day: date | None) -> MunicipalityRef | None:
    """A former municipality's town hall: from 2007 on, or undated, the municipality it became part of;
    before the reform, none of today's."""
    return None if before_reform(day) else _ref(former.successor)


def _ref(info: MunicipalityInfo) -> MunicipalityRef:
    return MunicipalityRef(name=info.name, code=info.code)


_DRAFT = re.compile(r"(?i)\budkast\s+til\s+$")
_NOT_KIND = re.compile(r"(?i)\b(?:godkendelse\s+af|godkender|godkendes|godkendt|til)\s+(?:\w+\s+)?$")
_KIND_NOT_HEADING = re.compile(r"(?i)^\s*(?:godkendt|godkendes|blev|er|var|og|nr\.?)(?!\w)")  # "Møde/referat nr.: 7"
# an agenda printed with what was decided: "Dagsorden med vedtagelser", "Dagsorden og beslutninger"
_WITH_DECISIONS = re.compile(r"(?i)\b(?:vedtagelser|beslutninger)\b")
_DECIDED = re.compile(  # a decision recorded after its heading: minutes, even without a heading that says so
    r"\bBeslutning\b[\s\S]{0,150}?"
    r"(?i:\b(?:godkendt|anbefales|vedtaget|drøftet|taget til (?:efterretning|orientering)|tiltrådt))\b"
)
# a document headed by the decisions it records: "1 BESLUTNINGER REGION HOVEDSTADEN FORRETNINGSUDVALGET",
# "Beslutninger fra mødet Torsdag kl Ordinært møde Økonomiudvalget"
_DECISIONS_HEADING = re.compile(r"^[\W\d]*(?:BESLUTNINGER\b|Beslutninger\s+fra\s+(?:mødet|møde)\b)")
_MEETING_HEADING = re.compile(
    r"(?i)^[\W\d]*(?:[\w-]+[.,:]?\s+){0,3}(?:ordinært|ekstraordinært)\s+møde\b|^[\W\d]*møde\s+i\s+\S"
)
_ATTENDED = re.compile(  # the header tells what happened at the meeting: minutes
    r"(?i)\b(?:havde\s+meldt\s+(?:forfald|afbud)|meldt\s+forfald|i\s+stedet\s+mødte?|mødte\s+som|deltog\s+(?:ikke|som|i\s+stedet)|"
    r"var\s+fraværende|mødet\s+(?:blev\s+)?hævet|mødet\s+sluttede|blev\s+(?:der\s+)?afholdt)\b"
    r"(?!:(?!\s*(?:kl\.?\s*)?\d))"  # "Mødet hævet:" with no time after it: an agenda's empty field
)
# the words those cues hold near their start: the passes run only around them (vocab.near)
_ATTENDED_WORDS = ("meldt", "stedet", "mødte", "deltog", "fraværende", "mødet", "blev")
_CUE_REACH = 200  # "Beslutning", up to 150 characters, then the word of the decision
_MEETING_LABELS = (*_LABEL_KEYS["body"], *_LABEL_KEYS["date"], *_LABEL_KEYS["location"], "mødedeltagere", "deltagere")


def _kind(lines: list[Line], has_decisions: bool, text: str) -> MeetingKind | None:
    """referat or dagsorden as the header's first lines call the document ("Referat", "Dagsorden til
    møde i …", "Byrådet - Referat", "Beslutningsprotokol"); minutes ("referat") win over an agenda's
    name when both are there ("Dagsorden / … / Referat") or decisions are recorded ("Åben dagsorden"
    over decided items, or the header says who came: "havde meldt forfald", "mødet hævet kl. 20.35");
    "Godkendelse af dagsorden" is an item, not the document's kind."""
    words: set[str] = set()
    for line in [line for line in lines if line.clean][:12]:
        clean = despace(line.clean[:300])
        if _DECISIONS_HEADING.match(clean):
            words.add("referat")  # "BESLUTNINGER REGION HOVEDSTADEN ...", "Beslutninger fra mødet": the decisions taken
        for match in _KIND_WORDS.finditer(clean):
            draft = _DRAFT.search(clean[: match.start()]) is not None  # "Udkast til referat af møde 04/2017"
            if _NOT_KIND.search(clean[: match.start()]) and not draft:
                continue
            if match[1].lower() == "dagsorden" and _WITH_DECISIONS.search(clean, match.end()):
                words.add("referat")  # "Dagsorden med vedtagelser", even when a PDF's columns split the words
            if _KIND_NOT_HEADING.match(clean[match.end() :]):
                continue
            words.add("dagsorden" if match[1].lower() == "dagsorden" else "referat")
    head = "\n".join(line.text for line in lines[:60])
    decided = (
        search_near(_DECIDED, text[:30000], ("beslutning",), _CUE_REACH) is not None
        or search_near(_ATTENDED, head, _ATTENDED_WORDS, _CUE_REACH) is not None
    )
    if "referat" in words or (words and decided):
        return "referat"
    if words:
        return "dagsorden"
    return "referat" if has_decisions or decided else None


def _meeting_fields(fields: dict[str, list[str]]) -> bool:
    return any(value.strip() for key in _MEETING_LABELS for value in fields.get(key, []))


def _dated_body_line(lines: list[Line]) -> bool:
    """A meeting's heading in the first lines: a body with the date after it ("Byrådet 22-11-2016") or
    alone on its line over the date ("Kommunalbestyrelsen" / "24-09-2019"), "Ordinært møde",
    "Bestyrelsesmøde", "Møde i …"."""
    nonblank = [line for line in lines if line.clean][:8]
    for position, line in enumerate(nonblank):
        text = despace(line.clean[:300])
        if _MEETING_HEADING.search(text) or _BODY_MEETING.match(text):
            return True
        following = nonblank[position + 1].clean if position + 1 < len(nonblank) else ""
        next_date = find_date(following[:40])
        for phrase in body_phrases(text):
            if not _strong(text, phrase):
                continue
            alone = not text[phrase.end :].strip(" .,:-–")
            if _dated_after(text[phrase.end :]) or (alone and next_date is not None and next_date.start < 25):
                return True
    return False


def _numbered_lines(text: str) -> bool:
    """Agenda items' lines ("1. Godkendelse af dagsorden", "Punkt 171: …", "Pkt. 42 …")."""
    found = re.findall(r"(?im)^\s*(?:punkt|pkt\.?|sag)?\s*\d{1,3}\s*[.:)]?\s+[A-ZÆØÅ][\wæøå]+", text[:20000])
    return len(found) >= 2


def parse_header(lines: list[Line], text: str, has_decisions: bool) -> Header:
    """Header fields from the lines before the first agenda item."""
    header = Header()
    fields = _fields(lines)
    header.kind = _kind(lines, has_decisions, text)
    if (
        header.kind is None
        and not has_decisions
        and not _meeting_fields(fields)
        and not _numbered_lines(text)
        and not _dated_body_line(lines)
    ):
        return header  # a news article or a body's web page: no meeting, so no date or body to invent
    header.body = _body_name(lines, fields)

    start, end = _labelled_date(fields)
    if start is None:
        start, end = _unlabelled_date(lines, text, lines_only=True)
    if start is None:
        approved = agenda_approval(text)
        if approved is not None:
            start = at_time(approved[1], None)
            header.body = header.body or approved[0]
    if start is None and header.body:
        day = date_from_decisions(text, header.body)
        start = at_time(day, None) if day else None
    if start is None:
        # "Forretningsudvalgets 3. møde i 2012, torsdag den 23. august kl. 12": the weekday dates the day
        head = "\n".join(line.text for line in lines)[:_YEARLESS_REACH]
        yearless = yearless_weekday_date(head, text[:_YEAR_REACH])
        if yearless is not None:
            clock, clock_end = find_times(head[yearless.end : yearless.end + 40])
            start = at_time(yearless.value, clock)
            end = at_time(yearless.value, clock_end) if clock_end else None
    if start is None:
        start, end = _unlabelled_date(lines, text)
    if start is not None and start.hour == 0 and start.minute == 0:
        # "Dato: 29. januar 2020" and "Tidspunkt: Kl. 19:00" are separate fields.
        for key in ("tidspunkt", "mødetidspunkt", "tid", "kl"):
            for value in fields.get(key, []):
                clock, clock_end = find_times(value)
                if clock:
                    start = at_time(start.date(), clock)
                    end = at_time(start.date(), clock_end) if clock_end else end
                    break
    end_value = _first(fields, "end")
    if end_value:
        end_start, _ = parse_datetime_range(end_value)
        if end_start is None and start is not None:
            clock, _ = find_times(end_value)
            end_start = at_time(start.date(), clock) if clock else None
        end = end_start or end
    header.start, header.end = start, end
    if header.body is None:
        approved = agenda_approval(text)
        header.body = approved[0] if approved else None
    if header.body is None:
        header.body = body_from_text(text, start.date() if start else None)
    if header.body is None and start is not None:
        header.body = decided_by_header_line(lines, text, start.date())

    place = _first(fields, "location")
    if place:
        header.location = _location_from(place, find_date(place) is not None)
    published = _first(fields, "published")
    if published:
        found = find_date(published)
        header.published = found.value if found else None

    if not is_cross_municipal(header.body):
        day = start.date() if start else None
        header.municipality = header_municipality(lines, header.body, day) or _placed_in(header, day)
    return header


def _placed_in(header: Header, day: date | None) -> MunicipalityRef | None:
    """ "Mødested: Hvidovre", "Sted: Byrådssalen, Tønder": a municipal body's meeting place given as its
    municipality's name alone (one part of the place), from the 2007 reform on."""
    if not header.location or before_reform(day) or not is_municipal_body(header.body):
        return None
    named = {
        info.code: info
        for part in header.location.split(",")
        if (info := municipality_named(part.strip(" ."))) is not None
    }
    return _ref(next(iter(named.values()))) if len(named) == 1 else None
