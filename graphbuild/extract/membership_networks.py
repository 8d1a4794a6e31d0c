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

from graphbuild.extract.membership_abbreviations import other_name
from graphbuild.extract.membership_item_titles import title_network
from graphbuild.extract.membership_kind_named import kind_named_networks
from graphbuild.extract.membership_municipalities import MunicipalityRef
from graphbuild.extract.membership_network_forms import (
    BACK_REFERENCE,
    defined_networks,
    described_networks,
    may_be_network,
    named_networks,
    nominative,
)
from graphbuild.extract.membership_relation import Context, named_network
from graphbuild.extract.membership_unknown_networks import unknown_network
from graphbuild.extract.mentions import Mention
from graphbuild.models import Meeting
from graphbuild.vocab.bodies import BODY_NOUNS, NETWORK_NOUNS, RESCUE_SERVICE_NOUNS, noun_pattern
from graphbuild.vocab.gazetteer import lookup_alias
from graphbuild.vocab.near import CASE_BLIND_LOOKALIKES, plain_lowered

NETWORK_KINDS = frozenset({"network", "association"})
# the members named as the members of what the text is about: "Ejerkommunerne er …", "Deltagende
# kommuner: …", "Medlemmer: …" (a reference back, as "foreningen" is)
MEMBERS_WORD = re.compile(
    r"(?<![\w-])(?i:(?:medlems|deltager|ejer|interessent)kommuner(?:ne)?|deltagende\s+kommuner)(?![\w-])(?!\s+i\s)|"
    r"(?<![\w-])(?:Medlemmer|Deltagere|Ejere|Interessenter)[ \t]*:|\b(?i:(?:nye\s+)?medlemmer(?:ne)?)\s+er\b|"
    # a statute's clause of its members, the body its name clause named before: "Interessenter er A og B Kommune"
    r"(?<![\w-])(?:Interessenter|Deltagere|Ejere)(?:ne)?[ \t]+er\b"
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


# the last document's networks, shared by the membership readers that each ask for them (the entry holds the text and
# the mentions, so no other document's can take their identities while it is kept)
_last_networks: list[tuple[str, list[Mention], list[NetworkRef]]] = []


def networks_of(ctx: Context) -> list[NetworkRef]:
    """Every network the document names, by position: the known ones its mentions hold (and the known
    shared initiatives), then those named by their form or defined by the text where no known one stands.
    Read once per document (its text and its mentions, which no step changes) for every reader that asks; each
    gets a list of its own."""
    last = _last_networks[0] if _last_networks else None
    if last is not None and last[0] is ctx.text and last[1] is ctx.mentions:
        return list(last[2])
    found = _networks_in(ctx)
    _last_networks[:] = [(ctx.text, ctx.mentions, found)]
    return list(found)


def _networks_in(ctx: Context) -> list[NetworkRef]:
    """``networks_of``, read from the text."""
    found = [NetworkRef(m.start, m.end, m) for m in ctx.mentions if _network_or_shared_initiative(m)]
    taken = [(n.start, n.end) for n in found]
    kind_named = [nominative(ctx.text, *n) for n in kind_named_networks(ctx.text) if may_be_network(n[2])]
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
        found = ctx.add_mention(network.mention)
        other = other_name(ctx.text, network.mention.name)
        kind = ctx.facts.type_of(found)
        if other is not None and kind is not None:
            ctx.facts.entity(found, kind, network.mention.name, other)  # its abbreviation, or the name it stands for
        return found
    name = network.name or ""
    return named_network(ctx, name)


# a body's name as a page or minutes head it: a line of its own with a body's head word: a committee's, a council's
# (at a word's end), a forum's, a network's or a commission's, a collaboration's, a community's, an association's, a
# rescue service's, or a kind of body only this reader reads ("Kulturregion", "Nationalpark", "Business Region"); the
# other body and network nouns left out by name
_HEAD_BODY_NOUNS = noun_pattern(
    BODY_NOUNS,
    without=("bestyrelse", "repræsentantskab", "styregruppe", "nævn", "komite", "komité"),
    forms={"råd": r"råd(?:et)?\b"},
)
_HEAD_NETWORK_NOUNS = noun_pattern(
    (*NETWORK_NOUNS, *RESCUE_SERVICE_NOUNS), without=("selskab", "partnerskab", "netværk", "organisation")
)
BODY_HEADING = re.compile(r"(?m)^[ \t]*(?P<name>[A-ZÆØÅÖÄÜ][\wæøåÆØÅ&/-]*(?:[ \t]+[\wæøåÆØÅ&/-]+){0,5})[ \t]*$")
# a flattened page's heading (a PDF-to-text step put the page on one line after its number): the name that opens the
# line and opens it again at once, the heading run into the sentence whose subject it is ("1 Kredsrådet Kredsrådet er
# sammensat af …"), as a line of its own would head the page
FLAT_HEADING = re.compile(
    r"[ \t]*\d{1,3}[ \t]+(?P<name>[A-ZÆØÅÖÄÜ][\wæøåÆØÅ&/-]*(?:[ \t]+[\wæøåÆØÅ&/-]+){0,5}?)[ \t]+(?P=name)(?![\w&/-])"
)
HEADING_REACH = 400  # how far into the text a heading of the page may stand
# what goes on at the reach when a line is cut short there: anything but white space up to its line's end
_CUT_SHORT = re.compile(r"[ \t]*\S")


def _heading_lines(text: str) -> list[re.Match[str]]:
    """The document's first lines of their own that may name a body, the heading a flattened page runs into its
    first sentence first; never a line the reach cuts short (its words go on past it: "Baggrunden for udvidelsen …"
    cut to "Baggrunde" is a sentence's opening, no line of its own)."""
    flat = FLAT_HEADING.match(text)
    reach = min(len(text), HEADING_REACH)
    lines = [
        line
        for line in BODY_HEADING.finditer(text, 0, reach)
        if line.end() < reach or reach == len(text) or not _CUT_SHORT.match(text, reach)
    ]
    return [flat, *lines] if flat is not None else lines


BODY_HEAD_WORD = re.compile(
    rf"(?i){_HEAD_BODY_NOUNS}|{_HEAD_NETWORK_NOUNS}|kulturregion|nationalpark|business\s+region"
)


# a heading over a body's member list or owners: "Medlemmer af Sundhedskoordinationsudvalget", "Bestyrelsen
# for Trekantområdet Danmark", "Ejerforhold i Vestsjællands Brandvæsen" head the body they name
MEMBERS_OF = re.compile(
    r"^(?i:medlemmer|bestyrelsen|bestyrelse|repræsentantskabet|repræsentantskab|ejerforhold|ejerkredsen|ejere|"
    r"ejerkommuner|medlemskommuner|deltagerkommuner|vedtægter|vedtægterne|vedtægt|"
    # a statute's or an agreement's title over the body it is of: "Ejerstrategi for X", "Forretningsorden for X"
    r"ejeraftale|ejerstrategi|interessentskabskontrakt|forretningsorden|aktionæroverenskomst)"
    # (the linking word in any case, as a title in capitals prints it: "VEDTÆGTER FOR X I/S")
    r"[ \t]+(?i:af|i|for|til)[ \t]+(?=[A-ZÆØÅ])"
)
# a page's title about its subject: "Om Gate 21", "Om ARCs bestyrelse"
ABOUT = re.compile(r"^(?i:om)[ \t]+(?=[A-ZÆØÅ])")
# a body's board or owners named by the body's genitive: "ARCs bestyrelse", "Movias ejere"
GENITIVE_BOARD = re.compile(
    r"^(?P<name>[A-ZÆØÅ][\wæøåÆØÅ&-]*(?:[ \t]+[\wæøåÆØÅ&-]+){0,3}?)s[ \t]+"
    r"(?i:bestyrelse|repræsentantskab|medlemmer|medlemskommuner|ejere|ejerkommuner|ejerkreds)$"
)
SMALL_WORDS = frozenset({"og", "i", "for", "af", "på", "til", "ved"})


# a first line that names the document, not a body: "Referat", "Dagsorden", "Nyheder", a date
DOCUMENT_LINE = re.compile(
    r"(?i)\b(?:referat|dagsorden|protokol|beslutningsprotokol|indholdsfortegnelse|nyhed(?:er)?|forside|"
    r"menu|hovedmenu|side|print|udskriv|søg|kontakt|om\s+os|organisation|organisering|bestyrelse|gå\s+til|indhold|"
    r"cookies?|log\s+ind|genveje|tilgængelighed|english|luk|åben|"
    # a members' label over their list, never their body's name: "Medlemskommuner", "Ejerkommuner", "Interessenter"
    r"medlemmer|medlemskommuner|ejere|ejerkommuner|deltagere|deltagerkommuner|deltagende\s+kommuner|interessenter)\b|"
    r"\d{1,2}\.\s*[a-zæøå]+\s+\d{4}|\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\b(?:19|20)\d\d\b|"
    # a statute's or an agreement's title word alone on its line ("Vedtægter", "Ejeraftale": the document's, not its
    # body's name; "Vedtægter for X" is read by MEMBERS_OF), or a page's section label ("Ejerforhold", "Historie",
    # "Formål" head a section, name no body)
    r"^(?:vedtægt(?:er|erne)?|ejeraftale|ejerstrategi|interessentskabskontrakt|forretningsorden|"
    r"ejerforhold|ejerskab|ejerkreds(?:en)?|historie|historik|baggrund|formål|vision|mission|ledelse(?:n)?|"
    r"direktion(?:en)?|økonomi|fakta|profil)$"
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
    """Whether a page's heading line is a headline, not a name: two words or more in lower case that are no
    small words of a name ("I det fynske folks tjeneste", "Ny organisation skal styrke Fyn", "Geoparken samler
    området"), or no capital after the first word ("Etablering af geoparken"; not "Gate 21", "Kulturregion Midt- og
    Vestsjælland", "Det Fælleskommunale Huslejenævn for Roskilde og Lejre Kommuner")."""
    rest = line.split()[1:]
    lower = [w for w in rest if w[:1].islower() and w not in SMALL_WORDS]
    # no capital after the first word: a phrase, never a body's name ("Etablering af geoparken")
    if len(lower) >= 2 or (bool(lower) and all(w[:1].islower() for w in rest)):
        return True
    # a verb in the second place between names, a headline's clause: "Norfors overtager Holte Fjernvarme"
    return len(rest) >= 2 and rest[0] in lower and rest[1][:1].isupper()


def heading_body(ctx: Context, any_name: bool = False) -> str | None:
    """The body one of the document's first lines names, a line of its own with a body's head word or a
    board word ("Bestyrelsen for X", "Xs bestyrelse"); with ``any_name`` (a statement refers back to the
    members of what the page is about: "Medlemskommuner", "Kommunerne i samarbejdet er …"), else the
    page's first line whatever its words ("Gate 21")."""
    if any_name:
        # the first line that names no document part ("Gå til indhold", "Referat", a date)
        lines = [
            (name, line["name"], line.start(), line.end())
            for line in _heading_lines(ctx.text)
            if not DOCUMENT_LINE.search(name := _heading_name(line["name"])[0])
        ]
        for k, (name, whole, _, end) in enumerate(lines):
            if _own_committee(ctx.meeting, name):
                break  # a committee heading its own minutes: no network's page
            if k + 1 < len(lines) and _page_chrome(ctx.text, whole, end, lines[k + 1][2]):
                continue  # "Accepter", "Dansk": a button or a menu's word over the page's own heading
            if may_be_network(name) and not _headline(name):
                return named_network(ctx, name)
            break
    for heading in _heading_lines(ctx.text):
        name, named = _heading_name(heading["name"])
        if _own_committee(ctx.meeting, name):
            continue
        # a name under such a heading is a body's whatever its words ("Bestyrelsen for Trekantområdet Danmark"); a
        # headline with a body's head word in it names none ("Geoparken samler området")
        if (named or (BODY_HEAD_WORD.search(name) is not None and not _headline(name))) and may_be_network(name):
            if name.isupper():  # "KULTURREGION MIDT- OG VESTSJÆLLAND"
                name = " ".join(w.lower() if w.lower() in SMALL_WORDS else w.capitalize() for w in name.split())
            return named_network(ctx, name)
    return None


# a line of prose: it ends a sentence or opens a label ("Det oplyser sekretariatet.", "Medlemskommuner:")
PROSE_LINE = re.compile(r"[.!?:][ \t]*(?:\n|$)")


def _page_chrome(text: str, line: str, end: int, next_heading: int) -> bool:
    """Whether a one-word line right over the page's next heading line, with no prose between, is the page's
    chrome (a button, a menu or language choice: "Accepter", "Dansk"), not the name of the body the page is
    about: the page never names it again, as a body's own page names its body again."""
    if " " in line.strip() or PROSE_LINE.search(text, end, next_heading) is not None:
        return False
    return not _named_again(text, line.strip(), end)


def _named_again(text: str, word: str, start: int) -> bool:
    """Whether text from ``start`` holds ``word`` as a word of its own."""
    at = text.find(word, start)
    while at >= 0:
        before = text[at - 1] if at > 0 else " "
        after = text[at + len(word)] if at + len(word) < len(text) else " "
        if not (before.isalnum() or before == "-" or after.isalnum() or after == "-"):
            return True
        at = text.find(word, at + 1)
    return False


def _own_committee(meeting: Meeting, name: str) -> bool:
    """Whether a heading names the meeting's own body when that body is no network (a committee heading its
    minutes, "Klima- og Naturudvalget 2018-25"): never the body a list's municipalities are members of."""
    body = meeting.body
    if not body or body_is_network(meeting):
        return False
    return " ".join(name.split()).lower().startswith(" ".join(body.split()).lower())


def listed_with(text: str, network: NetworkRef, members: list[MunicipalityRef]) -> bool:
    """Whether the network is one more item of the members' list ("de tre kommuner; Roskilde, Lejre og
    Frederikssund, Danmarks Naturfredningsforening, …"): a fellow member, not what they are members of."""
    before = [m for m in members if m.end <= network.start]
    if before and CO_LISTED.fullmatch(text, before[-1].end, network.start) is not None:
        return True
    # or the item before the list, joined to it by "og": "et samarbejde mellem X og A og B Kommuner" (a party beside
    # them, not what they are members of)
    after = [m for m in members if m.start >= network.end]
    return bool(after) and LISTED_BEFORE.fullmatch(text, network.end, after[0].start) is not None


# what stands between a body named as an item before a list and the list's first municipality: "X og A og B"
LISTED_BEFORE = re.compile(r"[ \t]+(?:og|samt|&)[ \t]+")
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
        return ctx.body_id if body_is_network else _page_body(ctx)
    if back is None:
        return stated[-1][2] if stated and not text[stated[-1][1] : lo].strip() else None
    # a reference back reaches no further than its agenda item, or the document's heading over all items (a
    # network's minutes: "Bestyrelsen for X"): another item's network is another matter's
    scope = ctx.scope_at(lo)
    item_start = scope.start if scope is not None else 0
    earlier = networks[bisect_left(starts, item_start) : bisect_left(starts, lo)]
    if not earlier and scope is not None:
        titled = title_network(ctx, lo)  # "Status for FynBus" over the item's "Deltagende kommuner: …"
        if titled is not None:
            return titled
        earlier = networks[: bisect_left(starts, ctx.scopes[0].end)]
    stated = [s for s in stated if s[0] >= item_start]
    if stated and (not earlier or stated[-1][0] > earlier[-1].start):
        return stated[-1][2]
    if earlier:
        return network_id(ctx, earlier[-1])
    return ctx.body_id if body_is_network else _page_body(ctx)


def _page_body(ctx: Context) -> str | None:
    """The body a page is about, named by its first lines: only on a page that records no meeting of
    another body (a committee's minutes open with their items' titles, "Godkendelse af dagsorden"); in a
    board's minutes, the body its heading names the board of ("Bestyrelsen for FynBus")."""
    return heading_body(ctx, any_name=True) if ctx.meeting.body is None else _board_heading(ctx)


def _board_heading(ctx: Context) -> str | None:
    """The body one of the document's first lines names as the one whose board or members these are:
    "Bestyrelsen for X", "Xs bestyrelse" (a network's board heading its minutes)."""
    for heading in _heading_lines(ctx.text):
        name, named = _heading_name(heading["name"])
        if named and may_be_network(name) and not _own_committee(ctx.meeting, name):
            return named_network(ctx, name)
    return None


# a sentence whose subject is the body the document is about: "Bestyrelsen består af …", "Kommissionen er
# sammensat af …"; on a body's own page "Vi" ("Vi er et samarbejde mellem A, B og C Kommuner", "Vi ejes af …")
OWN_BODY_SUBJECT = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?][ \t]))[ \t]*"
    r"(?:(?:Bestyrelsen|Kommissionen|Beredskabskommissionen|Styregruppen|Repræsentantskabet|Udvalget|Rådet|"
    r"Netværket|Forummet)[ \t]+(?:består|bestod|er[ \t]+sammensat)[ \t]+af\b|"
    r"Vi[ \t]+(?:består[ \t]+af|ejes[ \t]+af|er[ \t]+(?:ejet[ \t]+af|et|en)[ \t]))"
)


