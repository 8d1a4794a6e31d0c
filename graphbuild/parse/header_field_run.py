"""The body a flattened header's run of fields names as one field's value: a PDF's label column and its values
read onto one line ("Emne Bestyrelsesmøde Dato 5. oktober 2009, kl Sted ODM, Vartov Deltagere …", "Møde Den
Administrative Styregruppe Tid 1. marts 2012, kl Sted …", "MØDETIDSPUNKT: MØDET HÆVET: Skive Byråd Deltagere: …"),
where no label the header readers know names the body.

A value is read only when the whole stretch between two labels is one body's name (capitalised words before its
head word allowed: "Den Administrative Styregruppe") or a board's meeting word ("Bestyrelsesmøde"), on a line of
three labels or more, after a label of the meeting's fields ("Emne", "Møde", "Dato", "Mødet hævet"); the value of
a place's or a people's label ("Sted", "Deltagere", "Afbud") or of any other ("Til:", "Sagsforløb:") is none, a
subject's ("Emne") only a meeting's word, and none with a digit, a lower-case word before the head word
("Godkendelse af budget for Økonomiudvalget") or a name in the plural or the genitive."""

from __future__ import annotations

import re
from itertools import pairwise

from graphbuild.parse.body_names import body_phrases
from graphbuild.parse.header_labels import LABEL_KEYS
from graphbuild.parse.header_name_lines import BARE_HEADS, plural
from graphbuild.parse.lines import Line

# labels of who comes and where: their values are people or places, never the meeting's body
_NOT_BODY_LABELS = frozenset(
    {*LABEL_KEYS["location"], "deltagere", "mødedeltagere", "afbud", "fraværende", "referent", "medlemmer"}
)
_LABEL_WORDS = sorted(
    {
        *(key for keys in LABEL_KEYS.values() for key in keys),
        *_NOT_BODY_LABELS,
        "emne",
        "møde",
        "mødet hævet",
    },
    key=len,
    reverse=True,
)
# a label: a known label word capitalised or in capitals, its colon optional ("Dato 5. oktober", "Tid 1. marts",
# "MØDET HÆVET:"), or any capitalised word with its colon ("Mødeforum:")
_LABEL = re.compile(
    r"(?<![\wæøå-])(?:(?P<known>"
    + "|".join(re.escape(word[:1].upper()) + f"(?i:{re.escape(word[1:])})" for word in _LABEL_WORDS)
    + r")(?![\wæøå-]):?|(?P<other>[A-ZÆØÅ][\wæøå]{2,20}):)(?=\s|$)"
)
_MIN_LABELS = 3  # a run of fields, not a heading or a sentence that happens to hold a label's word
_MAX_WORDS = 8
_DIGIT = re.compile(r"\d")
_NAME_WORD = re.compile(r"^[A-ZÆØÅ][\wæøå-]*$")
_BOARD_MEETING = re.compile(r"(?i)^(?P<stem>[a-zæøå]*bestyrelse|repræsentantskab)s?møde$")
_LINES = 30
_REACH = 600


def body_in_field_run(lines: list[Line]) -> str | None:
    """The body a flattened header's fields name between two labels, or None."""
    nonblank = [line for line in lines if line.clean][:_LINES]
    for line in nonblank:
        found = _body_on_line(line.clean[:_REACH])
        if found is not None:
            return found
    return None


def _body_on_line(text: str) -> str | None:
    labels = [label for label in _LABEL.finditer(text) if _is_label(label, text)]
    if len(labels) < _MIN_LABELS:
        return None
    for label, following in pairwise(labels):
        if label["known"] is None or label["known"].lower() in _NOT_BODY_LABELS:
            continue  # "Til: Økonomiudvalget", "Sagsforløb: Økonomiudvalget": an addressee, a case's route
        value = text[label.end() : following.start()].strip(" ,.;–-")
        if label["known"].lower() == "emne" and _BOARD_MEETING.match(value) is None:
            continue  # "Emne: Handicaprådet": what a memo is about; "Emne Bestyrelsesmøde": the meeting it records
        found = _body_value(value)
        if found is not None:
            return found
    return None


def _is_label(label: re.Match[str], text: str) -> bool:
    """A label with its colon, or a known label word with a value after it on the line ("Dato 5. oktober"); a known
    word ending the line with no colon is a heading's last word."""
    return label["other"] is not None or label.group().endswith(":") or bool(text[label.end() :].strip())


def _body_value(value: str) -> str | None:
    if not value or _DIGIT.search(value) or len(value.split()) > _MAX_WORDS:
        return None
    board = _BOARD_MEETING.match(value)
    if board is not None:
        return board["stem"].capitalize() + ("et" if board["stem"].lower() == "repræsentantskab" else "n")
    phrases = body_phrases(value)
    if len(phrases) != 1:
        return None
    phrase = phrases[0]
    if phrase.genitive or plural(phrase.name) or phrase.end != len(value):
        return None
    lead = value[: phrase.start].split()
    if not all(_NAME_WORD.match(word) for word in lead):
        return None  # "Godkendelse af budget for Økonomiudvalget": an item's title, no field's name
    if not lead and phrase.name.lower() in BARE_HEADS:
        return None  # "Udvalg": a column's heading
    return value if lead else phrase.name
