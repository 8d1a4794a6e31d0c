"""The full name of the body a role on a web page or in a news article is held in, read by `roles` over every
reader's facts: a reader holds the seat in the name the list or the sentence prints ("Grønt råd", "Partnerskab",
"Eksternt Råd", "Beredskabskommissionen"), where the page prints that name with the words that tell the body
from others of its kind after a linking word: "Grønt Råd i Tårnby og Dragør Kommuner" on a line of its own,
"Partnerskab for Vestkystturisme præsenterer ny bestyrelse", "medlem af Eksternt Råd ved AU Campus Herning",
"formand for Beredskabskommissionen i TrekantBrand". Only one such longer name printed for the body; never a
place's compound ("en ny LAG i Slagelse-området") nor an address ("ETK Brand & Redning på Tigervej": "på" gives
no name, though it tells one school from another, "Skolen på Strandboulevarden", "Skolen ved Søerne"); in a
sentence, never a place that is a municipality ("Grønt Råd i Fredensborg Kommune", "Vestre Skole i Silkeborg",
"Politi i Holstebro": a body the page names by its short name there, as it defines it, "herefter omtalt Grønt
Råd"), which only a line of its own (a heading) gives; only in a document that is no minutes nor agenda. A body
named by an acronym ("LAG") takes the municipalities the page prints right after it as its full name, with no linking
word: "LAG Slagelse", "LAG Sønderborg-Aabenraa", "LAG Lemvig, Ringkøbing-Skjern" (never a word that is no
municipality's name: "LAG ordningen", "LAG Småøerne")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from graphbuild.extract.role_facts import RoleFact, held_in
from graphbuild.extract.role_kind_word_names import kind_word_name
from graphbuild.vocab import ids
from graphbuild.vocab.near import CASE_BLIND_LOOKALIKES, lowered
from graphbuild.vocab.printed_places import places
from graphbuild.vocab.reference import municipality_by_name

_CAP = r"[A-ZÆØÅ][\wæøåÆØÅ&’'-]*"
# the tail after the body's printed name: a linking word and capitalised words, "og"/"&" between them
_TAIL = rf"[ \t]+(?P<link>i|for|ved|på)[ \t]+(?P<words>{_CAP}(?:[ \t]+(?:og[ \t]+|&[ \t]+)?{_CAP})*)"
# words of a municipality's place a tail may hold besides its names
_PLACE_WORDS = frozenset({"og", "&", "kommune", "kommuner", "kommunes"})
_MAX_LINE = 80  # a heading line's length at most
# a place's compound, a name and a lower-case noun after its hyphen: "en ny LAG i Slagelse-området"
_AREA = re.compile(r"-[a-zæøå]")
_TAIL_AT = re.compile(_TAIL)
_WORD_CHAR = re.compile(r"[\wæøåÆØÅ]")  # what may not stand right before the name
# the characters of a name found with str.find in the lower-cased text as the case-blind pattern finds it: a letter
# here equals, in the pattern's eyes, only what str.lower makes the same letter (in a text without any of
# CASE_BLIND_LOOKALIKES), and any other ASCII character has no case
_PLAIN_NAME = frozenset("æøåÆØÅ")


# a body's name that is an acronym, and the places printed right after it: "LAG Lemvig, Ringkøbing-Skjern"
_ACRONYM_NAME = re.compile(r"[A-ZÆØÅ]{2,6}")
# what may not stand right before or after the acronym printed again
_BEFORE_NAME = re.compile(r"[\wæøåÆØÅ-]")
_AFTER_NAME = re.compile(r"[\wæøåÆØÅ’'-]")
_PLACE_WORD = r"[A-ZÆØÅ][\wæøåÆØÅ-]*"
_PLACES_AFTER = re.compile(rf"[ \t]+{_PLACE_WORD}(?:(?:,[ \t]+|[ \t]+og[ \t]+){_PLACE_WORD})*")
_PLACE_WORD_AT = re.compile(_PLACE_WORD)


def _municipality_words(word: str) -> bool:
    """Whether a word is a municipality's name, or names joined by a hyphen ("Sønderborg-Aabenraa")."""
    names = municipality_by_name()
    return word.lower() in names or all(piece.lower() in names for piece in word.split("-"))


