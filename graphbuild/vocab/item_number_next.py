"""A flattened text's next item opened by its number right after a sentence's full stop ("… Afbud fra Freddy, Niels.
0. Gæsteforelæsning …", "… Niels. 2. Budget"): the number, its full stop and a capitalised title word, never a
month's date ("den 2. Maj"), an ordinal before a post or a reading ("1. Næstformand", "3. Behandling") or a lower-case
word ("3. behandling", "1. næstformand Kaj Bang"). Readers that end a sentence only before a capital add it to their
own sentence end; the full stop before it is still theirs to read (an abbreviation's, "kl. 9. Mødet", ends none)."""

from __future__ import annotations

import re

_MONTHS = "januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december"
# the nouns an ordinal stands before ("1. næstformand", "3. behandling", "2. suppleant", "1. kvartal"), an alternation;
# public: a reader of numbers before lower-case words shares it
ORDINAL_NOUNS = (
    "næstformand|viceborgmester|viceformand|suppleant|stedfortræder|behandling|kvartal|halvår|halvdel|klasse|sal"
    "|etape|fase|runde|plads|gang|prioritet|udkast|version|del"
)
# a look-ahead: white space, the item's number (one or two digits, never a year's or a date's "2022.", "18."
# of a section), its full stop, and a capitalised word of two letters or more that is no month and no ordinal's noun
ITEM_NUMBER_NEXT = (
    rf"(?=[ \t]+\d{{1,2}}\.[ \t]*(?!(?i:(?:{_MONTHS}|{ORDINAL_NOUNS})(?:en|er|erne)?\b))[A-ZÆØÅ][a-zæøå])"
)
_OPENS_ITEM = re.compile(ITEM_NUMBER_NEXT)


def item_number_next(text: str, pos: int) -> bool:
    """Whether the text after ``pos`` (a sentence's full stop's end) opens an item by its number."""
    return _OPENS_ITEM.match(text, pos) is not None
