"""Networks a text names by their form, found for ``membership_networks`` and the role readers: a name with
a network head word ("Business Region X", an I/S, "Destination NordVestkysten"), a joint fire and rescue
service ("Sydvestjysk Brandvæsen", "Brand & Redning MidtVest", "Beredskab & Sikkerhed"), a name in quotes by
its head word, the place a cooperation's municipalities are "i" ("de syv kommuner i Trekantområdet"), a
network named after what it is ("det fælleskommunale brandvæsen TrekantBrand") or defined by the text ("X er
et fælleskommunalt selskab"). Never a municipality, a region, a council, an agreement or a plan; and the
words that refer back to a network ("foreningen", "netværket")."""

from __future__ import annotations

import re
from functools import lru_cache

from graphbuild.extract.line_scan import finditer_on_lines
from graphbuild.extract.membership_abbreviations import other_name
from graphbuild.extract.membership_municipalities import KOMMUNE_AFTER
from graphbuild.extract.membership_name_clauses import statute_names
from graphbuild.vocab.municipality_names import municipality_named
from graphbuild.vocab.near import Word, asked_of_whole_documents, finditer_near
from graphbuild.vocab.text_patterns import capitalised_run

# a word that refers back to a network named or stated before: "foreningen", "netværket", "samarbejdet"
BACK_REFERENCE = re.compile(
    r"(?<![\w-])(?i:foreningen|netværket|samarbejdet|partnerskabet|kredsen|fællesskabet|organisationen|"
    r"interessentskabet|interessenterne|interessent|selskabet|beredskabet|brandvæsenet|kulturregionen|nationalparken)"
    r"s?(?![\w-])(?![ \t]+[A-ZÆØÅ])"  # not the head of a name: "Foreningen Nordvand"
)


NOT_NETWORK_NAMES = re.compile(
    r"^(?:Det|Den|De|Der|Dette|Denne|Vi|Her|Kommunen|Kommunerne|Byrådet|Kommunalbestyrelsen|Udvalget|Bestyrelsen|"
    r"Styregruppen|Region|Regionen|Danmark|KKR|KL|"
    # an agreement, a plan, a project or a partnership covering municipalities is no network (joining one is an
    # adoption, README `memberships`)
    r"(?:\w*(?:[Aa]ftale|[Pp]rojekt|[Oo]rdning|[Pp]ulje|[Pp]lan|[Ss]trategi|[Ii]ndsats|[Pp]rogram|[Kk]ontrakt|"
    r"[Uu]dbud|[Aa]nalyse|[Uu]ndersøgelse|[Ii]nitiativ|[Pp]artnerskab|[Aa]lliance|[Pp]agt|[Kk]ampagne))(?:en|et|n|t)?)\b"
)
# networks named by their form: a business region, a partnership of municipalities (an I/S)
NAMED_NETWORK = re.compile(
    rf"(?<![\w-])Business[ \t]+Region[ \t]+{capitalised_run('?')}|"
    rf"(?<![\w/-])I/S[ \t]+{capitalised_run('{0,3}')}|"
    rf"(?<![\w-]){capitalised_run('{0,3}')}[ \t]+I/S(?![\w/])"
)
# a tourism partnership of municipalities named by its form (the destination companies of the 2018 tourism act):
# "Destination NordVestkysten", "Destination Limfjorden", "Destination Fjordlandet", "Destination Kronjylland";
# never the trade's words ("Destination Management", "Destination Danmark" the campaign)
DESTINATION = re.compile(
    r"(?<![\w-])Destination[ \t]+(?!(?:Management|Manager|Marketing|Development|Danmark|Denmark)\b)"
    rf"{capitalised_run('{0,1}')}"
)
# a joint fire and rescue service (the § 60 companies of the 2016 reform) named by its form: "Sydvestjysk
# Brandvæsen", "Midtjysk Brand & Redning", "Brand & Redning MidtVest", "Beredskab & Sikkerhed",
# "Hovedstadens Beredskab", "Brand og Redning Sønderjylland", "Beredskab Fyn"; one municipality's own
# ("Allerød Brandvæsen") is no network
FIRE_SERVICE = re.compile(
    r"(?<![\w-])(?P<area>(?!Kommuner?[ \t])[A-ZÆØÅ][\wæøå]*(?:-[A-ZÆØÅ][\wæøå]*)?(?:[ \t]+[A-ZÆØÅ][\wæøå]*)?)[ \t]+"
    r"(?:Brandvæsen|Beredskab|Brand[ \t]*(?:&|og)[ \t]*Redning|Brand-[ \t]*(?:&|og)[ \t]*Redningsberedskab)(?![\wæøå])|"
    r"(?<![\w-])(?:Brand|Beredskab)[ \t]*(?:&|og)[ \t]*(?:Redning|Sikkerhed)(?![\wæøå])"
    r"(?:[ \t]+(?:[A-ZÆØÅ][\wæøåÆØÅ]*(?![ \t]+Kommune)))?|"
    r"(?<![\w-])Beredskab[ \t]+(?:Øst|Vest|Nord|Syd|Fyn|\d+K)(?![\wæøå])"
)
FIRE_SERVICE_WORDS = ("Brand", "Beredskab")  # every match of FIRE_SERVICE holds one
NOT_AREA = re.compile(r"^(?:Det|Den|De|Et|En|Vores|Kommunens|Kommunernes|Fælles|Nyt?|Samlet|Kommunalt|Statens)\b")
# "samarbejdet mellem de syv kommuner i Trekantområdet": a cooperation named by where its members are
COOPERATION_OF = re.compile(r"kommuner(?:ne)? (?:i|bag) (?P<name>[A-ZÆØÅ][\wæøå-]+(?:[ \t]+[A-ZÆØÅ][\wæøå-]+){0,2})")
AREA = re.compile(
    r"(?:(?:Nord|Syd|Øst|Vest|Midt|Sønder|Midt- og Vest)?(?:jylland|sjælland|fyn|Jylland|Sjælland|Fyn)|"
    r"Danmark|Syddanmark|Hovedstaden|Hovedstadsområdet|Hovedstadsregionen|Storkøbenhavn|Landet|Regionen)"
)


