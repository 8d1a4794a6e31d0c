"""A municipality's or a region's body as the text names it with its owner, where the header names it bare
("Seniorrådet", "Kommunalbestyrelsen", "Regionsrådet"): the municipality before it, "Hørsholm Seniorråd",
"Frederiksberg Kommunalbestyrelse", or the owner after it, "Kommunalbestyrelsen i Rødovre Kommune", "regionsrådet for
Region Midtjylland". That name is the body's too, an alias of the meeting's body. Only the body's own word, in its
definite or indefinite form, right beside its owner's name; never a genitive ("Hørsholms Seniorråd"), another body,
another municipality, nor a region for a municipality's body."""

from __future__ import annotations

import re

from graphbuild.vocab.bodies import indefinite_body_name

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
