"""Find the agenda items of a meeting from shared numbering styles, not per-document templates.

Item lines look like "Punkt 3: Titel", "Pkt. 65 Titel", "Sag nr. 130: Titel", "3. Titel" (also in
markdown bullets and bold). A table of contents (Indholdsfortegnelse, a "Punkt  Indhold" table,
a PUNKTER list, or any run of numbered lines repeated later) gives titles to cross-check, never
items of its own unless the document has nothing else.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from graphbuild.models import AgendaItem
from graphbuild.parse.lines import Line, clean
from graphbuild.parse.numbers import find_item_numbers
from graphbuild.parse.sections import IMPLICIT_INDSTILLING, build_sections, heading_kind

_EXPLICIT = re.compile(
    r"(?i)^(?:dagsordens)?(?:punkt|pkt\.?|sag\s*nr\.?|sagsnr\.?\s*(?=\d{1,4}\b(?![-/.]\d)))\s*"
    r"(?P<num>\d{1,4})(?![-/.]?\d)\s*[:.\-–)]?\s*(?P<title>.*)$"
)
_BARE = re.compile(r"^(?P<num>\d{1,3})\s?[.)]\s+(?P<title>[A-ZÆØÅÉ0-9\"'“„«(].*)$")
_TAB_ROW = re.compile(r"^\s*(?P<num>\d{1,3})\.?\t+(?P<title>[^\t]+)")
_LEADER = re.compile(r"^(?P<title>.+?)\s*\.{4,}\s*\t?\s*\d*\s*$")
_TOC_HEADINGS = {"indholdsfortegnelse", "indhold", "punkter", "dagsordenspunkter", "oversigt over punkter"}
_CLOSED_PREFIX = re.compile(r"(?i)^\(?(?:lukket(?:\s+punkt)?|fortroligt|lukket\s+sag)\)?\s*[:\-–]\s*(?P<rest>.+)$")
_CLOSED_SUFFIX = re.compile(r"(?i)\s*[\(\[\-–]\s*(?:lukket(?:\s+punkt)?|fortroligt)\s*[\)\]]?\s*$")
_CLOSED_LINE = re.compile(r"(?i)^(?:lukket|lukket punkt|lukket sag|fortroligt|fortroligt punkt|ikke offentlig)$")
_OPEN_LINE = re.compile(r"(?i)^(?:åbent|åben|åbent punkt|offentligt)$")
_PRESENTER = re.compile(r"\s+v\.\s+[A-ZÆØÅ][\w\-æøå]+(?:\s+(?:og\s+)?[A-ZÆØÅ][\w\-æøå]+)*\s*$")
_INLINE_INDSTILLING = re.compile(r"(?i)[\s*_]+(?=det\s+indstilles\b)")


@dataclass
class Candidate:
    number: str
    title: str
    line: Line
    explicit: bool


def _title_from(raw: str) -> str:
    title = clean(raw)
    leader = _LEADER.match(title)
    if leader:
        title = leader["title"]
    return title.strip(" :.-–")


def _candidate(line: Line, previous_blank: bool) -> Candidate | None:
    cleaned = line.clean
    if not cleaned or len(cleaned) > 400:
        return None
    match = _EXPLICIT.match(cleaned)
    if match:
        return Candidate(str(int(match["num"])), match["title"], line, explicit=True)
    match = _BARE.match(cleaned)
    if match and previous_blank and len(cleaned) <= 300:
        title = match["title"].rstrip()
        inline = _INLINE_INDSTILLING.search(title)
        if inline:
            title = title[: inline.start()].rstrip()
        if title.endswith((",", ";")) or (title.endswith(".") and not title.endswith("..")):
            return None
        if int(match["num"]) == 0:
            return None
        return Candidate(str(int(match["num"])), match["title"], line, explicit=False)
    return None


def _toc_lines(lines: list[Line]) -> tuple[set[int], dict[str, str], list[str]]:
    """Line indexes inside a table of contents, numbered TOC titles, and unnumbered TOC titles."""
    inside: set[int] = set()
    numbered: dict[str, str] = {}
    unnumbered: list[str] = []
    in_toc = False
    for line in lines:
        cleaned = line.clean
        key = cleaned.lower().rstrip(":")
        if key in _TOC_HEADINGS or re.match(r"(?i)^punkt\s*\t\s*(indhold|emne|titel)", line.text.strip()):
            in_toc = True
            inside.add(line.index)
            continue
        tab_row = _TAB_ROW.match(line.text)
        leader = _LEADER.match(cleaned) if cleaned else None
        if tab_row:
            inside.add(line.index)
            numbered.setdefault(str(int(tab_row["num"])), _title_from(tab_row["title"]))
            continue
        if leader and re.search(r"\.{4,}", cleaned):
            inside.add(line.index)
            unnumbered.append(_title_from(cleaned))
            continue
        if in_toc:
            if not cleaned:
                continue
            candidate = _candidate(line, previous_blank=True)
            if candidate is not None and not candidate.explicit and candidate.number not in numbered:
                inside.add(line.index)
                numbered.setdefault(candidate.number, _title_from(candidate.title))
                continue
            in_toc = False
    return inside, numbered, unnumbered


def _repeated_runs(candidates: list[Candidate], lines: list[Line]) -> set[int]:
    """Runs of 3+ numbered lines with only blank lines between, all repeated later: a TOC."""
    toc: set[int] = set()
    run: list[Candidate] = []

    def flush() -> None:
        if len(run) >= 3:
            last = run[-1].line.index
            later = {c.number for c in candidates if c.line.index > last}
            if all(c.number in later for c in run):
                toc.update(c.line.index for c in run)
        run.clear()

    for candidate in candidates:
        if run:
            between = lines[run[-1].line.index + 1 : candidate.line.index]
            if any(line.text.strip() for line in between):
                flush()
        run.append(candidate)
    flush()
    return toc


def _select(candidates: list[Candidate], toc_numbers: set[str]) -> list[Candidate]:
    explicit = [c for c in candidates if c.explicit]
    pool = explicit or candidates
    chosen: list[Candidate] = []
    seen: set[str] = set()
    last = 0
    for candidate in pool:
        number = int(candidate.number)
        if candidate.number in seen:
            continue
        if toc_numbers and len(toc_numbers) >= 2:
            if candidate.number not in toc_numbers and number <= last:
                continue
        elif number <= last:
            continue
        chosen.append(candidate)
        seen.add(candidate.number)
        last = max(last, number)
    return chosen


def _clean_title(raw: str) -> tuple[str, bool, str]:
    """(title, public, remainder): drops Lukket markers, a presenter and an inline indstilling."""
    title = _title_from(raw)
    remainder = ""
    split = _INLINE_INDSTILLING.search(title)
    if split:
        title, remainder = title[: split.start()], title[split.end() :]
    public = True
    closed = _CLOSED_PREFIX.match(title)
    if closed:
        title, public = closed["rest"], False
    elif _CLOSED_LINE.match(title):
        public = False
    elif _CLOSED_SUFFIX.search(title):
        title, public = _CLOSED_SUFFIX.sub("", title), False
    title = _PRESENTER.sub("", title).strip(" *_:-–")
    return title, public, remainder


def find_items(text: str, lines: list[Line], body_start: int = 0) -> tuple[list[AgendaItem], list[str]]:
    """The agenda items in number order, and notes about anything odd."""
    notes: list[str] = []
    toc_index, toc_numbered, toc_unnumbered = _toc_lines(lines)
    candidates: list[Candidate] = []
    previous_blank = True
    for line in lines:
        if line.start >= body_start and line.index not in toc_index:
            candidate = _candidate(line, previous_blank)
            if candidate is not None:
                candidates.append(candidate)
        previous_blank = not line.text.strip()
    bare_runs = _repeated_runs([c for c in candidates if not c.explicit], lines)
    for candidate in candidates:
        if candidate.line.index in bare_runs:
            toc_numbered.setdefault(candidate.number, _title_from(candidate.title))
    candidates = [c for c in candidates if c.line.index not in bare_runs]
    chosen = _select(candidates, set(toc_numbered))
    if not chosen and toc_numbered:
        notes.append("no item bodies found; items taken from the table of contents")
    items: list[AgendaItem] = []
    for position, candidate in enumerate(chosen):
        end = chosen[position + 1].line.start if position + 1 < len(chosen) else len(text)
        items.append(_build_item(candidate, text, lines, end, toc_numbered))
    if len(toc_numbered) > len(items) and items:
        missing = sorted(set(toc_numbered) - {i.number for i in items}, key=int)
        notes.append(f"table of contents lists items not found in the text: {', '.join(missing)}")
    if not items and toc_unnumbered:
        notes.append("only an unnumbered table of contents was found")
    return sorted(items, key=lambda item: int(item.number)), notes


def _build_item(candidate: Candidate, text: str, lines: list[Line], end: int, toc: dict[str, str]) -> AgendaItem:
    title, public, remainder = _clean_title(candidate.title)
    last = bisect_left(lines, end, key=lambda line: line.start)  # lines are sorted by start
    body_lines = lines[candidate.line.index + 1 : last]
    if not title:
        # "Sag nr. 130" on its own line: the title is the next line that is not a heading.
        for line in body_lines:
            cleaned = line.clean
            if cleaned:
                if heading_kind(cleaned) is None and not IMPLICIT_INDSTILLING.match(cleaned):
                    title, public_from_line, _ = _clean_title(cleaned)
                    public = public and public_from_line
                    body_lines = [b for b in body_lines if b.index > line.index]
                break
    if not title and candidate.number in toc:
        title = toc[candidate.number]
    for line in body_lines[:12]:
        cleaned = line.clean
        if _CLOSED_LINE.match(cleaned):
            public = False
        elif _OPEN_LINE.match(cleaned):
            break
    if remainder:
        # "9. Titel v. NN *Det indstilles, at ...*": the rest of the title line is the indstilling.
        offset = candidate.line.text.find(remainder[:20])
        if offset >= 0:
            head_line = Line(candidate.line.text[offset:], candidate.line.start + offset, candidate.line.index)
            body_lines = [head_line, *body_lines]
    item_text = text[candidate.line.start : end]
    numbers = find_item_numbers(item_text.replace("**", "").replace("__", ""))
    sections = build_sections(body_lines, text, end, title)
    return AgendaItem(
        number=candidate.number,
        title=title,
        public=public,
        case_numbers=numbers.case_numbers,
        journal_number=numbers.journal_number,
        document_number=numbers.document_number,
        sections=sections,
        start=candidate.line.start,
        end=len(text[:end].rstrip()),
    )
