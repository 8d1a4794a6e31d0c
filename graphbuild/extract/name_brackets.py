"""A bracket after a name that vouches for it as a person's whatever its first name: a party's letter or
letters ("(A)", "(SF)", "(IA)", "(Venstre)"), or the person's own initials ("Alette Houman Dyhrfjeld (AHD)",
perhaps with a role, "(AHD, Referent)"). Other capitals in brackets abbreviate what the words before them
name ("Euroregion Baltic (ERB)", "Business Region North Denmark (BRN)", a contents list's "Skansen Syd
(PBU)", the committee handling the item): no person; nor do initials that spell the words before them when none is a
name's word ("Lokal Aktions Gruppe (LAG)")."""

from __future__ import annotations

import re

from graphbuild.vocab.person_names import surname_shaped
from graphbuild.vocab.reference import first_names, last_names

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
    if letters is None or len(letters) <= 2 or letters in _THREE_LETTER_PARTIES:
        return True
    return letters == _initials(name) and any(_name_word(token) for token in name)


def _name_word(token: str) -> bool:
    """A word the name lists know or shaped like a surname: a person's initials in brackets follow a name holding one
    ("Nils Riiber Høj (NRH)"); an organisation's name none of whose words is one spells its initials too ("Lokal
    Aktions Gruppe (LAG)", "Særligt Tilrettelagt Ungdomsuddannelse (STU)")."""
    return any(part in first_names() or part in last_names() or surname_shaped(part) for part in token.split("-"))
