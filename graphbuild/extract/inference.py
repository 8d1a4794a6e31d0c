"""The meeting's own municipality when no header says it: case-number prefixes (326- is Kalundborg),
its council named with it ("udtræde af Kolding Byråd"), its body named with it ("Dragør Ældreråd"),
self-references ("vores kommune", "i X Kommune" in a municipal body's minutes), its town hall, the one
municipality the minutes name, e-mail and web domains (holbaek.dk). A cross-municipal body's meeting (KKR, director
circles, networks, associations, business regions, an inter-municipal company's board) has none: a
municipality it merely mentions is not its own."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache

from graphbuild.extract.county_names import names_a_county
from graphbuild.extract.institution_seats import names_an_institutions_seat
from graphbuild.extract.mentions import Mention
from graphbuild.extract.self_reference_sentence import mention_sentence
from graphbuild.extract.sender_address import in_a_secretariats_letterhead
from graphbuild.models import Meeting, MunicipalityRef
from graphbuild.parse.former_municipalities import former_publisher
from graphbuild.parse.header import listed_with_others
from graphbuild.parse.header_hosts import names_a_host
from graphbuild.parse.header_municipality import hosts_or_addresses
from graphbuild.parse.header_participants import names_a_participant
from graphbuild.vocab.case_numbers import MUNICIPAL_RE
from graphbuild.vocab.gazetteer import is_cross_municipal, is_municipal_body
from graphbuild.vocab.municipality_names import (
    NamedMunicipality,
    after_a_party_word,
    municipality_named,
    named_as_a_party,
    named_municipalities,
)
from graphbuild.vocab.reference import MunicipalityInfo, municipality_by_code, municipality_by_name
from graphbuild.vocab.self_counterparts import set_against_the_self
from graphbuild.vocab.self_partners import joined_with_the_self

# A body not known to be municipal whose minutes name this many municipalities as such meets for
# several of them (representatives of each present).
SEVERAL_MUNICIPALITIES = 3
SELF_REFERENCE = re.compile(r"\b(?:vores|vi|os|vor)\b", re.IGNORECASE)
SELF_REFERENCE_REACH = 200  # characters either side of a mention a self-reference may stand
HEADER_REACH = 3000  # a flattened document's header (before its first item) ends within its first characters
# "sagsbehandler@holbaek.dk", "www.herning.dk", "https://www.aabenraa.dk/politik", a portal's host
# "https://dagsordener.greve.dk/vis", "http://politik.herning.dk": the municipality's domain, the name right
# before ".dk" (its subdomains skipped)
WEB_DOMAIN = re.compile(r"(?i)(?:@|\bwww\.|https?://)(?:[a-z0-9-]+\.)*?([a-z0-9æøå-]+)\.dk\b")
# "Københavns Vestegns Politi", "Københavns Universitet": a place's genitive at the head of another
# entity's name, not the municipality named as one
_NAME_GOES_ON = re.compile(r"[ \t]+(?!(?:[Kk]ommune|KOMMUNE|[Bb]yråd|[Kk]ommunalbestyrelse|[Rr]ådhus)\w*)[A-ZÆØÅ]")
_DEFINITE_ENDING = re.compile(r"(?:et|en)$")  # "Ældrerådet" -> "Ældreråd"
_THE_MUNICIPALITY = re.compile(r"\bkommunens?\b", re.IGNORECASE)
_ASCII = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa"})


def _domain_key(name: str) -> str:
    """A municipality's name as a domain spells it: "Holbæk" -> holbaek, "Lyngby-Taarbæk" -> lyngby-taarbaek."""
    return name.lower().translate(_ASCII).replace(" ", "-")


@cache
def _by_domain() -> dict[str, MunicipalityInfo]:
    return {_domain_key(name): info for name, info in municipality_by_name().items()}


def municipality_of_domain(domain: str) -> MunicipalityInfo | None:
    """The municipality whose name the domain is ("holbaek", "hørsholm", "ringkoebing-skjern")."""
    return _by_domain().get(_domain_key(domain))


@dataclass(frozen=True)
class Inferred:
    ref: MunicipalityRef
    how: str  # header, case-number, council, body, header-mention, town-hall, sole-mention, self-reference,
    # dominant-mention, only-mention, item-title, e-mail


