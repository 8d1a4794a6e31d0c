"""Items of plain minutes whose headings run in at the start of their paragraphs: a short phrase closed by a full
stop or a colon, the minute following on the same line ("Økonomi. Kurt Røge fortalte, at …", "Bådelagene. Gemmes
til næste møde.", "Valg af dirigent og referent: Børge Svane valgt som dirigent …"). Read only where no other item
form is found, the text opens as a meeting's record and one of the headings is an agenda's standing item
(`item_prose_headings` reads the same minutes with their headings on lines of their own)."""

from __future__ import annotations

import re

from graphbuild.parse.item_lines import STANDING_ITEM, Candidate
from graphbuild.parse.item_person_titles import is_person_name
from graphbuild.parse.item_prose_headings import HEADER_LABEL, MEETING_CUE, plain_minutes
from graphbuild.parse.item_unnumbered import CHROME
from graphbuild.parse.lines import Line

# "Økonomi. Kurt Røge …", "Valg af dirigent og referent: Børge …": a phrase with no sentence mark in it, closed by
# a full stop before a capitalised sentence or by a colon before the minute
_RUN_IN = re.compile(r"^(?P<head>[A-ZÆØÅ][^.:;!?,()\d]{1,80}?)(?:\.\s+(?=[A-ZÆØÅ])|:\s+(?=[^\W\d_]))(?P<rest>.{8,})$")
_MOST_WORDS = 6  # a heading names its matter in a few words; a longer phrase is the minute's first sentence
_LEAST_HEADINGS = 2  # one run-in phrase is a sentence's emphasis, not a list of items
# a word that makes the phrase a sentence ("Beretningen er godkendt. Der …", "Mødet blev hævet. …")
_FINITE = frozenset(
    {
        "er",
        "var",
        "blev",
        "bliver",
        "har",
        "havde",
        "skal",
        "skulle",
        "kan",
        "kunne",
        "vil",
        "ville",
        "må",
        "får",
        "fik",
    }
)
_PAST = re.compile(r"^[a-zæøå]{3,}ede$")  # "orienterede", "fortalte" aside: a verb's past tense in lower case


def paragraph_head_items(lines: list[Line], skip: set[int]) -> list[Candidate]:
    """Items under headings run in at their paragraphs' starts: two or more, one of them a standing item, in a text
    whose opening names a meeting's record and that prints no item's main section heading."""
    texts = [line for line in lines if line.text.strip()]
    if not plain_minutes(texts):
        return []
    found: list[Candidate] = []
    for line in texts:
        if line.index in skip:
            continue
        head = paragraph_head(line.clean)
        if head is not None:
            found.append(Candidate(str(len(found) + 1), head, line, explicit=False))
    if len(found) < _LEAST_HEADINGS or not any(STANDING_ITEM.match(c.title) for c in found):
        return []
    return found


def paragraph_head(cleaned: str) -> str | None:
    """The heading a line opens with, run in before its minute; None where the line opens otherwise."""
    match = _RUN_IN.match(cleaned)
    if match is None:
        return None
    head = match["head"].strip()
    words = head.split()
    if len(words) > _MOST_WORDS or any(word.lower() in _FINITE or _PAST.search(word) for word in words):
        return None  # "Peter orienterede: …": a sentence's subject and verb, no heading
    if HEADER_LABEL.match(f"{head}:") or MEETING_CUE.match(head) or CHROME.match(head) or is_person_name(head):
        return None  # "Afbud: …", "Referent: …", "Kurt Røge: …": a label or a speaker, no item
    return head
