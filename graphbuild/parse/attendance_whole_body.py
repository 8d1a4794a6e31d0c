"""The whole body named in place of its members' names: a list of those present that names the whole body, then who
was not there ("Til stede: Hele bestyrelsen undtagen Jens Hansen", "Tilstede: Alle, undtagen Nina og Rikke",
"Deltagere: Bestyrelsen minus Ole Berg"), whose names after the exception were away, so the list is read from there
as a list of the absent; and a sentence saying the whole body came ("Hele bestyrelsen var til stede.", "Fuldt
fremmøde."), which records the meeting's attendance as "Alle var mødt" does. The whole body must open the list right
after its label; a list of names with an exception later ("Til stede: A, B - undtagen under punkt 3") is no such
list."""

from __future__ import annotations

import re

from graphbuild.vocab.bodies import BODY_NOUNS, noun_pattern

# the words of an exception, "undtagen Jens Hansen", "bortset fra", "med undtagelse af", "dog ikke", "minus", "på nær"
EXCEPT_WORD = r"(?:undtagen|bortset[ \t]+fra|med[ \t]+undtagelse[ \t]+af|dog[ \t]+ikke|minus|på[ \t]+nær|men[ \t]+ikke)"

# a body by its kind in the definite, as its own minutes name it: "bestyrelsen", "udvalget", "menighedsrådet"; a body
# noun, any group, an association or an assembly ("generalforsamlingen"); a forum and a network left out by name, a
# steering group left to "gruppe"
_BODY_NOUNS = noun_pattern(
    (*BODY_NOUNS, "gruppe", "forening", "forsamling"), without=("styregruppe", "forum", "netværk")
)
_BODY = rf"[a-zæøå-]*(?:{_BODY_NOUNS})(?:n|en|et|ne)?"
# having come: "var mødt", "til stede", "deltog"
_CAME = r"(?:mødt|fremmødt|til[ \t]+stede|tilstede|deltog|repræsenteret)"

# the whole body, right after the label: "hele bestyrelsen", "alle medlemmer", "samtlige", "Bestyrelsen", "alle
# var mødt"; then the exception
# (each blank run read once, possessive: what follows each run, a word, a mark or a colon, never opens with a blank;
# as `[ \t]*[,–-]?[ \t]*` after a word, a run of blanks was split every way, quadratic: 0.7 s at 4,000)
_WHOLE_BODY_EXCEPT = re.compile(
    rf"[ \t]*+(?:(?:hele|alle|samtlige)(?:[ \t]++(?:de[ \t]++)?[a-zæøå-]*(?:medlemmer(?:ne)?|{_BODY}))?|{_BODY})"
    rf"(?:[ \t]++(?:var[ \t]++|er[ \t]++)?{_CAME})?"
    rf"[ \t]*+[,–-]?+[ \t]*+{EXCEPT_WORD}[ \t]*+:?+[ \t]*+(?=(?-i:[A-ZÆØÅ]))",
    re.IGNORECASE,
)
EXCEPT_WORDS = ("undtag", "bortset", "dog ikke", "minus", "på nær", "men ikke")  # a match cannot do without one

# a sentence saying the whole body came, in lower case: "hele bestyrelsen var til stede", "hele udvalget var mødt",
# "fuldt fremmøde"
WHOLE_BODY_CAME = rf"\bhele\s+{_BODY}\s+(?:var\s+|er\s+)?{_CAME}|\bfuldt?\s+fremmøde\b"
WHOLE_BODY_CAME_WORDS = ("hele", "fuld")  # what a match opens with


def exceptions_start(text: str, start: int, end: int) -> int | None:
    """Where the names of those away start in a list of those present that opens at ``start`` with the whole body
    and an exception ("hele bestyrelsen undtagen Jens Hansen" -> at "Jens"); None for any other list."""
    head = text[start : min(end, start + 120)].lower()
    if not any(word in head for word in EXCEPT_WORDS):
        return None
    m = _WHOLE_BODY_EXCEPT.match(text, start, end)
    return m.end() if m is not None else None