def _places_after(text: str, name: str) -> set[str]:
    """The municipalities the text prints right after each ``name`` that is an acronym, as printed, the words after
    the last municipality left out ("LAG Slagelse" of "LAG Slagelse Kommune")."""
    if _ACRONYM_NAME.fullmatch(name) is None:
        return set()
    out = set()
    for at in places(text, name, _BEFORE_NAME, _AFTER_NAME):
        run = _PLACES_AFTER.match(text, at + len(name))
        if run is None:
            continue
        last_end = None
        for word in _PLACE_WORD_AT.finditer(text, run.start(), run.end()):
            if not _municipality_words(word.group(0)):
                break
            last_end = word.end()
        if last_end is not None:
            out.add(" ".join(text[run.start() : last_end].split()))
    return out


def _municipal_place(words: str) -> bool:
    """Whether the tail's words are only municipalities' names ("Fredensborg Kommune", "Tårnby og Dragør
    Kommuner", "Silkeborg", "Holstebro")."""
    names = municipality_by_name()
    parts = [w for w in words.split() if w.lower() not in _PLACE_WORDS]
    return bool(parts) and all(p.lower() in names for p in parts)


def _on_its_own_line(text: str, start: int, end: int) -> bool:
    """Whether the name from start to end is the whole of its line (a heading), save white space."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return not text[line_start:start].strip() and not text[end:line_end].strip() and end - start <= _MAX_LINE


def full_name(text: str, name: str) -> str | None:
    """The one longer name the text prints for a body it also names `name` (the name's case aside): the name
    and a linking word's tail, on a line of its own or, for a tail that is no municipality, anywhere; else None."""
    if len(name) < 3 or "\n" in name:
        return None
    tails: set[str] = set()
    for start, m in _name_and_tails(text, name):
        words = m.group("words")
        if _AREA.search(words):
            continue
        if _municipal_place(words) and not _on_its_own_line(text, start, m.end()):
            continue
        tails.add(f"{m.group('link')} {' '.join(words.split())}")
    tails |= _places_after(text, name)
    full = tails.pop() if len(tails) == 1 else None
    # "ETK Brand & Redning på Tigervej": an address, though it tells "Skolen ved Søerne" from "Skolen på …"
    return f"{name} {full}" if full is not None and not full.startswith("på ") else None


def _name_and_tails(text: str, name: str) -> Iterator[tuple[int, re.Match[str]]]:
    """Where ``(?<![\\wæøåÆØÅ])(?i:NAME)`` and ``_TAIL`` after it match in the text, in order and not overlapping: the
    start and the tail's match. A name of ASCII characters and Danish letters is found with ``str.find`` in the
    lower-cased text, the tail matched right after it (one pattern compiled once instead of
    one per name); any other name, or a text holding a letter the case-blind pattern reads otherwise than
    ``str.lower``, by the name's own pattern, as before."""
    if any(not c.isascii() and c not in _PLAIN_NAME for c in name) or any(c in text for c in CASE_BLIND_LOOKALIKES):
        pattern = re.compile(rf"(?<![\wæøåÆØÅ])(?i:{re.escape(name)}){_TAIL}")
        for m in pattern.finditer(text):
            yield m.start(), m
        return
    low, key = lowered(text), name.lower()
    at = low.find(key)
    while at >= 0:
        tail = None if at and _WORD_CHAR.match(text, at - 1) else _TAIL_AT.match(text, at + len(key))
        if tail is None:
            at = low.find(key, at + 1)
            continue
        yield at, tail
        at = low.find(key, max(tail.end(), at + 1))


class FullNames:
    """`full_name` of each body name a page's facts are held in, each read once."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._names: dict[str, str | None] = {}

    def __call__(self, fact: RoleFact) -> RoleFact:
        """The fact held in its body's full name when the page prints one, else the fact as it is."""
        if fact.target_type != "Organization" or not fact.target_name:
            return fact
        name = fact.target_name
        if name not in self._names:
            # "Provstiudvalget": "Frederiksberg Provstiudvalg", where no linking word's tail names it
            self._names[name] = full_name(self._text, name) or kind_word_name(self._text, name)
        full = self._names[name]
        return held_in(fact, (ids.organization_id(full), full, "Organization")) if full else fact
