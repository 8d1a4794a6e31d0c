"""A bracket after a name that vouches for it as a person's whatever its first name: a party's letter or
letters ("(A)", "(SF)", "(IA)", "(Venstre)"), or the person's own initials ("Alette Houman Dyhrfjeld (AHD)",
perhaps with a role, "(AHD, Referent)"). Other capitals in brackets abbreviate what the words before them
name ("Euroregion Baltic (ERB)", "Business Region North Denmark (BRN)", a contents list's "Skansen Syd
(PBU)", the committee handling the item): no person."""

from __future__ import annotations

import re

# "(A)", "(SF)", "(Venstre)", "(Socialdemokraterne)", "(AHD, Referent)": capitals perhaps with a role, or a party's word
_BRACKET_AFTER = re.compile(
    r"\s*,?\s*\((?:(?P<letters>[A-ZÆØÅ]{1,3})(?:,\s*[A-ZÆØÅa-zæøå]+)?|[A-ZÆØÅ][a-zæøå]+(?:ernes|iet|ne|et)?)\)"
)
# a party's abbreviation of three letters ("(ALT)"); one of one or two letters is a party's whatever its letters
# ("(A)", "(SF)", "(UP)", a Greenland party's "(IA)")
_THREE_LETTER_PARTIES = frozenset(["ALT"])


def _initials(tokens: list[str]) -> str:
    """The capitals that open a name's words and their hyphenated parts ("Anne-Marie Meldgaard": AMM)."""
    return "".join(part[0] for token in tokens for part in token.split("-") if part[:1].isupper())


def bracket_vouches(after: str, name: list[str]) -> bool:
    """Whether the text right after a name (``after``) opens with a bracket that vouches for ``name``
    (its words) as a person's."""
    bracket = _BRACKET_AFTER.match(after)
    if bracket is None:
        return False
    letters = bracket.group("letters")
    return letters is None or len(letters) <= 2 or letters in _THREE_LETTER_PARTIES or letters == _initials(name)
