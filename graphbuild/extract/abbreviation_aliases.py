"""An organisation the text defines with its abbreviation, "UdviklingsRåd Sønderjylland (URS)", "Center for
Forebyggelse (CFO)", carries both names: the entity a reader named by one of them takes the other as an alias, so
a role held in "URS" is held in "UdviklingsRåd Sønderjylland" too (README `roles`: the target as printed).

A definition is a bracket of two to six capitals right after the name on its line, the name's words each giving
the abbreviation its next letters from their own first letter on (a word's inner letters may follow: "Sydfyns
Elforsyning (SEF)", "Regionskontaktudvalget (REKU)"), a linking word ("for", "og", "i") giving none or some, a
leading article ("Det", "Den") none. Never a party's letter ("(A)", one letter), a number (a municipality's code,
a case's), a bracket whose letters the words before it do not begin ("Anders Banke (SF)"), nor a person's initials
("Hanne Voetmann (HV)": the name's first word a first name). Read once per document, after every other step."""

from __future__ import annotations

import re
from functools import cache

from graphbuild.extract.builder import FactsBuilder
from graphbuild.vocab.ids import normalise
from graphbuild.vocab.person_names import surname_shaped
from graphbuild.vocab.reference import first_names, last_names

# "(URS)": two to six capitals in brackets
_BRACKET = re.compile(r"\(\s*([A-ZÆØÅ]{2,6})\s*\)")
_ARTICLES = frozenset({"det", "den", "de"})
_LEADING_ARTICLES = frozenset({"Det", "Den", "De"})
_LINKING = frozenset({"for", "og", "i", "af", "på", "til", "ved", "&", "-", "–"})
_WORD_EDGE = re.compile(r"^[\"'“”(]+|[\"'“”,]+$")
_TOKEN = re.compile(r"\S+")


def _spells(abbreviation: str, words: list[str]) -> bool:
    """Whether the words, in order, give the abbreviation's letters: each content word from its first letter on
    (its further letters in order inside it), a linking word none or some, a leading article none."""
    letters = abbreviation.lower()
    folded = [w.lower() for w in words]

    @cache
    def fits(word: int, at: int) -> bool:
        if word == len(folded):
            return at == len(letters)
        text = folded[word]
        optional = text in _LINKING or (word == 0 and text in _ARTICLES)
        if optional and fits(word + 1, at):
            return True
        if at == len(letters) or not text or text[0] != letters[at]:
            return False
        # the word gives letters at..end-1, its first letter first, the rest in order inside it
        pos, end = 1, at + 1
        while True:
            if fits(word + 1, end):
                return True
            if end == len(letters):
                return False
            found = text.find(letters[end], pos)
            if found < 0:
                return False
            pos, end = found + 1, end + 1

    return fits(0, 0)


def _persons_initials(abbreviation: str, words: list[str]) -> bool:
    """Whether the abbreviation is the initials of a person's name: each word's first letter (each part of a
    hyphened one), a word of the name lists or shaped like a surname among them ("Gylling Haahr (GH)")."""
    parts = [part for word in words for part in word.split("-") if part]
    return "".join(part[0] for part in parts) == abbreviation and any(
        part in first_names() or part in last_names() or surname_shaped(part) for part in parts
    )


def _long_form(abbreviation: str, before: str) -> str | None:
    """The fewest words at the end of ``before`` that spell the abbreviation, as printed, the first capitalised;
    None when none do or they are a person's name."""
    tokens = list(_TOKEN.finditer(before))
    words = [_WORD_EDGE.sub("", t.group(0)) for t in tokens]
    for count in range(1, min(len(words), len(abbreviation) + 3) + 1):
        tail = words[-count:]
        if not tail[0][:1].isupper() or "" in tail or not _spells(abbreviation, tail):
            continue
        previous = words[-count - 1] if count < len(words) else ""
        # a person's initials: "Hanne Voetmann (HV)", "Karsten Søndergaard Frederiksen (SF)"
        if tail[0] in first_names() or previous in first_names() or tail[0].lower() in _LINKING:
            return None
        if _persons_initials(abbreviation, tail):
            return None
        if previous in _LEADING_ARTICLES:  # "Det Lokale Beskæftigelsesråd (LBR)"
            count += 1
        start = tokens[-count].start()
        return _WORD_EDGE.sub("", " ".join(before[start:].split()))
    return None


def definitions(text: str) -> dict[str, str]:
    """Each abbreviation the text defines by the name before its bracket -> that name; an abbreviation defined as
    two different names defines neither."""
    found: dict[str, set[str]] = {}
    for match in _BRACKET.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        before = text[max(line_start, match.start() - 120) : match.start()]
        if not before.endswith((" ", "\t")) or not before.strip():
            continue
        name = _long_form(match.group(1), before)
        if name is not None:
            found.setdefault(match.group(1), set()).add(name)
    return {abbreviation: next(iter(names)) for abbreviation, names in found.items() if len(names) == 1}


def _key(name: str) -> str:
    key = normalise(name)
    first, _, rest = key.partition(" ")
    return rest if first in _ARTICLES and rest else key


def add_abbreviation_aliases(text: str, facts: FactsBuilder) -> None:
    """Each organisation named by a defined abbreviation or by the name it abbreviates takes the other as an
    alias, and the definition as printed, "Sydfyns Elforsyning (SEF)": a name the text gives it whole."""
    if "(" not in text:
        return
    defined = definitions(text)
    if not defined:
        return
    by_name = {_key(name): abbreviation for abbreviation, name in defined.items()}
    for entity_id, name in facts.names_of("Organization"):
        if name in defined:
            facts.add_alias(entity_id, defined[name])
            facts.add_alias(entity_id, f"{defined[name]} ({name})")
        elif (abbreviation := by_name.get(_key(name))) is not None:
            facts.add_alias(entity_id, abbreviation)
            facts.add_alias(entity_id, f"{defined[abbreviation]} ({abbreviation})")
