"""Items with no number: a short line followed by a main section heading (Beslutning, Resumé,
Indstilling, Sagsfremstilling)."""

from __future__ import annotations

import re

from graphbuild.parse.dates import DANISH_MONTHS
from graphbuild.parse.item_lines import (
    ITEM_LABEL,
    SENTENCE_BREAK,
    Candidate,
    ContentsEntry,
    is_heading,
    is_toc_heading,
    next_text,
    title_from,
)
from graphbuild.parse.item_section_text import inside_item_text
from graphbuild.parse.lines import Line
from graphbuild.parse.sections import heading_kind
from graphbuild.vocab.folding import fold
from graphbuild.vocab.kept_answers import kept_for_short_texts

# Headings that follow an unnumbered item's title line
_ITEM_HEADINGS = {"beslutning", "resume", "resumé", "indstilling", "sagsfremstilling", "sagsresumé", "sagsresume"}
_TITLE_LABELS = {"beslutningstema"}


# A portal's grid of the committees a case passes (DIR FOU ... BYR with x marks, a cell per line)
# and its case-officer label: between an item's title and its first heading.
ROUTE = re.compile(r"(?i)^(?:(?-i:[A-ZÆØÅ]{2,4})|x|(?:øvrige\s+)?sagsbehandlere?\s*:.*)$")
# "Onsdag den 11. august 2021", "11. august 2021 kl. 16.00": the meeting's date over its first heading, no title
DATE_ALONE = re.compile(
    r"(?i)^(?:(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag),?\s+)?(?:den\s+|d\.\s*)?[0-3]?\d\.?\s*"
    rf"(?:{'|'.join(DANISH_MONTHS)})(?:\s+\d{{4}})?(?:,?\s+kl\.?\s*[\d.:]+)?$"
)
# the lines a route grid's row of empty cells may take after its last label (ten committees, ten cells, blank lines)
_GRID_REACH = 24
CHROME = re.compile(r"(?i)^(?:se alle bilag|bilag|udskriv|print|til toppen|fold (?:alle )?ud|vis (?:mere|alle))$")


_SHORTEST_TITLE = 3  # "Valg" is a title; a letter or two alone is a party's or a column's mark
_FRONT_LINES = 120  # a contents list that opens within these lines stands at the front, under the header

LABEL_WITH_VALUE = re.compile(r"^[\w.\-]{1,20}\s*:")


def unnumbered_items(lines: list[Line], skip: set[int]) -> list[Candidate]:
    """Items with no number: a short line set apart from the text before it (or given after a
    "Beslutningstema" label) and followed by Beslutning, Resumé, Indstilling or Sagsfremstilling."""
    # the lines that open an item's text: an item's title stands over one, so a text with none has no item
    heads = {line.index for line in lines if line.clean and opens_item_text(line.clean)}
    if not heads:
        return []
    found: list[Candidate] = []
    titled: set[int] = set()  # "Beslutningstema" labels with their item's title above: the text below is no title
    for line in lines:
        cleaned = line.clean
        if line.index in skip or len(cleaned) < _SHORTEST_TITLE or len(cleaned) > 160 or cleaned[:1].isdigit():
            continue  # "Ø", "F": a party's letter in a list of members, no title
        key = cleaned.lower().rstrip(":").strip()
        if is_heading(cleaned) or is_toc_heading(key) or key in _TITLE_LABELS or cleaned.endswith((":", ",")):
            continue
        if LABEL_WITH_VALUE.match(cleaned):  # "Sagsid.: 18/3241", a label with its value
            continue
        if cleaned.startswith("(") and cleaned.endswith(")"):  # "(1. behandling)", "(Gruppeformandskredsen)": a note
            continue
        if CHROME.match(cleaned) or ITEM_LABEL.match(cleaned) or ROUTE.match(cleaned) or DATE_ALONE.match(cleaned):
            continue
        below = next_text(lines, line.index, reach=3)
        while below is not None and (
            CHROME.match(below.clean)
            or ITEM_LABEL.match(below.clean)
            or ROUTE.match(below.clean)
            or LABEL_WITH_VALUE.match(below.clean)
        ):
            # "Se alle bilag", "Sagsnr. 299835 ... Åbent punkt", a route grid's cells (empty ones between),
            # the item's own labelled lines ("Fraværende: Caroline Thomasen")
            below = next_text(lines, below.index, reach=_GRID_REACH if ROUTE.match(below.clean) else 3)
        if below is None or below.index not in heads or _labels_title_below(below, lines):
            continue
        above = lines[line.index - 1] if line.index > 0 else None
        labelled = above is not None and above.clean.lower().rstrip(":") in _TITLE_LABELS and above.index not in titled
        set_apart = above is None or not above.text.strip() or bool(CHROME.match(above.clean))
        if not (labelled or (set_apart and not SENTENCE_BREAK.search(cleaned) and not cleaned.endswith("."))):
            continue
        if not labelled and inside_item_text(line, below, lines, heads):
            continue  # "Resume" / "Godkendelse af dagsorden" / "Beslutning": the section's text, no title
        if below.clean.lower().rstrip(":").strip() in _TITLE_LABELS:
            titled.add(below.index)
        found.append(Candidate(str(len(found) + 1), cleaned, line, explicit=False))
    return found


def _labels_title_below(below: Line, lines: list[Line]) -> bool:
    """Whether a "Beslutningstema" under a line labels the title below it ("Beslutningstema / Godkendelse af
    dagsorden / Sagsfremstilling"): then the line above is no title (a header's "Mødedato 10. juni 2013")."""
    if below.clean.lower().rstrip(":").strip() not in _TITLE_LABELS:
        return False
    title = next_text(lines, below.index, reach=3)
    if title is None or len(title.clean) > 160 or title.clean.endswith((".", ":", ",")) or is_heading(title.clean):
        return False
    following = next_text(lines, title.index, reach=3)
    return following is not None and opens_item_text(following.clean)


@kept_for_short_texts(160)
def opens_item_text(cleaned: str) -> bool:
    """A main heading under an item's title: Beslutning (also dated), Resumé, Indstilling, ... Four item readers
    (unnumbered items, a page's item, section cycles, prose headings) ask it of the same lines: a short line's answer
    is kept."""
    key = cleaned.lower().rstrip(":").strip()
    if key in _ITEM_HEADINGS or key in _TITLE_LABELS:
        return True
    kind = heading_kind(cleaned)
    return key != "referat" and kind in ("beslutning", "resume", "indstilling", "sagsfremstilling", "anledning")


def numbered_by_contents(found: list[Candidate], contents: list[ContentsEntry]) -> list[Candidate]:
    """Unnumbered items where the document's contents list numbers them: each takes the number of the entry
    with its title, and a line no entry names is no item (the items the list names and the text does not
    set apart are found by their titles later). Without a numbered entry matching any, as found; a line above a
    contents list at the document's front is none."""
    if contents and contents[0].line.index < _FRONT_LINES:
        # a line above a contents list at the front is the header's ("Kommunalbestyrelsen" / "BESLUTNINGSPROTOKOL")
        found = [candidate for candidate in found if candidate.line.index >= contents[0].line.index]
    numbers = {fold(title_from(entry.title)): entry.number for entry in contents if entry.number}
    if not any(fold(title_from(candidate.title)) in numbers for candidate in found):
        return found
    return [
        Candidate(number, candidate.title, candidate.line, explicit=False, title_line=candidate.title_line)
        for candidate in found
        if (number := numbers.get(fold(title_from(candidate.title)))) is not None
    ]
