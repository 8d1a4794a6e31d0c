"""The text as the list readers read it: markup blanked, a line wrapped inside a list entry joined, a
line in capitals that opens with an attendance label read as minutes write it, a table row in bars of a label and
its list read as the label and its list; offsets kept."""

from __future__ import annotations

import re

from graphbuild.parse.attendance_labels import LABEL_STATUSES
from graphbuild.vocab.person_names import PARTICLE
from graphbuild.vocab.reference import first_names, last_names

_MARKUP = re.compile(r"<br\s*/?>|</?strong>|</?b>|\*\*|__|&nbsp;")
_MARKUP_MARKS = ("<", "**", "__", "&nbsp;")  # what every match of _MARKUP holds: a text with none is not scanned
# the marks' first characters, each looked for first: a one-character search runs at memchr's speed, a search for
# "**" or "__" (a repeated character) at a tenth of it (1,000 documents: 0.13 ms for "<", 2.3 ms for "**")
_MARKUP_FIRSTS = tuple(mark[0] for mark in _MARKUP_MARKS)

# a comma list wrapped inside an entry: "Lisa Pihl Jensen, Ebbe\nChristensen, Helle Hansen, H.C.\nRasmussen",
# the wrapped word before the next entry's comma, the list's "og"/"samt", the entry's party or the list's full
# stop ("Ole Berg, Lis\nHolm og Per Bak.", "Ole Berg (A), Lis\nHolm (V), …", "Ole Berg, Lis\nHolm.")
# (it opens with the ", " before the entry, not a look-behind: a pattern that opens with a look-behind is
# tried at every position; the replacement keeps the ", ")
WRAPPED_ENTRY = re.compile(
    r", (?:[A-ZÆØÅ][\w-]*|[A-ZÆØÅ]\.(?:-?[A-ZÆØÅ]\.)*)\n"
    r"(?=[A-ZÆØÅ][\w-]*(?:[,;\n]|$|[ \t]+(?:og|samt)[ \t]|[ \t]*\([A-ZÆØÅ]|\.[ \t]*(?:\n|$)))"
)

# a line in capitals that opens with an attendance label ("AFBUD FRA LOTTE BARFOD, ENHEDSLISTEN", "FRAVÆRENDE:
# JENS HANSEN (A)"): its words are read as minutes write them, a capital first
_CAPITALS_LINE = re.compile(
    r"(?m)^[ \t•*·-]*(?:AFBUD|FRAVÆRENDE|FRAVÆR|FORFALD|DELTAGERE|MØDEDELTAGERE|TIL[ \t]+STEDE|"
    r"IKKE[ \t]+TIL[ \t]+STEDE|MEDLEMMER|DELTOG|STEDFORTRÆDER|STEDFORTRÆDERE|SUPPLEANT|SUPPLEANTER)\b[^\n]*$"
)

_CAPITALS_WORD = re.compile(r"[A-ZÆØÅ]{2,}|(?<![\w.])I(?![\w.])")  # "I" alone: "DELTAGERE I MØDET"

# the small words of a label or an entry that minutes write in lower case
_LOWER_WORDS = frozenset(
    {"fra", "for", "og", "i", "af", "med", "som", "til", "stede", "uden", "under", "punkt", "pkt", "var", "er",
     "deltog", "mødte", "stedfortræder", "suppleant", "afbud", "fraværende", "samt", "ved", "mødet"}
)  # fmt: skip

_CAPITALS_CUES = ("AFBUD", "FRAVÆR", "FORFALD", "DELTAGERE", "STEDE", "MEDLEMMER", "DELTOG", "STEDFORTRÆD", "SUPPLEANT")


# the words of the labels: after a label's first word, the rest of the label ("FRAVÆRENDE MEDLEMMER", "DELTAGERE I
# MØDET") is written in lower case, as the label reader reads it
_LABEL_VOCABULARY = frozenset(word for label in LABEL_STATUSES for word in label.split())