def dissolved(ctx: Context, network: str) -> bool:
    """Whether the text says the network was dissolved or closed ("Siden opløsningen af Østsjællands
    Beredskab i 2020", "Østsjællands Beredskab blev opløst i 2020"): its members' memberships ended (README
    `memberships`: a membership that ended is none)."""
    name = ctx.facts.name_of(network)  # not ``entities()``: that builds every entity of the document
    if not name or not may_tell_of_dissolution(ctx.text, ctx.index.lower):
        return False
    if name.lower() not in plain_lowered(ctx.text):
        return False
    return _told_dissolved(ctx.text, name)


def _told_dissolved(text: str, name: str) -> bool:
    """``_dissolution_of(name).search(text) is not None``, the pattern matched only where one of its matches can
    start: at a noun of dissolution (its first form opens with one) or at the name's first word as written (its
    second). A pattern of two forms, one opening in any case, is otherwise tried at every position of the text, once
    per network the document names."""
    pattern = _dissolution_of(name)
    first_word = name.split(" ", 1)[0]
    if not first_word:
        return pattern.search(text) is not None
    starts = list(_dissolution_nouns(text))
    at = text.find(first_word)
    while at >= 0:
        starts.append(at)
        at = text.find(first_word, at + 1)
    return any(pattern.match(text, start) is not None for start in starts)


