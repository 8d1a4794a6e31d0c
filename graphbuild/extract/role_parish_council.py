"""The parish council a page is about, read by `role_chairs` as the last place before the document's unnamed body:
on a page that speaks of its "menighedsråd", the one council it names with its owner, in its prose, title or
signature ("Hilsen Darum menighedsråd", "Domkirkens menighedsråd", "menighedsrådet i Darum"), else the council of
the one parish it names ("Det nye råd, som skal fungere i Simon Peters Sogn": "Menighedsrådet i Simon Peters
Sogn"; "skiftedag i Domsognet": "Menighedsrådet i Domsognet"). Only where the page names exactly one such owner or
parish (two different ones: none); never a venue ("i Sognegården", "i Sognehuset") nor a municipality."""

from __future__ import annotations

import re

from graphbuild.vocab import ids
from graphbuild.vocab.municipality_names import municipality_named
from graphbuild.vocab.person_names import written_in_lower_case

_CAP = r"[A-ZÆØÅ][\wæøåÆØÅ-]*"
_OWNER = rf"{_CAP}(?:[ \t]+{_CAP}){{0,3}}"
_COUNCIL = r"[Mm]enighedsråd"
# what the council word holds whatever its first letter's case: a plain test before the pattern's pass over the text
CUE_WORDS = ("enighedsråd",)
# the council word alone, in any inflection: what says the page is a parish council's
_COUNCIL_WORD = re.compile(rf"\b{_COUNCIL}(?:et|ets|s)?\b")
# "Darum menighedsråd", "Domkirkens menighedsråd", "Hilsen Darum Menighedsråd"
_OWNED = re.compile(rf"(?<![\wæøåÆØÅ-])(?P<owner>{_OWNER})(?P<genitive>'s|’s|s)?[ \t]+{_COUNCIL}(?:et)?\b")
# "menighedsrådet i Darum", "Menighedsrådet for Vor Frue Sogn"
_OF = re.compile(rf"\b{_COUNCIL}(?:et)?[ \t]+(?:i|for)[ \t]+(?P<owner>{_OWNER})")
# a parish by its name: "Simon Peters Sogn", "Vor Frue Sogn", one word "Domsognet"
_PARISH = re.compile(
    rf"(?<![\wæøåÆØÅ-])(?P<parish>(?:{_CAP}[ \t]+){{1,3}}Sogn|[A-ZÆØÅ][\wæøå-]{{2,}}sognet?)(?![\wæøåÆØÅ-])"
)
# words a run of capitalised words may open with that own no council: a sentence's first word, a greeting
_NOT_OWNER = frozenset(
    {"om", "den", "det", "de", "en", "et", "nye", "vores", "hilsen", "venlig", "kærlig", "mvh", "med", "i", "til",
     "fra", "for", "af", "på", "ved", "når", "da", "nu", "her", "der", "og", "samt", "hele", "valg", "sogn"}
)  # fmt: skip
# a venue's or a building's word ending an owner: a meeting's place, no council's owner
_VENUE_ENDINGS = ("hus", "huset", "gård", "gården", "salen", "sal", "centret", "centeret", "kontoret")


def body_owner(words: str, text: str) -> str | None:
    """The owner's name, the words that own no council left out from its start: a small word, a greeting, a word
    the page also writes in lower case (a sentence's first word: "Nyt menighedsråd")."""
    parts = words.split()
    while parts and (parts[0].lower() in _NOT_OWNER or written_in_lower_case(text, parts[0].lower())):
        parts.pop(0)
    if not parts or parts[-1].lower().endswith(_VENUE_ENDINGS):
        return None
    owner = " ".join(parts)
    return None if municipality_named(owner) is not None else owner


def _key(owner: str) -> str:
    """One owner however the page writes it: "Darum", "Darum Sogn" and "Darumsogn" are one parish."""
    low = owner.lower()
    for end in (" sogn", "sognet", "sogn"):
        if low.endswith(end) and len(low) > len(end):
            return low[: -len(end)].strip()
    return low


def parish_council(text: str, doc_id: str) -> tuple[str, str, str] | None:
    """The one parish council a page about its menighedsråd names, as an (id, name, type) target keyed by the
    document; else None."""
    if not any(word in text for word in CUE_WORDS) or _COUNCIL_WORD.search(text) is None:
        return None
    owned: dict[str, str] = {}  # an owner's key -> the council's name as the page prints it, owner first
    named_of: dict[str, str] = {}  # -> "Menighedsrådet i X"
    for m in _OWNED.finditer(text):
        owner = body_owner(m.group("owner"), text)
        if owner is not None:
            owned.setdefault(_key(owner), f"{owner}{m.group('genitive') or ''} menighedsråd")
    for m in _OF.finditer(text):
        owner = body_owner(m.group("owner"), text)
        if owner is not None:
            named_of.setdefault(_key(owner), f"Menighedsrådet i {owner}")
    for m in _PARISH.finditer(text):
        parish = body_owner(m.group("parish"), text)
        if parish is not None and _key(parish):
            named_of.setdefault(_key(parish), f"Menighedsrådet i {parish}")
    keys = set(owned) | set(named_of)
    if len(keys) != 1:
        return None
    key = keys.pop()
    name = owned.get(key) or named_of[key]
    return ids.organization_id(f"{name} {doc_id}"), name, "Organization"