def _ref(code: str) -> MunicipalityRef:
    info = municipality_by_code()[code]
    return MunicipalityRef(name=info.name, code=code)


def _most_named(named: Counter[str]) -> str | None:
    """The code named most often, when no other is named as often."""
    ranked = named.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


@lru_cache(maxsize=256)
def _named_with(stem: str) -> re.Pattern[str]:
    """A place's name before a body's name ("Dragør Ældreråd", "Dragørs Ældreråd")."""
    return re.compile(rf"\b(?P<name>[A-ZÆØÅ][\wæøå-]+?)s?\s+{re.escape(stem)}(?:et|en|s)?\b", re.IGNORECASE)


def _body_named_with_municipality(text: str, body: str | None) -> str | None:
    """The one municipality the meeting's body is named with ("fra Dragør Ældreråd" in the minutes of
    Ældrerådet): its code, or None when none or several are."""
    if not body or len(body.split()) != 1 or len(body) < 6:
        return None
    found: Counter[str] = Counter()
    for match in _named_with(_DEFINITE_ENDING.sub("", body)).finditer(text):
        if not match["name"][:1].isupper():
            continue
        info = municipality_named(match["name"])
        if info is not None:
            found[info.code] += 1
    return next(iter(found)) if len(found) == 1 else None


# "tryghedsvagter i Greve Kommune", "Handleplan for Greve Kommune": the place a matter is in, whose it is
# (not "fra"/"til"/"med"/"mellem" another municipality)
_PLACE_BEFORE = re.compile(r"\b(?:i|for)\s+$", re.IGNORECASE)


def _named_as_a_party_only(text: str, named: list[NamedMunicipality]) -> bool:
    """Whether every "X Kommune" the text names follows "fra"/"til"/"med"/"mellem": another municipality a
    matter comes from or goes to ("Henvendelse fra Ballerup Kommune"), not the meeting's own."""
    return all(named_as_a_party(text, n) for n in named if n.how == "kommune")


def _titled(meeting: Meeting) -> set[str]:
    """The municipalities an item's title names as the place or owner of its matter ("Beslutning om
    tryghedsvagter i Greve Kommune"): a municipal body decides its own municipality's matters."""
    return {
        n.info.code
        for item in meeting.items
        for n in named_municipalities(item.title)
        if n.how in ("kommune", "council") and _PLACE_BEFORE.search(item.title[: n.start])
    }


def infer_municipality(meeting: Meeting, mentions: list[Mention], body_is_network: bool) -> Inferred | None:
    if body_is_network or is_cross_municipal(meeting.body):
        return None  # a cross-municipal body speaks for no single municipality
    if meeting.municipality is not None:
        return Inferred(meeting.municipality, "header")
    inferred = _from_the_text(meeting, mentions)
    if inferred is not None and inferred.how in FROM_MENTIONS and _only_listed(meeting.source.text, inferred.ref.code):
        return None  # "i Roskilde, Lejre og Frederikssund Kommune": one of several, none the meeting's own
    return inferred


# the inferences that rest on where the text names a municipality, not on what the meeting is
FROM_MENTIONS = frozenset(
    {"header-mention", "sole-mention", "only-mention", "dominant-mention", "self-reference", "item-title"}
)


@lru_cache(maxsize=2)
def _named_in(text: str) -> tuple[NamedMunicipality, ...]:
    """``named_municipalities`` of a whole text, read once for the two inferences that ask it of one document."""
    return tuple(named_municipalities(text))


def _only_listed(text: str, code: str) -> bool:
    """Whether every place the text names this municipality as one closes a list of several
    ("Roskilde, Lejre og Frederikssund Kommune")."""
    named = [n for n in _named_in(text) if n.info.code == code]
    if not named:
        return False
    return all(listed_with_others(text, n) for n in named)


def _part_of_a_name(text: str, mention: Mention) -> bool:
    """ "Københavns Vestegns Politi", "Københavns Universitet": the place's genitive heads another entity's
    name, whose reach is not the municipality's (a place's name alone, "Næstved Havn", tells where)."""
    said = text[mention.start : mention.end]
    genitive = said.endswith("s") and not mention.name.endswith("s")
    return genitive and bool(_NAME_GOES_ON.match(text, mention.end))


