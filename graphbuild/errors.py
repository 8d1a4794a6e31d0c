"""Errors a user can act on. The CLI prints them as one line and exits with their code."""

from __future__ import annotations

import re
from pathlib import Path


class KommunegrafError(Exception):
    """Base for every error the CLI reports without a traceback."""

    exit_code = 1


class UserError(KommunegrafError):
    """Bad arguments, an unknown pack, a missing store: the user can fix it."""


# a line break, tab or other control character in a file's name: the error would not be one line
_CONTROL = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029]")


def shown_path(path: str) -> str:
    """A file's name as one line of text that can be printed and stored: a control character (a line break in the
    name) as its escape ("referat\\n2021.txt"); a name in bytes of another encoding than UTF-8 (which Python holds
    as lone surrogates, "\\udce6") shows those bytes as escapes ("referat-\\xe6.txt")."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        try:
            path = path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
        except UnicodeEncodeError:  # a surrogate no file system byte stands for
            path = path.encode("utf-8", "backslashreplace").decode("utf-8")
    return _CONTROL.sub(lambda control: control.group().encode("unicode_escape").decode("ascii"), path)


class SourceError(KommunegrafError):
    """One input file could not be read. The batch goes on without it. Its message shows the file's name by
    ``shown_path``; ``path`` is the name as given."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{shown_path(path)}: {problem}")
        self.path = path
        self.problem = problem


class StoreError(KommunegrafError):
    """The graph store failed (unreachable server, full disk, read-only directory)."""


def first_line(error: BaseException) -> str:
    """An error's first line of text, or its type's name when it has none; a first line that ends in a colon
    goes on with the next one ("Couldn't connect to …:" says nothing of why without it)."""
    lines = [line.strip() for line in str(error).strip().splitlines() if line.strip()]
    if not lines:
        return type(error).__name__
    if lines[0].endswith(":") and len(lines) > 1:
        return f"{lines[0]} {lines[1]}"
    return lines[0]


def cannot_write(path: Path, error: OSError) -> UserError:
    """The user error for an output that could not be written; a file where a folder of its path should be is
    named as such (the system says only "File exists" or "Not a directory")."""
    blocking = next((folder for folder in Path(path).parents if folder.exists() and not folder.is_dir()), None)
    if blocking is not None:
        return UserError(f"cannot write {path}: {blocking} is a file, not a folder")
    return UserError(f"cannot write {path}: {error.strerror or error}")
