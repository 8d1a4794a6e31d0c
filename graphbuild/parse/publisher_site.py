"""The municipality whose own web site a document's address is on: the host's registered name (the
label before ".dk") is the municipality's name folded to ASCII ("holbaek.dk", "hoeje-taastrup.dk",
"brondby.dk"), with "kommune" glued to it ("vardekommune.dk", "nordfynskommune.dk"), under any
subdomain ("dagsordener.roedovre.dk", "kommune.viborg.dk", "politik.herning.dk"), or one of the
official short domains in ``graphbuild/data/municipal_domains.csv`` ("kk.dk", "fmk.dk").

Only the registered name is read, and it must be the whole name: a newspaper ("sn.dk", "jv.dk"), a
region ("regionh.dk", "rm.dk"), a host of many publishers ("docplayer.dk", "viborg.firstagenda.dk")
or a company ("aarhusvand.dk") is no municipality's own site.

Two more shapes name a municipality without being its own site, each read only where it cannot mislead:
a former municipality's own site, kept after the 2007 reform ("sydthy.dk", "thyholm.dk"), names the
municipality it became part of; a site of one of the councils every municipality has by law, named
with its municipality ("aeldreraadetdragoer.dk", "seniorraadet-rudersdal.dk", "hillerodaeldreraad.dk"),
names that municipality for that council's meetings only; so does a site of the municipality's youth, music or
culture school, named with its municipality ("lejreungdomsskole.dk", "favrskovmusikskole.dk"), for the meetings of
that school's own board or council. An archived copy
("web.archive.org/web/20190101000000/https://www.greve.dk/...") is read by the address it copies."""

from __future__ import annotations

import csv
import io
import re
from functools import cache
from importlib import resources
from urllib.parse import parse_qs, urlsplit

from graphbuild.parse.former_municipalities import former_municipalities
from graphbuild.vocab.reference import MunicipalityInfo, municipality_by_name

# a Danish name as a web address spells it: æ/ø/å written out, "ø" also as "o"; a space as a hyphen
ASCII_FOLDINGS = (
    str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "é": "e", " ": "-"}),
    str.maketrans({"æ": "ae", "ø": "o", "å": "aa", "é": "e", " ": "-"}),  # "brondby", "helsingor", "solrod"
)
_GLUED = re.compile(r"^(?P<name>[a-z0-9-]+?)-?kommune$")  # "vardekommune", "nordfynskommune"


@cache
def _by_label() -> dict[str, MunicipalityInfo]:
    labels: dict[str, MunicipalityInfo] = {}
    for name, info in municipality_by_name().items():
        for folding in ASCII_FOLDINGS:
            labels.setdefault(name.translate(folding), info)
    return labels


@cache
def _former_by_label() -> dict[str, MunicipalityInfo]:
    """A former municipality's name folded to ASCII -> the municipality it became part of."""
    labels: dict[str, MunicipalityInfo] = {}
    for spelling, former in former_municipalities().items():
        for folding in ASCII_FOLDINGS:
            labels.setdefault(spelling.replace(".", "").translate(folding), former.successor)
    return labels


@cache
def _short_domains() -> dict[str, MunicipalityInfo]:
    text = resources.files("graphbuild.data").joinpath("municipal_domains.csv").read_text(encoding="utf-8")
    by_name = municipality_by_name()
    return {row["domain"].lower(): by_name[row["municipality"].lower()] for row in csv.DictReader(io.StringIO(text))}


# "https://web.archive.org/web/20190101000000/https://www.greve.dk/...", "/web/2019id_/http://...": a copy
_ARCHIVED = re.compile(r"(?i)^https?://(?:web\.)?archive\.org/web/[0-9a-z_*]+/(?P<original>.+)$")


_SCHEME = re.compile(r"(?i)^https?://")


def original_address(url: str) -> str:
    """The address an archived copy copies ("web.archive.org/web/<time>/<address>"), else the address."""
    archived = _ARCHIVED.match(url.strip())
    if archived is None:
        return url.strip()
    original = archived["original"]
    return original if _SCHEME.match(original) else f"http://{original}"


def host_of(url: str) -> str | None:
    """The address's host (of the address an archived copy copies), lower case, without a trailing dot;
    None for no http(s) address."""
    try:
        parts = urlsplit(original_address(url))
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


# a former municipality's short name is a word too ("give", "ringe", "them", "hals"): none shorter is read
_FORMER_LABEL_LENGTH = 6
# "aeldreraadetdragoer", "seniorraadet-rudersdal", "hillerodaeldreraad", "handicapraad-gentofte"
_COUNCIL_LABEL = re.compile(
    r"^(?:(?P<before>(?:aeldre|senior|handicap|integrations)raad(?:et)?)-?(?P<after>[a-z0-9-]+?)"
    r"|(?P<named>[a-z0-9-]+?)-?(?:s-?)?(?:aeldre|senior|handicap|integrations)raad(?:et)?)$"
)


