"""Reference data shipped in graphbuild.data: the 98 municipalities and the Danish name list."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class MunicipalityInfo:
    code: str  # four digits
    name: str
    region: str  # "Region Midtjylland"


def _read_csv(filename: str) -> list[dict[str, str]]:
    text = resources.files("graphbuild.data").joinpath(filename).read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text)))


@cache
def municipalities() -> tuple[MunicipalityInfo, ...]:
    rows = _read_csv("municipalities.csv")
    return tuple(
        MunicipalityInfo(row["kommunekode"].zfill(4), row["navn"], row["region"])
        for row in sorted(rows, key=lambda r: r["kommunekode"])
    )


@cache
def municipality_by_code() -> dict[str, MunicipalityInfo]:
    return {m.code: m for m in municipalities()}


@cache
def municipality_by_name() -> dict[str, MunicipalityInfo]:
    out: dict[str, MunicipalityInfo] = {}
    for m in municipalities():
        out[m.name.lower()] = m
    return out


@cache
def regions() -> tuple[str, ...]:
    return tuple(sorted({m.region for m in municipalities()}))


@cache
def first_names() -> frozenset[str]:
    """DaCy's Danish first names and the Nordic first names it lacks (nordic_first_names.csv: Faker's and Mimesis's
    Danish, Norwegian, Swedish and Finnish lists, less Danish words, surnames and municipalities), less the
    entries the two filters below take out (``first_names_left_out`` names them)."""
    return frozenset(_first_name_rows()) - frozenset(first_names_left_out())


@cache
def _first_name_rows() -> dict[str, str]:
    """Every first name of the two lists, with the lists it comes from ("dacy" for DaCy's)."""
    rows = {r["name"]: "dacy" for r in _read_csv("dacy_names.csv") if r["first_name"] == "True" and r["name"]}
    for row in _read_csv("nordic_first_names.csv"):
        rows.setdefault(row["name"], row["sources"])
    return rows


# the nouns a Danish place or landscape's name ends in ("Roskilde Fjord", "Siem Skov", "Gudenå"): a first name
# spelled as one is a middle name taken from a place, and opens no name ("… i Roskilde Fjord Kim Lund Jørgensen")
LANDSCAPE_NOUNS = frozenset(
    [
        "fjord",
        "bugt",
        "sund",
        "vig",
        "nor",
        "sø",
        "å",
        "bæk",
        "mose",
        "eng",
        "hede",
        "skov",
        "lund",
        "krat",
        "strand",
        "klit",
        "næs",
        "odde",
        "holm",
        "ø",
        "bakke",
        "bjerg",
        "dal",
        "ås",
        "vang",
        "toft",
    ]
)
# the lists of Swedish first names, whose language writes no æ or ø
_SWEDISH_LISTS = frozenset({"mimesis:sv", "faker:sv_SE"})


@cache
def first_names_left_out() -> dict[str, str]:
    """The entries of the first-name lists no name opens with, each with why: a landscape's noun (DaCy's "Fjord",
    "Vang"), and a name only the Swedish lists give written with æ or ø, letters Swedish does not write (Mimesis's
    medieval spellings "Okæ", "Ønd", "Aaghæ", "Hælghe"): no one living is named so, and "Ønd" reads as a word."""
    out: dict[str, str] = {}
    for name, sources in _first_name_rows().items():
        if name.lower() in LANDSCAPE_NOUNS:
            out[name] = "a landscape's noun"
        elif set(sources.split()) <= _SWEDISH_LISTS and any(ch in "æøÆØ" for ch in name):
            out[name] = "Swedish lists only, written with æ or ø"
    return out


@cache
def last_names() -> frozenset[str]:
    return frozenset(r["name"] for r in _read_csv("dacy_names.csv") if r["first_name"] == "False" and r["name"])


@cache
def job_titles() -> frozenset[str]:
    """Danish job and office titles of one word (danish_job_titles.csv: Faker's da_DK job list, from the Danish
    Agency for Labour Market and Recruitment's list of job titles, and Mimesis's Danish occupations), lower case,
    less phrases, words shorter than four letters and words that are a first name, a surname or a municipality."""
    return frozenset(r["title"] for r in _read_csv("danish_job_titles.csv"))


# Capitalised words that never belong to a person's name, wherever names are read (attendance lists in
# parse, names in running text in extract); each reader adds the words of its own place.
NOT_NAME_WORDS_COMMON = frozenset(
    [
        "Beslutning",
        "Bilag",
        "Byråd",
        "Byrådet",
        "College",
        "Consulting",
        "De",
        "Den",
        "Det",
        "Direktionen",
        "Eventuelt",
        "For",
        "Fra",
        "Godkendelse",
        "I",
        "Indstilling",
        "Kommune",
        "Kommunes",
        "Lukket",
        "Med",
        "Mødelokale",
        "Net",
        "Og",
        "Om",
        "Orientering",
        "Punkt",
        "På",
        "Region",
        "Regionen",
        "Sagsfremstilling",
        "Status",
        "Til",
        "Udvalg",
        "Universitet",
        "Åbent",
    ]
)
