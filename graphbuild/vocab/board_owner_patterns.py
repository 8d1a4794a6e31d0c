"""The one way a page names a board with its owner, read by extract's `role_page_body` (a page's headline) and
`role_page_one_board` (anywhere on a page): the owner before its board ("Hirtshals Havns nye bestyrelse",
"Kulturskolens bestyrelse", "Fynbus' bestyrelse") and the board before its owner ("bestyrelsen i Fynbus",
"Skolebestyrelsen på Vestre Skole"). An owner is a run of up to four capitalised words, a company's legal form one of
them, before the name or after it ("A/S Øresund", "Aarhus Letbane I/S"); an adjective between the owner and its
board is no part of the board's name ("nye", "nykonstituerede", "afgående", "midlertidige"). Each reader brings its
own board nouns, the genitive it reads and the words that may link a board to its owner."""

from __future__ import annotations

import re

_CAP = r"[A-ZÆØÅ][\wæøåÆØÅ&-]*"
# a company's legal form is a word of its name, before it or after: "A/S Øresund", "Aarhus Letbane I/S"
_LEGAL_FORM = r"(?:[AIPK]/S|ApS)(?![\w/])"
_OWNER = rf"(?:{_LEGAL_FORM}[ \t]+)?{_CAP}(?:[ \t]+(?:{_LEGAL_FORM}|{_CAP})){{0,3}}"
# an adjective a page prints between the owner and its board: not part of the board's name
_ADJECTIVE = r"(?:(?:nye?|nyvalgte|nykonstituerede|konstituerede|samlede|siddende|afgående|midlertidige)[ \t]+)?"
# never inside a word, nor right after a hyphen or an ampersand that would join the owner to a word before it
_OPENS = r"(?<![\w&-])"


def owned_board(noun: str, ending: str, genitive: str = "") -> re.Pattern[str]:
    """The owner, its ``genitive`` (none: the owner's last word holds it, "Midttrafiks"), an adjective, then the
    board's ``noun`` and its ``ending``: groups owner, genitive, noun, ending."""
    return re.compile(
        rf"{_OPENS}(?P<owner>{_OWNER})(?P<genitive>{genitive})[ \t]+{_ADJECTIVE}(?P<noun>{noun})(?P<ending>{ending})\b"
    )


def board_of(noun: str, ending: str, links: str) -> re.Pattern[str]:
    """The board's ``noun`` and its ``ending``, one of the ``links``, then the owner: groups noun, ending, link,
    owner."""
    return re.compile(rf"{_OPENS}(?P<noun>{noun})(?P<ending>{ending})[ \t]+(?P<link>{links})[ \t]+(?P<owner>{_OWNER})")
