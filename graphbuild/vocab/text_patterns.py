"""Regular-expression pieces parse and extract write alike, each with one name: a capitalised word of a
name as the readers of bodies and posts take it ("Movia", "Hess-Nielsen", "Fælles-Net"), and a run of
such words with its own count."""

from __future__ import annotations

# a capitalised word: a capital, then any word characters or hyphens
CAPITALISED_WORD = r"[A-ZÆØÅ][\wæøå-]*"


def capitalised_run(count: str, across_lines: bool = False) -> str:
    """A capitalised word and ``count`` more ("?", "{0,3}"), each after blanks on the line, or with
    ``across_lines`` after any white space."""
    gap = r"\s+" if across_lines else r"[ \t]+"
    return rf"{CAPITALISED_WORD}(?:{gap}{CAPITALISED_WORD}){count}"
