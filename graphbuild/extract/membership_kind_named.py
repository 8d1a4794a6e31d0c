"""A network named right after the word for its kind, for ``membership_networks``: "interesseorganisationen
Landdistrikternes Fællesråd", "foreningen Danske Naturparker", "affaldsselskabet Vestfyns Affald", "netværket
Grønne Kommuner Øst". The word says what the name is, so a name no list knows is a network all the same; the caller
keeps only names that can be a network's (never a municipality, a region, a council or a plan)."""

from __future__ import annotations

import re

from graphbuild.vocab.near import finditer_near, lowered

# a number ending a name ("Gate 21"), never a date's ("21. marts")
_OWN_NUMBER = r"\d{1,4}(?!\d)(?![.,]\d)(?!\.\s*[a-zæøå])"
# the kind words in the definite ("foreningen", "selskabet", a compound: "affaldsselskabet", "interesseorganisationen")
# and the capitalised name after them (up to five words, "og", "for", "&", "I/S" between)
KIND_NAMED = re.compile(
    r"(?<![\w-])(?i:[\wæøå]*(?:organisation|forening|sammenslutning)en|"
    r"[\wæøå]*(?:netværk|selskab|interessentskab)et)[ \t]+"
    rf"(?P<name>[A-ZÆØÅ][\wæøåÆØÅ&-]*(?:[ \t]+(?:[A-ZÆØÅ][\wæøåÆØÅ&-]*|og|for|&|I/S|A/S|{_OWN_NUMBER})){{0,4}})"
)
# a local association or a housing company is no cross-municipal body: "Grundejerforeningen X", "Boligselskabet X"
LOCAL_KIND = re.compile(
    r"(?i:grundejer|haveforening|kolonihave|bolig|borger|beboer|landligger|idræt|sports|boldklub|jagt|menighed|sogn|"
    r"andels|lokalhistorisk|ejerforening|antenne|vandværk)"
)
KIND_WORDS = ("organisationen", "foreningen", "sammenslutningen", "netværket", "selskabet", "interessentskabet")
KIND_REACH = 200
TRAILING = re.compile(r"(?:[ \t]+(?:og|for|&))+$")


def _long_enough(name: str) -> bool:
    """A name of four letters or more, or an acronym ("DSD"): not an abbreviation or a letter ("Sct", "L")."""
    return len(name) >= 4 or (len(name) >= 2 and name.isupper())


def kind_named_networks(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of each name a kind word in the definite stands right before."""
    low = lowered(text)
    if not any(word in low for word in KIND_WORDS):
        return []
    out = []
    for match in finditer_near(KIND_NAMED, text, KIND_WORDS, KIND_REACH):
        name = TRAILING.sub("", match["name"])
        if LOCAL_KIND.match(text, match.start()) or not _long_enough(name):
            continue
        out.append((match.start("name"), match.start("name") + len(name), " ".join(name.split())))
    return out
