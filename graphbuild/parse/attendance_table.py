"""A table of attendance read by its header row: cells a web page's table gave as tabs, a text table's " | ",
or a PDF's columns three or more spaces apart. The header names the columns ("Navn | Parti | Til stede |
Afbud", "Medlem | Mødt | Stedfortræder", "Deltagere | Afbud"); a person's status is the column holding a
mark in their row (X, ✓, "ja", the column's own word) or, without a name column, the column the name stands
in; a substitute column holds the name of whoever stood in for the row's member. The header row is never a
person."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from graphbuild.models import AttendanceStatus
from graphbuild.parse.attendance_names import NameHit, read_name
from graphbuild.parse.attendance_reading import CueWords
from graphbuild.parse.attendance_rows import Row
from graphbuild.parse.attendance_stand_ins import person_entry, row_of

# a column: the name, the party, a status (a mark says it), status words ("Fremmøde"), or other cells
Kind = Literal["name", "party", "other", "status", "present", "absent", "substitute"]

_COLUMNS: dict[str, Kind] = {
    "navn": "name", "navne": "name", "medlem": "name", "medlemmer": "name", "medlemsnavn": "name",
    "parti": "party", "partibogstav": "party", "liste": "party",
    "til stede": "present", "tilstede": "present", "mødt": "present", "deltog": "present",
    "deltager": "present", "deltagere": "present", "fremmødt": "present", "fremmødte": "present",
    "tilstedeværende": "present", "mødedeltagere": "present",
    "afbud": "absent", "fraværende": "absent", "fravær": "absent", "ikke mødt": "absent",
    "ikke til stede": "absent", "forfald": "absent", "meldt afbud": "absent",
    "stedfortræder": "substitute", "stedfortrædere": "substitute", "suppleant": "substitute",
    "suppleanter": "substitute",
    "fremmøde": "status", "deltagelse": "status", "status": "status",
    "bemærkning": "other", "bemærkninger": "other", "funktion": "other", "rolle": "other", "titel": "other",
}  # fmt: skip

# what a cell under a status column says: a mark, or a status word ("Navn | Fremmøde" over "Ole Berg | Afbud")
_MARKS = {"x", "✓", "✔", "☒", "ja", "+"}
_STATUS_VALUES: dict[str, AttendanceStatus] = {
    "mødt": "present", "til stede": "present", "tilstede": "present", "deltog": "present", "ja": "present",
    "x": "present", "afbud": "absent", "fraværende": "absent", "ikke mødt": "absent", "nej": "absent",
    "fravær": "absent", "forfald": "absent",
}  # fmt: skip

# the words a header cell opens with, found by substring search before any line is split
HEADER_CUES = ("til stede", "tilstede", "mødt", "deltog", "deltager", "afbud", "fraværende", "fremmøde")

_GAP = re.compile(r"\t|[ \t]*\|[ \t]*| {3,}")


@dataclass
class _Cell:
    text: str
    start: int  # offset in the whole text
    column: int  # offset in its line (a PDF's columns) or its index (tabs, pipes)


def _cells(text: str, start: int, end: int, by_position: bool) -> list[_Cell]:
    line = text[start:end]
    if "|" in line and line.strip().startswith("|"):
        line = line.replace("|", " ", 1)  # "| Navn | Afbud |": the border before the first cell
    cells: list[_Cell] = []
    at = 0
    for index, piece in enumerate([*_GAP.finditer(line), None]):
        stop = piece.start() if piece else len(line)
        raw = line[at:stop]
        lead = len(raw) - len(raw.lstrip())
        cells.append(_Cell(raw.strip().rstrip(":").strip(), start + at + lead, at + lead if by_position else index))
        at = piece.end() if piece else len(line)
    if line.rstrip().endswith("|") and cells and not cells[-1].text:
        cells.pop()  # the border after the last cell
    return cells


def _separator(line: str) -> str | None:
    if "\t" in line:
        return "tab"
    if line.count("|") >= 2 or (line.count("|") == 1 and " | " in line):
        return "pipe"  # "| Navn | Afbud |", or two columns' cells with one bar between them: "Deltagere | Afbud"
    if "   " in line.strip():
        return "gap"
    return None


@dataclass
class _Header:
    kinds: list[Kind]
    columns: list[int]
    by_position: bool
    spaced: bool = False  # the cells apart by one space, as a PDF's plain text layer gives a table
    marked: bool = False  # a row of a spaced table held a mark or status word: the table says who came


def _header(text: str, start: int, end: int) -> _Header | None:
    separator = _separator(text[start:end])
    if separator is None:
        return _spaced_header(text[start:end])
    cells = [cell for cell in _cells(text, start, end, separator == "gap") if cell.text]
    kinds = [_COLUMNS.get(" ".join(cell.text.lower().split())) for cell in cells]
    if len(cells) < 2 or any(kind is None for kind in kinds):
        return None
    known = [kind for kind in kinds if kind is not None]
    statuses = [kind for kind in known if kind in ("present", "absent", "substitute", "status")]
    if not statuses or known.count("name") > 1 or ("name" not in known and len(statuses) < 2):
        return None
    if separator != "gap" and cells[0].column != 0:
        return None
    return _Header(known, [cell.column for cell in cells], separator == "gap")


def _spaced_header(line: str) -> _Header | None:
    """A header whose column words a PDF's text layer ran together with one space ("Navn Til stede Afbud",
    "Navn Parti Mødt"): every word a column's, longest first; with a name column."""
    if len(line) > 80 or not line.lstrip()[:6].lower().startswith(("navn", "medlem")):
        return None
    words = line.lower().split()
    if not 2 <= len(words) <= 8:
        return None
    kinds: list[Kind] = []
    at = 0
    while at < len(words):
        size = next((n for n in (3, 2, 1) if " ".join(words[at : at + n]).rstrip(":") in _COLUMNS), 0)
        if not size:
            return None
        kinds.append(_COLUMNS[" ".join(words[at : at + size]).rstrip(":")])
        at += size
    if kinds.count("name") != 1 or kinds[0] != "name" or len(kinds) < 2:
        return None
    return _Header(kinds, list(range(len(kinds))), False, spaced=True)


