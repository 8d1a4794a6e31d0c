"""The sentences of a paragraph as the prose readers read them ("kl.", "pkt." and initials end none; a
stop a flattening lost after a party's bracket or before "I stedet" is one), and the names a cue in one
stands next to: the list that ends before it ("A, B og C var fraværende"), the list that starts after it
("afbud fra A (A), B (A)"), the nearest name before it."""

from __future__ import annotations

import re

from graphbuild.parse.attendance_names import TITLE_WORD, NameHit, heading_word, person_name
from graphbuild.vocab.item_number_next import ITEM_NUMBER_NEXT
from graphbuild.vocab.person_names import (
    DEPUTY_WORD,
    NAME_ABBREVIATIONS,
    NAME_RUN,
    NON_SPACE,
    NOT_NAME_WORDS,
    PARTY,
    ROLE_WORDS,
    surname_like,
)
from graphbuild.vocab.reference import first_names
from graphbuild.vocab.sentence_abbreviations import AMOUNT_UNITS, PARAGRAPH, POINT, REFERENCE, is_abbreviation

# besides the shared abbreviations, a name's ("Chr.", "Th."), an amount's ("2 mio. kr.") and a reference's ("pkt. 3")
_OWN_ABBREVIATIONS = (
    AMOUNT_UNITS | {POINT, PARAGRAPH, REFERENCE} | {abbreviation.lower() for abbreviation in NAME_ABBREVIATIONS}
)
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-ZÆØÅ0-9\"“”]|[A-ZÆØÅ][a-zæøå])")
_LOWER_SURNAME = re.compile(r"\s*,\s*(?P<first>[A-ZÆØÅ][a-zæøå]+) (?P<last>[a-zæøå]{3,})(?=\s*(?:,|og\s))")
_LIST_GAP = re.compile(r"^\s*(?:,\s*(?:og\s+|samt\s+)?|og\s+|samt\s+)$")
# after an entry's party bracket, a space alone: the list's comma a flattening lost ("Maria Gudme (A) Anja Rosengreen")
_COMMA_LOST = re.compile(r"[ \t]+")
# a list's separator, then the next entry's title: ", Faglig koordinator ", " og jurist ", " og kontorchef "
_TITLED_GAP = re.compile(
    rf"(?i)^\s*(?:,\s*(?:og\s+|samt\s+)?|og\s+|samt\s+)(?:[a-zæøå]+\s+)?(?:{TITLE_WORD}|jurist)\s+$"
)
# a bracket after a name that is no party's letter: "(løsg.)", "(uden for partierne)"
_BRACKET_AFTER_NAME = re.compile(r"[ \t]*\([^()\n]{1,24}\)")
# the town or workplace after an entry's comma, perhaps the entry's post in a bracket, then the list's next separator:
# ", Nyborg og " ("Merete Bang, Nyborg og Barbara Schultz, Nyborg"), ", Naturstyrelsen (referent) og "
_TOWN_GAP = re.compile(
    r"^\s*,\s*[A-ZÆØÅ][a-zæøå]+(?:\s*\([a-zæøå][^()\n]{0,23}\))?\s*(?:,\s*(?:og\s+|samt\s+)?|og\s+|samt\s+)$"
)
NOT_BETWEEN = re.compile(r"^[\s,]*(?:[a-zæøå]+[\s,]+){0,4}$")
# a title before a name in a list of those present, perhaps a word before it: "direktør Jens Erik Sørensen og
# områdechef Grethe Hassing", "ekstern næstformand Jan Henriksen"
_TITLE = re.compile(rf"(?i)(?<!\S)(?:(?!og[ \t]|samt[ \t])[a-zæøå]+[ \t]+)?{TITLE_WORD}[ \t]+$")
# a deputy's title, an ordinal before it, before the first name a cue names: "Afbud fra 1. suppleant Birger Pedersen"
DEPUTY_TITLE = re.compile(rf"(?i)[ \t]*(?:\d\.[ \t]*)?{DEPUTY_WORD}(?:en)?[ \t]+$")
_TITLE_TOKEN = re.compile(rf"(?i){TITLE_WORD}")
_LAST_WORD = re.compile(r"(\w+)$")


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each sentence of one paragraph; "kl." "pkt." and initials do not end one."""
    out: list[tuple[int, int]] = []
    lo = start
    ends = [
        m.end() for m in _SENTENCE_END.finditer(text, start, end) if not _abbreviation_before(text, start, m.start())
    ]
    if ") " in text[start:end]:
        ends = sorted({*ends, *(m.end() for m in _PARTY_RUN_ON.finditer(text, start, end))})
    if "I stedet" in text[start:end]:
        ends = sorted({*ends, *(m.start() for m in _INSTEAD_STARTS.finditer(text, start, end))})
    for stop in ends:
        out.append((lo, stop))
        lo = stop
    if text[lo:end].strip():
        out.append((lo, end))
    return out


def _abbreviation_before(text: str, start: int, dot: int) -> bool:
    word = _LAST_WORD.search(text, max(start, dot - 12), dot)
    if word is None:
        return False
    last = word.group(1)
    return is_abbreviation(last, _OWN_ABBREVIATIONS) or (len(last) == 1 and last.isalpha())


# a party in brackets followed by another name with no separator: two lines a flattening ran together
# ("I stedet deltog Rie Frank (A) Bodil Kornbek (A) var fraværende."), a sentence ends after the bracket; not where
# the list goes on after the next name's bracket, a comma lost ("Brian Høier (A), Maria Gudme (A) Anja Rosengreen (F)
# og Grethe Olivia Nielsson (Ø) deltog ikke i sagens behandling.")
_PARTY_RUN_ON = re.compile(
    r"(?<=\s)\([A-ZÆØÅ]{1,2}\)(?=[ \t]+[A-ZÆØÅ][a-zæøå-]+(?:[ \t]+[A-ZÆØÅ][\w.-]*){1,3}[ \t]+\([A-ZÆØÅ]{1,2}\)"
    r"(?![ \t]*(?:,|og[ \t]|samt[ \t])))"
)


# "I stedet" with a capital I after a word starts a sentence whose stop a flattening lost ("Afbud fra: Vivi Kier
# I stedet for Vivi Kier deltog Preben Petersen.")
_INSTEAD_STARTS = re.compile(r"(?<=[\w)])[ \t]+(?=I[ \t]+stedet[ \t])")


def name_hit(text: str, run: re.Match[str], end: int, head: bool = False) -> NameHit | None:
    """A name run without its leading role or sentence words ("Rådmand Kristian Würtz", "Som X");
    of two names run together ("Mads Krarup Nielsen Torben Myrup") the last, or with ``head`` the first."""
    spans = [(m.start(), m.end(), m.group(0)) for m in NON_SPACE.finditer(run.group(0))]
    tokens = [t for _, _, t in spans]
    bounds = [
        i for i in range(2, len(tokens) - 1)
        if tokens[i] in first_names() and tokens[i - 1] not in first_names() and not tokens[i - 1].endswith(".")
    ]  # fmt: skip
    a, b = (0, bounds[0]) if bounds and head else (bounds[-1] if bounds else 0, len(tokens))
    if a == 0 and b - a >= 3 and tokens[1] in first_names() and not surname_like(tokens[0]):
        a = 1  # "Rød 3, Prøvestenen Lars Løgstrup deltog …": the word before a first name ends what went before
    while b - a > 2 and heading_word(tokens[b - 1]):
        b -= 1  # "stedfortræder Gert Wahl Indholdsfortegnelse": the next words of a flattened page
    role = None
    while a < b - 1 and (
        tokens[a] in NOT_NAME_WORDS or tokens[a].lower() in ROLE_WORDS or _TITLE_TOKEN.fullmatch(tokens[a])
    ):
        if tokens[a].lower() in ROLE_WORDS:
            role = tokens[a].lower()
        a += 1
    if not person_name(tokens[a:b]):
        return None
    start, stop = run.start() + spans[a][0], run.start() + spans[b - 1][1]
    party = PARTY.match(text, stop, end)
    return NameHit(" ".join(tokens[a:b]), start, stop, party["party"].strip() if party else None, role,
                   party.end() if party else stop)  # fmt: skip


def names_before(text: str, lo: int, cue: int, *, titled: bool = False) -> list[NameHit]:
    """The list of names that ends just before ``cue`` ("A, B og C var fraværende"); with ``titled`` an
    entry's title may stand between it and the entry before ("A, faglig koordinator B og jurist C deltog")."""
    hits = [h for run in NAME_RUN.finditer(text, lo, cue) if (h := name_hit(text, run, cue))]
    if not hits:
        return []
    gap_start = hits[-1].rest_start
    bracket = _BRACKET_AFTER_NAME.match(text, gap_start, cue)  # "Rasmus Drabe (løsg.) var fraværende"
    if not NOT_BETWEEN.match(text[bracket.end() if bracket else gap_start : cue]):
        return []
    out = [hits[-1]]
    for hit in reversed(hits[:-1]):
        gap_start, gap_end = hit.rest_start, out[0].start
        inner = _LOWER_SURNAME.match(text, gap_start, gap_end)
        if inner and inner["first"] in first_names() and _LIST_GAP.match(text[inner.end() : gap_end]):
            # "Peter Andersen, Gert winther og Linda Peitersen": a surname printed in lower case
            out.insert(0, NameHit(f"{inner['first']} {inner['last']}", inner.start("first"), inner.end("last"),
                                  rest_start=inner.end("last")))  # fmt: skip
        elif (
            not _LIST_GAP.match(text[gap_start:gap_end])
            and not (titled and _TITLED_GAP.match(text[gap_start:gap_end]))
            and not (hit.party and _COMMA_LOST.fullmatch(text, gap_start, gap_end))
        ):
            break
        out.insert(0, hit)
    return out


