"""The header's labelled fields: "Label: value", "Label<TAB>value", a column of labels over their values,
and the groups of labels that name one field (body, date, end, location, publication)."""

from __future__ import annotations

import re

from graphbuild.parse.lines import Line

_FIELD = re.compile(r"(?i)^[\s*_#]*(?P<label>[A-ZÆØÅa-zæøå .\-]{2,40}?)[\s*_]*(?::|\t|\s{2,})\s*(?P<value>.*)$")
_TWO_SPACES = re.compile(r"\s\s")
# "UdvalgBørn, Unge og Læring", "MødestedHotherskolen", "MødeforumKulturskolens bestyrelse": a portal's label glued
# to its value (a capital or a digit right after the label's last letter)
_GLUED_FIELD = re.compile(
    r"^(?P<label>Udvalg|Mødeforum|Organ|Mødedato|Dato|Mødetidspunkt|Tidspunkt|Mødested|Mødelokale|Lokale)"
    r"(?P<value>[A-ZÆØÅ0-9].*)$"
)
LABEL_KEYS: dict[str, tuple[str, ...]] = {  # in order of preference
    "body": ("udvalg", "organ", "mødeforum", "forum", "råd", "bestyrelse", "komité"),
    "date": ("mødedato", "møde dato", "dato", "mødedag", "tid og sted", "mødetidspunkt", "tidspunkt",
             "starttidspunkt", "start", "mødestart", "møde start", "tid"),
    "end": ("sluttidspunkt", "slut", "mødeslut", "møde slut"),
    "location": ("mødested", "sted", "lokale", "mødelokale", "adresse", "lokation", "tid og sted"),
    "published": ("udgivet", "offentliggjort", "publiceret", "udsendt"),
}  # fmt: skip


def header_fields(lines: list[Line]) -> dict[str, list[str]]:
    """Labelled header fields, "Label: value", "Label<TAB>value" or "LABEL" with the value below.

    "Mødedato Tirsdag d. 06. april 2021" (label and value split by one space) is a weaker reading,
    kept after every colon-labelled value of the same label.
    """
    out: dict[str, list[str]] = {}
    weak: dict[str, list[str]] = {}
    nonblank = [line for line in lines if line.text.strip()]
    texts = [line.text.replace("**", "").replace("__", "").strip().strip("*_# ") for line in nonblank]
    labels = [is_label(text) for text in texts]
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
        glued = _GLUED_FIELD.match(text)
        if glued is not None:
            out.setdefault(glued["label"].lower(), []).append(glued["value"].strip())
            continue
        else:
            # the separator a field needs: a colon, a tab or two white spaces (a line with none is no field)
            separated = ":" in text or "\t" in text or _TWO_SPACES.search(text) is not None
            match = _FIELD.match(text) if separated else None
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


def is_label(text: str) -> bool:
    """A line that is only a label: a known one ("STARTTIDSPUNKT", "Dato") or any "Word:"."""
    key = text.rstrip(":").strip().lower()
    return any(key in keys for keys in LABEL_KEYS.values()) or bool(_EMPTY_LABEL.match(text))


def first_field(fields: dict[str, list[str]], group: str) -> str | None:
    for key in LABEL_KEYS[group]:
        for value in fields.get(key, []):
            if value.strip():
                return value
    return None


MEETING_LABELS = (*LABEL_KEYS["body"], *LABEL_KEYS["date"], *LABEL_KEYS["location"], "mødedeltagere", "deltagere")


def meeting_fields(fields: dict[str, list[str]]) -> bool:
    return any(value.strip() for key in MEETING_LABELS for value in fields.get(key, []))
