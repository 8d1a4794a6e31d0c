"""The rest of an organisation's name its form opens: "Foreningen Dansk Fjernvarme", "Fonden Multihus Hjortshøj",
"Fonden Geopark Odsherred", "Center for Klinisk Forskning" are the capitalised words run on after the form's own on
its line, not the first of them; the run ends before what follows a name: a person's name (a first name before a
capitalised word), a municipality's "X Kommune", a date's weekday or month, a heading's or a sentence's opening
word ("Beslutning", "Den")."""

from __future__ import annotations

import re

from graphbuild.vocab.municipality_names import municipality_named
from graphbuild.vocab.reference import NOT_NAME_WORDS_COMMON, first_names

# a capitalised word after blanks on the same line ("Foreningen Dansk| Fjernvarme")
_NEXT_WORD = re.compile(r"[ \t]+([A-ZÆØÅ][\wæøå-]*)(?![\w/&-])")
# a capitalised word after a word: the surname after a first name, "Kommune" after a municipality's name
_CAPITALISED_AFTER = re.compile(r"[ \t]+[A-ZÆØÅ][a-zæøå]")
_KOMMUNE_AFTER = re.compile(r"[ \t]+Kommunes?\b")
# a date's words printed capitalised at a line's or a heading's start ("Mandag den 3. maj", "Januar 2019")
_DATE_WORDS = frozenset(
    {"Mandag", "Tirsdag", "Onsdag", "Torsdag", "Fredag", "Lørdag", "Søndag"}
    | {"Januar", "Februar", "Marts", "April", "Maj", "Juni", "Juli", "August", "September", "Oktober", "November"}
    | {"December"}
)
# how many more words a name runs on: "Foreningen Danske Kommuners Nye Netværk" is the longest the forms open
MORE_WORDS = 3


def name_run_end(text: str, start: int, end: int, hi: int) -> int:
    """The end of a name whose form's match is text[start:end]: past each capitalised word run on after it on its
    line (at most ``MORE_WORDS``) up to the first that opens what follows the name; none when the form ends in a
    coordinated list ("Center for It og Digitalisering"), a name complete, or when the text prints the form's
    words as a name on their own ("Center for Forebyggelse (referent)" beside "Center for Forebyggelse Neriman
    Balikci")."""
    if _COORDINATED.search(text, start, end) is not None:
        return end
    run_end = end
    for _ in range(MORE_WORDS):
        match = _NEXT_WORD.match(text, run_end, hi)
        if match is None or _opens_what_follows(text, match.group(1), match.end(), hi):
            break
        run_end = match.end()
    if run_end > end and _printed_alone(text, text[start:end], hi):
        return end
    return run_end


# a list's joints in a form's match: "Center for It og Digitalisering", "Center for Børn, Unge & Familie"
_COORDINATED = re.compile(r",|[ \t](?:&|og)[ \t]")
# what ends a name printed on its own: no capitalised word run on after it, nor a letter of the same word
_ENDS_ALONE = re.compile(r"(?![ \t]+[A-ZÆØÅ])(?![\w/&-])")


def _printed_alone(text: str, name: str, hi: int) -> bool:
    """Whether the text prints ``name`` with no capitalised word after it somewhere: the name is that long."""
    at = text.find(name, 0, hi)
    while at >= 0:
        if _ENDS_ALONE.match(text, at + len(name), hi) is not None:
            return True
        at = text.find(name, at + 1, hi)
    return False


def _opens_what_follows(text: str, word: str, end: int, hi: int) -> bool:
    """Whether ``word`` (ending at ``end``) opens what follows a name, not the name's next word: a word never in
    a name ("Beslutning", "Den", "Kommune"), a date's, a person's first name before a capitalised word ("Jens
    Hansen"), a municipality before "Kommune"."""
    if word in NOT_NAME_WORDS_COMMON or word in _DATE_WORDS:
        return True
    if word in first_names() and _CAPITALISED_AFTER.match(text, end, hi) is not None:
        return True
    return _KOMMUNE_AFTER.match(text, end, hi) is not None and municipality_named(word) is not None