def _titled(line: str) -> str:
    """A line in capitals as minutes write it: each word a capital first, the small words after the first and
    the label's own words after its first in lower case ("AFBUD FRA LOTTE BARFOD" → "Afbud fra Lotte Barfod",
    "FRAVÆRENDE MEDLEMMER:" → "Fraværende medlemmer:"); its length kept."""
    first = True
    in_label = True  # still in the label's words at the line's start

    def word(m: re.Match[str]) -> str:
        nonlocal first, in_label
        lower = m.group(0).lower()
        in_label = in_label and lower in _LABEL_VOCABULARY
        if m.group(0) == "I" and not in_label:
            return "I"  # a middle initial ("JENS I HANSEN"), not the label's "i"
        keep_lower = (lower in _LOWER_WORDS or in_label) and not first
        first = False
        return lower if keep_lower else lower[:1].upper() + lower[1:]

    return _CAPITALS_WORD.sub(word, line)


def capitals_as_written(text: str) -> str:
    """Lines in capitals that open with an attendance label read as minutes write them (``_titled``), so
    offsets still index the document."""
    if not any(cue in text for cue in _CAPITALS_CUES):
        return text
    pieces: list[str] = []
    last = 0
    for line in _CAPITALS_LINE.finditer(text):
        letters = [c for c in line.group(0) if c.isalpha()]
        if len(letters) < 8 or any(c.islower() for c in letters):
            continue
        pieces += [text[last : line.start()], _titled(line.group(0))]
        last = line.end()
    return "".join(pieces) + text[last:] if pieces else text


_LABEL_CELL_ALTS = "|".join(
    r"[ \t]+".join(map(re.escape, label.split())) for label in sorted(LABEL_STATUSES, key=len, reverse=True)
)
# a table row in bars whose first cell is an attendance label and whose second opens with a capital that is no
# label's ("| Deltagere | Jens Hansen, Mette Larsen |"; a header row "| Deltagere | Afbud |" heads the columns)
_LABEL_CELL_ROW = re.compile(
    rf"(?m)^[ \t]*+\|[ \t]*+(?i:{_LABEL_CELL_ALTS})[ \t]*+(?::[ \t]*+)?\|[ \t]*+"
    rf"(?=[A-ZÆØÅ])(?!(?i:{_LABEL_CELL_ALTS})(?![\w]))[^\n]*"
)


def label_cell_rows_opened(text: str) -> str:
    """A label's row of a table in bars read as the label and its list on one line: each bar a tab (offsets kept),
    as a table with no bars prints it ("Deltagere<tab>Jens Hansen, Mette Larsen")."""
    if "|" not in text:
        return text
    return _LABEL_CELL_ROW.sub(lambda m: m.group(0).replace("|", "\t"), text)


def without_markup(text: str) -> str:
    """Markup replaced by spaces of the same length, a page's footer line inside a list left out, a line
    wrapped inside a list entry joined and a hyphenated name the text layer split rejoined, so offsets still
    index the document."""
    if any(first in text and mark in text for first, mark in zip(_MARKUP_FIRSTS, _MARKUP_MARKS, strict=True)):
        text = _MARKUP.sub(lambda m: " " * len(m.group(0)), text)
    if "ide " in text:
        text = _FOOTER_LINE.sub(lambda m: " " * (len(m.group(0)) - 1) + "\n", text)
    text = WRAPPED_ENTRY.sub(lambda m: _wrapped_entry_joined(m, text), text)
    if _PARTICLE_AFTER_BREAK.search(text):
        text = _PARTICLE_WRAP.sub(lambda m: _particle_joined(m, text), text)
    return names_rejoined(first_names_rejoined(label_cell_rows_opened(text)))


# an entry whose surname's particle a line break set apart: "Johannes Lund, Niels Bruun\nde Neergaard, Hanne
# Kinnerup" (a capitalised word ends the line, the particle and a capitalised word that end the entry open the next)
_PARTICLES = ("de ", "von ", "van ", "der ", "den ", "la ", "le ", "af ", "du ", "da ", "di ")
# a line that opens with one of them: one pass (eleven scans for "\n" + a particle, each "\n" a candidate, cost
# 13 times as much on the corpora)
_PARTICLE_AFTER_BREAK = re.compile("\n(?:" + "|".join(re.escape(particle) for particle in _PARTICLES) + ")")
_PARTICLE_WRAP = re.compile(
    rf"(?<=[a-zæøå])(?P<gap>[ \t]*)\n(?={PARTICLE}[ \t]+[A-ZÆØÅ][\w-]*(?:[ \t]*[,;]|[ \t]+(?:og|samt)[ \t]|[ \t]*\n|$))"
)
# a list's line that ends in a name: after the label's colon or the entry before's comma, up to four capitalised words
_LIST_LINE_NAME_END = re.compile(r"[,:][ \t]*(?:[A-ZÆØÅ][\w.-]*[ \t]+){1,3}[A-ZÆØÅ][a-zæøå]+[ \t]*\Z")


