"""A flattened page's numbered items read as a contents list although they carry their own text: where no item was
found in the body and a numbered entry's line runs on into sentences ("4. Tilrettelæggelse af ... den 26.11.23
Punkter til dagsordenen blev gennemgået og diskuteret. Skal der ..."), the sentences cut from that line are no
entries; where such a line is not the list's last (whose line runs on into whatever follows a contents list), or an
entry before the last runs its title on into its record ("1. Valg af referent Preben blev valgt som referent."), the
numbered entries are the items, their text on their lines."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import NamedTuple

from graphbuild.parse.flatten_title_records import record_cut
from graphbuild.parse.item_lines import ABBREVIATION, SENTENCE_BREAK, ContentsEntry

_LEAST_NUMBERED = 2  # a list of one numbered entry is no list of items
_SENTENCES = 2  # the sentence breaks a line of an item's text holds
_QUESTION_BREAK = re.compile(r"[a-zæøå]{2}[?!]\s+[A-ZÆØÅ][a-zæøå]")


class Bodied(NamedTuple):
    entries: list[ContentsEntry]  # the numbered entries, the sentences cut from their lines left out
    items: bool  # whether the entries are the items themselves, their text in the document


def bodied_entries(entries: list[ContentsEntry]) -> Bodied | None:
    """The numbered entries of a flattened list whose lines run on into sentences, or None when the list reads as a
    contents list: the numbers printed once each on lines of their own (a list printed twice, numbered again from 1,
    or titles run together on one line is a contents list), and a numbered entry's line holding sentences."""
    numbered = [e for e in entries if e.number and e.printed]
    if len(numbered) < _LEAST_NUMBERED or len({e.number for e in numbered}) < len(numbered):
        return None
    if len({e.line.index for e in numbered}) < len(numbered):
        return None  # entries sharing a line: titles run together, no text between them
    cut = {e.line.index for e in entries if not e.printed}
    prose = [position for position, e in enumerate(numbered) if e.line.index in cut and _prose(e.line.clean)]
    if not prose:
        return None  # nothing but titles, their numbers lost: a contents list
    trimmed = [replace(e, title=record_cut(e.title)) for e in numbered]
    # an entry before the last whose title runs on into its record ("1. Valg af referent Preben blev valgt som
    # referent." over "2. Webhotel … Hvor var vi? På sidste …"): no contents list prints an item's record
    recorded = any(e.title != c.title for e, c in zip(numbered[:-1], trimmed[:-1], strict=True))
    items = prose[0] < len(numbered) - 1 or recorded
    # the entries' lines are the items': a title run on into its record ends where the record begins
    return Bodied(trimmed if items else numbered, items)


def _prose(text: str) -> bool:
    """Whether a line holds sentences, two of them ending where the next begins ("... blev gennemgået og diskuteret.
    Skal der ... fase 1 heri? Et flertal ..."): an item's text, not a run of titles (where an abbreviation's full stop
    may stand before a capital: "(tidl. Hjørring Boligselskab ...)")."""
    words = ABBREVIATION.sub("", text)
    return len(SENTENCE_BREAK.findall(words)) + len(_QUESTION_BREAK.findall(words)) >= _SENTENCES
