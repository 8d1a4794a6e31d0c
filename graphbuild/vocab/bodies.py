"""A municipality's body under one name, however a document qualifies it.

"Næstved Kommune - Social- og Sundhedsudvalget", "Næstved Kommunes Social- og Sundhedsudvalg…",
"Social- og Sundhedsudvalget (Næstved)" and "Social- og Sundhedsudvalget" in Næstved's own minutes
are one body: its bare name, with the municipality kept apart (in its id and its display name).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache

from graphbuild.vocab.reference import municipality_by_code

_SEPARATOR = r"(?:\s*[-–—:,|/]\s*|\s+)"

# The abbreviations minutes use for a municipality's own bodies ("indstiller til KB via ØU"): the
# body itself, never an organisation of its own.
BODY_ABBREVIATIONS = {
    "KB": "Kommunalbestyrelsen",
    "BY": "Byrådet",
    "BR": "Byrådet",  # "Beslutningskompetence: BR"
    "ØU": "Økonomiudvalget",
    "ØK": "Økonomiudvalget",
}


# --- the nouns a body is named by ----------------------------------------------------------------------------------
# A body of members by the noun its name ends in, in the indefinite form ("Økonomiudvalg", "Grønt Råd",
# "Styregruppen", "Limfjordsrådets", "Komitéen"): the one list the readers of a body's word build their patterns
# from, each naming what it adds to it or leaves out ("komite" and "komité" are one noun's two spellings).
BODY_NOUNS = (
    "udvalg", "råd", "bestyrelse", "repræsentantskab", "styregruppe", "kommission", "nævn", "forum", "netværk",
    "komite", "komité",
)  # fmt: skip
# a working group a body sets up ("arbejdsgruppen", "følgegruppen"), read beside the body nouns by the readers of
# members named in a sentence
WORKING_GROUP_NOUNS = ("arbejdsgruppe", "følgegruppe")
# A body municipalities (or other members) set up together, by the noun its name or its description ends in ("et
# fælles beredskabsselskab", "et tværkommunalt samarbejde", "foreningen Gate 21"): the membership readers' network.
NETWORK_NOUNS = ("selskab", "samarbejde", "fællesskab", "partnerskab", "netværk", "organisation", "forening")
# a fire and rescue service, which municipalities set up together as they do a company ("det fælles beredskab",
# "Brandvæsenet skifter navn til …")
RESCUE_SERVICE_NOUNS = ("beredskab", "brandvæsen")


def noun_pattern(nouns: Iterable[str], *, without: Iterable[str] = (), forms: Mapping[str, str] | None = None) -> str:
    """The nouns as one regular-expression alternation (no group: the caller puts it in its own), leaving out the
    nouns ``without`` names and writing a noun ``forms`` maps in the caller's own form ("råd" as ``(?<!om)råd``, no
    area's "-område"). Every noun left out or given a form must be one of ``nouns``, so no exclusion outlives its
    noun unnoticed."""
    nouns, left_out, forms = tuple(nouns), frozenset(without), dict(forms or {})
    unknown = left_out.union(forms) - set(nouns)  # frozenset | dict keys is a set, not the frozenset mypy says
    if unknown:
        raise ValueError(f"not among the nouns: {sorted(unknown)}")
    return "|".join(forms.get(noun, re.escape(noun)) for noun in nouns if noun not in left_out)


# The last word of a body's name in its definite or genitive form ("Økonomiudvalget", "Byrådets",
# "Kommunalbestyrelsen"): minutes name the same body "Økonomiudvalg" and "Byråd" as often. Besides the body
# nouns: a board of directors, a circle, an assembly, any group, a magistrate, a representation; "styregruppe" left
# to "gruppe", the noun a compound ends in ("Styregruppen" splits off "gruppen").
_NAME_END_NOUNS = (*BODY_NOUNS, "direktion", "kreds", "forsamling", "gruppe", "magistrat", "repræsentation")
_DEFINITE_BODY_NOUN = re.compile(
    rf"({noun_pattern(_NAME_END_NOUNS, without=('styregruppe',))})(?:et|en|n|met)?s?$",
    re.IGNORECASE,
)


def indefinite_body_name(name: str) -> str:
    """The body's name with its last word in the indefinite form, the key one body's names share."""
    return _DEFINITE_BODY_NOUN.sub(r"\1", name)


# the body noun at a name's end, never an area's "-område" ("beskæftigelsesområdet")
_BODY_NOUN_AT_END = re.compile(rf"(?<!om){_DEFINITE_BODY_NOUN.pattern}", re.IGNORECASE)


def ends_in_body_noun(name: str) -> bool:
    """Whether a name ends in the word for a body ("Kultur- og Fritidsudvalget", "Beskæftigelsesråd")."""
    return _BODY_NOUN_AT_END.search(name) is not None


_COMPOUND_BODY_NOUN = re.compile(rf"(?<=[a-zæøå]{{2}})(?<!om){_DEFINITE_BODY_NOUN.pattern}", re.IGNORECASE)


def split_body_noun(word: str) -> str | None:
    """The body noun a compound word ends in ("Fritidsudvalget" -> "udvalget"); None when the word is
    the noun alone ("Udvalget") or names no body."""
    match = _COMPOUND_BODY_NOUN.search(word)
    return match.group(0) if match is not None else None


# Bodies every municipality, region or association has one of: named only so ("Bestyrelsen",
# "Regionsrådet 2018-2021", "Teknik- og Miljøudvalget"), such a name says which body only together
# with the document that names it. Indefinite forms; any name ending in "udvalg" is one too.
GENERIC_BODY_NAMES = frozenset(
    {
        "arbejdsgruppe", "beredskabskommission", "beskæftigelsesråd", "bestyrelse", "borgerrepræsentation",
        "byråd", "dagplejebestyrelse", "direktion", "erhvervsråd", "folkeoplysningsråd", "forældrebestyrelse",
        "fritidsforum", "fællesråd", "følgegruppe", "generalforsamling", "grønt råd", "handicapråd", "idrætsråd",
        "integrationsråd", "kommunalbestyrelse", "kredsråd", "kulturråd", "landdistriktsråd", "landsbyforum",
        "landsbyråd", "lokalråd", "lokalt beskæftigelsesråd", "magistrat", "nationalparkråd", "naturparkråd",
        "naturråd", "regionalt beskæftigelsesråd", "regionsråd", "repræsentantskab", "sekretariat", "seniorråd",
        "skolebestyrelse", "styregruppe", "sundhedsråd", "udsatteråd", "ungdomsråd", "ungdomsskolebestyrelse",
        "ungeråd", "vækstforum", "ældreråd",
    }
)  # fmt: skip
_PERIOD = re.compile(r"\s*\(?\d{4}(?:\s*[-–]\s*\d{2,4})?\)?$")
# an article and an adjective before a kind ("Det lokale Beskæftigelsesråd", "den nye bestyrelse")
_ARTICLE_ADJECTIVE = re.compile(r"^(?:den|det|de) [a-zæøå]+e (?=\S)")
# an adjective before a committee ("Teknisk udvalg", "Socialt Udvalg", "Stående udvalg"): every municipality has one
_ADJECTIVE_COMMITTEE = re.compile(r"[a-zæøå]+(?:sk|t|e) udvalg(?:et)?")
_COMPOUND_JOINS = frozenset({"og", "&", "samt"})


def is_generic_body_name(name: str) -> bool:
    """Whether a name is only a kind of body ("Bestyrelsen", "Regionsrådet 2018-2021", "Børne- og
    Kulturudvalget", "Teknisk udvalg", "Det lokale Beskæftigelsesråd"), not one body's own name ("Limfjordsrådet"
    is not: only "udvalg" and the kinds in ``GENERIC_BODY_NAMES`` are)."""
    flat = _PERIOD.sub("", " ".join(name.split())).lower()
    if _ADJECTIVE_COMMITTEE.fullmatch(flat):
        return True
    words = _ARTICLE_ADJECTIVE.sub("", flat).split()
    if not words:
        return False
    *before, last = words
    head = indefinite_body_name(last)
    # each word before the last a part of the compound: "Børne-", "Teknik,", "Miljø" before "og"
    if not all(
        word.endswith(("-", ",")) or word in _COMPOUND_JOINS or following in _COMPOUND_JOINS
        for word, following in zip(before, words[1:], strict=True)
    ):
        return " ".join([*before, head]) in GENERIC_BODY_NAMES  # a kind of two words: "Grønt Råd"
    return head.endswith("udvalg") or head in GENERIC_BODY_NAMES


# A body or association named by its kind in one word, with no proper name in it ("Menighedsrådet",
# "Idrætsforeningen", "Hovedbestyrelsen", "FU"): every parish, school, club or association has one, so the name
# says which only with the municipality or document that names it. The shape: one word ending in a board's or an
# association's noun (any compound of "bestyrelse", "forening"), or a council of an institution's own people (a
# congregation's, pupils', parents', users', residents', staff's "råd": not "Friluftsrådet", one national body), or
# the acronym of such a kind ("FU" forretningsudvalg, "HB" hovedbestyrelse; not "AU", Aarhus Universitet as often).
_KIND_WORD = re.compile(
    r"[a-zæøå]*(?:bestyrelse|forening)(?:e?n|s|e?ns)?"
    r"|(?:menigheds|elev|forældre|bruger|beboer|medarbejder)?råd(?:et|s|ets)?"
)
KIND_ABBREVIATIONS = {"FU": "forretningsudvalg", "HB": "hovedbestyrelse"}


def is_kind_word_name(name: str) -> bool:
    """Whether a name is one word naming only a kind of body or association ("Menighedsrådet",
    "Idrætsforeningen", "FU"), not one body's own name ("Friluftsrådet", "KL", "Lemvig Sejlklub" are not)."""
    word = name.strip()
    if word in KIND_ABBREVIATIONS:
        return True
    # one capitalised word: "Idrætsforeningen", never "Lemvig Sejlklub" nor "AVV-Affaldsselskabet"
    return word[:1].isupper() and word[1:].islower() and _KIND_WORD.fullmatch(word.lower()) is not None