def _particle_joined(m: re.Match[str], text: str) -> str:
    """The break made a space when its line is a list's and ends in a name cut before the particle."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    if _LIST_LINE_NAME_END.search(text[line_start : m.start()]) is None:
        return m.group(0)
    return m.group("gap") + " "


def _wrapped_entry_joined(m: re.Match[str], text: str) -> str:
    """The break inside a wrapped entry made a space, unless the next line is a list's label alone ("Ole Berg, V\n
    Forfald\nLise Holm"): the list has ended there and the next one begins."""
    line_end = text.find("\n", m.end())
    line = text[m.end() : line_end if line_end >= 0 else len(text)]
    if " ".join(line.strip(" \t:").lower().split()) in LABEL_STATUSES:
        return m.group(0)
    return m.group(0)[:-1] + " "


# a page's footer on a line of its own between two lines of a list ("Ole Berg\nSide 2 af 5\nLis Holm"): the line
# and the break before it become spaces, so the list's lines meet (the pattern opens with the break)
_FOOTER_LINE = re.compile(r"\n[ \t]*[Ss]ide[ \t]+\d+(?:[ \t]*(?:af|/)[ \t]*\d+)?[ \t]*\n(?=[ \t]*[A-ZÆØÅ])")


# a hyphen the PDF's text layer set apart from the word after it, at a line break or a flattened one:
# "Else- Marie Langballe Sørensen", "Anders Fog- Petersen", "Michael Lund-\nLarsen" (the pattern opens with
# its literal hyphen, so the scan is fast; the word before it is checked in ``_split_name_at``)
_SPLIT_HYPHEN = re.compile(r"-(?:[ \t]|\n)(?=[A-ZÆØÅ][a-zæøå]+(?!\w))")
# a hyphen before a space or a break, the text ``names_rejoined`` reads: one search (its literal hyphen found at
# memchr's speed), not one for "- " and another for "-\n" (a hyphen before a tab, which ``_SPLIT_HYPHEN`` also reads,
# opens no reading in a text with neither, as before)
_HYPHEN_GAP = re.compile(r"-[ \n]")
_CAPITALISED_BEFORE = re.compile(r"(?<![\w.-])[A-ZÆØÅ][a-zæøå]+\Z")


def _name_parts(left: str, right: str) -> bool:
    """Two words of one hyphenated name: the first a first name or a surname ("Else- Marie", "Fog- Petersen"),
    or the second a surname that is no first name ("Giørtz- Jørgensen"); not a label before a bullet
    ("Fraværende- Hans Østergaard")."""
    return left in first_names() or left in last_names() or (right in last_names() and right not in first_names())


def names_rejoined(text: str) -> str:
    """A capitalised word, a hyphen, a break and a capitalised word ("Else- Marie", "Fog-\nPetersen")
    joined as one hyphenated name word, the break moved after it, so offsets still index the document."""
    if _HYPHEN_GAP.search(text) is None:
        return text
    pieces: list[str] = []
    last = 0
    for m in _SPLIT_HYPHEN.finditer(text):
        before = _CAPITALISED_BEFORE.search(text, max(0, m.start() - 20), m.start())
        after = m.end()
        while after < len(text) and text[after].isalpha():
            after += 1
        if before is None or not _name_parts(before.group(0), text[m.end() : after]):
            continue
        pieces += [text[last : m.start()], "-", text[m.end() : after], " "]
        last = after
    return "".join(pieces) + text[last:] if pieces else text


# a line break before a capitalised word at the start of a line: where a name a PDF broke may go on (the letter
# before it, perhaps a space and a blank line between, checked in the loop by ``_letter_before_gap``; the pattern
# opens with the break itself so the scan jumps from break to break). Its look-behind, read after the break, lets
# through every break that walk may accept and leaves the rest untried: a letter that may be in lower case (an ASCII
# one in lower case, or any other character: ``str.islower`` is the loop's) or a space or tab right before the break,
# or one of these before a blank line's break ("Merete\n\nScheelsbeck"); a line that ends in a full stop, a colon,
# a digit or a capital, most of them, is no candidate (on the corpora: 38,393 breaks tried → 13,973, 21,981 → 9,908)
_MAY_BE_LOWER = r"a-z\x80-\U0010ffff"
_BREAK_BEFORE_WORD = re.compile(
    rf"\n(?:(?<=[{_MAY_BE_LOWER} \t]\n)|(?<=[{_MAY_BE_LOWER} \t]\n\n))(?=[A-ZÆØÅ][a-zæøå]+(?![\w-]))"
)

