"""Stable entity ids: derived from normalised names, never from hash() or iteration order."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_TRANSLITERATE = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "é": "e", "ü": "ue", "ö": "oe", "ä": "ae"})


def normalise(name: str) -> str:
    """A comparison key: lower case, Danish letters spelled out, punctuation folded to spaces."""
    text = unicodedata.normalize("NFKC", name).lower().translate(_TRANSLITERATE)
    text = re.sub(r"[^a-z0-9§]+", " ", text)
    return " ".join(text.split())


def slug(name: str) -> str:
    return normalise(name).replace(" ", "-").replace("§", "p") or "x"


def entity_id(kind: str, name: str) -> str:
    return f"{kind}:{slug(name)}"


def stable_hash(*parts: object) -> str:
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:24]
