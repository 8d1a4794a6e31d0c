"""People: full names that start with a known Danish first name, and names in e-mail addresses.
Initials (LJK) and greetings (Kære kommunaldirektører) are not people."""

from __future__ import annotations

import re
from dataclasses import dataclass

from graphbuild.vocab.reference import first_names, last_names, municipality_by_name

NAME_TOKEN = r"[A-ZÆØÅ][a-zæøåéüö]+(?:-[A-ZÆØÅ][a-zæøåéüö]+)?"
NAME_RE = re.compile(rf"(?<![\w.-])({NAME_TOKEN})((?:[ \t]+{NAME_TOKEN}){{1,3}})(?![\w-])")
EMAIL_RE = re.compile(r"(?<![\w.])([A-Za-zæøåÆØÅ]+(?:\.[A-Za-zæøåÆØÅ]+)+)@([a-z0-9-]+)\.dk\b")

# Capitalised words that follow a first name without being a surname.
NOT_SURNAMES = frozenset(
    [
        "Kommune",
        "Kommunes",
        "Region",
        "Regionen",
        "Play",
        "Sundhed",
        "Social",
        "Salon",
        "Consulting",
        "Universitet",
        "Net",
        "Direktionen",
        "Chefforum",
        "Byråd",
        "Byrådet",
        "Udvalg",
        "Mødelokale",
        "Punkt",
        "Bilag",
        "Beslutning",
        "Indstilling",
        "Sagsfremstilling",
        "Orientering",
        "Godkendelse",
        "Status",
        "Eventuelt",
        "Lukket",
        "Åbent",
        "Den",
        "Det",
        "De",
        "Og",
        "I",
        "På",
        "Til",
        "Fra",
        "For",
        "Med",
        "Om",
    ]
)


@dataclass(frozen=True)
class PersonMention:
    start: int
    end: int
    name: str
    affiliation: str | None = None  # a municipality name, from an e-mail domain


def _person(text: str, start: int, tokens: list[str]) -> PersonMention | None:
    while len(tokens) > 1 and (tokens[-1] in NOT_SURNAMES or tokens[-1].lower() in municipality_by_name()):
        tokens.pop()
    if len(tokens) < 2 or any(t in NOT_SURNAMES for t in tokens[1:]):
        return None
    last = tokens[-1]
    if last.endswith("s") and last[:-1] in last_names() and last not in last_names():
        tokens[-1] = last[:-1]  # genitive: "Kate Bøghs pensionering"
    name = " ".join(tokens[:4])
    return PersonMention(start, start + len(name), name)


def find_people(text: str, lo: int, hi: int) -> list[PersonMention]:
    out: list[PersonMention] = []
    for match in NAME_RE.finditer(text, lo, hi):
        tokens = [(t.start(), t.group(0)) for t in re.finditer(r"\S+", match.group(0))]
        # a run of capitalised words ("Direktør Anne Holm") holds a name from its first first name on
        first = next((i for i, (_, tok) in enumerate(tokens[:-1]) if tok in first_names()), None)
        if first is None:
            continue
        person = _person(text, match.start() + tokens[first][0], [tok for _, tok in tokens[first:]])
        if person is not None:
            out.append(person)
    for match in EMAIL_RE.finditer(text, lo, hi):
        parts = match.group(1).split(".")
        if parts[0].capitalize() not in first_names():
            continue
        municipality = municipality_by_name().get(match.group(2).replace("-", " "))
        name = " ".join(p.capitalize() for p in parts)
        out.append(PersonMention(match.start(), match.end(), name, municipality.name if municipality else None))
    return sorted(out, key=lambda p: (p.start, p.end))
