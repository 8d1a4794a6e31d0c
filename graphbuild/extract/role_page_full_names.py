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
Råd"), which only a line of its own (a heading) gives; only in a document that is no minutes nor agenda."""

from __future__ import annotations

import re

from graphbuild.extract.role_facts import RoleFact, held_in
from graphbuild.vocab import ids
from graphbuild.vocab.reference import municipality_by_name

_CAP = r"[A-ZÆØÅ][\wæøåÆØÅ&’'-]*"
# the tail after the body's printed name: a linking word and capitalised words, "og"/"&" between them
_TAIL = rf"[ \t]+(?P<link>i|for|ved|på)[ \t]+(?P<words>{_CAP}(?:[ \t]+(?:og[ \t]+|&[ \t]+)?{_CAP})*)"
# words of a municipality's place a tail may hold besides its names
_PLACE_WORDS = frozenset({"og", "&", "kommune", "kommuner", "kommunes"})
_MAX_LINE = 80  # a heading line's length at most
# a place's compound, a name and a lower-case noun after its hyphen: "en ny LAG i Slagelse-området"
_AREA = re.compile(r"-[a-zæøå]")


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
    pattern = re.compile(rf"(?<![\wæøåÆØÅ])(?i:{re.escape(name)}){_TAIL}")
    tails: set[str] = set()
    for m in pattern.finditer(text):
        words = m.group("words")
        if _AREA.search(words):
            continue
        if _municipal_place(words) and not _on_its_own_line(text, m.start(), m.end()):
            continue
        tails.add(f"{m.group('link')} {' '.join(words.split())}")
    full = tails.pop() if len(tails) == 1 else None
    # "ETK Brand & Redning på Tigervej": an address, though it tells "Skolen ved Søerne" from "Skolen på …"
    return f"{name} {full}" if full is not None and not full.startswith("på ") else None


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
            self._names[name] = full_name(self._text, name)
        full = self._names[name]
        return held_in(fact, (ids.organization_id(full), full, "Organization")) if full else fact