def _column_of(header: _Header, cell: _Cell) -> int:
    """The header column a cell stands under: by index (tabs, pipes), or the nearest column by position."""
    if not header.by_position:
        return header.columns.index(cell.column) if cell.column in header.columns else -1
    return min(range(len(header.columns)), key=lambda i: abs(header.columns[i] - cell.column))


def _status(kind: Kind) -> AttendanceStatus:
    return "present" if kind == "present" else "absent" if kind == "absent" else "substitute"


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def attendance_tables(text: str, lower: str, cues: CueWords) -> tuple[list[Row], list[tuple[int, int]]]:
    """The rows every attendance table in ``text`` gives, and the spans the tables cover (header included),
    where what other readers found is the table's to say (``cues``: the text's cue words found once, ``HEADER_CUES``
    among them)."""
    rows: list[Row] = []
    spans: list[tuple[int, int]] = []
    seen: set[int] = set()
    for cue in HEADER_CUES:
        for at in cues.apart(cue):
            start = lower.rfind("\n", 0, at) + 1
            if start not in seen and not any(a <= start < b for a, b in spans):
                seen.add(start)
                end = _line_end(text, start)
                header = _header(text, start, end)
                if header is not None:
                    table_end = _read_rows(text, end + 1, header, rows)
                    if table_end > end + 1 and (header.marked or not header.spaced):
                        spans.append((start, table_end))
    return rows, spans


def _read_rows(text: str, pos: int, header: _Header, rows: list[Row]) -> int:
    """Read the table's rows from ``pos`` until a blank line or a line that is no row; where it ended."""
    found = 0
    while pos < len(text):
        end = _line_end(text, pos)
        if not text[pos:end].strip():
            break
        got = _read_row(text, pos, end, header)
        if got is None:
            break
        rows.extend(got)
        found += 1
        pos = end + 1
    return pos if found else 0


def _read_row(text: str, start: int, end: int, header: _Header) -> list[Row] | None:
    """One table row's attendance; None when the line is no row of this table (no name where one stands)."""
    if header.spaced:
        return _spaced_row(text, start, end, header)
    by_column: dict[int, _Cell] = {}
    for cell in _cells(text, start, end, header.by_position):
        if cell.text:
            by_column.setdefault(_column_of(header, cell), cell)
    if not by_column or (-1 in by_column and len(by_column) == 1):
        return None
    if "name" in header.kinds:
        return _marked_row(text, header, by_column)
    return _placed_row(text, header, by_column)


