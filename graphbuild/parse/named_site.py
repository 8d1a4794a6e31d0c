"""The municipality an association's or institution's own site is named for: the host's registered name is a
municipality's name folded to ASCII glued to the association's own word(s), before or after it
("koegescenen.dk", "fanoemuseum.dk", "viborgok.dk", "furesoe-idraetsraad.dk", "tierenhalsnaes.dk",
"uhusassens.dk", "kropogsindfavrskov.dk"). README's municipality rule gives a body named for its municipality
that municipality ("Køge Amatørscene", "Fanø Museum"); a body named for a place in or across municipalities
("koegebugtalliancen.dk": Køge Bugt, "brondbyvesterkirke.dk": a parish of Brøndby Vester) is none's, so a
name glued to a landscape's, a quarter's (a point of the compass) or a church's word names none, nor does a
utility's or a newspaper's ("aarhusvand.dk", "silkeborgnyt.dk"), nor a name that could be two municipalities'.
A site of a council every municipality has or of a municipal school ("aeldreraadetdragoer.dk",
"lejreungdomsskole.dk") is left to ``publisher_site``'s own readers, which take it for that body's meetings only."""

from __future__ import annotations

import re

from graphbuild.parse.publisher_site import (
    council_site_municipality,
    municipality_of_label,
    registered_dk_label,
    school_site,
)
from graphbuild.vocab.reference import MunicipalityInfo

_SHORTEST_REST = 2  # "viborgok": the association's own initials at least
# a place in or across municipalities, or a church's parish: a bay, a fjord, a district ("egn"), a catchment, a
# region, an old county, a national association's district ("kreds"), a parish, a deanery, an island or a land of
# several ("lollandfalster"); a utility or a transport company (owned by one municipality or by several:
# "aarhusvand", "sonderborg-varme"), a port; a local newspaper ("silkeborgnyt", "rebild-avis"); an institution of
# the state or a region named for its town (a gymnasium, a university, a vocational school, a hospital, the police)
_PLACE_OR_CHURCH = re.compile(
    r"bugt|fjord|egn|opland|region|amt|kreds|kirke|sogn|menighed|provsti|stift|falster|sjaelland|fyn|jylland|djursland"
    r"|vand|varme|forsyning|energi|affald|havn|trafik|bus|bane"
    r"|avis|nyt|tv|radio|blad|posten|medie"
    r"|gymnasium|universitet|erhvervsskole|handelsskole|tekniskskole|seminari|hospital|sygehus|politi"
)
# a gymnasium's short name, the whole of the rest ("greve-gym.dk"): a self-owning school, no municipality's; a
# longer word beginning so is a club's ("holbaekgymnastik")
_UPPER_SECONDARY = frozenset({"gym", "hf", "stx", "hhx", "htx"})
# a quarter of the place: "brondbyvester", "nordlangeland", "holstebronord"
_COMPASS = ("vester", "oester", "nord", "syd", "vest", "oest", "soender", "norre")


def site_named_for_municipality(url: str | None) -> MunicipalityInfo | None:
    """The one municipality whose folded name the registered name of the address's .dk host begins or ends
    with, glued to two letters or more of another word that is no place's or church's; None otherwise."""
    label = registered_dk_label(url)
    if label is None or council_site_municipality(url) is not None or school_site(url) is not None:
        return None  # a council's or a municipal school's site: read by its own rule, for that body's meetings only
    found: dict[str, MunicipalityInfo] = {}
    for cut in range(1, len(label)):
        head, tail = label[:cut], label[cut:]
        for name, rest, rest_after in ((head, tail, True), (tail, head, False)):
            info = municipality_of_label(name.strip("-"))
            if info is None or not _an_associations_word(rest.strip("-"), rest_after):
                continue
            found[info.code] = info
    return next(iter(found.values())) if len(found) == 1 else None


def _an_associations_word(rest: str, after: bool) -> bool:
    """Whether the letters glued to the name can be an association's own word: long enough, no place's or
    church's word, no quarter's next to the name, no other municipality's name."""
    if len(rest.replace("-", "")) < _SHORTEST_REST:
        return False
    if _PLACE_OR_CHURCH.search(rest) or rest in _UPPER_SECONDARY:
        return False
    if rest.startswith(_COMPASS) if after else rest.endswith(_COMPASS):
        return False
    return not any(
        municipality_of_label(rest[i:j]) is not None for i in range(len(rest)) for j in range(i + 4, len(rest) + 1)
    )
