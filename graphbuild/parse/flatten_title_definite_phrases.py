"""A flattened contents list's title that ends in a definite noun phrase opened by its article, "den" or "det", and a
definite adjective ("... for den nedlagte | Langeskov Kommune", "... svar til Det regionale | Udviklingsråd",
"Vedtægter for den selvejende institution | Otterup Geværfabrik"): the phrase names what follows it, so the short
name the word-by-word cut (``flatten_titles``) opened a title at goes on that title, as a name in apposition to a
definite noun does (``flatten_title_tails.is_apposition``). Only "den"/"det" (the plural "de ældre" is a whole noun
phrase), a definite adjective in "-e" right after it and at most one lower-case noun after that, then one or two
capitalised words, none a word a title opens with or a standing item (a place's "Kommune" may close the name):
"... for den kommunale indsats | Budgetopfølgning" is two titles."""

from __future__ import annotations

import re

from graphbuild.parse.flatten_title_words import CLOSING_WORDS, OPENS_TITLE, PLACE_TAILS
from graphbuild.parse.item_lines import STANDING_ITEM

_ARTICLE = frozenset({"den", "det"})
_ADJECTIVE = re.compile(r"[a-zæøå]{3,}e")  # "nedlagte", "regionale", "selvejende"; the article's "Den" may cap it
_NOUN = re.compile(r"[a-zæøå]{3,}")  # "institution", "interessentskab"
_NAME_WORDS = 2  # "Udviklingsråd", "Otterup Geværfabrik", "Langeskov Kommune"


def _ends_in_definite_phrase(before: list[str]) -> bool:
    """Whether a title's last words are "den"/"det", a definite adjective and at most one noun after it."""
    for adjective_at in (-1, -2):
        if len(before) < 1 - adjective_at:
            continue
        article, adjective = before[adjective_at - 1], before[adjective_at]
        noun = before[-1] if adjective_at == -2 else None
        if article.lower() not in _ARTICLE:
            continue
        capped = article[:1].isupper() and adjective[:1].isupper()  # "Den Selvejende institution" as a title prints it
        if not (_ADJECTIVE.fullmatch(adjective) or (capped and _ADJECTIVE.fullmatch(adjective.lower()))):
            continue
        if noun is None or _NOUN.fullmatch(noun):
            return True
    return False


def _is_short_name(piece: list[str]) -> bool:
    """One or two capitalised words, none a word a title opens with nor a standing item; "Kommune" may close it."""
    if not piece or len(piece) > _NAME_WORDS:
        return False
    for position, word in enumerate(piece):
        if position and word in PLACE_TAILS:
            continue
        if not (word[:1].isupper() and word[1:2].islower() and word.replace("-", "").isalpha()):
            return False
        if word in CLOSING_WORDS or OPENS_TITLE.match(word) or STANDING_ITEM.match(word):
            return False
    return True


def names_definite_phrase(before: list[str], piece: list[str]) -> bool:
    """Whether ``piece`` is the name the definite noun phrase ending ``before`` goes on to: "... den nedlagte" /
    "Langeskov Kommune", "Det regionale" / "Udviklingsråd"; never a title's opening word ("... den kommunale
    indsats" / "Budgetopfølgning"), a standing item, a longer run or a phrase with no article ("... kommunale
    indsats" / "Mejlby" is `is_apposition`'s to read, when its noun is definite)."""
    return _ends_in_definite_phrase(before) and _is_short_name(piece)