def names_after(text: str, pos: int, hi: int) -> list[NameHit]:
    """The list of names that starts at ``pos`` ("afbud fra A (A), B (A), C (V)")."""
    out: list[NameHit] = []
    for run in NAME_RUN.finditer(text, pos, hi):
        gap = text[out[-1].rest_start if out else pos : run.start()]
        title = _TITLE.search(gap) or (None if out else DEPUTY_TITLE.search(gap))
        gap = gap[: title.start()] if title else gap
        listed = _LIST_GAP.match(gap + (" " if title and gap.endswith("og") else "")) or _TOWN_GAP.match(gap)
        if (out and not listed) or (not out and gap.strip(" \t:")):
            break
        hit = name_hit(text, run, hi, head=True)
        if hit is None:
            break
        out.append(hit)
        if hit.end < run.end():
            break
    return out


# one entry of a list written in first names: a first name, perhaps two ("Kjeld Flemming"), then the list's separator
# or its end
_FIRST_NAME_ENTRY = re.compile(r"([A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?)(?:[ \t]+([A-ZÆØÅ][a-zæøå]+))?")
# (each blank run read once, possessive: a comma and "og"/"samt" never open with a blank; as `[ \t]*(?:…|[ \t]+og…)`
# the run before "og" was split every way, quadratic: 0.4 s at 4,000 blanks)
_FIRST_NAME_SEPARATOR = re.compile(r"[ \t]*+,[ \t]*+(?:og[ \t]+|samt[ \t]+)?|[ \t]++(?:og|samt)[ \t]++")
# the list's end: its full stop, or a blank line or the text's end (a single line break may wrap a name: "afbud fra
# Linda\nNørskov Eskildsen"); on a flattened line the full stop before the next item's number ("… Freddy, Niels.
# 0. Gæsteforelæsning")
# blank runs read once (possessive: what follows each opens with a mark, a line break, a capital or the end), as
# `[ \t]*` beside `\n?[ \t]*\Z` split a run of blanks after a name; the same truth (its one use)
_FIRST_NAME_LIST_END = re.compile(
    rf"[ \t]*+[.;](?:[ \t]*+(?:\n|\Z|(?=[A-ZÆØÅ]))|{ITEM_NUMBER_NEXT})|[ \t]*+(?:\n[ \t]*+(?:\n|\Z)|\Z)"
)


