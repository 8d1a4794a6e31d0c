"""The one name a page prints for a body a reader held a seat in by its kind's word alone, in the definite form
("Kredsrådet", "Provstiudvalget", "Lokalrådet", "Styregruppen"): the same word, indefinite, with the capitalised
words that tell the body from others of its kind printed right before it ("Frederiksberg Provstiudvalg",
"Skægkærområdets Lokalråd", a genitive owner too) or right after it ("Kredsråd
Nordjylland" as the page's heading). Read by `role_page_full_names.FullNames` where the page prints no longer name
after a linking word. Only one such name on the page; never a municipality's or a region's council ("Byrådet",
"Regionsrådet": the readers place those by their municipality), nor a board ("Bestyrelsen": `role_page_one_board`
reads a page's board with its owner), nor a word that only opens a sentence or describes ("Det Lokalråd …",
"Lokale naturråd"), nor the national association of such bodies ("Danske Ældreråd"). A municipality's name before
the word gives the municipality's body in the pipeline's own form, "Provstiudvalget (Frederiksberg)" for
"Frederiksberg Provstiudvalg", as a municipal body's name is written elsewhere."""

from __future__ import annotations

import re

from graphbuild.vocab.municipality_names import municipality_named
from graphbuild.vocab.near import lowered

# a body's kind by its word's end, in the definite form a text refers back with; a board is read elsewhere
_DEFINITE_KIND = re.compile(
    r"(?i)(?P<stem>[a-zæøå]*(?:råd|udvalg|nævn|kommission|komité|forum|styregruppe|arbejdsgruppe|følgegruppe))"
    r"(?:et|en|n)"
)
# a municipality's or a region's council or its standing committees: placed by the municipality, never here
_COUNCIL_STEMS = frozenset({"byråd", "regionsråd", "regionråd", "økonomiudvalg", "forretningsudvalg", "magistrat"})
_CAP = r"[A-ZÆØÅ][\wæøåÆØÅ&’'-]*"
_WORDS_BEFORE = re.compile(rf"(?:{_CAP}[ \t]+){{1,3}}$")
_WORDS_AFTER = re.compile(rf"^(?:[ \t]+{_CAP}){{1,3}}")
# words that open a sentence, describe or name no body's owner: "Det Lokalråd", "Nyt Provstiudvalg", "Lokale
# naturråd"; "Danske Ældreråd" is the national association of the councils, no one council
_NO_OWNER = frozenset(
    {"det", "den", "et", "en", "ny", "nyt", "nye", "vores", "vort", "deres", "hvert", "ethvert", "alle", "andre"}
    | {"lokal", "lokale", "lokalt", "samme", "hele", "danske", "danmarks", "fælles", "nationale", "regionale"}
)
# a word glued to the next in a flattened text: a capital after a small letter ("UdvalgStevns")
_GLUED = re.compile(r"[a-zæøå][A-ZÆØÅ]")
_WORD_CHAR = re.compile(r"[\wæøåÆØÅ]")
_REACH = 200_000  # characters of a page read: a page's heading and its lists stand in its first part


def _owner_words(words: str) -> bool:
    """Whether capitalised words name an owner or a place: none of them a sentence's opening word or an adjective
    alone, none glued to the next."""
    return all(w.lower() not in _NO_OWNER and _GLUED.search(w) is None for w in words.split())


def _as_named(name: str, owner: str, word: str) -> str:
    """The body's name: the municipality's body by its definite word and the municipality in brackets where the
    owner is a municipality ("Provstiudvalget (Frederiksberg)"), else as printed."""
    municipality = municipality_named(owner)
    return f"{word} ({municipality.name})" if municipality is not None else name


def kind_word_name(text: str, name: str) -> str | None:
    """The one name the text prints for the body `name` refers to by its kind's definite word alone: its indefinite
    word with capitalised words before it or after it on its line; else None."""
    kind = _DEFINITE_KIND.fullmatch(name)
    if kind is None:
        return None
    stem = kind.group("stem")
    if stem.lower() in _COUNCIL_STEMS or len(stem) < 4:
        return None
    text = text[:_REACH]
    low, key = lowered(text), stem.lower()
    names: set[str] = set()
    at = low.find(key)
    while at >= 0:
        end = at + len(key)
        if not (at and _WORD_CHAR.match(text, at - 1)) and not (end < len(text) and _WORD_CHAR.match(text, end)):
            line_start = text.rfind("\n", 0, at) + 1
            line_end = text.find("\n", end)
            line_end = len(text) if line_end < 0 else line_end
            before = _WORDS_BEFORE.search(text[line_start:at])
            after = _WORDS_AFTER.match(text[end:line_end])
            if before is not None and _owner_words(before.group(0)):
                printed = " ".join(text[line_start + before.start() : end].split())
                names.add(_as_named(printed, before.group(0).strip(), name))
            elif after is not None and text[at].isupper() and _owner_words(after.group(0)):
                names.add(" ".join(text[at : end + after.end()].split()))
        at = low.find(key, end)
    return names.pop() if len(names) == 1 else None
