"""The association a general meeting's own site is named for, when its header reads the meeting only by its kind
("Generalforsamling 2005", "Referat af ordinær Generalforsamling") and no heading ties the kind to its owner: the
name the text prints whose letters, folded to ASCII, are the site's registered name ("Veddelev Kolaug" on
"veddelevkolaug.dk", "FRB Erhverv" / "FRB-Erhverv" on "frberhverv.dk", "Korsør Kunstforenings Fond" on
"korsørkunstforening.dk"). Read by the parse stage into `Meeting.body_in_full` ("Generalforsamlingen i Veddelev
Kolaug") after `body_owner`'s heading readers. Never an owner the text does not print (a site's name alone is no
name), nor one word alone: a village's or a town's name ("Gjessø" on "gjesso.dk") is no association's."""

from __future__ import annotations

import re
from itertools import pairwise

from graphbuild.parse.publisher_site import ASCII_FOLDINGS, publisher_municipality, registered_dk_label
from graphbuild.vocab.municipality_names import municipality_named

_GENERAL_MEETING = re.compile(r"(?i)generalforsamling(?:en)?")
_BOARD = re.compile(r"(?i)bestyrelse(?:n)?")
# a council, a committee, a board by its kind's word in one word of its own ("Stiftsrådet", "Provstiudvalget",
# "Musikskolerådet", "Kulturhusbestyrelsen"); a municipality's or a region's council and standing committees are not
_KIND_WORD = re.compile(r"(?i)[a-zæøå]+(?:råd(?:et)?|udvalg(?:et)?|bestyrelse(?:n)?|nævn(?:et)?)")
_COUNCILS = re.compile(r"(?i)(?:by|regions|kommunal|økonomi|forretnings)(?:råd|udvalg|bestyrelse)\w*")
# the address spellings of a municipality's name, and "å" as "a" too (a hyphen for a space is dropped with the rest)
_FOLDINGS = (*ASCII_FOLDINGS, str.maketrans({"æ": "ae", "ø": "o", "å": "a", "é": "e"}))
_SHORTEST_LABEL = 6  # "kl", "dn": initials may stand for many names
_LONGEST_NAME = 5  # words
# a word of a name: capitalised ("Kolaug", "FRB"), or a small word between two ("Forening for Kommunalret")
_NAME_WORD = re.compile(r"[A-ZÆØÅ][\wæøåÆØÅ&]*|i|og|for|af")
_SMALL_WORDS = frozenset({"i", "og", "for", "af"})
# what no folding changes: a name's consonants and digits, its vowels and æ/ø/å/é (which foldings spell as vowels),
# blanks, hyphens and the rest left out ("Korsør Kunstforening" and "korsoerkunstforening" are both "krsrknstfrnng")
_NOT_SKELETON = re.compile(r"[^bcdfghjklmnpqrstvwxz0-9]+")


def _folded(words: str) -> set[str]:
    """The letters and digits of a name in each ASCII folding ("Korsør" → "korsoer", "korsor")."""
    low = words.lower()
    return {re.sub(r"[^a-z0-9]", "", low.translate(folding)) for folding in _FOLDINGS}


def _site_keys(url: str | None) -> set[str]:
    """The site's registered .dk name in each ASCII folding, an internationalised name decoded first."""
    label = registered_dk_label(url)
    if label is None or publisher_municipality(url) is not None:
        return set()  # a municipality's own site is named for no association (and its text need not be read)
    if label.startswith("xn--"):
        try:
            label = label.encode("ascii").decode("idna")
        except UnicodeError:
            return set()
    keys = _folded(label)
    return keys if all(len(key) >= _SHORTEST_LABEL for key in keys) else set()


def _printed_somewhere(keys: set[str], text: str) -> bool:
    """Whether the text holds a key's consonants in a row (one pass over it): a name that folds to the key holds
    them, so a text without them is not read word by word."""
    skeleton = _NOT_SKELETON.sub("", text.lower())
    return any(_NOT_SKELETON.sub("", key) in skeleton for key in keys)


def site_name_printed(url: str | None, text: str) -> str | None:
    """The first name of two to five words the text prints (a genitive's "s" dropped) that is the site's registered
    name folded to ASCII; else None."""
    keys = _site_keys(url)
    if not keys or not _printed_somewhere(keys, text):
        return None
    words = list(re.finditer(r"[\wæøåÆØÅ&]+", text))
    for index, first in enumerate(words):
        if not first.group(0)[0].isupper():
            continue
        for end in range(index + 1, min(index + _LONGEST_NAME, len(words))):
            run = words[index : end + 1]
            gaps = [text[a.end() : b.start()] for a, b in pairwise(run)]
            if any(gap not in (" ", "-") for gap in gaps):
                break  # a name's words stand on one line, a space or a hyphen apart
            if not all(_NAME_WORD.fullmatch(w.group(0)) for w in run) or run[-1].group(0) in _SMALL_WORDS:
                continue
            name = text[run[0].start() : run[-1].end()]
            if _folded(name) & keys:
                return " ".join(name.replace("-", " ").split())
            if name.endswith("s") and _folded(name[:-1]) & keys:
                return " ".join(name[:-1].replace("-", " ").split())  # "Korsør Kunstforenings Fond"
    return None


def general_meeting_of_site(url: str | None, text: str, body: str | None) -> str | None:
    """A general meeting read by its kind alone, named with the association its site is named for and its text
    prints: "Generalforsamlingen i Veddelev Kolaug"; else None."""
    if body is None or _GENERAL_MEETING.fullmatch(body.strip()) is None:
        return None
    owner = site_name_printed(url, text)
    return f"Generalforsamlingen i {owner}" if owner is not None else None


def board_of_site(url: str | None, text: str, body: str | None) -> str | None:
    """A board read by its word alone ("Bestyrelse"), named with the organisation its site is named for and its text
    prints: "Bestyrelsen for Lokalforum Regstrup" on "lokalforumregstrup.dk", "Bestyrelsen for Æblegård Friskole" on
    "æblegårdfriskole.dk" (whose text prints "Æblegård Friskoles"); else None."""
    if body is None or _BOARD.fullmatch(body.strip()) is None:
        return None
    owner = site_name_printed(url, text)
    return f"Bestyrelsen for {owner}" if owner is not None else None


def body_of_site(url: str | None, text: str, body: str | None) -> str | None:
    """A council, a committee or a board read by its kind's word in one word of its own ("Stiftsrådet",
    "Provstiudvalget"), named with the organisation its site is named for and its text prints: "Stiftsrådet i Aarhus
    Stift" on "aarhusstift.dk"; never a municipality's own body ("Byrådet", "Økonomiudvalget"), nor a body on a
    municipality's or a region's site ("Handicaprådet" on vardekommune.dk, "Forretningsudvalget" on
    regionsyddanmark.dk: the readers of the address name those); else None."""
    if body is None:
        return None
    word = body.strip()
    if (
        _KIND_WORD.fullmatch(word) is None
        or _COUNCILS.fullmatch(word) is not None
        or _BOARD.fullmatch(word) is not None
    ):
        return None
    owner = site_name_printed(url, text)
    if owner is None or municipality_named(owner) is not None or owner.split()[0].lower() == "region":
        return None
    return f"{word} i {owner}"
