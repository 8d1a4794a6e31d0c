"""The municipality a national association's local branch is named for, as the branch's own pages' address
names it: the path segment right after the association's word for its local branches ("lokalafdelinger",
"lokalforeninger", "lokalkomiteer") is one municipality's whole name folded to ASCII
("aeldresagen.dk/lokalafdelinger/odense/…", ".../lokalafdelinger/Roedovre/…"). README's municipality rule gives
a branch named for its municipality that municipality ("Ældre Sagen Rødovre"); a branch named for a town that
is no municipality ("…/lokalafdelinger/farum/…", a former one), for a quarter ("odense-nord") or for several
("lolland-falster") names none."""

from __future__ import annotations

import re
from itertools import pairwise
from urllib.parse import unquote, urlsplit

from graphbuild.parse.publisher_site import host_of, municipality_of_label, original_address
from graphbuild.vocab.reference import MunicipalityInfo

# the word a national association's site files its local branches under, as a path segment; never a bare
# "afdelinger" (a housing association's estates, a company's departments) nor "kredse" (districts of several)
_BRANCHES = re.compile(r"(?i)^lokal-?(?:afdelinger|afdeling|foreninger|forening|komiteer|komite)$")
_FOLD = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "é": "e", " ": "-"})


def branch_municipality(url: str | None) -> MunicipalityInfo | None:
    """The municipality whose whole name is the path segment right after a branches' word in the address;
    None for any other address."""
    if not url or host_of(url) is None:
        return None
    segments = [unquote(part) for part in urlsplit(original_address(url)).path.split("/") if part]
    for word, name in pairwise(segments):
        if _BRANCHES.match(word):
            return municipality_of_label(name.lower().translate(_FOLD))
    return None
