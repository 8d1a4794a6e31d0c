"""The network a membership statement names: a known network or association, a name with a network head
word ("Business Region X", an I/S, "Samarbejdet i Trekantområdet"), a joint fire and rescue service
("Sydvestjysk Brandvæsen", "Brand & Redning MidtVest", "Beredskab & Sikkerhed"), a network the text defines
("X er et fælleskommunalt selskab"), a name the statement gives ("Trekantområdet består af …"), or a
reference back ("foreningen", "netværket", "samarbejdet", "organisationen", "Medlemskommunerne"): the
network named or stated last before, else the meeting's own body when it is a network, else the body the
document's heading names. Never a municipality, a region, a council, an agreement or a plan."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from graphbuild.extract.membership_cues import MEMBERSHIP_TAKEN
from graphbuild.extract.membership_kind_named import kind_named_networks
from graphbuild.extract.membership_municipalities import KOMMUNE_AFTER, MunicipalityRef
from graphbuild.extract.membership_relation import Context, named_network
from graphbuild.extract.mentions import Mention
from graphbuild.models import Meeting
from graphbuild.vocab.gazetteer import lookup_alias
from graphbuild.vocab.municipality_names import municipality_named
from graphbuild.vocab.near import Word, finditer_near
from graphbuild.vocab.text_patterns import capitalised_run

NETWORK_KINDS = frozenset({"network", "association"})
BACK_REFERENCE = re.compile(
    r"(?<![\w-])(?i:foreningen|netværket|samarbejdet|partnerskabet|kredsen|fællesskabet|organisationen|"
    r"interessentskabet|interessenterne|interessent|selskabet|beredskabet|brandvæsenet|kulturregionen|nationalparken)"
    r"s?(?![\w-])(?![ \t]+[A-ZÆØÅ])"  # not the head of a name: "Foreningen Nordvand"
)
# the members named as the members of what the text is about: "Ejerkommunerne er …", "Deltagende
# kommuner: …", "Medlemmer: …" (a reference back, as "foreningen" is)
MEMBERS_WORD = re.compile(
    r"(?<![\w-])(?i:(?:medlems|deltager|ejer|interessent)kommuner(?:ne)?|deltagende\s+kommuner)(?![\w-])(?!\s+i\s)|"
    r"(?<![\w-])(?:Medlemmer|Deltagere|Ejere|Interessenter)[ \t]*:|\b(?i:(?:nye\s+)?medlemmer(?:ne)?)\s+er\b"
)
# a network no list knows, named where the statement puts it: "Trekantområdet består af kommunerne …",
# "Medlemskommunerne i Movia er …", "… gået sammen om at stifte Vestdata"
# a name's words may end in a number of its own: "Gate 21", "Projekt 2030" (never a date: "21. marts")
_NAME = (
    r"(?:[A-ZÆØÅÖÄ][\wæøåöä&/-]*|I/S|A/S)"
    r"(?:[ \t]+(?:[A-ZÆØÅÖÄ][\wæøåöä&/-]*|og|for|I/S|A/S|\d{1,4}(?!\d)(?![.,]\d)(?!\.\s*[a-zæøå]))){0,5}"
)
# the network in the genitive before its members: "Öresundskomiteens medlemmer er: …", "Movias ejere er …"
NAME_OF_MEMBERS = re.compile(
    rf"(?<![\w-])({_NAME}?)(?:s|['’])[ \t]+(?:medlemmer|deltagere|interessenter|ejere|ejerkommuner|medlemskommuner|"
    r"deltagerkommuner)[ \t]+(?:er|var|består\s+af)\b"
)
NAME_BEFORE_CUE = re.compile(
    rf"({_NAME})[ \t]+(?:består\s+af|bestod\s+af|blev\s+stiftet|er\s+stiftet|dækker|omfatter|er\s+et\s+samarbejde|"
    r"er\s+ejet\s+af|ejes\s+af|"
    # "Gate 21 har følgende medlemskommuner: …", "X har i dag 20 medlemmer: …", "X har tre ejerkommuner, A, B og C"
    r"har\s+(?:(?:i\s+dag|nu|pt\.|p\.t\.)\s+)?(?:følgende\s+|\d{1,2}\s+|[a-zæøå]+\s+)?"
    r"(?:medlemmer|ejere|deltagere|interessenter|(?:medlems|ejer|deltager|interessent)kommuner)|"
    # "AffaldPlus er et fælleskommunalt affaldsselskab, der ejes af …", "X er et tværkommunalt samarbejde mellem"
    r"er\s+(?:et|en)\s+(?:[\wæøå§-]+\s+){0,3}?[\wæøå-]*(?:samarbejde|fællesskab|selskab|partnerskab|netværk|"
    r"interessentskab|organisation|forening)"
    r"(?:\s+mellem|\s+bestående\s+af|,?\s+(?:der|som)\s+(?:ejes\s+af|er\s+ejet\s+af|består\s+af|dækker|omfatter)))\b"
)
NAME_AFTER_CUE = re.compile(
    r"(?i:(?:medlems|deltager|ejer)kommuner(?:ne)?\s+i|kommunerne\s+(?:i|bag)|medlemmer(?:ne)?\s+(?:af|i)|"
    r"om\s+at\s+(?:stifte|etablere|danne)|samarbejder\s+i|er\s+(?:nu\s+|også\s+)?(?:nyt?\s+)?medlem(?:mer)?\s+af|er\s+med\s+i|"
    # "Frederikssund Kommune deltager i Nationalpark Skjoldungernes Land sammen med …", "… medlem af X"
    r"(?:er\s+)?deltager(?:kommune)?\s+i|(?<=\s)(?:nyt?\s+)?medlem(?:mer)?\s+af|(?<=s\s)(?:medlemskab|ejerandel|ejerskab)\s+(?:af|i)|"
    # a part owner: "er medejer af X", "er interessent i X", "en af ejerne af X", "ejer 6 % af X"
    r"været\s+(?:med\s+i|interessent(?:er)?\s+i|ejer(?:e)?\s+af)|"
    r"(?:(?<=er\s)ejer(?:e)?|medejer(?:e)?)\s+af|er\s+interessent(?:er)?\s+i|(?:ejerne|interessenterne|deltagerne)\s+(?:af|i|bag)|en\s+af\s+(?:ejerne|interessenterne|medlemmerne|deltagerne)\s+(?:af|i|bag)|"
    r"ejer\s+\d{1,3}(?:[,.]\d{1,2})?\s*(?:%|pct\.?|procent)\s+af|"
    # "Nu er Vesthimmerlands Kommune også medlem af X"
    r"(?:(?<=ommune\s)|(?<=ommuner\s))(?:nu\s+|også\s+|allerede\s+)*(?:nyt?\s+)?medlem(?:mer)?\s+(?:af|i)|"
    r"(?:er\s+(?:nu\s+)?blevet|blive|bliver|blev)\s+(?:nu\s+)?"
    r"(?:(?:nyt\s+)?medlem(?:mer)?\s+(?:af|i)|(?:en\s+)?del\s+af)|"
    # "… gå sammen og oprette det kommunalt ejede affaldsselskab, X", "har dannet deres eget nye selskab, X"
    r"(?:stifte|etablere|danne|oprette|stiftet|etableret|dannet|oprettet|stiftede|etablerede|dannede|oprettede)\s+"
    r"(?:[\wæøå-]+\s+){0,4}?"
    r"[\wæøå-]*(?:selskab|fællesskab|samarbejde|beredskab)\s*[,:]|"
    r"(?:indtræder|indtrådte|er\s+indtrådt)\s+(?:(?:fra|pr\.|per|med)\s+(?:[\wæøå.]+\s+){1,3}?)?"
    r"(?:som\s+medlem\s+)?(?:af|i)|"
    r"optaget\s+(?:som\s+(?:nyt?\s+)?(?:medlem|interessent|ejer|medejer|deltager)\s+)?(?:af|i)|"
    rf"{MEMBERSHIP_TAKEN}|"  # "har indgået medlemskab med X", "tegnede et medlemskab af X"
    r"sammen\s+med\s+de\s+(?:\d{1,2}\s+|[a-zæøå]+\s+)?(?:øvrige|andre)\s+(?:medlems|ejer|deltager|interessent)?kommuner\s+i|"
    rf"(?:melde|meldt|melder|meldte)\s+sig\s+ind\s+i|(?:(?<=ommune\s)|(?<=ommunen\s))ind\s+i|(?:træde|træder|trådte)\s+ind\s+i|"
    # "A, B og C Kommuner står bag X", "… ejer i fællesskab X", "… indgår i (samarbejdet) X"
    r"står\s+bag|ejer\s+(?:i\s+fællesskab|sammen|tilsammen)|(?:(?<=ommuner\s)|(?<=ommunerne\s))ejer|"
    r"(?:etablerede|dannede|oprettede|stiftede)(?:\s+i\s+\d{4})?|gået\s+sammen\s+om|"
    r"(?:indgår|indgik)\s+i(?:\s+(?:samarbejdet|fællesskabet|netværket|partnerskabet))?|"
    # "Samarbejdet i Trekantområdet er politisk ledet af de syv borgmestre i …": the network it names
    rf"(?<![\w-])(?:samarbejdet|netværket|partnerskabet|fællesskabet)\s+i)\s+"
    # the body's kind word before its name: "medlem af foreningen Gate 21", "deltager i netværket X"
    rf"(?:(?i:foreningen|netværket|selskabet|samarbejdet|fællesskabet|interessentskabet|organisationen)\s+)?({_NAME})"
)
NOT_NETWORK_NAMES = re.compile(
    r"^(?:Det|Den|De|Der|Dette|Denne|Kommunen|Kommunerne|Byrådet|Kommunalbestyrelsen|Udvalget|Bestyrelsen|"
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
NOT_AREA = re.compile(r"^(?:Det|Den|De|Et|En|Vores|Kommunens|Kommunernes|Fælles|Nyt?|Samlet|Kommunalt|Statens)\b")
# "samarbejdet mellem de syv kommuner i Trekantområdet": a cooperation named by where its members are
COOPERATION_OF = re.compile(r"kommuner(?:ne)? (?:i|bag) (?P<name>[A-ZÆØÅ][\wæøå-]+(?:[ \t]+[A-ZÆØÅ][\wæøå-]+){0,2})")
AREA = re.compile(
    r"(?:(?:Nord|Syd|Øst|Vest|Midt|Sønder|Midt- og Vest)?(?:jylland|sjælland|fyn|Jylland|Sjælland|Fyn)|"
    r"Danmark|Syddanmark|Hovedstaden|Hovedstadsområdet|Hovedstadsregionen|Storkøbenhavn|Landet|Regionen)"
)
NETWORK_BODY = re.compile(r"netværk|kreds|forening|forum|fora\b|business\s*region", re.IGNORECASE)


@dataclass(frozen=True)
class NetworkRef:
    start: int
    end: int
    mention: Mention | None  # a gazetteer or found network
    name: str | None = None  # a network named by its form ("Business Region Aarhus")


def _network_or_shared_initiative(m: Mention) -> bool:
    """A known network, or a known shared initiative (a programme or partnership of the gazetteer: "De 46
    nye kommuner i DK2020 er: …" lists who takes part in it, an adoption: membership_relation)."""
    if m.type == "Organization":
        return m.kind in NETWORK_KINDS
    if m.type != "Initiative":
        return False
    known = lookup_alias(m.name)
    return known is not None and known.type == "Initiative"


def networks_of(ctx: Context) -> list[NetworkRef]:
    """Every network the document names, by position: the known ones its mentions hold (and the known
    shared initiatives), then those named by their form or defined by the text where no known one stands."""
    found = [NetworkRef(m.start, m.end, m) for m in ctx.mentions if _network_or_shared_initiative(m)]
    taken = [(n.start, n.end) for n in found]
    kind_named = [n for n in kind_named_networks(ctx.text) if _may_be_network(n[2])]
    for start, end, name in [
        *named_networks(ctx.text),
        *defined_networks(ctx.text),
        *described_networks(ctx.text),
        *kind_named,
    ]:
        if not any(a < end and start < b for a, b in taken):
            found.append(NetworkRef(start, end, None, name))
            taken.append((start, end))
    return sorted(found, key=lambda n: n.start)


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
DEFINED_NETWORK_REACH = 260


_TRAILING_OG_OR_FOR = re.compile(r"[ \t]+(?:og|for)$")


def defined_networks(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of each network DEFINED_NETWORK finds: never a municipality, a council or a
    word that refers back ("Foreningen er en …")."""
    out = []
    for m in finditer_near(DEFINED_NETWORK, text, DEFINED_NETWORK_WORDS, DEFINED_NETWORK_REACH):
        name = _TRAILING_OG_OR_FOR.sub("", " ".join(m["name"].split()))
        if (
            NOT_NETWORK_NAMES.match(name)
            or BACK_REFERENCE.fullmatch(name.lower())
            or KOMMUNE_AFTER.search(name)
            or municipality_named(name) is not None
        ):
            continue
        out.append((m.start("name"), m.start("name") + len(name), name))
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
    return tuple(sorted(_nominative(text, *f) for f in found))


def _nominative(text: str, start: int, end: int, name: str) -> tuple[int, int, str]:
    """A name in the genitive as the document also writes it without its "s" ("I/S Hedelands vedtægter" beside
    "I/S Hedeland"); a name the document never writes without it stays ("Business Region Aarhus")."""
    if not name.endswith("s") or len(name) < 4:
        return start, end, name
    bare = name[:-1]
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
    for m in FIRE_SERVICE.finditer(text):
        area = m["area"]
        if area is not None and (NOT_AREA.match(area) or municipality_named(area) is not None):
            continue
        out.append((m.start(), m.end(), " ".join(m.group(0).split())))
    return out


def body_is_network(meeting: Meeting) -> bool:
    """Whether the meeting's body is a network or an association (a known one, or by its name)."""
    if not meeting.body:
        return False
    known = lookup_alias(meeting.body)
    if known is not None:
        return known.kind in NETWORK_KINDS
    return NETWORK_BODY.search(meeting.body) is not None


def network_id(ctx: Context, network: NetworkRef) -> str:
    if network.mention is not None:
        return ctx.add_mention(network.mention)
    name = network.name or ""
    return named_network(ctx, name)


# a body's name as a page or minutes head it: a line of its own with a body's head word
BODY_HEADING = re.compile(r"(?m)^[ \t]*(?P<name>[A-ZÆØÅ][\wæøåÆØÅ&-]*(?:[ \t]+[\wæøåÆØÅ&-]+){0,5})[ \t]*$")
BODY_HEAD_WORD = re.compile(
    r"(?i)udvalg|råd(?:et)?\b|forum|netværk|kommission|samarbejde|fællesskab|forening|kulturregion|nationalpark|"
    r"beredskab|brandvæsen|business\s+region"
)


# a heading over a body's member list or owners: "Medlemmer af Sundhedskoordinationsudvalget", "Bestyrelsen
# for Trekantområdet Danmark", "Ejerforhold i Vestsjællands Brandvæsen" head the body they name
MEMBERS_OF = re.compile(
    r"^(?i:medlemmer|bestyrelsen|bestyrelse|repræsentantskabet|repræsentantskab|ejerforhold|ejerkredsen|ejere|"
    r"ejerkommuner|medlemskommuner|deltagerkommuner|vedtægter|vedtægterne|vedtægt)"
    r"[ \t]+(?:af|i|for|til)[ \t]+(?=[A-ZÆØÅ])"
)
# a page's title about its subject: "Om Gate 21", "Om ARCs bestyrelse"
ABOUT = re.compile(r"^(?i:om)[ \t]+(?=[A-ZÆØÅ])")
# a body's board or owners named by the body's genitive: "ARCs bestyrelse", "Movias ejere"
GENITIVE_BOARD = re.compile(
    r"^(?P<name>[A-ZÆØÅ][\wæøåÆØÅ&-]*(?:[ \t]+[\wæøåÆØÅ&-]+){0,3}?)s[ \t]+"
    r"(?i:bestyrelse|repræsentantskab|medlemmer|medlemskommuner|ejere|ejerkommuner|ejerkreds)$"
)
COUNCIL_NAME = re.compile(r"(?i)byråd|kommunalbestyrelse|borgerrepræsentation|magistrat")
SMALL_WORDS = frozenset({"og", "i", "for", "af", "på", "til", "ved"})


# a first line that names the document, not a body: "Referat", "Dagsorden", "Nyheder", a date
DOCUMENT_LINE = re.compile(
    r"(?i)\b(?:referat|dagsorden|protokol|beslutningsprotokol|indholdsfortegnelse|nyhed(?:er)?|forside|"
    r"menu|hovedmenu|side|print|udskriv|søg|kontakt|om\s+os|organisation|organisering|bestyrelse|gå\s+til|indhold|"
    r"cookies?|log\s+ind|genveje|tilgængelighed|english|luk|åben)\b|"
    r"\d{1,2}\.\s*[a-zæøå]+\s+\d{4}|\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\b(?:19|20)\d\d\b"
)


def _heading_name(line: str) -> tuple[str, bool]:
    """(the body a heading line names, whether a board or members word says it is a body's): "Bestyrelsen
    for X" and "Xs bestyrelse" name X; "Om X" is X."""
    line = ABOUT.sub("", " ".join(line.split()))
    genitive = GENITIVE_BOARD.match(line)
    if genitive is not None:
        return genitive["name"], True
    name = MEMBERS_OF.sub("", line)
    return name, name != line


def _headline(line: str) -> bool:
    """Whether a page's first line is a headline, not a name: two words or more in lower case that are no
    small words of a name ("I det fynske folks tjeneste", "Ny organisation skal styrke Fyn"; not "Gate 21",
    "Kulturregion Midt- og Vestsjælland", "Det Fælleskommunale Huslejenævn for Roskilde og Lejre Kommuner")."""
    lower = [w for w in line.split()[1:] if w[:1].islower() and w not in SMALL_WORDS]
    return len(lower) >= 2


def _may_be_network(name: str) -> bool:
    return (
        municipality_named(name) is None
        and not NOT_NETWORK_NAMES.match(name)
        and not AREA.fullmatch(name)
        and not COUNCIL_NAME.search(name)  # a municipality's council is no network
        and not KOMMUNE_AFTER.search(name)
    )


def heading_body(ctx: Context, any_name: bool = False) -> str | None:
    """The body one of the document's first lines names, a line of its own with a body's head word or a
    board word ("Bestyrelsen for X", "Xs bestyrelse"); with ``any_name`` (a statement refers back to the
    members of what the page is about: "Medlemskommuner", "Kommunerne i samarbejdet er …"), else the
    page's first line whatever its words ("Gate 21")."""
    if any_name:
        # the first line that names no document part ("Gå til indhold", "Referat", a date)
        for line in BODY_HEADING.finditer(ctx.text, 0, min(len(ctx.text), 400)):
            name, _ = _heading_name(line["name"])
            if DOCUMENT_LINE.search(name):
                continue
            if _may_be_network(name) and not _headline(name):
                return named_network(ctx, name)
            break
    for heading in BODY_HEADING.finditer(ctx.text, 0, min(len(ctx.text), 400)):
        name, named = _heading_name(heading["name"])
        # a name under such a heading is a body's whatever its words ("Bestyrelsen for Trekantområdet Danmark")
        if (named or BODY_HEAD_WORD.search(name) is not None) and _may_be_network(name):
            if name.isupper():  # "KULTURREGION MIDT- OG VESTSJÆLLAND"
                name = " ".join(w.lower() if w.lower() in SMALL_WORDS else w.capitalize() for w in name.split())
            return named_network(ctx, name)
    return None


def listed_with(text: str, network: NetworkRef, members: list[MunicipalityRef]) -> bool:
    """Whether the network is one more item of the members' list ("de tre kommuner; Roskilde, Lejre og
    Frederikssund, Danmarks Naturfredningsforening, …"): a fellow member, not what they are members of."""
    before = [m for m in members if m.end <= network.start]
    return bool(before) and CO_LISTED.fullmatch(text, before[-1].end, network.start) is not None


# what stands between a list's last municipality and a fellow member named after it: more items, each
# a capitalised name after a comma, "og", "samt" or "&", and the fellow member's own descriptor in lower
# case ("et samarbejde mellem A, B og C Kommune og grundejer Strandparken I/S", "… samt foreningen X")
CO_LISTED = re.compile(
    r"(?:\s*(?:,|\bog\b|\bsamt\b|&)\s*[A-ZÆØÅ][^,.;:!?()\n]{0,60}?)*\s*(?:,|\bog\b|\bsamt\b|&)\s*"
    r"(?:(?!(?:om|i|af|for|til|med|er|har|at)\s)[a-zæøå][\wæøå-]*\s+){0,2}"
)


def network_of(
    ctx: Context,
    named: list[NetworkRef],
    networks: list[NetworkRef],
    starts: list[int],
    text: str,
    lo: int,
    hi: int,
    cue: int,
    body_is_network: bool,
    stated: list[tuple[int, int, str]],
) -> str | None:
    """The network a membership sentence text[lo:hi] names (the one nearest its cue), else the one it
    refers back to ("foreningen", "organisationen", "Medlemskommunerne"): the network named last
    before it, or stated last by a membership sentence before it ("X Kommune har meldt sig ind i Y.
    … Z Kommune meldte sig ind i organisationen"), else the meeting's own body when it is a network;
    a sentence that names none and refers back to none continues the statement right before it ("Ærø
    Kommune har meldt sig ind i X. Også Kolding og Viborg kommuner har meldt sig ind.")."""
    if named:
        nearest = min(named, key=lambda n: (n.mention is not None and n.mention.kind != "network", abs(n.start - cue)))
        return network_id(ctx, nearest)
    unknown = unknown_network(text, lo, hi)
    if unknown is not None:
        return named_network(ctx, unknown)
    back = BACK_REFERENCE.search(text, lo, hi) or MEMBERS_WORD.search(text, lo, hi)
    own_body = OWN_BODY_SUBJECT.search(text, lo, hi) if back is None else None
    if own_body is not None and own_body.start() <= cue:
        # "Kommissionen består af A, B og C Kommuner": the body the document is about
        return ctx.body_id if body_is_network else heading_body(ctx, any_name=True)
    if back is None:
        return stated[-1][2] if stated and not text[stated[-1][1] : lo].strip() else None
    earlier = networks[: bisect_left(starts, lo)]
    if stated and (not earlier or stated[-1][0] > earlier[-1].start):
        return stated[-1][2]
    if earlier:
        return network_id(ctx, earlier[-1])
    return ctx.body_id if body_is_network else heading_body(ctx, any_name=True)


# a body's own word, no name: "Kommissionen består af …" is the body the document is about
BODY_WORD = re.compile(r"(?i:kommissionen|beredskabskommissionen|repræsentantskabet|rådet|forummet)")


# a sentence whose subject is the body the document is about: "Bestyrelsen består af …", "Kommissionen er
# sammensat af …"
OWN_BODY_SUBJECT = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?][ \t]))[ \t]*"
    r"(?:Bestyrelsen|Kommissionen|Beredskabskommissionen|Styregruppen|Repræsentantskabet|Udvalget|Rådet|"
    r"Netværket|Forummet)[ \t]+(?:består|bestod|er[ \t]+sammensat)[ \t]+af\b"
)


