"""The organisation a web page or a news article leads with, read by `role_chairs` as the last place a title with no
body of its own is held on a page that names no body of its own, no board in its headline, no body by its kind's word
and no organisation as a board's or a director's owner: the first name its opening (its headline and first lines,
`role_page_body`'s, no byline) prints that the page prints again ("Bred opbakning til certificering af Geopark Det
Sydfynske Øhav", "Ærøxpressen - der forbinder Marstal med Rudkøbing - har sejlet med underskud", "Amgros ledes af en
bestyrelse på i alt 7 medlemmer"). A title the page places nowhere is then its subject's, not a body known only as
the document's. Only in a document that is no meeting's; never a person's name (a first name opens it), a
municipality's, a region's, a word the page also writes in lower case (a sentence's first word: "Presset færgerederi
…"), a day, a month, nor a body's kind word alone ("Bestyrelsen")."""

from __future__ import annotations

import re

from graphbuild.extract.role_page_body import opening_lines
from graphbuild.extract.role_unnamed import GENERIC_BODIES
from graphbuild.models import Meeting
from graphbuild.parse.dates import DANISH_MONTHS
from graphbuild.vocab import ids
from graphbuild.vocab.municipality_names import municipality_named
from graphbuild.vocab.person_names import written_in_lower_case
from graphbuild.vocab.printed_places import places
from graphbuild.vocab.reference import first_names

_WORD = r"[A-ZÆØÅ][\wæøåÆØÅ&-]*"
# a name: capitalised words, a small word between two ("Geopark Det Sydfynske Øhav", "Teater og Musik Odsherred")
_NAME = re.compile(rf"(?<![\wæøåÆØÅ&-]){_WORD}(?:[ \t]+(?:(?:og|for|i|af|&)[ \t]+)?{_WORD}){{0,4}}")
# what stands before a sentence's or a line's first word: its start, a full stop, a colon, a bullet, a quotation mark
# a character of a name's word: none may stand right before or after a name printed again
_NAME_CHAR = re.compile(r"[\wæøåÆØÅ&-]")
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?:\n•*”\"–-])[ \t]*$")
_NOT_NAMES = frozenset(
    {"mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag", "region", "kommune", *DANISH_MONTHS}
)


def page_lead_organisation(text: str, meeting: Meeting) -> tuple[str, str, str] | None:
    """The organisation a page that is no meeting's leads with, as an (id, name, type) target; else None."""
    if meeting.kind is not None or meeting.body is not None:
        return None
    for line in opening_lines(text):
        for match in _NAME.finditer(line):
            name = match.group(0)
            if _a_name(name, text) and _printed_inside_a_sentence(name, text):
                return ids.organization_id(name), name, "Organization"
    return None


def _printed_inside_a_sentence(name: str, text: str) -> bool:
    """Whether the page prints the name twice, once at least inside a sentence, where a capital is a name's and no
    sentence's first word ("til en god drift af Ærøxpressen"; a headline's "Ansættelser og fyringer" is not)."""
    found = places(text, name, _NAME_CHAR, _NAME_CHAR)
    return len(found) >= 2 and any(_SENTENCE_OPENS.search(text[max(0, at - 4) : at]) is None for at in found)


def _a_name(name: str, text: str) -> bool:
    words = name.split()
    first = words[0]
    return not (
        first in first_names()
        or first.lower() in _NOT_NAMES
        or name.lower() in GENERIC_BODIES
        or written_in_lower_case(text, first.lower())
        or municipality_named(name) is not None
        or municipality_named(first) is not None
    )
