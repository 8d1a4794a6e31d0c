"""Two readings of a header line's body name that need no more than the name itself: whether its head word is in
the plural (several bodies, no one's), and a line that is only an owner's name and a body's ("Amager
Naturparkråd", "FynBus Bestyrelse"), the whole line the body's name, or all of it before the document's kind
("FynBus bestyrelse. Dagsorden for møde")."""

from __future__ import annotations

import re

from graphbuild.parse.body_names import BodyPhrase, is_head_word
from graphbuild.vocab.reference import first_names

# a head word alone that names no body ("Titel Udvalg Funktioner", a column heading)
BARE_HEADS = {"udvalg", "udvalget", "udvalgene", "råd", "rådet", "forum", "mødeforum", "gruppe", "nævn", "netværk"}


_PLURAL_DEFINITE = re.compile(r"(?i)(?:e?rne|ene)$")


def plural(name: str) -> bool:
    """Whether a name's head word is in the plural ("Foreningerne", "Udvalgene", "Bestyrelserne", "Rådene")."""
    last = name.split()[-1] if name.split() else ""
    found = _PLURAL_DEFINITE.search(last)
    return found is not None and any(
        is_head_word(stem) for stem in (last[: found.start()], last[: found.start() + 1]) if len(stem) >= 3
    )


# an owner's name before a body's on a line of their own: "Amager Naturparkråd", "FynBus Bestyrelse", "FOT
# Specifikationsforum", "Plan & Kulturudvalget": one to three capitalised words (or "&"), then the body's name
_OWNER_WORDS = re.compile(r"^[\s\d.\-–|•*#]*(?:(?:[A-ZÆØÅ][\w'’-]*|&)\s+){1,3}$")
# the line ends with the name, or goes on with the document's kind as a new sentence: "FynBus bestyrelse. Dagsorden
# for møde. Torsdag, den 24. oktober 2013" (a PDF's title line)
_LINE_END = re.compile(r"^[\s.:]*$|^\s*[.:]\s+(?:dagsorden|referat|beslutningsprotokol)\b", re.IGNORECASE)
_LINE_LEAD_CHARS = re.compile(r"^[\s\d.\-–|•*#]*")
_NOT_OWNER = re.compile(r"(?i)\b(?:kommunes?|region|referat|dagsorden|møde|mødet|beslutningsprotokol)\b")


def owned_name_line(text: str, phrases: list[BodyPhrase]) -> str | None:
    """The whole line as the body's name when it is only an owner's name and a body's ("Amager Naturparkråd"),
    or is that before a sentence naming the document's kind ("FynBus bestyrelse. Dagsorden for møde"): no
    person's first name, municipality, region or kind among the owner's words."""
    if len(phrases) != 1:
        return None
    phrase = phrases[0]
    before = text[: phrase.start]
    if (
        phrase.genitive
        or phrase.name.lower() in BARE_HEADS
        or plural(phrase.name)
        or not _LINE_END.match(text[phrase.end :])
        or not _OWNER_WORDS.match(before)
        or _NOT_OWNER.search(before)
        or any(word in first_names() for word in before.split())
    ):
        return None
    lead = _LINE_LEAD_CHARS.match(before)
    return text[lead.end() if lead else 0 : phrase.end].strip()
