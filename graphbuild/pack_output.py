"""A pack's rows as people and programs read them: a terminal table (wrapped, long quotes shortened,
one field per line when too wide, fields without a value left out), JSON, CSV, and an XLSX workbook
whose cells are never formulas."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Sequence
from datetime import date
from typing import Any

from rich.console import Console
from rich.table import Table

from graphbuild.errors import UserError
from graphbuild.querypacks import PackResult


def cell_text(value: Any) -> str:
    """A cell as text: nothing for null, lists joined by "; ", maps as JSON."""
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(cell_text(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _as_date(text: str) -> date | None:
    """An ISO date ("2021-03-08") as a date; None for any other text, a malformed date included."""
    if not ISO_DATE.fullmatch(text):
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


_NOT_IN_SHEET_TITLE = re.compile(r"[\[\]:*?/\\]")  # what a worksheet's title may not hold


def xlsx_bytes(name: str, result: PackResult) -> bytes:
    """The rows as a one-sheet workbook: numbers as numbers, ISO dates as date cells, every other
    value a string cell, never a formula, whatever it starts with."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = _NOT_IN_SHEET_TITLE.sub("-", name)[:31] or "rows"
    sheet.append(result.columns)
    for row_number, row in enumerate(result.rows, start=2):
        for column_number, value in enumerate(row, start=1):
            cell = sheet.cell(row=row_number, column=column_number)
            if isinstance(value, bool | int | float):
                cell.value = value
            elif isinstance(value, str) and (day := _as_date(value)) is not None:
                cell.value = day
                cell.number_format = "yyyy-mm-dd"
            else:
                cell.value = cell_text(value)
                cell.data_type = "s"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


WIDE_COLUMNS = frozenset({"quote", "title", "quotes", "organizations", "networks_and_initiatives", "shares_with"})
NARROW_COLUMNS = frozenset(
    {"date", "date_is", "item", "outcome", "status", "documents", "kind", "started_on", "left_on", "valid_from",
     "valid_to", "until", "as_of", "number", "items", "mentions", "meetings", "type", "id", "current"}
)  # fmt: skip
TABLE_CELL_CHARS = 300  # a table shows the start of a long quote; --format json/csv carry it whole


def _shorten(text: str, limit: int) -> str:
    """At most ``limit`` characters, cut at a word boundary and marked with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + " …"


def format_rows(result: PackResult, fmt: str, width: int | None = None) -> str:
    """The rows as plain text for a terminal ``width`` wide (default: the terminal's), a JSON array
    of objects, or CSV with a header. Text wraps at word boundaries and a long quote is shortened
    with an ellipsis; rows too wide for a table are shown one field per line, as psql's \\x does."""
    if fmt == "json":
        return json.dumps(result.records(), ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(result.columns)
        writer.writerows([cell_text(v) for v in row] for row in result.rows)
        return buffer.getvalue()
    if fmt == "table":
        width = width or Console().width
        cells = [[_shorten(cell_text(v), TABLE_CELL_CHARS) for v in row] for row in result.rows]
        count = len(result.rows)
        caption = f"{count} row" if count == 1 else f"{count} rows"
        console = Console(width=width, record=True, file=io.StringIO(), color_system=None)
        if _table_width_needed(result.columns, cells) <= width:
            console.print(_table(result.columns, cells, caption))
        else:
            _print_expanded(console, result.columns, cells, caption)
        return "\n".join(line.rstrip() for line in console.export_text().splitlines()) + "\n"
    raise UserError(f"unknown format {fmt!r}; expected table, json or csv")


def _min_widths(columns: Sequence[str], cells: list[list[str]]) -> list[int]:
    """Per column: short values whole; text columns as wide as their longest word (up to 16)."""
    widths = []
    for index, column in enumerate(columns):
        values = [row[index] for row in cells]
        if column in NARROW_COLUMNS:
            widths.append(max([len(column), *(len(v) for v in values)]))
        else:
            longest_word = max((len(word) for v in values for word in v.split()), default=0)
            widths.append(max(min(len(column), 12), min(longest_word, 16)))
    return widths


def _table_width_needed(columns: Sequence[str], cells: list[list[str]]) -> int:
    """The narrowest table that shows every column's minimum width, borders and padding included."""
    return sum(_min_widths(columns, cells)) + 3 * len(columns) + 1


def _table(columns: Sequence[str], cells: list[list[str]], caption: str) -> Table:
    table = Table(show_lines=False, caption=caption)
    for column, min_width in zip(columns, _min_widths(columns, cells), strict=True):
        # short values shown whole; rich shrinks the text columns, the widest first, to fit
        plain_text = column not in NARROW_COLUMNS and column not in WIDE_COLUMNS
        max_width = max(min_width, 28) if plain_text else None  # names wrap early; quotes get the room
        table.add_column(column, no_wrap=column in NARROW_COLUMNS, min_width=min_width, max_width=max_width)
    for row in cells:
        table.add_row(*row)
    return table


def _print_expanded(console: Console, columns: Sequence[str], cells: list[list[str]], caption: str) -> None:
    label_width = max(len(column) for column in columns)
    for number, row in enumerate(cells, start=1):
        console.print(f"─[ {number} ]" + "─" * max(0, console.width - len(str(number)) - 5), highlight=False)
        grid = Table.grid(padding=(0, 1))
        grid.add_column(width=label_width, no_wrap=True)
        grid.add_column(ratio=1)
        for column, value in zip(columns, row, strict=True):
            if value:  # a field with no value (a document without a web address) is left out, not shown blank
                grid.add_row(column, value)
        console.print(grid)
    console.print(f"({caption})", highlight=False)
