"""The headings of one group of those present inside an attendance list ("Borgerrepræsentanter:", "Fra
Kultur- og Fritidsforvaltningen:" on a line of its own, "Skolerepræsentanter: A, B" opening its line), which end
no list, and whether names follow a position (a label heads a list only then)."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import islice

from graphbuild.parse.attendance_names import read_name, read_titled_name, split_run_lazily
from graphbuild.vocab.person_names import NAME_RUN
from graphbuild.vocab.reference import first_names

_FIRST_WORD = re.compile(r"[\s:*_•\-–]*(?:([A-Za-zæøåÆØÅ]+)\s+)??([A-ZÆØÅ][\w-]*)")

# two first names alone, a comma or "og" between them
_FIRST_NAMES_PAIR = re.compile(
    r"[ \t]*([A-ZÆØÅ][a-zæøå]+)(?:,[ \t]*|[ \t]+og[ \t]+)([A-ZÆØÅ][a-zæøå]+)(?![ \t]+[A-ZÆØÅ])"
)


def names_follow(text: str, pos: int, count: int) -> bool:
    window = text[pos : pos + 400]
    group = _INLINE_GROUP.match(window)
    if group is not None and "\n" not in group.group(0):
        window = window[group.end() :]  # "Mødedeltagere Fra kommunerne: Inge Kjær Andersen": the group's names
    first = _FIRST_WORD.match(window)
    if first is None:
        return False
    hit = read_name(window, 0) or read_titled_name(window, 0)
    if hit is None:
        pair = _FIRST_NAMES_PAIR.match(window)
        if pair and pair[1] in first_names() and pair[2] in first_names():
            return True  # "Til stede var Karen, Mette, Thomas og Jørgen": a small board's members by first name
        run = list(islice(split_run_lazily(window, 0, len(window)), 2))  # the first two names are all it asks
        opens = bool(run) and not window[: run[0].start].strip()
        if first.group(1) not in first_names() and first.group(2) not in first_names():
            # "Deltagere Vini Lindhardt Slagelse Christian Harsløf Roskilde": a first name the lists do not know
            # opening a run of names (attendance_unknown_first), with a known name after it
            return opens and len(run) >= 2 and run[1].name.split()[0] in first_names()
        return opens
    if count == 1:
        return True
    return len(list(islice(NAME_RUN.finditer(window), count))) >= count  # as many as asked, no more read


class NamesFollow:
    """``names_follow`` for one text, each position and count asked once: the label readers ask it of the same
    candidate ("Medlemmer:" is read as a label, then by its head noun); of another text it asks ``names_follow``."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._known: dict[tuple[int, int], bool] = {}

    def __call__(self, text: str, pos: int, count: int) -> bool:
        if text is not self.text:
            return names_follow(text, pos, count)
        known = self._known.get((pos, count))
        if known is None:
            known = self._known[(pos, count)] = names_follow(text, pos, count)
        return known


FollowingNames = Callable[[str, int, int], bool]  # names_follow, or a NamesFollow of the text


# a heading of one group of those present, on a line of its own with names below: "Borgerrepræsentanter:",
# "Fra Kultur- og Fritidsforvaltningen:", "Tilforordnet fra handicaporganisationerne:"
_GROUP_HEADING = re.compile(r"[ \t•*·-]*[A-ZÆØÅ][^\n:.]{0,80}:[ \t]*(?=\n)")

# a heading of a group that did not come ("Følgende havde meldt afbud:") heads no group of those present
_ABSENCE_WORDS = re.compile(r"(?i)afbud|fravær|forfald|ikke|udebl|suppleant|stedfortræd")


# a school's or an association's groups of people by what they are: "Forældre: A, B", "Elever: C", "Medarbejdere og
# ledelse: D"
_PEOPLE_GROUP = (
    r"(?:forældre|elever|medarbejdere|lærere|pædagoger|ansatte|personale(?:t)?|ledelse(?:n)?|politikere|embedsmænd)"
)
# one group or two joined, "Medarbejdere og ledelse:", the first word capitalised
_PEOPLE_GROUPS = rf"(?=[A-ZÆØÅ])(?i:{_PEOPLE_GROUP}(?:[ \t]*(?:,|og|&)[ \t]*{_PEOPLE_GROUP})?)"

# a group's heading opening its line, its names after it on the same line: "Forældrevalgte: A, B.",
# "Skolerepræsentanter: C, D", "Fra Velfærdsforvaltningen: E, F", "Fra kommunerne: G" - a delegation or a kind of
# representatives, never a one-person field ("Referent: X", "Ordstyrer: Y")
_INLINE_GROUP = re.compile(
    r"[ \t•*·-]*(?:Fra[ \t]+[A-ZÆØÅa-zæøå][^\n:.]{0,60}|[A-ZÆØÅ][a-zæøå]*(?:repræsentanter|valgte)|"
    + _PEOPLE_GROUPS
    + r")[ \t]*:[ \t]*"
)


# before a group's heading on a page flattened onto one line: the line's start, or the end of the group before
# ("… Rikke Søndergaard. Skolerepræsentanter: Birgit Pedersen, …"); a delegation's "Fra" after any word, since a
# flattening drops the stop ("… Anne Fink, Klynge Vest Fra Region Nordjylland: Jane Pedersen")
_AFTER_GROUP = re.compile(r"(?:^|(?<=[\w)][.,][ \t])|(?<=:[ \t])|(?<=[\w)][ \t])(?=Fra[ \t]))")


def group_heading_start(text: str, pos: int) -> int:
    """Where a group's heading starts whose name's capitalised word stands at ``pos`` ("Fra Kommunerne:" read as the
    label "Kommunerne:"): at its "Fra"."""
    return pos - 4 if pos >= 4 and text[pos - 4 : pos - 1] == "Fra" and text[pos - 1] in " \t" else pos


def inline_group_end(text: str, pos: int, mid_line: bool = True) -> int | None:
    """Where the names start after a group's heading that opens the line at ``pos`` with names after it on the
    same line ("Skolerepræsentanter: Birgit Pedersen, …"), or, with ``mid_line``, that stands at ``pos`` itself after
    the group before on a page flattened onto one line; None when no such heading opens it."""
    line_start = text.rfind("\n", 0, pos) + 1
    heading = _INLINE_GROUP.match(text, line_start)
    if (heading is None or heading.end() <= pos) and mid_line and _AFTER_GROUP.match(text, pos):
        heading = _INLINE_GROUP.match(text, pos)
    if heading is None or heading.end() <= pos or "\n" in heading.group(0):
        return None
    line_end = text.find("\n", heading.end())
    line = text[heading.end() : line_end if line_end >= 0 else len(text)]
    hit = read_name(line, 0)
    if hit is not None and hit.start == 0:
        return heading.end()
    pair = _FIRST_NAMES_PAIR.match(line)  # "Forældre: Michelle, Rasmus, Elizabeth": a small body's by first name
    return heading.end() if pair and pair[1] in first_names() and pair[2] in first_names() else None


def group_heading_at(text: str, pos: int) -> bool:
    line_start = text.rfind("\n", 0, pos) + 1
    heading = _GROUP_HEADING.match(text, line_start)
    if heading is None or heading.end() < pos or _ABSENCE_WORDS.search(heading.group(0)):
        return False
    return names_follow(text, heading.end(), 1)
