"""What the commands print and how: the terminal's two consoles (rows to stdout, notes and errors to
stderr), the errors a user can act on as one line and an exit code, JSON and rows as each format
writes them, and the progress bar."""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable
from typing import Any, ParamSpec, TypeVar

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from graphbuild.errors import KommunegrafError, UserError

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

P = ParamSpec("P")
R = TypeVar("R")


def reports_errors(command: Callable[P, R]) -> Callable[P, R]:
    """Turn the errors a user can act on into one line on stderr and a meaningful exit code."""

    @functools.wraps(command)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except KommunegrafError as error:
            err.print(f"[red]error:[/red] {escape(str(error))}", highlight=False)
            raise typer.Exit(error.exit_code) from None
        except KeyboardInterrupt:
            err.print("interrupted")
            raise typer.Exit(130) from None
        except MemoryError:  # a build that runs out keeps the previous graph: it publishes only a whole one
            err.print("[red]error:[/red] out of memory", highlight=False)
            raise typer.Exit(1) from None

    return wrapper


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, sort_keys=False) + "\n")


def progress_bar(enabled: bool) -> Progress:
    return Progress(
        TextColumn("[bold]{task.description:<8}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        disable=not enabled,
        transient=True,
    )


def check_format(fmt: str, allowed: tuple[str, ...] = ("table", "json", "csv")) -> None:
    if fmt not in allowed:
        raise UserError(f"--format must be {', '.join(allowed[:-1])} or {allowed[-1]}, not {fmt!r}")


def checked_format(fmt: str, as_json: bool) -> str:
    """The output format a command's ``--format`` and ``--json`` ask for, checked."""
    chosen = "json" if as_json else fmt
    check_format(chosen)
    return chosen


def print_rows(columns: list[str], rows: list[list[Any]], fmt: str) -> None:
    """Rows that are not a pack's (the change log's, an analysis's) printed as a pack's are."""
    from graphbuild.pack_output import format_rows
    from graphbuild.querypacks import PackResult

    write_rows(format_rows(PackResult(columns, rows), fmt), fmt)


def write_rows(rendered: str, fmt: str) -> None:
    if fmt == "table":
        out.print(rendered, highlight=False, markup=False)
    else:
        sys.stdout.write(rendered if rendered.endswith("\n") else rendered + "\n")
