"""The board a web page or a news article is about, read by `role_chairs` where the text names no body a seat is
held in: the board its headline or its first sentence names by its owner, "Konstituering af Hirtshals Havns nye
bestyrelse", "Pernille Beckmann indtræder i Movias bestyrelse", "… er den nykonstituerede bestyrelse i Fynbus
blevet enig om …"; the name as printed, an adjective before the noun left out ("Hirtshals Havns bestyrelse",
"bestyrelse i Fynbus"), a company's legal form a word of the owner's name ("bestyrelsen i A/S Øresund"). Only in a
document that is no meeting's (no minutes, no agenda, no body of a meeting): a meeting's seats are its body's. Never
an owner that is only a pronoun, an article or a preposition ("Den nye bestyrelse", "Om bestyrelsen"), nor a board
named after the first sentence, nor one read in a byline or a photo credit line, which is no headline ("Af:
Redaktionen Midttrafiks nye bestyrelse …", "Af Michael Hansen", "Foto: …")."""

from __future__ import annotations

import re

from graphbuild.extract.role_facts import Target
from graphbuild.models import Meeting
from graphbuild.vocab import ids
from graphbuild.vocab.board_owner_patterns import board_of, owned_board

_NOUN = r"(?:bestyrelse|repræsentantskab|styregruppe)"
# "Hirtshals Havns nye bestyrelse", "Movias bestyrelse", "Fynbus' bestyrelse", "KL’s bestyrelse"
_OWNED = owned_board(_NOUN, "(?:n|et)?", genitive="'s|’s|'|’|s")
# "bestyrelsen for Danske Regioner", "den nykonstituerede bestyrelse i Fynbus"
_OF = board_of(f"(?i:{_NOUN})", "(?:n|et)?", "for|i")
# words a run of capitalised words may open with that own no board: a headline's preposition, an article, a pronoun
_NO_OWNER = frozenset(
    {"om", "den", "det", "de", "en", "et", "ny", "nye", "vores", "hans", "hendes", "deres", "dens", "dets", "sin",
     "sit", "sine", "i", "til", "fra", "for", "med", "af", "på", "efter", "ved", "når", "da", "nu", "her", "der"}
)  # fmt: skip
# a sentence's end, never a name's initial ("Anne V. Kristensen (V) og Bent Hansen (S) blev valgt ind i …")
_SENTENCE_END = re.compile(r"(?<!\s[A-ZÆØÅ])(?<!^[A-ZÆØÅ])[.!?](?:\s|$)")
# a byline or a credit line among the opening lines: its word and a colon ("Af: Redaktionen", "Foto:Mikkel …",
# "Publiceret: …"), "Af"/"Skrevet af" and a name alone or before a comma ("Af Michael Hansen", "Af NAME, journalist"),
# "Publiceret"/"Opdateret" and a date; never a headline with "af" inside ("Konstituering af Hirtshals Havns …")
_NAME_WORD = r"[A-ZÆØÅ][\wæøåÆØÅ.-]*"
_BYLINE = re.compile(
    r"^(?:(?i:af|foto|fotos|tekst|skrevet[ \t]+af|publiceret|opdateret)[ \t]*:"
    rf"|(?i:(?:skrevet[ \t]+)?af)[ \t]+{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}}[ \t]*(?:,|$)"
    r"|(?i:publiceret|opdateret)[ \t]+\d)"
)
_LINES = 3  # the headline and the lines right after it: a short line each, or the first sentence of a paragraph
_REACH = 600  # characters from the text's start the headline and the first sentence are read in


def _owner(words: str) -> str | None:
    """The owner's name, the words that own no board left out from its start ("Om ARC" is "ARC")."""
    parts = words.split()
    while parts and parts[0].lower() in _NO_OWNER:
        parts.pop(0)
    return " ".join(parts) or None


def _board_named(line: str) -> tuple[str, str] | None:
    """The board one line names by its owner, as printed less an adjective, and its owner; else None."""
    found: list[tuple[int, str, str]] = []
    for m in _OWNED.finditer(line):
        owner = _owner(m.group("owner"))
        if owner is not None:
            found.append((m.start(), f"{owner}{m.group('genitive')} {m.group('noun')}{m.group('ending')}", owner))
    for m in _OF.finditer(line):
        owner = _owner(m.group("owner"))
        if owner is not None:
            found.append((m.start(), f"{m.group('noun')}{m.group('ending')} {m.group('link')} {owner}", owner))
    return min(found)[1:] if found else None


def opening_lines(text: str) -> list[str]:
    """The headline and the lines after it a page opens with, each cut at its first sentence's end; a byline or a
    credit line is no line of them."""
    stripped = (line.strip() for line in text[:_REACH].splitlines())
    lines = [line for line in stripped if line and not _BYLINE.match(line)][:_LINES]
    out = []
    for line in lines:
        end = _SENTENCE_END.search(line)
        out.append(line[: end.start()] if end else line)
    return out


def page_board(text: str, meeting: Meeting) -> Target | None:
    """The board a page that is no meeting's names in its headline or first sentence, as an (id, name, type)
    target keyed by the document ("Movias bestyrelse" of one article is not another's): else None."""
    owned = page_board_and_owner(text, meeting)
    return owned[0] if owned else None


def page_board_and_owner(text: str, meeting: Meeting) -> tuple[Target, str] | None:
    """`page_board`'s board and the name of its owner ("Movia" of "Movias bestyrelse"), else None."""
    if meeting.kind is not None or meeting.body is not None:
        return None
    for line in opening_lines(text):
        named = _board_named(line)
        if named is not None:
            name, owner = named
            return (ids.organization_id(f"{name} {meeting.source.doc_id}"), name, "Organization"), owner
    return None
