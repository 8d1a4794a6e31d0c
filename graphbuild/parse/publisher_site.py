"""The municipality whose own web site a document's address is on: the host's registered name (the
label before ".dk") is the municipality's name folded to ASCII ("holbaek.dk", "hoeje-taastrup.dk",
"brondby.dk"), with "kommune" glued to it ("vardekommune.dk", "nordfynskommune.dk"), under any
subdomain ("dagsordener.roedovre.dk", "kommune.viborg.dk", "politik.herning.dk"), or one of the
official short domains in ``graphbuild/data/municipal_domains.csv`` ("kk.dk", "fmk.dk").

Only the registered name is read, and it must be the whole name: a newspaper ("sn.dk", "jv.dk"), a
region ("regionh.dk", "rm.dk"), a host of many publishers ("docplayer.dk", "viborg.firstagenda.dk")
or a company ("aarhusvand.dk") is no municipality's own site."""

from __future__ import annotations

import csv
import io
import re
from functools import cache
from importlib import resources
from urllib.parse import urlsplit

from graphbuild.vocab.reference import MunicipalityInfo, municipality_by_name

_FOLDINGS = (
    str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "é": "e", " ": "-"}),
    str.maketrans({"æ": "ae", "ø": "o", "å": "aa", "é": "e", " ": "-"}),  # "brondby", "helsingor", "solrod"
)
_GLUED = re.compile(r"^(?P<name>[a-z0-9-]+?)-?kommune$")  # "vardekommune", "nordfynskommune"


@cache
def _by_label() -> dict[str, MunicipalityInfo]:
    labels: dict[str, MunicipalityInfo] = {}
    for name, info in municipality_by_name().items():
        for folding in _FOLDINGS:
            labels.setdefault(name.translate(folding), info)
    return labels


@cache
def _short_domains() -> dict[str, MunicipalityInfo]:
    text = resources.files("graphbuild.data").joinpath("municipal_domains.csv").read_text(encoding="utf-8")
    by_name = municipality_by_name()
    return {row["domain"].lower(): by_name[row["municipality"].lower()] for row in csv.DictReader(io.StringIO(text))}


def host_of(url: str) -> str | None:
    """The address's host, lower case, without a trailing dot; None for no http(s) address."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https"):
        return None
    return (parts.hostname or "").rstrip(".") or None


def municipality_of_host(host: str) -> MunicipalityInfo | None:
    """The municipality whose own site the host is, or None."""
    labels = host.lower().rstrip(".").split(".")
    if len(labels) < 2 or labels[-1] != "dk":
        return None
    registered = ".".join(labels[-2:])
    short = _short_domains().get(registered)
    if short is not None:
        return short
    label = labels[-2]
    found = _by_label().get(label)
    if found is None and (glued := _GLUED.match(label)):
        name = glued["name"]
        found = _by_label().get(name) or (_by_label().get(name[:-1]) if name.endswith("s") else None)
    return found


def publisher_municipality(url: str | None) -> MunicipalityInfo | None:
    """The municipality whose own site the address is on, or None (no address, or another publisher's)."""
    host = host_of(url) if url else None
    return municipality_of_host(host) if host else None
