"""A flattened contents title whose last word is an attributive adjective in lower case after an article, a
preposition or a dash in lower case ("... arbejdet med en fast | Kattegatforbindelse Meddelelser", "Godkendelse af
ny | Erhvervsstrategi 2020 - 2024", "... lønkompensation ved kommunal | EGU praktik"): an adjective there stands
before its noun, so the capitalised word after it goes on in the title and opens none. After a capitalised article
("Det regionale | Mål 2-Udvalg", "Den nye | Hav- og Fiskerifond") the article may open a title of its own: the
cutter's guess stays. A standing item ("Meddelelser", "Eventuelt") or a label with its colon after the adjective
still opens a title, and so does a noun whose next word is a capitalised one no title opens with (where the noun's
title ends is not told); an adjective after a noun ("budget nuværende") binds nothing."""

from __future__ import annotations

from graphbuild.parse.flatten_title_words import BINDING, CLOSING_WORDS, OPENS_TITLE

# adjectives that stand before a noun in a title (the lower-case forms; OPENING_ADJECTIVES are the capitalised ones
# that open one)
ATTRIBUTIVE = frozenset(
    {
        "ny", "nyt", "nye", "fast", "faste", "kommende", "nuværende", "foreløbig", "foreløbigt", "foreløbige",
        "fremtidig", "fremtidige", "kommunal", "kommunale", "regional", "regionale", "national", "nationale",
        "lokal", "lokale", "nedlagte", "selvejende", "gamle", "sydlige", "nordlige", "østlige", "vestlige",
    }
)  # fmt: skip


def before_its_noun(words: list[str], k: int) -> bool:
    """Whether ``words[k]``, a capitalised word, is the noun the attributive adjective before it stands before: the
    word before is one of ``ATTRIBUTIVE``, the word before that an article, a preposition or a dash in lower case
    (``BINDING``), and ``words[k]`` is no standing item nor a label ending in a colon. The word after the noun is no
    capitalised word unless it opens a title after any word ("Meddelelser", "Godkendelse"): "... til kommende |
    Vækstforum Nordjysk Lånefonds samarbejde ...", "- foreløbigt | Regnskab Til efterretning - ..." tell not where
    the noun's title ends, and the cut stays."""
    after = words[k + 1] if k + 1 < len(words) else ""
    return (
        k >= 2
        and words[k - 1] in ATTRIBUTIVE
        and words[k - 2] in BINDING  # "Det regionale Mål 2-Udvalg": a capitalised article may open a title
        and words[k] not in CLOSING_WORDS
        and not words[k].endswith(":")
        and (not after[:1].isupper() or after in CLOSING_WORDS or OPENS_TITLE.match(after) is not None)
    )
