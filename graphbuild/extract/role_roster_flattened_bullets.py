"""A body's bulleted roster under its heading, a PDF's text layer flattened into one line, read by `roles` as
`role_rosters` reads it on lines of its own: "… Medlemmerne af KL's bestyrelse i valgperioden 2018-2022 er: • Formand:
Jacob Bundsgaard (A), Aarhus • Næstformand: Martin Damm (V), Kalundborg • Frank Jensen (A), København • …", "…
Forretningsorden Medlemmer af Sundhedskoordinationsudvalget Region • Lone Lindsby, Koncerndirektør • …",
"… Beredskabskommissionens medlemmer er: • Borgmester, Winni Grosbøll • … • Jacob Lund • Kristine Grønbech-Jensen
(observatør fra Beredskabsforbundet) Oversigt …". The line is given a line break (in place of a blank, one character
for one, so every place stays) before the roster's heading, before a group's heading between it and the first bullet
("Region") and before each bullet after it: the heading is the longest run of words before a bullet that
`role_rosters` takes for a roster's heading on a line of its own ("Medlemmer af X", "Xs medlemmer er:",
"Bestyrelsesmedlemmer:"), at most HEADING_MAX characters, never an entry's own post after a comma or a dash ("• NAME,
Medlem • …"). Only on a line of FLAT_LINE characters or more; `role_rosters`' guards hold (a heading of members, a
chair or observers; entries that open with a name; a seat in brackets or after a dash is the entry's own;
"Medlemmerne er:" with no body named gives none; a list the meeting's attendance was read from is no roster), and one
of its own: never a name the flattened line ends in (the next page's first word may have joined it)."""

from __future__ import annotations

import re

from graphbuild.extract.people import PersonMention
from graphbuild.extract.role_member_flattened_runs import FLAT_LINE
from graphbuild.extract.role_rosters import HEADING_WORDS, OWNED_HEADING, ROSTER_HEADING, roster_entries

BULLET = " • "
HEADING_MAX = 120  # characters a roster's heading holds
# a group's heading, one or two capitalised words, between a roster's heading and its first bullet: "Region", "Kommuner"
GROUP_HEADING = re.compile(r"[ \t](?:[A-ZÆØÅ][a-zæøå]+)(?:[ \t]+[a-zæøå]+)?(?=[ \t]*$)")


def flattened_roster_entries(
    text: str, people: list[PersonMention]
) -> list[tuple[PersonMention, str, str | None, int]]:
    """`role_rosters.roster_entries` of the bulleted rosters inside flattened lines, read as on lines of their own."""
    if BULLET not in text or not people:
        return []
    chars: list[str] | None = None
    spans: list[tuple[int, int]] = []
    line_start = 0
    while line_start < len(text):
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        if line_end - line_start >= FLAT_LINE and BULLET in text[line_start:line_end]:
            breaks = _breaks(text, line_start, line_end)
            if breaks:
                chars = chars or list(text)
                for at in breaks:
                    chars[at] = "\n"
                spans.append((breaks[0], line_end))
        line_start = line_end + 1
    if chars is None:
        return []
    return [
        entry
        for entry in roster_entries("".join(chars), people)
        if any(lo <= entry[0].start < hi for lo, hi in spans) and not _ends_line(text, entry[0].end)
    ]


def _breaks(text: str, start: int, end: int) -> list[int]:
    """The blanks to turn into line breaks on one flattened line: before each roster's heading and before each
    bullet after the first heading; none when no bullet follows a heading."""
    breaks: list[int] = []
    at = text.find(BULLET, start, end)
    while at >= 0:
        breaks += _heading_before(text, start, at)
        if breaks:
            breaks.append(at)
        at = text.find(BULLET, at + 2, end)
    return breaks


def _heading_before(text: str, start: int, bullet: int) -> list[int]:
    """The blanks before the longest roster heading that ends at the bullet, and before a group's heading between it
    and the bullet ("Medlemmer af Sundhedskoordinationsudvalget Region • …": "Region" the group's, not the body's
    name's last word); none when no heading ends there."""
    window = text[max(start, bullet - HEADING_MAX) : bullet].lower()
    if not any(word in window for word in HEADING_WORDS):
        return []
    group = GROUP_HEADING.search(text, max(start, bullet - HEADING_MAX), bullet)
    ends = ([group.start()] if group is not None else []) + [bullet]
    at = max(start, bullet - HEADING_MAX)
    while at < bullet:
        blank = text.find(" ", at, bullet)
        if blank < 0:
            return []
        word_at = blank + 1
        if text[blank - 1] not in ",-–" and text[word_at : word_at + 1].isupper():
            for end in ends:
                if ROSTER_HEADING.fullmatch(text, word_at, end) or OWNED_HEADING.fullmatch(text, word_at, end):
                    return [blank] if end == bullet else [blank, end]
        at = word_at
    return []


def _ends_line(text: str, end: int) -> bool:
    """Whether nothing but blanks follows a name on its line: a flattened page ends in it, and the name reader may
    have joined the next page's first word to it."""
    line_end = text.find("\n", end)
    return not text[end : len(text) if line_end < 0 else line_end].strip()