def _named_as_kommune(text: str, municipal: list[Mention], end: int) -> list[Mention]:
    """The mentions before ``end`` that print the word "Kommune", not the town's name alone."""
    return [m for m in municipal if m.end <= end and "ommune" in text[m.start : m.end]]


def _from_the_text(meeting: Meeting, mentions: list[Mention]) -> Inferred | None:
    """The meeting's municipality as the text names it, when its header does not."""
    if former_publisher(meeting.source.text, meeting.start.date() if meeting.start else None) is not None:
        return None  # minutes of a municipality before the 2007 reform: none of today's is theirs
    text = meeting.source.text
    named = list(_named_in(text))
    stated = _from_case_numbers(meeting) or _from_council_or_body(text, named, meeting.body)
    if stated is not None or (meeting.kind is None and meeting.body is None and meeting.start is None):
        # with none stated, a page that is not minutes (news, a body's page): a municipality it names is no meeting's
        return stated
    municipal_body = is_municipal_body(meeting.body)
    # "Vejle Amt", "Viborg og Århus Amter": a county's name, not the municipality's
    municipal = [
        m
        for m in mentions
        if m.type == "Municipality" and m.code and not _part_of_a_name(text, m) and not names_a_county(text, m.end)
    ]
    # "Regionshospitalet Horsens", "Politi i Holstebro", "Aarhus Universitetshospital": where a state's or region's
    # institution sits
    municipal = [m for m in municipal if not names_an_institutions_seat(text, m.start, m.end)]
    if not municipal_body and _meets_for_several(meeting, named, municipal):
        return None
    placed = _from_the_header_or_a_place(meeting, named, municipal, municipal_body)
    if placed is not None:
        return placed
    self_refs = _self_references(text, municipal, municipal_body)
    if self_refs:
        best = _most_named(self_refs)
        return Inferred(_ref(best), "self-reference") if best else None
    return _from_mention_counts(municipal, municipal_body) or _from_domains(text)


def _from_case_numbers(meeting: Meeting) -> Inferred | None:
    """The municipality whose prefix the case numbers carry most ("326-2019-1234" is Kalundborg's)."""
    text = meeting.source.text
    codes = Counter(m.group(1).zfill(4) for m in MUNICIPAL_RE.finditer(text))
    for item in meeting.items:
        for number in item.case_numbers:
            match = MUNICIPAL_RE.fullmatch(number.strip())
            if match:
                codes[match.group(1).zfill(4)] += 1
    known = [(count, code) for code, count in codes.items() if code in municipality_by_code()]
    if known:
        return Inferred(_ref(max(known, key=lambda c: (c[0], c[1]))[1]), "case-number")
    return None


def _from_council_or_body(text: str, named: list[NamedMunicipality], body: str | None) -> Inferred | None:
    """The municipality whose council the text names most ("udtræde af Kolding Byråd"), else the one the
    meeting's body is named with ("Dragør Ældreråd")."""
    council = _most_named(Counter(n.info.code for n in named if n.how == "council"))
    if council:
        return Inferred(_ref(council), "council")
    own = _body_named_with_municipality(text, body)
    if own:
        return Inferred(_ref(own), "body")
    return None


def _items_start(meeting: Meeting) -> int:
    return min([len(meeting.source.text), *(item.start for item in meeting.items)])


def _meets_for_several(meeting: Meeting, named: list[NamedMunicipality], municipal: list[Mention]) -> bool:
    """Whether a body not known to be municipal meets for several municipalities: its minutes name three or
    more as such, or its header summons people of two ("Torben Jensen, borgmester Norddjurs Kommune …
    Vilfred Friborg, borgmester Syddjurs Kommune")."""
    if len({n.info.code for n in named if n.how == "kommune"}) >= SEVERAL_MUNICIPALITIES:
        return True
    header_end = min(_items_start(meeting), HEADER_REACH)
    return len({m.code for m in _named_as_kommune(meeting.source.text, municipal, header_end)}) >= 2


