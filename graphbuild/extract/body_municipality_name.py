"""A municipality's body as the text names it with its municipality before it, "Hørsholm Seniorråd",
"Frederiksberg Kommunalbestyrelse", where the header names it bare ("Seniorrådet", "Kommunalbestyrelsen"): that
name is the body's too, an alias of the meeting's body. Only the body's own words, in its definite or indefinite
form, right after the municipality's name; never a genitive ("Hørsholms Seniorråd") nor another body."""

from __future__ import annotations

import re

from graphbuild.vocab.bodies import indefinite_body_name

_WORD_END = r"(?![\wæøåÆØÅ-])"
_WORD_START = r"(?<![\wæøåÆØÅ-])"


def named_with_municipality(text: str, body: str, municipality: str) -> str | None:
    """The first "<municipality> <body>" the text prints ("Hørsholm Seniorråd" for "Seniorrådet" of Hørsholm), the
    body's word in either form; None where the text prints none, or the body is named in several words (a name of
    its own, "Klima- og Naturudvalget", which the municipality does not open)."""
    name = " ".join(body.split())
    if not name or " " in name:
        return None
    stem = indefinite_body_name(name)
    if stem == name and name.lower().endswith(("et", "en")):
        return None  # no body noun to read the form of
    form = re.compile(
        rf"{_WORD_START}{re.escape(municipality)}[ \t]+{re.escape(stem)}(?:et|en|n)?{_WORD_END}", re.IGNORECASE
    )
    found = form.search(text)
    if found is None or not found[0][:1].isupper():
        return None
    return " ".join(found[0].split())