def unknown_network(text: str, lo: int, hi: int) -> str | None:
    """The name a statement gives its network when no list knows it; never a municipality, a region,
    a council or a back reference ("Netværket består af …")."""
    for pattern in (NAME_BEFORE_CUE, NAME_AFTER_CUE, NAME_OF_MEMBERS):
        match = pattern.search(text, lo, hi)
        if match is None:
            continue
        name = " ".join(match.group(1).split())
        name = _TRAILING_OG_OR_FOR.sub("", name)
        if (
            NOT_NETWORK_NAMES.match(name)
            or BACK_REFERENCE.fullmatch(name)
            or BODY_WORD.fullmatch(name)
            or municipality_named(name) is not None
        ):
            continue
        return name
    return None


def dissolved(ctx: Context, network: str) -> bool:
    """Whether the text says the network was dissolved or closed ("Siden opløsningen af Østsjællands
    Beredskab i 2020", "Østsjællands Beredskab blev opløst i 2020"): its members' memberships ended (README
    `memberships`: a membership that ended is none)."""
    name = next((e.name for e in ctx.facts.entities() if e.id == network), None)
    if not name or name.lower() not in ctx.text.lower():
        return False
    return _dissolution_of(name).search(ctx.text) is not None


@lru_cache(maxsize=256)
def _dissolution_of(name: str) -> re.Pattern[str]:
    """ "opløsningen af <name>", "<name> blev opløst" (the name's spaces any white space)."""
    named = re.escape(name).replace(r"\ ", r"\s+")
    return re.compile(
        rf"(?i:opløsning(?:en)?|nedlæggelse(?:n)?|lukning(?:en)?)\s+af\s+(?:det\s+|den\s+)?(?:[\wæøå-]+\s+)?{named}|"
        rf"{named}\s+(?:I/S\s+)?(?:blev|er|bliver)\s+(?:\w+\s+){{0,2}}?(?:opløst|nedlagt|lukket)\b"
    )
