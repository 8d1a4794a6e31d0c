"""A municipality's or a region's body as the text names it with its owner, where the header names it bare
("Seniorrådet", "Kommunalbestyrelsen", "Regionsrådet"): the municipality before it, "Hørsholm Seniorråd",
"Frederiksberg Kommunalbestyrelse", or the owner after it, "Kommunalbestyrelsen i Rødovre Kommune", "regionsrådet for
Region Midtjylland". That name is the body's too, an alias of the meeting's body. Only the body's own word, in its
definite or indefinite form, right beside its owner's name; never a genitive ("Hørsholms Seniorråd"), another body,
another municipality, nor a region for a municipality's body."""

from __future__ import annotations

import re

from graphbuild.vocab.bodies import indefinite_body_name
from graphbuild.vocab.near import CASE_BLIND_LOOKALIKES, lowered

_WORD_END = r"(?![\wæøåÆØÅ-])"
_WORD_START = r"(?<![\wæøåÆØÅ-])"
_REGIONS = r"(?-i:Region[ \t]+(?:Hovedstaden|Sjælland|Syddanmark|Midtjylland|Nordjylland))"


def named_with_owner(text: str, body: str, municipality: str | None) -> str | None:
    """The first name the text gives the meeting's one-word body with its owner: "<municipality> <body>"
    ("Hørsholm Seniorråd" for "Seniorrådet" of Hørsholm), "<body> i|for <municipality> Kommune", or for a body of no
    municipality "<body> i|for Region <name>" ("regionsrådet for Region Midtjylland"); the body's word in either
    form. None where the text prints none, or the body is named in several words (a name of its own, "Klima- og
    Naturudvalget", which no owner opens)."""
    name = " ".join(body.split())
    if not name or " " in name:
        return None
    stem = indefinite_body_name(name)
    if stem == name and name.lower().endswith(("et", "en")):
        return None  # no body noun to read the form of
    if not _may_name(text, stem, municipality):
        return None
    word = rf"{re.escape(stem)}(?:et|en|n)?"
    if municipality is not None:
        owner = rf"(?-i:{re.escape(municipality)})"
        forms = [rf"{owner}[ \t]+{word}", rf"{word}[ \t]+(?:i|for)[ \t]+{owner}[ \t]+(?-i:Kommune)"]
    else:
        forms = [rf"{word}[ \t]+(?:i|for)[ \t]+{_REGIONS}"]
    found = re.search(rf"(?i){_WORD_START}(?:{'|'.join(forms)}){_WORD_END}", text)
    if found is None:
        return None
    named = " ".join(found[0].split())
    return named[:1].upper() + named[1:]


_BLANKS = " \t"
# the letters of a body's word the case-blind pattern reads as ``str.lower`` does in a text without a look-alike
_PLAIN_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzæøåéü0123456789-")
_WORD_ENDINGS = ("", "et", "en", "n")


def _may_name(text: str, stem: str, municipality: str | None) -> bool:
    """Whether the text may print the body with its owner: False only where no form of ``named_with_owner``'s can
    match, so that the pattern (the body's and the municipality's names, built for each document) is neither built
    nor tried at every position of a text that names the municipality only as itself ("Egedal Kommune"). A form
    with a municipality prints it as written with blanks after it and the body's word ("Hørsholm Seniorråd"), or the
    body's word, blanks, "i" or "for" and blanks before it ("Seniorrådet i Hørsholm"); a region's, "Region"."""
    if municipality is None:
        return "Region" in text
    low, stem_low = lowered(text), stem.lower()
    if not municipality or any(ch in text for ch in CASE_BLIND_LOOKALIKES) or not _PLAIN_LETTERS.issuperset(stem_low):
        return True  # a letter the case-blind pattern reads otherwise than str.lower: the pattern decides
    at = text.find(municipality)
    while at >= 0:
        after = at + len(municipality)
        while after < len(text) and text[after] in _BLANKS:
            after += 1
        if after > at + len(municipality) and low.startswith(stem_low, after):
            return True  # "<municipality> <body>"
        if _body_and_link_before(low, at, stem_low):
            return True  # "<body> i|for <municipality> Kommune"
        at = text.find(municipality, at + 1)
    return False


def _body_and_link_before(low: str, at: int, stem_low: str) -> bool:
    """Whether ``low`` (the text in lower case) prints the body's word, blanks, "i" or "for" and blanks right before
    ``at``."""
    before = at
    while before > 0 and low[before - 1] in _BLANKS:
        before -= 1
    if before == at:
        return False
    for link in ("i", "for"):
        if not low.endswith(link, 0, before):
            continue
        end = before - len(link)
        while end > 0 and low[end - 1] in _BLANKS:
            end -= 1
        if end < before - len(link) and any(low.endswith(stem_low + ending, 0, end) for ending in _WORD_ENDINGS):
            return True
    return False