# a word every match of ``_dissolution_of`` holds: a text without any is spared the name's pattern; the nouns are
# read in any case (lower case here), the participles as written (the pattern reads them so: "Lukket punkt" is none)
_DISSOLUTION_NOUNS = ("opløs", "nedlæg", "lukn")
_DISSOLVED = ("opløst", "nedlagt", "lukket")


def may_tell_of_dissolution(text: str, low: str) -> bool:
    """Whether the text (``low``: its lower case, one character for one) holds a word of dissolution; the letters a
    case-blind pattern also reads as "s", "k" or "i" keep the pattern asked."""
    return (
        any(word in low for word in _DISSOLUTION_NOUNS)
        or any(word in text for word in _DISSOLVED)
        or any(ch in text for ch in CASE_BLIND_LOOKALIKES)
    )


# what ``_dissolution_of``'s first form opens with, as it reads it
_DISSOLUTION_NOUN = re.compile(r"(?i:opløsning|nedlæggelse|lukning)")


@lru_cache(maxsize=2)
def _dissolution_nouns(text: str) -> tuple[int, ...]:
    """Where ``_DISSOLUTION_NOUN`` matches in the text (no noun overlaps another), found once per document: asked for
    each network the document names, a pass over the whole text each time cost a long page (a web site's pages
    joined, ~1 MB) most of its extraction. Kept for the last two texts, the document's own asked again and again."""
    return tuple(noun.start() for noun in _DISSOLUTION_NOUN.finditer(text))


@lru_cache(maxsize=256)
def _dissolution_of(name: str) -> re.Pattern[str]:
    """ "opløsningen af <name>", "<name> blev opløst" (the name's spaces any white space)."""
    named = re.escape(name).replace(r"\ ", r"\s+")
    return re.compile(
        rf"(?i:opløsning(?:en)?|nedlæggelse(?:n)?|lukning(?:en)?)\s+af\s+(?:det\s+|den\s+)?(?:[\wæøå-]+\s+)?{named}|"
        rf"{named}\s+(?:I/S\s+)?(?:blev|er|bliver)\s+(?:\w+\s+){{0,2}}?(?:opløst|nedlagt|lukket)\b"
    )
