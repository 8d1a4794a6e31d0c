"""Amounts in Danish kroner: "1.019.660 kr.", "150.000 kr", "2,5 mio. kr."."""

from __future__ import annotations

import re

from graphbuild.vocab.near import Word, finditer_near

AMOUNT_RE = re.compile(
    r"(?<![\d.,])(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?\s*(mio\.?|mia\.?|millioner|milliarder)?\s*(?:kr\b|kroner\b|DKK\b)",
    re.IGNORECASE,
)
# an amount ends in one: the pass runs only near them (vocab.near), and only where the word ends as an
# amount's does ("kr" in "krav" or "beskrive" opens no window)
AMOUNT_WORDS: tuple[Word, ...] = (
    ("kr", re.compile(r"kr(?:oner)?\b", re.IGNORECASE)),
    ("dkk", re.compile(r"dkk\b", re.IGNORECASE)),
)
AMOUNT_REACH = 80  # digits, a fraction and "millioner" before the word
SCALE = {"mio": 1_000_000, "millioner": 1_000_000, "mia": 1_000_000_000, "milliarder": 1_000_000_000}


def find_amounts(text: str) -> list[int]:
    out = []
    for match in finditer_near(AMOUNT_RE, text, AMOUNT_WORDS, AMOUNT_REACH):
        whole = int(match.group(1).replace(".", ""))
        fraction = match.group(2) or ""
        scale = SCALE.get((match.group(3) or "").rstrip(".").lower(), 1)
        value = whole * scale + (int(fraction) * scale // 10 ** len(fraction) if fraction else 0)
        out.append(value)
    return out