def first_names_after(text: str, pos: int, hi: int) -> list[NameHit]:
    """A small body's list written in first names that starts at ``pos`` and runs to its sentence's end ("afbud fra
    Jesper, Marianne, Kjeld Flemming og Niels."): each entry known first names only, one of them a first name alone
    (a list of full names is ``names_after``'s); a word of any other kind leaves no list at all."""
    out: list[NameHit] = []
    at = pos
    while True:
        entry = _FIRST_NAME_ENTRY.match(text, at, hi)
        if entry is None or any(word is not None and word not in first_names() for word in entry.groups()):
            return []
        out.append(NameHit(entry.group(0), entry.start(), entry.end(), rest_start=entry.end()))
        if _FIRST_NAME_LIST_END.match(text, entry.end()):
            break
        separator = _FIRST_NAME_SEPARATOR.match(text, entry.end(), hi)
        if separator is None:
            return []
        at = separator.end()
    return out if any(" " not in hit.name for hit in out) else []


def nearest_before(text: str, lo: int, cue: int) -> NameHit | None:
    hits = [h for run in NAME_RUN.finditer(text, lo, cue) if (h := name_hit(text, run, cue))]
    return hits[-1] if hits else None


def names_before_loose(text: str, lo: int, cue: int) -> list[NameHit]:
    """Names before a cue, allowing "Rådmand" or a party in between ("Anna Hede (O) forlod mødet")."""
    hits = names_before(text, lo, cue)
    if hits:
        return hits
    near = nearest_before(text, lo, cue)
    return [near] if near and len(text[near.rest_start : cue].split()) <= 2 else []


def sentence_start(text: str, pos: int) -> int:
    line = text.rfind("\n", 0, pos) + 1
    bounds = sentences(text, line, pos)
    return bounds[-1][0] if bounds else line
