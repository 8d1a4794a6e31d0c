"""A name its list's other entries vouch for (read by `people`): in a run of lines each shaped as one entry, a
name, then a dash, a comma or a bracket and what the person is ("• Rashid Mohamed - valgt blandt borgere …", "Lena
Larsen - repræsentant fra Muskelsvindfonden", "8. Jørgen Jensen, afdelingschef …", "Anne Lauridsen (-)"), or a name
alone on its line ("• Birte Rerup"), the entry whose name no word list knows ("• Abeer Abo Kalefh - valgt blandt
borgere …", "Guri Spiegelhauer - repræsentant fra Autismeforeningen", "• Almaz Mengesha") is a name too when two
entries or more of the run, printed the same way, open with names already read, and none of its words is one the text
also writes in lower case (a common word capitalised: "Kultur Fritid - punkt 4")."""

from __future__ import annotations

import re
from bisect import bisect_left

from graphbuild.extract.name_words import breaks_a_name
from graphbuild.vocab.person_names import plausible
from graphbuild.vocab.reference import first_names, last_names
from graphbuild.vocab.text_patterns import ENTRY_MARK, NAME_WORD

# one entry a line: a bullet or a number at most, two to four capitalised words (a middle initial among them), then
# a dash, a comma or a bracket ("Anne Lauridsen (-)") and the rest of the line, or nothing ("• Birte Rerup")
ENTRY = re.compile(
    rf"(?m)^{ENTRY_MARK}"
    rf"(?P<name>{NAME_WORD}(?:[ \t]+(?:[A-ZÆØÅ]\.|{NAME_WORD})){{1,3}})"
    r"(?:(?P<sep>[ \t]+[-–][ \t]+|[ \t]*,[ \t]+|[ \t]*(?=\())(?=\S)[^\n]*|[ \t]*)$"
)
# the most lines between two entries of one run (a blank line each, as web pages print lists)
ENTRY_GAP = re.compile(r"\n(?:[ \t\xa0]*\n){0,2}")
MIN_NAMED_SIBLINGS = 2
LOWER_WORD = re.compile(r"(?<![\wæøåÆØÅ])[a-zæøå]+(?![\wæøåÆØÅ])")


def names_vouched_by_siblings(text: str, lo: int, hi: int, found: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start, end, name) of each entry in text[lo:hi] the run around it vouches for; ``found``: the (start, end)
    of the names read already, sorted."""
    starts = [start for start, _ in found]
    out: list[tuple[int, int, str]] = []
    lower_words: set[str] | None = None  # the words the text writes in lower case, read once when needed
    for run in _runs(text, lo, hi):
        named = [entry for entry in run if _opens_with_name(entry, starts)]
        if len(named) < MIN_NAMED_SIBLINGS:
            continue
        for entry in run:
            if entry in named or _overlaps(entry, found, starts):
                continue
            tokens = entry["name"].split()
            if not plausible(tokens) or any(breaks_a_name(t) for t in tokens):
                continue
            lower_words = set(LOWER_WORD.findall(text)) if lower_words is None else lower_words
            if any(_common_word(t, lower_words) for t in tokens):
                continue  # "Kultur Fritid - punkt 4", "Mødet Hævet (kl. 20)": words, not a name
            out.append((entry.start("name"), entry.end("name"), " ".join(tokens)))
    return out


def _common_word(token: str, lower_words: set[str]) -> bool:
    """Whether a word no name list knows is one the text also writes in lower case: a common word capitalised
    ("Kultur", "Mødet"), not an unknown name ("Kalefh", "Hovmand")."""
    return token.lower() in lower_words and token not in first_names() and token not in last_names()


def _runs(text: str, lo: int, hi: int) -> list[list[re.Match[str]]]:
    """The entries in runs of neighbouring lines that print them with the same separator."""
    runs: list[list[re.Match[str]]] = []
    for entry in ENTRY.finditer(text, lo, hi):
        previous = runs[-1][-1] if runs else None
        if (
            previous is not None
            and ENTRY_GAP.fullmatch(text, previous.end(), entry.start())
            and _separator(previous) == _separator(entry)
        ):
            runs[-1].append(entry)
        else:
            runs.append([entry])
    return [run for run in runs if len(run) > MIN_NAMED_SIBLINGS]


def _separator(entry: re.Match[str]) -> str:
    """How an entry separates its name from the rest: a dash, a comma, a bracket (""), or a line break for a name
    alone on its line."""
    return "\n" if entry["sep"] is None else entry["sep"].strip()


def _opens_with_name(entry: re.Match[str], starts: list[int]) -> bool:
    at = bisect_left(starts, entry.start("name"))
    return at < len(starts) and starts[at] == entry.start("name")


def _overlaps(entry: re.Match[str], found: list[tuple[int, int]], starts: list[int]) -> bool:
    at = bisect_left(starts, entry.end("name"))
    return any(start < entry.end("name") and end > entry.start("name") for start, end in found[max(0, at - 2) : at])