# what may stand before the first names of an entry on their line: the line's start, a bullet, a label's colon,
# the entry before's comma, the list's "og"/"samt" before its last entry ("…, Ole Jensen og Mette\nFrederiksen")
_ENTRY_OPENING = re.compile(r"(?:^|[:,•·*-]|(?<![\w-])(?:og|samt))[ \t]*\Z")

# spaces, a line break and a blank line perhaps between a name's first names and its surname (a PDF's lines
# rendered with a blank line between them: "Merete \n\nScheelsbeck (C)"): at most this far back from the break
_GAP_REACH = 20


def _letter_before_gap(text: str, brk: int) -> int:
    """Where the lower-case letter stands that the gap before the line break at ``brk`` follows (spaces or tabs, and
    perhaps a break and more of them), within ``_GAP_REACH`` characters; -1 if none. Walked back by hand: the pattern
    it stands for (a letter, the gap, the end of the text before the break) was tried at each of the twenty places."""
    floor = max(0, brk - _GAP_REACH)
    at = brk
    while at > floor and text[at - 1] in " \t":
        at -= 1
    if at > floor and text[at - 1] == "\n":
        at -= 1
        while at > floor and text[at - 1] in " \t":
            at -= 1
    letter = at - 1
    if letter < floor:
        return -1
    char = text[letter]
    return letter if char.islower() and char.isalnum() else -1  # a lower-case letter: no digit, no "_"


# the rest of an entry of a comma list after its surname: its party's bracket or the list's next comma
_ENTRY_GOES_ON = re.compile(
    r"(?P<entry>[A-ZÆØÅ][\w-]*(?:[ \t]+[A-ZÆØÅ][\w-]*)?(?:[ \t]*\([A-ZÆØÅ]{1,3}\)|(?=[ \t]*,)))"
)


def first_names_rejoined(text: str) -> str:
    """A name a PDF's line end broke after its first names ("Deltagere: Anne\nHansen (V), …", "Anne Marie\nHansen")
    joined onto one line: the line ends with one to three first names that open an entry, the next line starts
    with a surname that is no first name; across a blank line ("…, Merete \n\nScheelsbeck (C), …") only when the
    line is a comma list's and the surname goes on as its entry (a party's bracket or a comma after it). The gap
    becomes spaces, so offsets still index the document."""
    if "\n" not in text:
        return text
    firsts, lasts = first_names(), last_names()
    gaps: list[tuple[int, int]] = []  # the gaps that become spaces
    for m in _BREAK_BEFORE_WORD.finditer(text):
        after = m.end()
        letter = _letter_before_gap(text, m.start())
        if letter < 0:
            continue
        at = letter + 1  # the gap's first character
        line_start = text.rfind("\n", 0, at) + 1
        words = text[max(line_start, at - 40) : at].split(" ")
        names: list[str] = []
        for word in reversed(words):
            if word not in firsts or len(names) == 3:
                break
            names.append(word)
        if not names:
            continue
        opening = text[line_start : at - len(" ".join(names))]
        if _ENTRY_OPENING.search(opening) is None:
            continue
        surname = text[after : after + 30].split(" ", 1)[0].split("\n", 1)[0].rstrip(",.;(")
        if surname in firsts:
            continue
        if "\n" not in text[at : m.start()]:
            if surname in lasts:
                gaps.append((at, after))
        elif opening.rstrip().endswith(",") and (goes_on := _ENTRY_GOES_ON.match(text, after)):
            gaps.append((at, goes_on.end("entry")))
    if not gaps:
        return text
    pieces: list[str] = []
    last = 0
    for start, end in gaps:
        # the words after the gap moved up to the first names, the gap's width after them: a gap of three or
        # more spaces inside a name would read as two columns
        moved = text[start:end].lstrip() if "\n" in text[start:end] else ""
        pieces += [text[last:start], (" " + moved).ljust(end - start)]
        last = end
    return "".join(pieces) + text[last:]