def _from_the_header_or_a_place(
    meeting: Meeting, named: list[NamedMunicipality], municipal: list[Mention], municipal_body: bool
) -> Inferred | None:
    """The municipality the header names as one, its town hall, the one municipality named as one, the one an
    item's title names as its matter's place."""
    text = meeting.source.text
    in_header = _named_as_kommune(text, municipal, min(400, _items_start(meeting)))
    # "et samarbejde mellem kommunen og Skive Kommune": the self's partner is no header mention of the self
    in_header = [m for m in in_header if not joined_with_the_self(text, m.start, m.end)]
    if not municipal_body:
        # "Sekretariat: Horsens Kommune", "Mødested: Vejle Kommune", "Kopi til Horsens Kommune": the header's host or
        # a party, which ``header_municipality`` already left out, is no owner of a body of unknown reach either
        in_header = [m for m in in_header if not hosts_or_addresses(text, m.start)]
        # "Afbud: Vejle Kommune", "Vejle Kommune v/ Ole Berg": a participant's municipality, no owner either
        in_header = [m for m in in_header if not names_a_participant(text, m.start, m.end)]
    if in_header and (municipal_body or len({m.code for m in in_header}) == 1):
        # a body of unknown reach whose header names two municipalities names neither as its own
        return Inferred(_ref(in_header[0].code or ""), "header-mention")
    town_hall = _most_named(Counter(n.info.code for n in named if n.how == "rådhus"))
    if town_hall and municipal_body:
        return Inferred(_ref(town_hall), "town-hall")
    as_municipality = {n.info.code for n in named if n.how == "kommune"}
    if len(as_municipality) == 1 and municipal_body and not _named_as_a_party_only(text, named):
        # the one municipality named as one, not only as a party to a matter ("Henvendelse fra Ballerup Kommune")
        return Inferred(_ref(next(iter(as_municipality))), "sole-mention")
    titled = _titled(meeting)
    if municipal_body and len(titled) == 1:
        return Inferred(_ref(next(iter(titled))), "item-title")
    return None


def _self_references(text: str, municipal: list[Mention], municipal_body: bool = True) -> Counter[str]:
    """How often each municipality is named on a line that speaks of its own ("vores", "kommunen")."""
    self_refs: Counter[str] = Counter()
    for m in municipal:
        if after_a_party_word(text, m.start) or joined_with_the_self(text, m.start, m.end):
            continue  # "så vi kan modtage tilskud fra Hjørring Kommune": "vi" is the writer, the municipality another
        if set_against_the_self(text, m.start, m.end):
            continue  # "nabokommunen Skive Kommune", "Skive Kommune skriver til kommunen": the self's counterpart
        if not municipal_body and names_a_host(text, m.start):
            continue  # "Mødet blev afholdt hos Skive Kommune, og vi takker": the host of a body of unknown reach
        # the mention's line, but no further than a sentence or two either side: a page a PDF
        # flattened onto one line would otherwise make every self-reference on it this mention's
        line_start = max(text.rfind("\n", 0, m.start) + 1, m.start - SELF_REFERENCE_REACH)
        line_end = text.find("\n", m.end)
        line_end = min(len(text) if line_end < 0 else line_end, m.end + SELF_REFERENCE_REACH)
        # on a flattened page, the mention's own sentence: "vi" in another bullet is no word about the place named
        line_start, line_end = mention_sentence(text, m.start, m.end, line_start, line_end)
        line = text[line_start:line_end]
        if SELF_REFERENCE.search(line) or _THE_MUNICIPALITY.search(line):
            self_refs[m.code or ""] += 1
    return self_refs


def _from_mention_counts(municipal: list[Mention], municipal_body: bool) -> Inferred | None:
    """The municipality named far more often than any other, or a municipal body's one place named twice."""
    counts = Counter(m.code for m in municipal if m.code)
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    if ranked[0][1] >= 3 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
        return Inferred(_ref(ranked[0][0]), "dominant-mention")
    if municipal_body and len(ranked) == 1 and ranked[0][1] >= 2:
        # a municipality's committee whose minutes name one place twice, and no other: its own town
        return Inferred(_ref(ranked[0][0]), "only-mention")
    return None


def _from_domains(text: str) -> Inferred | None:
    domains = Counter(
        info.code
        for match in WEB_DOMAIN.finditer(text)
        if (info := municipality_of_domain(match[1])) is not None
        # "Sekretariatet for Rammeaftaler … aalborg@aalborg.dk": the host's address, not the meeting's
        and not in_a_secretariats_letterhead(text, match.start())
    )
    if len(domains) == 1:  # one municipality's domain (two name each other's addresses: neither is sure)
        return Inferred(_ref(next(iter(domains))), "e-mail")
    return None
