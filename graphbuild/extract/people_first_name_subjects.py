"""A known first name printed alone as a sentence's subject before a verb of telling or doing, read as a person
(read after `people`, in minutes only): an association's or a small council's minutes name their people by first name
("Birgit foreslog flere oplægsholdere:", "5a. Annette fortalte om …", "Bent forklarede, at …", "Jens har modtaget
en opsigelse"), and each one-word name of a subject that lists several ("Else Marie og Vibeke deltog"). Only where
the minutes list nobody by a full name (no attendance row of two words or more: a first name outside such a list
is staff the minutes do not name, "Peter orienterede." under a list of members in full), only at a sentence's or
line's start (never a longer name's last word, "Poul Erik blev valgt"), never a word the text also writes in lower
case ("per", "hans", "de"), a month, a pronoun or a municipality, never before an age ("Joy er 39 år", a case
story's invented person), and never where the document prints a fuller name the first name starts ("Victoria
Christensen" then "Victoria havde meldt afbud": that person, read already)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from graphbuild.extract.name_words import is_first_name
from graphbuild.extract.people import PersonMention
from graphbuild.vocab.person_names import written_in_lower_case
from graphbuild.vocab.reference import municipality_by_name

# finite verbs of telling, proposing, doing and being that follow a subject named by its first name
_VERBS = (
    "orienterede|orienterer|fortalte|fortæller|forklarede|forklarer|foreslog|foreslår|præsenterede|præsenterer|"
    "redegjorde|redegør|gennemgik|gennemgår|oplyste|oplyser|informerede|informerer|berettede|beretter|"
    "refererede|refererer|fremlagde|fremlægger|takkede|takker|spurgte|spørger|svarede|svarer|nævnte|nævner|"
    "undersøger|undersøgte|kontakter|kontaktede|sender|sendte|laver|lavede|tager|tog|finder|fandt|sætter|satte|"
    "spiller|opfordrer|opfordrede|konstaterede|omtalte|omdelte|fremhævede|sørger|sørgede|deltog|deltager|"
    "mente|mener|ønsker|ønskede|vil|skal|kan|kunne|har|havde|er|var|blev|bliver|sidder|fortsætter"
)
# a capitalised word before its verb; where it stands is asked of the text before it (`_OPENS`)
# (the capital first and the look-behind after it, over the character before the capital: a pattern that opens with a
# character class is scanned for it at C speed, one that opens with a look-behind is tried at every position)
_SUBJECT = re.compile(
    r"(?P<name>[A-ZÆØÅ](?<![\wæøå-].)[a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?)[ \t]+(?P<verb>" + _VERBS + r")(?![\wæøå-])"
)
# the subject at a line's start (after a bullet, a dash or a point's number "5a.") or after a sentence's or a
# label's end ("HB-møde: Bodil refererede …"): what stands before it on its line
_OPENS = re.compile(r"(?m)(?:^[ \t]*(?:[•·▪*–-][ \t]*|\d{1,2}[a-z]?\.[ \t]+)?|[.:!?][ \t])$")
# the names listed before the last one of a subject that names several, "Else Marie og Vibeke deltog", "Lisbeth og
# Merete deltager": names of one or two words each, joined by commas and "og"
_WORD = r"[A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?"
_LISTED_BEFORE = re.compile(
    rf"(?<![\wæøå.-])(?P<names>(?:{_WORD}(?:[ \t]{_WORD})?,[ \t]+){{0,6}}{_WORD}(?:[ \t]{_WORD})?)[ \t]+og[ \t]+$"
)
# an age after "er"/"var": a case story's person ("Joy er 39 år")
_AGE_AFTER = re.compile(r"[ \t]+\d")
# an initial before the full stop: the name is a longer name's part ("Poul C. Erik …")
_INITIAL_BEFORE = re.compile(r"(?<![\wæøå])[A-ZÆØÅ]\.[ \t]$")
# capitalised words that open sentences as pronouns, months or weekdays, never a person alone
_NOT_PEOPLE = frozenset(
    [
        "De",
        "Den",
        "Det",
        "Der",
        "Hans",
        "Han",
        "Hun",
        "Andre",
        "Alle",
        "Man",
        "Vi",
        "Maj",
        "Juni",
        "Juli",
        "August",
        "Januar",
        "Marts",
        "April",
        "Mandag",
        "Tirsdag",
        "Onsdag",
        "Torsdag",
        "Fredag",
        "Lørdag",
        "Søndag",
        "Max",
    ]
)


def _opens(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens its line (after a bullet or a point's number) or a sentence."""
    lo = max(0, start - 12)
    newline = text.rfind("\n", lo, start)
    line_start = newline + 1 if newline >= 0 else (0 if lo == 0 else start - 2)
    return _OPENS.search(text, line_start, start) is not None


def _entries(listed: re.Match[str]) -> list[tuple[str, int, int]]:
    """The names of a subject's list before its last one, each with its span."""
    out = []
    at = listed.start("names")
    for part in re.split(r",[ \t]+", listed.group("names")):
        at = listed.string.index(part, at)
        out.append((" ".join(part.split()), at, at + len(part)))
        at += len(part)
    return out


def _fuller_printed(text: str, name: str, known: set[str]) -> bool:
    """Whether the document prints a longer name the first name starts: a person or attendance row read, or the
    name before another capitalised word on its line ("Birthe A", "Victoria Christensen")."""
    if any(k.startswith((name + " ", name + "-")) for k in known):
        return True
    return re.search(r"(?<![\wæøå-])" + re.escape(name) + r"[ \t]+[A-ZÆØÅ]", text) is not None


def first_name_subjects(text: str, people: list[PersonMention], attendance: Iterable[str]) -> list[PersonMention]:
    """The people, with each first name alone a sentence opens with before its verb where the minutes list nobody
    by a full name, sorted by start."""
    listed = [" ".join(name.split()) for name in attendance]
    if any(" " in name for name in listed):
        return people
    known = {p.name for p in people} | set(listed)
    taken = sorted((p.start, p.end) for p in people)
    added: list[PersonMention] = []
    verdicts: dict[str, bool] = {}
    for match in _SUBJECT.finditer(text):
        name = match.group("name")
        start, end = match.span("name")
        subject = [(name, start, end)]
        if text.endswith("og ", max(0, start - 3), start) or text.endswith("og\t", max(0, start - 3), start):
            listed_before = _LISTED_BEFORE.search(text, max(0, start - 120), start)
            if listed_before is None:
                continue
            subject = [*_entries(listed_before), *subject]
            if not all(n in known or is_first_name(n) for n, _, _ in subject):
                continue  # not a list of people: "Kultur og Fritid har …"
        if not _opens(text, subject[0][1]):
            continue
        if match.group("verb") in ("er", "var") and _AGE_AFTER.match(text, match.end()):
            continue
        if _INITIAL_BEFORE.search(text, max(0, start - 4), start):
            continue
        for name, start, end in subject:
            if " " in name or any(a <= start < b for a, b in taken):
                continue  # a name of two words is the name readers' ("Else Marie")
            if name not in verdicts:
                verdicts[name] = (
                    is_first_name(name)
                    and name not in _NOT_PEOPLE
                    and name.lower() not in municipality_by_name()
                    and not written_in_lower_case(text, name.lower())
                    and not _fuller_printed(text, name, known)
                )
            if verdicts[name]:
                added.append(PersonMention(start, end, name))
    if not added:
        return people
    return sorted([*people, *added], key=lambda p: p.start)