# Kinds a municipality has many of (every school, parish, association, village has one): a municipality's code does
# not say which ("Bestyrelse" in Holbæk's fishing club's minutes is not its rowing club's), so such a body is its
# document's. Not a municipality's own council or committee ("Kommunalbestyrelsen", "Ungdomsskolebestyrelsen").
ONE_OF_MANY_BODY_NAMES = frozenset(
    {
        "afdelingsbestyrelse", "arbejdsgruppe", "beboerråd", "bestyrelse", "brugerbestyrelse", "brugerråd",
        "elevråd", "forældrebestyrelse", "forældreråd", "fællesråd", "følgegruppe", "generalforsamling",
        "hovedbestyrelse", "kredsbestyrelse", "kredsråd", "landsbyforum", "landsbyråd", "lokalråd",
        "medarbejderråd", "menighedsråd", "organisationsbestyrelse", "repræsentantskab", "skolebestyrelse",
        "styregruppe",
    }
)  # fmt: skip
_QUALIFIER = re.compile(r" ?\([^()]*\)$")  # after " ".join(name.split()): one blank at most


def is_one_of_many_body_name(name: str) -> bool:
    """Whether a name, without its qualifier in brackets ("Bestyrelse (Holbæk)"), is one word naming a kind of
    body a municipality has many of ("Bestyrelsen", "Menighedsrådet", "Idrætsforeningen")."""
    word = _PERIOD.sub("", _QUALIFIER.sub("", " ".join(name.split()))).lower()
    if " " in word or not word:
        return False
    return indefinite_body_name(word) in ONE_OF_MANY_BODY_NAMES or word.endswith(("forening", "foreningen"))


@cache
def _qualifiers(municipality_name: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    name = re.escape(municipality_name)
    leading = re.compile(rf"^\s*{name}(?:\s+Kommunes?|s)?{_SEPARATOR}(?=\S)", re.IGNORECASE)
    trailing = re.compile(rf"(?:\s*\(\s*{name}(?:\s+Kommune)?\s*\)|\s*[-–—,]\s*{name}\s+Kommune)\s*$", re.IGNORECASE)
    return leading, trailing


def bare_body_name(name: str, municipality_code: str | None) -> str:
    """The body's name without its municipality's qualifier; unchanged when it has none."""
    info = municipality_by_code().get(municipality_code or "")
    bare = " ".join(name.split())
    if info is None:
        return bare
    if info.name.casefold() not in bare.casefold():  # a superset of the patterns' case-blind match
        return bare[:1].upper() + bare[1:]  # no qualifier to strip: no pattern to build
    leading, trailing = _qualifiers(info.name)
    stripped = trailing.sub("", leading.sub("", bare, count=1)).strip()
    return stripped[:1].upper() + stripped[1:] if stripped else bare
