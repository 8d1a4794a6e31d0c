"""The municipalities before the 2007 reform whose names are not today's ("Thyholm", "Juelsminde",
"Græsted-Gilleleje"), each with its code and the municipality it became part of
(graphbuild/data/former_municipalities.csv), and where a text names one as a municipality or a town
hall: "THYHOLM KOMMUNE", "Juelsminde Rådhus"."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources

from graphbuild.vocab.municipality_names import municipality_named
from graphbuild.vocab.near import case_blind_key, finditer_in_windows, word_positions
from graphbuild.vocab.reference import MunicipalityInfo, municipality_by_code

REFORM_YEAR = 2007  # the former municipalities ceased on 1 January 2007
_EARLIER_REFORM_YEAR = 1970  # the municipalities before 1 April 1970 were others again
_PUBLISHER_REACH = 400  # the characters a publisher's name heads a document within


def before_reform(day: date | None) -> bool:
    return day is not None and day.year < REFORM_YEAR


def unchanged_by_reform(code: str, day: date | None) -> bool:
    """Whether the municipality of this code was the same one on that day before the 2007 reform: one the
    reform merged nothing into (København, Gentofte, Fanø; Lyngby-Taarbæk only respelt), after 1970's reform."""
    return day is not None and day.year > _EARLIER_REFORM_YEAR and code not in _merged_codes()


@cache
def _merged_codes() -> frozenset[str]:
    """Today's municipalities the reform made of others ("Aalborg" of Aalborg, Nibe, Hals, Sejlflod)."""
    return frozenset(f.successor.code for f in former_municipalities().values() if f.code != f.successor.code)


def former_publisher(text: str, day: date | None) -> FormerMunicipality | None:
    """The former municipality whose name heads minutes from before the reform ("THYHOLM KOMMUNE.
    Økonomiudvalg, tirsdag den 9. november 2004"): their municipality is none of today's."""
    if not before_reform(day):
        return None
    head = next((n for n in named_former(text[:_PUBLISHER_REACH]) if n.how == "kommune"), None)
    return head.former if head else None


@dataclass(frozen=True)
class FormerMunicipality:
    code: str  # its own four-digit code before 2007
    name: str
    successor: MunicipalityInfo


@dataclass(frozen=True)
class NamedFormer:
    former: FormerMunicipality
    how: str  # kommune, rådhus
    start: int


@cache
def former_municipalities() -> dict[str, FormerMunicipality]:
    """Lower-case name -> the former municipality."""
    text = resources.files("graphbuild.data").joinpath("former_municipalities.csv").read_text(encoding="utf-8")
    by_code = municipality_by_code()
    out: dict[str, FormerMunicipality] = {}
    for row in csv.DictReader(io.StringIO(text)):
        former = FormerMunicipality(row["kommunekode_før_2007"], row["navn"], by_code[row["efterfølger_kommunekode"]])
        for spelling in spellings(former.name):
            if spelling == former.name.lower() or municipality_named(spelling) is None:
                out.setdefault(spelling, former)  # a spelling that is today's name ("Lyngby-Taarbæk") is today's
    return out


_NØRRE = re.compile(r"^nørre[ -]")


def spellings(name: str) -> set[str]:
    """The ways documents spell a former municipality's name, lower case: "aa" for "å" and back ("Faaborg",
    "Fåborg"; "Åbybro", "Aabybro"), a space for the hyphen and back ("Nørre Alslev", "Nørre-Alslev"), "Nr."
    for "Nørre", "Nexø" for "Neksø" (Danmarks Statistik's spelling)."""
    base = name.lower()
    out = {base}
    out |= {s.replace("å", "aa") for s in set(out)} | {s.replace("aa", "å") for s in set(out)}
    out |= {s.replace("-", " ") for s in set(out)} | {s.replace(" ", "-") for s in set(out)}
    out |= {_NØRRE.sub("nr. ", s) for s in set(out)} | {s.replace("ks", "x") for s in set(out) if s == "neksø"}
    return out


@cache
def _pattern() -> re.Pattern[str]:
    names = sorted(former_municipalities(), key=lambda n: (-len(n), n))  # every spelling, longest first
    alternatives = "|".join(re.escape(n) for n in names)
    return re.compile(
        rf"(?<![\w-])(?P<name>{alternatives})s?\s+(?P<what>kommunes?|rådhus(?:et)?)(?![\w-])", re.IGNORECASE
    )


@cache
def _longest_name() -> int:
    return max(map(len, former_municipalities()))


# every match's "what" opens with one of these (lower case; any case in the text)
_WHAT_STEMS = ("kommun", "rådhu")
_WHAT_LONGEST = len("rådhuset")


def _windows(text: str) -> list[tuple[int, int]]:
    """Where a match may stand: around each "kommun"/"rådhu" that follows white space, from the longest
    name (and a genitive "s") before that white space to just past the longest "what" and the character
    its look-ahead reads. The whole pattern, tried at every position of a line, costs far more."""
    reach = _longest_name() + 1
    out = []
    for at in word_positions(text, _WHAT_STEMS):
        start = at
        while start > 0 and text[start - 1].isspace():
            start -= 1
        if start < at:  # the name's "\s+" before the word
            out.append((max(0, start - reach), at + _WHAT_LONGEST + 1))
    return out


def named_former(text: str) -> list[NamedFormer]:
    """Where ``text`` names a former municipality as a municipality ("Thyholm Kommune") or by its town
    hall ("Juelsminde Rådhus"), in order; a name in lower case ("ribe kommune" in an address) is not one."""
    windows = _windows(text)
    if not windows:
        return []  # the words every match holds: most lines hold neither
    out = []
    for match in finditer_in_windows(_pattern(), text, windows):
        if not match["name"][:1].isupper():
            continue
        former = former_municipalities()[case_blind_key(match["name"])]
        how = "kommune" if match["what"].lower().startswith("kommune") else "rådhus"
        out.append(NamedFormer(former, how, match.start("name")))
    return out