def _marked_row(text: str, header: _Header, by_column: dict[int, _Cell]) -> list[Row] | None:
    name_cell = by_column.get(header.kinds.index("name"))
    hit = read_name(text, name_cell.start, name_cell.start + len(name_cell.text)) if name_cell else None
    if hit is None:
        return None
    status: AttendanceStatus | None = None
    substitute = None
    for index, cell in by_column.items():
        kind = header.kinds[index] if index >= 0 else "other"
        value = " ".join(cell.text.lower().split())
        if kind == "status":
            status = _STATUS_VALUES.get(value, status)
        elif kind == "substitute" and value not in _MARKS:
            substitute = read_name(text, cell.start, cell.start + len(cell.text))
        elif kind in ("present", "absent", "substitute"):
            if value in _MARKS or _COLUMNS.get(value) == kind:
                status = "absent" if kind == "substitute" else _status(kind)
            elif value in _STATUS_VALUES:  # "Navn | Mødt" over "Lis Holm | Afbud"
                status = _STATUS_VALUES[value]
    rows: list[Row] = []
    if substitute is not None:
        rows.append(row_of(substitute, "substitute", for_=hit.name))
        status = "absent"
    if status is not None:
        rows.insert(0, row_of(hit, status))
    return rows


def _placed_row(text: str, header: _Header, by_column: dict[int, _Cell]) -> list[Row] | None:
    """A row of a table with no name column: each cell's names have its column's status ("Ole Berg, Lis Holm"
    in one cell are two); a substitute stands in for the absent name of its row when there is one."""
    rows: list[Row] = []
    absent: str | None = None
    for index in sorted(by_column):
        cell = by_column[index]
        kind = header.kinds[index] if index >= 0 else "other"
        if kind not in ("present", "absent", "substitute"):
            continue
        parts = _parts(cell.text)
        hits = [hit for a, b in parts if (hit := _name_in(text, cell.start + a, cell.start + b)) is not None]
        if not hits or len(hits) != len(parts):
            return None
        for hit in hits:
            for_: str | None = absent if kind == "substitute" and len(hits) == 1 else None
            if for_ is None and text[hit.rest_start : cell.start + len(cell.text)].strip():
                # "Bent Larsen (stedfortræder for Hans Andersen)": the cell's entry says more, read as a list's entry
                person_entry(text, hit, cell.start + len(cell.text), _status(kind), rows)
                continue
            rows.append(row_of(hit, _status(kind), for_=for_))
        absent = hits[0].name if kind == "absent" and len(hits) == 1 else None
    return rows or None


_NAME_SEPARATOR = re.compile(r"[,;]|[ \t]og[ \t]")


def _parts(cell: str) -> list[tuple[int, int]]:
    """The spans of a cell's entries: split at commas, semicolons and "og"."""
    spans: list[tuple[int, int]] = []
    at = 0
    for separator in [*_NAME_SEPARATOR.finditer(cell), None]:
        stop = separator.start() if separator else len(cell)
        if cell[at:stop].strip():
            spans.append((at, stop))
        at = separator.end() if separator else len(cell)
    return spans


def _name_in(text: str, start: int, end: int) -> NameHit | None:
    lead = len(text[start:end]) - len(text[start:end].lstrip())
    return read_name(text, start + lead, end)


_SPACED_WORD = re.compile(r"[ \t]+\S+")
_PARTY_LETTERS = re.compile(r"[A-ZÆØÅ]{1,3}")


def _spaced_row(text: str, start: int, end: int, header: _Header) -> list[Row] | None:
    """A row of a table whose columns the text layer lost ("Ole Berg A X"): a status word says the status
    ("Ole Berg Afbud"); a mark only when one column takes marks, for otherwise its column is unknown (the row is
    the table's, and says nothing). The name is the line's words before its last cells (a party's letters, a
    mark or a status word)."""
    cuts = [m.start() for m in _SPACED_WORD.finditer(text[start:end])][-3:]
    for cut in [*cuts, end - start]:
        hit = read_name(text, start, start + cut)
        if hit is None or text[hit.rest_start : start + cut].strip():
            continue
        words = text[start + cut : end].split()
        if "party" in header.kinds and words and _PARTY_LETTERS.fullmatch(words[0]):
            words = words[1:]  # "Ole Berg A X": the party's letters
        values = [word.lower() for word in words]
        if len(values) > 1 or (values and values[0] not in _MARKS and values[0] not in _STATUS_VALUES):
            continue
        if not values:
            return []
        header.marked = True
        if values[0] in _MARKS:
            marked = [kind for kind in header.kinds if kind in ("present", "absent")]
            return [row_of(hit, _status(marked[0]))] if len(marked) == 1 else []
        return [row_of(hit, _STATUS_VALUES[values[0]])]
    return None
