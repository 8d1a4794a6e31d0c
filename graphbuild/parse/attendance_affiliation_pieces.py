"""The pieces of a "Name, Affiliation Name, Affiliation" list a PDF's text layer flattened onto one line, read by
``attendance_entries``: between two commas stand the entry before's affiliation and then this entry's name
("Inge Kjær Andersen, Klynge Syd Fie Holt Christiansen, Klynge Nord Anne Fink, Klynge Vest"). Where the name
readers took the affiliation's words for the name's first words, or its last piece for a name, the list's own
form says where the name begins: at the first known first name when the next piece is an affiliation again, after
the same affiliation as the piece before's, and the piece after the last name is no entry."""

from __future__ import annotations

import re

from graphbuild.parse.attendance_names import TITLE_WORD, NameHit, person_name, read_name
from graphbuild.parse.attendance_rows import Row
from graphbuild.vocab.person_names import NON_SPACE
from graphbuild.vocab.reference import first_names

# the comma after a piece and the next piece's first word
_NEXT_PIECE = re.compile(r",[ \t]*(?P<word>[A-ZÆØÅ][\w-]*)")

# the words before an entry's name in its piece: its comma-separated piece's opening, up to the name
_PIECE_LEAD = re.compile(r"[^,:;()\n]{1,60}\Z")

# a post before a name ("direktør Bo Jensen", "Kommunal formand Lisbeth Lagoni") says who the entry is, not
# whom it comes for
_POST = re.compile(rf"(?i){TITLE_WORD}")


def _lead_words(text: str, row: Row) -> str:
    """The words before the entry's name inside its own piece of the list ("Klynge Syd " before "Fie Holt
    Christiansen"), or "" when the name opens its piece."""
    lead = _PIECE_LEAD.search(text, max(0, row.start - 60), row.start)
    if lead is None or text[lead.start() - 1 : lead.start()] != ",":
        return ""
    words = lead.group(0).split()
    if not words or not words[0][:1].isupper() or _POST.fullmatch(words[-1]):
        return ""
    return " ".join(words)


def name_after_affiliation_words(text: str, hit: NameHit, e: int) -> NameHit | None:
    """A piece read as one name that opens with words no first name ("Psykiatri Ole Berg", "Fællesadministrationen
    Bo Jensen"), the next piece after its comma an affiliation again ("…, Somatik"): the words are the entry
    before's affiliation and the name starts at the first known first name."""
    tokens = hit.name.split()
    if tokens[0] in first_names():
        return None
    first = next((i for i, token in enumerate(tokens) if i >= 1 and token in first_names()), None)
    if first is None or first == len(tokens) - 1:
        return None
    following = _NEXT_PIECE.match(text, e)
    if following is None or following["word"] in first_names() or _bare_name_piece(text, following.start("word")):
        return None  # "…, Tayyab Ole Jensen, Bo Hansen": a list of names, no affiliations in it
    words = list(NON_SPACE.finditer(text, hit.start, hit.end))
    later = read_name(text, words[first].start(), e)
    return later if later is not None and later.name.split()[0] in first_names() else None


def _bare_name_piece(text: str, pos: int) -> bool:
    """Whether the piece at ``pos`` is a name and nothing else up to the next comma, no known first name inside it
    ("…, Ropea Beier, …", a first name no list knows): the list's next entry, a name, not an affiliation
    ("…, Somatik Bo Hansen, …" opens with its affiliation's word)."""
    hit = read_name(text, pos)
    if hit is None or hit.start != pos or text[hit.rest_start : hit.rest_start + 1] != ",":
        return False
    return not any(token in first_names() for token in hit.name.split()[1:])


def name_after_repeated_affiliation(text: str, s: int, e: int, rows: list[Row]) -> NameHit | None:
    """A piece that opens with the same affiliation as the piece before ("…, Center for Forebyggelse Sine Storr, BRS,
    Center for Forebyggelse Neriman Balikci, BRS, …"): the rest of the piece is this entry's name, whatever its
    first name."""
    if not rows or text[e : e + 1] != ",":
        return None
    lead = _lead_words(text, rows[-1])
    if len(lead) < 3:
        return None
    piece = text[s:e].lstrip()
    if not piece.startswith(lead + " "):
        return None
    start = e - len(piece) + len(lead)
    hit = read_name(text, start, e)
    if hit is None or text[hit.rest_start : e].strip() or not person_name(hit.name.split()):
        return None
    return hit


def affiliation_after_last_name(text: str, hit: NameHit, e: int, rows: list[Row]) -> bool:
    """The piece after the last entry of such a list ("…, Region Nordjylland Anne Fink, Klynge Vest"): the entry
    before opened its piece after an affiliation, this piece is read as one name whose first name no list knows,
    and no comma follows it: it is that entry's affiliation, no one's name."""
    if not rows or hit.name.split()[0] in first_names() or text[e : e + 1] == ",":
        return False
    if text[hit.rest_start : e].strip(" \t."):
        return False
    return bool(_lead_words(text, rows[-1]))
