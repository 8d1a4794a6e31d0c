"""Regular-expression pieces the role readers share: the name of a body in the genitive ("Movias",
"KL's", "Friluftsrådets"), written once and used by `roles`, `role_boards` and their helpers."""

from __future__ import annotations

# one capitalised word of a body's name: "Movia", "KL", "ARC", "Fælles-Net", "Ø&K"; its capital is read
# case-sensitively even inside a pattern compiled with re.IGNORECASE
_OWNER_WORD = r"(?-i:[A-ZÆØÅ])[\wæøå&-]*"


def owner_words(more: int) -> str:
    """A body's name of one capitalised word and up to `more` more (the genitive ending is the caller's:
    some read "s|'s|’s", one also a bare "'", one the "FKB s" a PDF left without its apostrophe)."""
    return rf"{_OWNER_WORD}(?:[ \t]+{_OWNER_WORD}){{0,{more}}}"


# the genitive ending: "Movias", "KL's", "KL’s"
GENITIVE_S = r"(?:s|'s|’s)"
