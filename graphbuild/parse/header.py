"""The meeting header: kind, body, time, place, publication date and municipality."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from importlib import resources

from graphbuild.models import MeetingKind, MunicipalityRef
from graphbuild.parse.dates import at_time, find_date, find_times, parse_datetime_range
from graphbuild.parse.lines import Line

# Long names a body's header uses, mapped to the short name its members use.
BODY_ALIASES = {
    "kommunaldirektørnetværket i den midtjyske region": "KD-Net",
    "kommunaldirektørnetværket": "KD-Net",
    "kommunekontaktrådet": "KKR",
}
_FIELD = re.compile(r"(?i)^[\s*_#]*(?P<label>[A-ZÆØÅa-zæøå .\-]{2,40}?)[\s*_]*(?::|\t|\s{2,})\s*(?P<value>.*)$")
_LABEL_KEYS = {
    "body": {"udvalg", "organ", "mødeforum", "forum", "råd", "bestyrelse", "komité"},
    "date": {"dato", "mødedato", "møde dato", "mødedag", "tid", "tid og sted", "tidspunkt", "mødetidspunkt",
             "starttidspunkt", "start", "mødestart", "møde start"},
    "end": {"sluttidspunkt", "slut", "mødeslut", "møde slut"},
    "location": {"sted", "mødested", "lokale", "mødelokale", "adresse", "lokation", "tid og sted"},
    "published": {"udgivet", "offentliggjort", "publiceret", "udsendt"},
}  # fmt: skip
_KIND_WORDS = re.compile(r"(?i)\b(referat|beslutningsprotokol|protokol|dagsorden)\b")
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
_KOMMUNE = re.compile(r"\b(?P<name>[A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?)\s+Kommune\b")
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


@lru_cache(maxsize=1)
def _municipalities() -> dict[str, str]:
    with resources.files("graphbuild.data").joinpath("municipalities.csv").open(encoding="utf-8") as handle:
        return {row["navn"]: row["kommunekode"] for row in csv.DictReader(handle)}


def _fields(lines: list[Line]) -> dict[str, list[str]]:
    """Labelled header fields, "Label: value", "Label<TAB>value" or "LABEL" with the value below.

    "Mødedato Tirsdag d. 06. april 2021" (label and value split by one space) is a weaker reading,
    kept after every colon-labelled value of the same label.
    """
    out: dict[str, list[str]] = {}
    weak: dict[str, list[str]] = {}
    nonblank = [line for line in lines if line.text.strip()]
    for position, line in enumerate(nonblank):
        text = line.text.replace("**", "").replace("__", "").strip().strip("*_# ")
        key = text.rstrip(":").strip().lower()
        own_line = any(key in keys for keys in _LABEL_KEYS.values())
        if own_line and position + 1 < len(nonblank):
            value_lines = [nonblank[position + 1].text.strip()]
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


def _first(fields: dict[str, list[str]], group: str) -> str | None:
    for key in _LABEL_KEYS[group]:
        for value in fields.get(key, []):
            if value.strip():
                return value
    return None


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


def _body_name(lines: list[Line], fields: dict[str, list[str]]) -> str | None:
    value = _first(fields, "body")
    candidates: list[str] = [value.split("\n")[0]] if value else []
    for line in lines[:15]:
        text = line.clean
        if not text:
            continue
        for pattern in (_BODY_BEFORE_KIND, _BODY_AFTER_KIND, _MEETING_IN):
            match = pattern.search(text)
            if match and match["body"].strip():
                candidates.append(match["body"].strip())
    for candidate in candidates:
        candidate = candidate.strip(" -–,:")
        lowered = candidate.lower()
        if lowered in BODY_ALIASES:
            return BODY_ALIASES[lowered]
        if candidate and lowered not in {"møde", "mødet", "referat", "dagsorden", "for", "fra"}:
            return candidate
    return None


def parse_header(lines: list[Line], text: str, has_decisions: bool) -> Header:
    """Header fields from the lines before the first agenda item."""
    header = Header()
    fields = _fields(lines)
    head_text = "\n".join(line.text for line in lines)
    kind = _KIND_WORDS.search(head_text)
    if kind:
        header.kind = "dagsorden" if kind[1].lower() == "dagsorden" else "referat"
    elif has_decisions:
        header.kind = "referat"
    header.body = _body_name(lines, fields)

    when = _first(fields, "date")
    start, end = parse_datetime_range(when) if when else (None, None)
    if start is None:
        start, end = parse_datetime_range(head_text)
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

    place = _first(fields, "location")
    if place:
        header.location = _location_from(place, find_date(place) is not None)
    published = _first(fields, "published")
    if published:
        found = find_date(published)
        header.published = found.value if found else None

    for match in _KOMMUNE.finditer(head_text):
        code = _municipalities().get(match["name"])
        if code:
            header.municipality = MunicipalityRef(name=match["name"], code=code)
            break
    return header