def _registered_dk_label(url: str | None) -> str | None:
    """The registered name of a .dk address's host ("sydthy" of "www.sydthy.dk"); None for any other host."""
    host = host_of(url) if url else None
    labels = host.split(".") if host else []
    return labels[-2] if len(labels) >= 2 and labels[-1] == "dk" else None


def registered_dk_label(url: str | None) -> str | None:
    """The registered name of a .dk address's host ("sydthy" of "www.sydthy.dk"); None for any other host."""
    return _registered_dk_label(url)


def municipality_of_label(label: str) -> MunicipalityInfo | None:
    """The municipality whose name, folded to ASCII, the label is ("holbaek", "brondby"), or None."""
    return _by_label().get(label)


def former_site_municipality(url: str | None) -> MunicipalityInfo | None:
    """The municipality a former municipality's own site ("sydthy.dk", "thyholm.dk") now belongs to: for
    meetings dated from the 2007 reform on only (before it, the site was a municipality that is none of
    today's)."""
    label = _registered_dk_label(url)
    if label is None or len(label) < _FORMER_LABEL_LENGTH:
        return None
    return _former_by_label().get(label)


def council_site_municipality(url: str | None) -> MunicipalityInfo | None:
    """The municipality a council's own site names with the council ("aeldreraadetdragoer.dk",
    "seniorraadet-rudersdal.dk", "hillerodaeldreraad.dk"): for that council's meetings only."""
    label = _registered_dk_label(url)
    if label is None:
        return None
    council = _COUNCIL_LABEL.match(label)
    if council is None:
        return None
    name = (council["after"] or council["named"] or "").strip("-")
    return _by_label().get(name)


# "lejreungdomsskole", "favrskovmusikskole", "gribskov-kulturskole": a school every municipality runs (by the
# ungdomsskolelov, the musiklov), named with its municipality
MUNICIPAL_SCHOOLS = ("ungdomsskole", "musikskole", "kulturskole")
_SCHOOL_LABEL = re.compile(rf"^(?P<named>[a-z0-9-]+?)-?(?P<school>{'|'.join(MUNICIPAL_SCHOOLS)})(?:n)?$")


def school_site(url: str | None) -> tuple[str, MunicipalityInfo] | None:
    """The kind of municipal school whose own site, named with its municipality, the address is on, and that
    municipality ("ungdomsskole" and Lejre of "lejreungdomsskole.dk"): for the meetings of that school's board
    or council only."""
    label = _registered_dk_label(url)
    school = _SCHOOL_LABEL.match(label) if label else None
    found = _by_label().get(school["named"].strip("-")) if school else None
    return (school["school"], found) if school and found else None


# the regions' own sites: Region Hovedstaden, Midtjylland, Nordjylland, Sjælland and Syddanmark
_REGION_LABELS = frozenset(
    {"regionh", "regionhovedstaden", "rm", "regionmidtjylland", "rn", "regionnordjylland", "regionsjaelland",
     "regionsyddanmark", "rsyd"}
)  # fmt: skip


def is_region_site(url: str | None) -> bool:
    """Whether the address is on a region's own site ("edagsorden.regionh.dk", "www.rm.dk", "rsyd.dk"): the
    region's meetings, which are no municipality's."""
    host = host_of(url) if url else None
    labels = host.split(".") if host else []
    return len(labels) >= 2 and labels[-1] == "dk" and labels[-2] in _REGION_LABELS


# a portal of many municipalities whose address names the one it shows in a parameter:
# "polweb.nethotel.dk/Produkt/PolWeb/Sog/ShowAgenda.asp?p=nyborg07&ID=209224", "?p=odsherred&ID=173596"
_PORTAL_PARAMETER = {"polweb.nethotel.dk": "p"}
_PARAMETER_VALUE = re.compile(r"^(?P<name>[a-z-]+?)-?\d*$")


def publisher_municipality(url: str | None) -> MunicipalityInfo | None:
    """The municipality whose own site the address is on, or whose pages a portal of many shows by a
    parameter naming it; None (no address, or another publisher's)."""
    host = host_of(url) if url else None
    if not url or not host:
        return None
    parameter = _PORTAL_PARAMETER.get(host)
    if parameter is None:
        return municipality_of_host(host)
    values = parse_qs(urlsplit(original_address(url)).query).get(parameter, [])
    value = _PARAMETER_VALUE.match(values[0].lower()) if len(values) == 1 else None
    return _by_label().get(value["name"]) if value else None
