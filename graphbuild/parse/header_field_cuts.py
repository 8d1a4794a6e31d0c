"""A flattened header's labelled fields run together on one page-long line, cut at their labels: "Forside: Udvalg:
Kommunalbestyrelsen Dato: Tirsdag den 05. december 2017 Tid: Kl. 19:30 Sted: Konstituerende møde …", "Udvalg:
Kommunalbestyrelsen 2022-2025 Mødedato: 26. november 2025 16:00 Mødested: Rådhussalen, Juelsminde Rådhus Sagsnr.:
…", "Referat Teknisk Udvalg Mødedato: 1. oktober 2025 kl. 15:45 Mødested: Udvalgsværelse 398 Punkt 1: …".

`header_labels` reads a field only at the start of its line, so on a page a PDF's text layer put on one line the
meeting's day, body and place are lost, and a later date (a case's, a quoted earlier meeting's: "Referat fra møde
den 22. september 2025") is read as the day. Here each value is the stretch after a known meeting label and its
colon up to the next label (any capitalised word with its colon, "Sagsnr.:", "Indkaldelse :", or a known label
word, "Mødedeltagere"), on a line long enough to be a page, before the first item: only a run of two such
labels or more close together (a run of fields, not a sentence that names a date), none after "næste møde" or an
earlier meeting's words ("Godkendelse af referat fra …"), no bare "Dato:" among a memo's file fields ("J.nr.:
Dato: 28. august 2014 Initialer: UG", the day the memo was written), and only for the labels the line-start
reader found none of."""

from __future__ import annotations

import re

from graphbuild.parse.header_dates import OTHER_MEETING
from graphbuild.parse.header_labels import LABEL_KEYS
from graphbuild.parse.lines import Line

# the labels whose values are the meeting's own (its body, day, end, place); a page's publication date is left to
# the readers that know it
_MEETING_KEYS = sorted(
    {key for group in ("body", "date", "end", "location") for key in LABEL_KEYS[group]}, key=len, reverse=True
)
# a known label, capitalised or in capitals, with its colon: "Dato:", "Mødested :", "UDVALG:"
_KNOWN = re.compile(
    r"(?<![\wæøåÆØÅ-])(?P<label>"
    + "|".join(re.escape(key[:1].upper()) + f"(?i:{re.escape(key[1:])})" for key in _MEETING_KEYS)
    + r")[ \t]*:"
)
# where a value ends: the next label, any capitalised word with its colon ("Sagsnr.:", "Indkaldelse :",
# "Forside:"), or a known label word of who comes with no colon ("Mødedeltagere Anders …", "Deltagere •")
_NEXT = re.compile(
    r"(?<![\wæøåÆØÅ-])(?:[A-ZÆØÅ][\wæøåÆØÅ.]{1,24}[ \t]*:|"
    r"(?:Mødedeltagere|Deltagere|Afbud|Fraværende|Medlemmer|Indkaldelse|Tilstede|Til stede)(?![\wæøå]))"
)
# a memo's or case's file fields around a bare "Dato:": "J.nr.: Dato: 28. august 2014 Initialer: UG …
# Tid: Fredag, den 12. september": the day the memo was written, not the meeting's
_FILE_LABEL = re.compile(r"(?i)(?<![\wæøå])(?:j\.?\s*nr|journal\s*nr|initialer|sagsnr|dok\.?\s*nr)\.?[ \t]*:")
_FILE_REACH = 25  # the characters before a bare "Dato:" a file label is looked for in
_PAGE_LINE = 300  # a line a page long: a flattened page (the line-start reader reads a short line's fields)
_RUN_GAP = 120  # characters between one label's colon and the next label: a run of fields
_MIN_LABELS = 2
_VALUE_REACH = 120  # the characters of the last value (no label after it)
_REACH = 3000  # the line's first characters, where the header stands
_BEFORE = 60  # the characters before the run an earlier or next meeting's words are looked for in


def cut_field_runs(lines: list[Line], items_start: int | None = None) -> dict[str, list[str]]:
    """The values of the first run of two or more meeting labels on a page-long header line, by lower-cased label
    ("dato": ["Tirsdag den 05. december 2017"], "udvalg": ["Kommunalbestyrelsen"]), before ``items_start``."""
    for line in lines:
        if len(line.text) < _PAGE_LINE or ":" not in line.text:
            continue
        end = len(line.text) if items_start is None else max(0, min(len(line.text), items_start - line.start))
        found = _first_run(line.text[: min(end, _REACH)])
        if found:
            return found
    return {}


def _first_run(text: str) -> dict[str, list[str]]:
    labels = list(_KNOWN.finditer(text))
    run: list[re.Match[str]] = []
    for label in labels:
        if run and label.start() - run[-1].end() > _RUN_GAP:
            if len(run) >= _MIN_LABELS:
                break
            run = []
        run.append(label)
    if len(run) < _MIN_LABELS:
        return {}
    if OTHER_MEETING.search(text[max(0, run[0].start() - _BEFORE) : run[0].start()]):
        return {}  # "Næste møde: Dato: 3. maj …", "Godkendelse af referat fra mødet Dato: …": another meeting's
    out: dict[str, list[str]] = {}
    for label in run:
        stop = _NEXT.search(text, label.end(), label.end() + _VALUE_REACH)
        if label["label"].lower() == "dato" and (
            _FILE_LABEL.search(text, max(0, label.start() - _FILE_REACH), label.start())
            or (stop is not None and _FILE_LABEL.match(text, stop.start()))
        ):
            continue  # "J.nr.: Dato: 28. august 2014 Initialer: UG": a memo's date
        value = text[label.end() : stop.start() if stop else label.end() + _VALUE_REACH].strip(" \t|,;")
        if value:
            out.setdefault(" ".join(label["label"].lower().split()), []).append(value)
    return out
