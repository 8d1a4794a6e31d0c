"""A name's last word that opens the next heading, label or sentence a flattened line ran on after a list's or a
label's name, read by `people` for a name of three words or more that opens with a first name: "• Jens Erik Damgaard
Kopier link til punktet", "Sagsbehandler: Pia Ladefoged Temadrøftelse om …", "• Carsten Bruun Udpeget af …", "…,
Torben Hansen Møde lokation …": parse's `attendance_heading_after_surname` says whether the word is the heading's (no
first name nor surname the lists know, in no surname's form, no surname's genitive, after a surname, lower-case words
after it that are no note on the name and no verb). Left out only where the name opens a list's entry or a label's
value (a bullet, a colon, a comma or a line break before it, never a sentence's verb: "orienterede Hans Jensen Berth
kort om"), the word is no genitive ("Carina Kristensen Berths anmodning"), no note on an entry follows it ("… Berth
ved punkt 3", "… pga. sygdom") and every time the document prints the word after the same surname it reads so
("Carina Kristensen Berth blev" keeps the surname)."""

from __future__ import annotations

import re

from graphbuild.parse.attendance_heading_after_surname import heading_after_surname

# what stands before a list's entry or a label's value: a bullet, a dash, a colon, a comma, a semicolon, a line break
_ENTRY_OPENERS = frozenset("•-–:,;\n")
# the lower-case word after the capitalised one, "link", "om", "af"
_NEXT_LOWER = re.compile(r"[ \t]+(?P<w>[a-zæøå]+)")
# a note on a list's entry after the name, when and why ("ved punkt 3", "pga. sygdom", "kl. 17", "på grund af")
_ENTRY_NOTES = frozenset({"ved", "på", "pga", "grundet", "kl", "via", "hos", "i"})


def _opens_entry(text: str, start: int) -> bool:
    """Whether the name at ``start`` opens a list's entry or a label's value: the text's start, or a bullet, a dash, a
    colon, a comma, a semicolon or a line break before it (spaces and tabs between)."""
    at = start
    while at > 0 and text[at - 1] in " \t":
        at -= 1
    return at == 0 or text[at - 1] in _ENTRY_OPENERS


def _every_time_a_heading(text: str, surname: str, word: str) -> bool:
    """Whether each time ``text`` prints ``word`` after ``surname`` the word opens a heading."""
    for found in re.finditer(rf"(?<!\w){re.escape(surname)}[ \t\n]+{re.escape(word)}(?!\w)", text):
        if not heading_after_surname(text, word, surname, found.end(), len(text)):
            return False
    return True


def heading_run_on(text: str, start: int, surname: str, tail: str, end: int) -> bool:
    """``tail`` (the last word, ending at ``end``, of a name starting at ``start``, after ``surname``) opens the next
    heading, label or sentence and is no name's."""
    if tail.endswith("s") or not _opens_entry(text, start):
        return False
    if not heading_after_surname(text, tail, surname, end, len(text)):
        return False
    after = _NEXT_LOWER.match(text, end)
    if after is None or after["w"] in _ENTRY_NOTES:
        return False
    return _every_time_a_heading(text, surname, tail)
