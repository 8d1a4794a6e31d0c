"""The text as the list readers read it: markup blanked, a line wrapped inside a list entry joined, a
line in capitals that opens with an attendance label read as minutes write it; offsets kept."""

from __future__ import annotations

import re

_MARKUP = re.compile(r"<br\s*/?>|</?strong>|</?b>|\*\*|__|&nbsp;")

# a comma list wrapped inside an entry: "Lisa Pihl Jensen, Ebbe\nChristensen, Helle Hansen, H.C.\nRasmussen"
# (it opens with the ", " before the entry, not a look-behind: a pattern that opens with a look-behind is
# tried at every position; the replacement keeps the ", ")
WRAPPED_ENTRY = re.compile(r", (?:[A-ZÆØÅ][\w-]*|[A-ZÆØÅ]\.(?:-?[A-ZÆØÅ]\.)*)\n(?=[A-ZÆØÅ][\w-]*(?:,|\n|$))")

# a line in capitals that opens with an attendance label ("AFBUD FRA LOTTE BARFOD, ENHEDSLISTEN", "FRAVÆRENDE:
# JENS HANSEN (A)"): its words are read as minutes write them, a capital first
_CAPITALS_LINE = re.compile(
    r"(?m)^[ \t•*·-]*(?:AFBUD|FRAVÆRENDE|FRAVÆR|FORFALD|DELTAGERE|MØDEDELTAGERE|TIL[ \t]+STEDE|"
    r"IKKE[ \t]+TIL[ \t]+STEDE|MEDLEMMER|DELTOG|STEDFORTRÆDER|STEDFORTRÆDERE|SUPPLEANT|SUPPLEANTER)\b[^\n]*$"
)

_CAPITALS_WORD = re.compile(r"[A-ZÆØÅ]{2,}")

# the small words of a label or an entry that minutes write in lower case
_LOWER_WORDS = frozenset(
    {"fra", "for", "og", "i", "af", "med", "som", "til", "stede", "uden", "under", "punkt", "pkt", "var", "er",
     "deltog", "mødte", "stedfortræder", "suppleant", "afbud", "fraværende", "samt", "ved", "mødet"}
)  # fmt: skip

_CAPITALS_CUES = ("AFBUD", "FRAVÆR", "FORFALD", "DELTAGERE", "STEDE", "MEDLEMMER", "DELTOG", "STEDFORTRÆD", "SUPPLEANT")


def _titled(line: str) -> str:
    """A line in capitals as minutes write it: each word a capital first, the small words after the first in
    lower case ("AFBUD FRA LOTTE BARFOD" → "Afbud fra Lotte Barfod"); its length kept."""
    first = True

    def word(m: re.Match[str]) -> str:
        nonlocal first
        lower = m.group(0).lower()
        keep_lower = lower in _LOWER_WORDS and not first
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


def without_markup(text: str) -> str:
    """Markup replaced by spaces of the same length, and a line wrapped inside a list entry joined, so
    offsets still index the document."""
    text = _MARKUP.sub(lambda m: " " * len(m.group(0)), text)
    return WRAPPED_ENTRY.sub(lambda m: m.group(0)[:-1] + " ", text)
