"""Errors a user can act on. The CLI prints them as one line and exits with their code."""

from __future__ import annotations


class KommunegrafError(Exception):
    """Base for every error the CLI reports without a traceback."""

    exit_code = 1


class UserError(KommunegrafError):
    """Bad arguments, an unknown pack, a missing store: the user can fix it."""


class SourceError(KommunegrafError):
    """One input file could not be read. The batch goes on without it."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class StoreError(KommunegrafError):
    """The graph store failed (unreachable server, full disk, read-only directory)."""


def first_line(error: BaseException) -> str:
    """An error's first line of text, or its type's name when it has none."""
    lines = str(error).strip().splitlines()
    return lines[0] if lines else type(error).__name__