# a network named after what it is: "det fælleskommunale brandvæsen TrekantBrand", "det tværkommunale
# affaldsselskab AVV"
DESCRIBED_NETWORK = re.compile(
    r"(?<![\w-])(?i:det|et|den|en)[ \t]+(?i:fælles|tvær)kommunale?[ \t]+[\wæøå-]*"
    r"(?:brandvæsen|beredskab|selskab|fællesskab|samarbejde|netværk|forsyning)[ \t]+"
    r"(?P<name>[A-ZÆØÅ][\wæøåÆØÅ&-]*(?:[ \t]+(?:[A-ZÆØÅ][\wæøåÆØÅ&-]*|I/S|A/S)){0,2})"
)


def described_networks(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of each network DESCRIBED_NETWORK names: never a municipality or a region."""
    out: list[tuple[int, int, str]] = []
    if "kommunal" not in text:
        return out
    for m in finditer_near(DESCRIBED_NETWORK, text, ("kommunal",), 40):
        name = m["name"]
        if NOT_NETWORK_NAMES.match(name) or KOMMUNE_AFTER.match(text, m.end()) or municipality_named(name):
            continue
        out.append((m.start("name"), m.end("name"), name))
    return out


# a network a page defines before it lists the members: "Beredskab Øst er etableret pr. 1. januar 2016 som
# et fælleskommunalt selskab … Interessenterne er A, B og C", "Gate 21 er et partnerskab mellem kommuner, …
# Medlemskommunerne er A, B og C"
DEFINED_NETWORK = re.compile(
    r"(?<![\wæøå-])(?P<name>[A-ZÆØÅ][\wæøå&/-]*(?:[ \t]+(?:[A-ZÆØÅ\d][\wæøå&/-]*|og|for|I/S|A/S)){0,4})[ \t]+"
    r"(?:er|blev)\s+(?:etableret\s+[^.\n]{0,60}?\s+som\s+|stiftet\s+[^.\n]{0,60}?\s+som\s+)?(?:et|en)\s+"
    r"(?:[\wæøå§-]+\s+){0,3}?[\wæøå-]*(?:samarbejde|fællesskab|selskab|partnerskab|netværk|forening|"
    r"interessentskab|beredskab|brandvæsen|forum|sammenslutning)\b"
)


# the head word ends the match: a name (up to 5 words), "er etableret … som" (up to 60) and 3 words before it
DEFINED_NETWORK_WORDS: tuple[Word, ...] = (
    "samarbejde", "fællesskab", "selskab", "partnerskab", "netværk", "forening", "interessentskab", "beredskab",
    "brandvæsen", "forum", "sammenslutning",  # "X er et politisk forum", "X er en sammenslutning af 12 kommuner"
)  # fmt: skip
asked_of_whole_documents(DEFINED_NETWORK_WORDS)  # over the whole text: read from the document's one pass
DEFINED_NETWORK_REACH = 260


TRAILING_OG_OR_FOR = re.compile(r"[ \t]+(?:og|for)$")


def defined_networks(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of each network DEFINED_NETWORK finds, and each a statute's name clause names
    ("Selskabets navn er X A/S"): never a municipality, a council or a word that refers back ("Foreningen er en …")."""
    out = []
    for m in finditer_near(DEFINED_NETWORK, text, DEFINED_NETWORK_WORDS, DEFINED_NETWORK_REACH):
        name = TRAILING_OG_OR_FOR.sub("", " ".join(m["name"].split()))
        if (
            NOT_NETWORK_NAMES.match(name)
            or BACK_REFERENCE.fullmatch(name.lower())
            or KOMMUNE_AFTER.search(name)
            or municipality_named(name) is not None
        ):
            continue
        out.append((m.start("name"), m.start("name") + len(name), name))
    for start, end, name in statute_names(text):
        if municipality_named(name) is None and not NOT_NETWORK_NAMES.match(name):
            out.append((start, end, name))
    return out


@lru_cache(maxsize=4)
def named_networks(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, name) of NAMED_NETWORK's matches, and of the place the municipalities of a
    cooperation are "i" when it is neither a municipality, a region nor a part of the country ("de
    syv kommuner i Trekantområdet"). Found once per document: the roles and the memberships step
    both ask (a tuple, so no caller changes what the other reads)."""
    found = (
        [(m.start(), m.end(), " ".join(m.group(0).split())) for m in NAMED_NETWORK.finditer(text)]
        if "Business" in text or "I/S" in text
        else []
    )
    if "Brand" in text or "Beredskab" in text:
        found += fire_services(text)
    if "Destination" in text:
        found += [(m.start(), m.end(), " ".join(m.group(0).split())) for m in DESTINATION.finditer(text)]
    if "'" in text or '"' in text or "«" in text or "‘" in text or "“" in text:
        found += [(m.start("name"), m.end("name"), m["name"]) for m in QUOTED_NETWORK.finditer(text)]
    if "kommune" in text:
        for m in COOPERATION_OF.finditer(text):
            name = m["name"]
            if not NOT_NETWORK_NAMES.match(name) and not AREA.fullmatch(name) and municipality_named(name) is None:
                found.append((m.start("name"), m.end("name"), " ".join(name.split())))
    return tuple(sorted(nominative(text, *f) for f in found))


# the nouns a body's name stands in the genitive before: "Destination Limfjordens ejere", "Sydvestjysk
# Brandvæsens medlemskommuner", "Brand & Redning Djurslands bestyrelse", also after a count or "nuværende" or "nye"
# ("Destination Sønderjyllands 3 medlemskommuner", "… nuværende ejere")
GENITIVE_HEAD = re.compile(
    r"[ \t]+(?:(?:\d+|to|tre|fire|fem|seks|syv|otte|ni|ti|elleve|tolv|nuværende|nye)[ \t]+)?"
    r"(?:ejere|ejerkommuner|ejerkreds|medlemmer|medlemskommuner|deltagere|deltagerkommuner|interessenter|"
    r"interessentkommuner|bestyrelse|repræsentantskab|vedtægter)(?:ne)?\b"
)
_LAST_WORD = re.compile(r"\S+$")


def nominative(text: str, start: int, end: int, name: str) -> tuple[int, int, str]:
    """A name in the genitive as the document also writes it without its "s" ("I/S Hedelands vedtægter" beside
    "I/S Hedeland") or before the noun it owns ("Destination Limfjordens ejere"); a name the document never
    writes without it stays ("Business Region Aarhus", also before a noun: its last word a municipality's)."""
    if not name.endswith("s") or len(name) < 4:
        return start, end, name
    bare = name[:-1]
    last = _LAST_WORD.search(name)
    genitive = GENITIVE_HEAD.match(text, end) is not None and last is not None and not last.group(0).isupper()
    if genitive and last is not None and municipality_named(last.group(0)) is None:
        return start, end - 1, bare
    at = text.find(bare)
    while at >= 0:
        after = at + len(bare)
        if after == len(text) or not (text[after].isalnum() or text[after] in "_-"):
            return start, end - 1, bare
        at = text.find(bare, after)
    return start, end, name


# a network named in quotes by its head word: "døbt: 'Nordsjællands digitaliseringssamarbejde'", "under navnet
# «Fælles Kommunal Energi»"
QUOTED_NETWORK = re.compile(
    r"['\"«‘“](?P<name>[A-ZÆØÅ][^'\"»’”\n]{0,60}?(?:samarbejde|fællesskab|netværk|forening|partnerskab|selskab|"
    r"beredskab|brandvæsen|[Bb]usiness [Rr]egion[^'\"»’”\n]*))['\"»’”]"
)


def fire_services(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of each joint fire and rescue service FIRE_SERVICE names: not one
    municipality's own ("Allerød Brandvæsen"), nor a generic one ("Kommunens Beredskab")."""
    out = []
    for m in finditer_on_lines(FIRE_SERVICE, text, FIRE_SERVICE_WORDS):
        area = m["area"]
        if area is not None and (NOT_AREA.match(area) or municipality_named(area) is not None):
            continue
        out.append((m.start(), m.end(), " ".join(m.group(0).split())))
    return out


COUNCIL_NAME = re.compile(r"(?i)byråd|kommunalbestyrelse|borgerrepræsentation|magistrat")


def place_genitive(name: str) -> bool:
    """Whether a name is only a place in the genitive, the owner of a noun a capitalised run leaves behind
    ("indgår i Østjyllands politikreds", "Danmarks", "Vejles"): never a body's name."""
    bare = name[:-1] if name.endswith(("s", "'")) else name.removesuffix("'s")
    if bare == name or not bare:
        return False
    return AREA.fullmatch(bare) is not None or municipality_named(bare) is not None


def may_be_network(name: str) -> bool:
    return (
        municipality_named(name) is None
        and not place_genitive(name)
        and not NOT_NETWORK_NAMES.match(name)
        and not AREA.fullmatch(name)
        and not COUNCIL_NAME.search(name)  # a municipality's council is no network
        and not KOMMUNE_AFTER.search(name)
    )


# what stands between a joining cue and what it joins: "tilslutter sig X", "tilslutning til X", "indtræder i X"
_ABBREVIATION = re.compile(r"[A-ZÆØÅ]{2,6}(?![\wæøåÆØÅ-])")
_JOINED_GAP = re.compile(r"\s+(?:sig\s+)?(?:(?:i|til|på)\s+)?")


def network_joined(text: str, at: int, hi: int) -> str | None:
    """The network a joining cue ending at ``at`` names right after it by its form ("tilslutning til Business
    Region Aarhus", "tilslutter sig Affaldsselskabet Vestkyst I/S"): joining an organisation is a membership
    (README `memberships`), not an adoption."""
    gap = _JOINED_GAP.match(text, at, hi)
    start = gap.end() if gap is not None else at
    # the document's networks, read once for every step that asks
    networks = named_networks(text)
    named = next((name for lo, end, name in networks if lo == start and end <= hi), None)
    if named is not None:
        return named
    # an abbreviation the text defined for one: "Business Region Vest (BRV) … har tilsluttet sig BRV"
    abbreviation = _ABBREVIATION.match(text, start, hi)
    long_name = other_name(text, abbreviation.group(0)) if abbreviation is not None else None
    return long_name if long_name is not None and any(name == long_name for _, _, name in networks) else None
