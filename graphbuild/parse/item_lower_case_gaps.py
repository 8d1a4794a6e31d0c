"""An item whose title opens in lower case, in the gap of a numbered list: "4. Høringssvar vedr. budget" / "5.
orientering fra formanden" / "6. Eventuelt", "åbent 10 Reduktion af …" / "åbent 11 anlægsbevilling til …" /
"åbent 12 Anlægsbevilling …". The heading readers take a title in lower case for a point of a sentence's list;
printed the same way as the items on either side of it and numbered between them, it is the list's own entry."""

from __future__ import annotations

import re
from itertools import pairwise

from graphbuild.parse.item_lines import title_from
from graphbuild.parse.lines import Line

# "5. ", "åbent 11 ": what stands before the title, the number in it, and the title opening in lower case
_LOWER_TITLED = re.compile(r"^(?P<lead>(?:\S+\s+)?)(?P<num>\d{1,3})(?P<mark>[.)]?)\s+(?P<title>[a-zæøå].*)$")
# "5. at godkende …", "5. juni …": a recommendation's point or a date, never an item
_NO_TITLE_START = re.compile(
    r"(?i)^(?:at|og|samt|eller|januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)\b"
)
_SHORTEST = 5
_GAP = 3  # numbers a gap of lower-case entries in a row may hold
_LEAD_WORD = re.compile(r"\S+\s+")  # "åbent ": a word and the blanks after it, before a heading's number


def _form(line: Line, number: str) -> tuple[str, str] | None:
    """What stands before a heading's number on its line and the mark after it ("åbent ", "."), the list's form."""
    return _lead_and_mark(line.clean, number)


def _lead_and_mark(clean: str, number: str) -> tuple[str, str] | None:
    """The word before a decimal number opening the line, if any, and the mark after it: what
    ``^(?P<lead>(?:\\S+\\s+)?)N(?P<mark>[.)]?)\\s`` reads, read with str.startswith (a pattern per number is
    compiled anew when other readers' patterns have pushed it out of re's cache)."""
    word = _LEAD_WORD.match(clean)
    for lead in ([word.group()] if word is not None else []) + [""]:  # one word before the number, else none
        if not clean.startswith(number, len(lead)):
            continue
        after = len(lead) + len(number)
        mark = clean[after : after + 1]
        if mark in (".", ")") and clean[after + 1 : after + 2].isspace():
            return lead.lower(), mark
        if mark.isspace():
            return lead.lower(), ""
    return None


def gap_titles(found: list[tuple[str, Line]], lines: list[Line]) -> list[tuple[str, str, Line]]:
    """(number, title, line) of each lower-case-titled line numbered between two neighbours ``found`` (number and
    heading line, in the document's order) that are numbered one apart but for it and printed in its form."""
    out: list[tuple[str, str, Line]] = []
    for (before, above), (after, below) in pairwise(found):
        if not (before.isdecimal() and after.isdecimal()) or not 2 <= int(after) - int(before) <= _GAP + 1:
            continue
        form = _form(above, before)
        if form is None or form != _form(below, after):
            continue
        if int(after) > int(before) + 2:
            out.extend(_run_through(int(before), int(after), form, lines[above.index + 1 : below.index]))
            continue
        wanted = str(int(before) + 1)
        for line in lines[above.index + 1 : below.index]:
            match = _LOWER_TITLED.match(line.clean)
            if match is None or match["num"] != wanted or (match["lead"].lower(), match["mark"]) != form:
                continue
            title = title_from(match["title"])
            if len(title) >= _SHORTEST and not _NO_TITLE_START.match(title) and not title.endswith((",", ";")):
                out.append((wanted, title, line))
                break
    return out


def _entry(line: Line, form: tuple[str, str]) -> tuple[str, str] | None:
    """(number, title) of a line printed in the list's ``form`` whose title opens in lower case and may be an entry."""
    match = _LOWER_TITLED.match(line.clean)
    if match is None or (match["lead"].lower(), match["mark"]) != form:
        return None
    title = title_from(match["title"])
    if len(title) < _SHORTEST or _NO_TITLE_START.match(title) or title.endswith((",", ";")):
        return None
    return match["num"], title


def _run_through(before: int, after: int, form: tuple[str, str], between: list[Line]) -> list[tuple[str, str, Line]]:
    """The lower-case entries of a gap of two numbers or more, "1. Velkommen …" / "2. til stede" / "3. formanden" /
    "4. Hvert medlem …": each number of the gap once, in order, on lines in the list's form, and no other line of the
    form in lower case between (a list of points in an item's text)."""
    entries = [(number, title, line) for line in between if (entry := _entry(line, form)) for number, title in [entry]]
    if [int(number) for number, _, _ in entries] != list(range(before + 1, after)):
        return []
    return entries
