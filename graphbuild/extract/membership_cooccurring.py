"""The last, generic membership reader: one body and a list of two or more municipalities in one sentence, tied by
any word of membership, ownership, participation (being part of it: "indgår i") or setting up, in any order ("I X
deltager A, B og C", "A, B og C Kommuner er partnere i X", "A, B og C indgik i 2015 et samarbejde under X", "Fanø,
Læsø og Samsø, de er også medlem" of the X named in the sentence). The sentence rules of membership_prose read fixed
orders and the networks a list or a form knows; this reads co-occurrence, and takes as the body also a capitalised
name whose last word is a joint body's kind ("Vestegnens Uddannelsesvejledningscenter", "Landdistrikternes
Fællesråd", "Destination X"). Its guards carry it: the sentence names exactly one body that can be joined and is no
municipality's own; its municipalities stand together in one list that no place's or partner's word opens
("turismen i A og B", "et kompagniskab med A og B"); the sentence is no attendance or appointment ("Afbud",
"udpeges", "repræsentanter fra") and states no seat, denial, proposal or consideration (membership_not_stated);
a word of membership after a count is the body's own members ("X dækker A og B og har 120 medlemmer": none);
"indgå i" ties only before a body, never an agreement, a partner's cooperation or an application."""

from __future__ import annotations

import re
from bisect import bisect_left

from graphbuild.extract.membership_municipalities import MunicipalityRef, fellow_members, long_lists, municipality_refs
from graphbuild.extract.membership_network_forms import BACK_REFERENCE, may_be_network, nominative
from graphbuild.extract.membership_networks import (
    NetworkRef,
    body_is_network,
    dissolved,
    listed_with,
    network_id,
    network_of,
    networks_of,
)
from graphbuild.extract.membership_not_stated import (
    ACTIVITY_OBJECT,
    PLACE_BEFORE,
    RELATIVE_CLAUSE,
    asked_of,
    charged,
    excepted,
    joinable_bodies,
    marked_observer,
    only_considered,
    states_none,
)
from graphbuild.extract.membership_proposed import proposed_only
from graphbuild.extract.membership_prose import WINDOW, sentence_at
from graphbuild.extract.membership_prose_members import owner_of_subject
from graphbuild.extract.membership_relation import Context, named_network, relate, relate_fellows
from graphbuild.vocab.bodies import NETWORK_NOUNS, RESCUE_SERVICE_NOUNS, noun_pattern
from graphbuild.vocab.gazetteer import is_municipal_body
from graphbuild.vocab.near import Word, asked_of_whole_documents, finditer_around

# a word of membership, ownership, participation ("indgår i", never "indgå en aftale med": partners) or setting up,
# anywhere in the sentence
TIE = re.compile(
    r"\b(?:medlem(?:mer|merne|skab|skommuner(?:ne)?)?|deltage(?:r|nde|re|rkommuner(?:ne)?)?|deltog|"
    r"(?:med)?ejer(?:e|ne|kommuner(?:ne)?|kreds(?:en)?|skab)?|ejes|ejet|ejede|"
    r"best[åa]r|bestående|interessent(?:er|erne|kommuner)?|partner(?:e|ne)?|"
    r"stifte(?:t|de|s|ndes?)?|etablere(?:t|de|s)|oprette(?:t|de)|dannet|dannede|"
    r"(?:går|gik|gået)\s+sammen|står\s+bag|stod\s+bag|tilslut(?:tet|tede|ter)|"
    r"samarbejde(?:t)?\s+mellem|er\s+med\s+i|indg(?:år|ik|å)\s+i|fælleskommunal[te]?)\b",
    re.IGNORECASE,
)
# a word each match of TIE holds (lower case; "med" only where "med i" follows it, as in "er med i"), and how many
# runs of non-space characters a match reaches before the run the word stands in and after it: TIE is searched only
# there (near.finditer_around)
TIE_WORDS: tuple[Word, ...] = (
    "medlem",
    "deltage",
    "deltog",
    "eje",
    "bestå",
    "bestar",
    "interessent",
    "partner",
    "stifte",
    "etablere",
    "oprette",
    "danne",
    "sammen",
    "bag",
    "tilslut",
    "mellem",
    ("med", re.compile(r"med\s+i\b", re.IGNORECASE)),
    "fælleskommunal",
    ("indg", re.compile(r"indg(?:år|ik|å)\s+i\b", re.IGNORECASE)),
)
asked_of_whole_documents(TIE_WORDS)  # over the whole text: read from the document's one pass
TIE_RUNS = 2
# "indgå i" ties only when what the members become part of is a body: a name ("indgår i Gate 21", never a name's
# genitive before what it owns, "indgår i Xs regnskab"), a cooperation in the definite ("indgår i samarbejdet"), or a
# cooperation entered under a name ("indgik i 2015 et turismesamarbejde under X"); never one entered with a partner
# ("indgår i et samarbejde med X"), an agreement, an application or an activity
_PART_OF = re.compile(
    r"indg(?:år|ik|å)\s+(?:i\s+\d{4}\s+)?(?:"
    r"i\s+(?:(?-i:[A-ZÆØÅ])(?![\wæøå&-]*s\s+(?-i:[a-zæøå]))|"
    r"(?:det\s+|den\s+)?(?:[\wæøå-]+\s+)?[\wæøå-]*(?:samarbejdet|fællesskabet|netværket|partnerskabet)\b(?!\s+med\b))|"
    r"(?:et|en)\s+[\wæøå-]*(?:samarbejde|fællesskab|partnerskab)\s+(?:under|i)\s+(?-i:[A-ZÆØÅ]))",
    re.IGNORECASE,
)
_INDGAA = re.compile(r"indg", re.IGNORECASE)
# "gå sammen om" a joint task or document, no body set up: "A og B er gået sammen om en fælles ansøgning til X", "går
# sammen om et fælles udbud med X" (X is who it is sent to or made with); "gået sammen om at stifte X", "om et fælles
# beredskab" still tie
_JOINT_TASK = re.compile(
    r"[ \t]+om[ \t]+(?:en|et)[ \t]+(?:(?:fælles|ny|nyt)[ \t]+)?[\wæøå-]*(?:ansøgning|udbud|henvendelse|høringssvar|"
    r"kampagne|indkøb|aftale|analyse|undersøgelse|konference|arrangement|brev|kandidatur|bud)\b",
    re.IGNORECASE,
)
_SAMMEN = re.compile(r"(?:går|gik|gået)\s+sammen", re.IGNORECASE)


# a word of membership or participation whose holders are people: the ones who take part named right after it
# ("deltog borgmestrene i mødet", "deltager direktørerne fra A og B") or members from somewhere ("bestyrelsen har
# medlemmer fra kommunerne"; "medlemmer fra 1. januar", "fra 2023" is a date)
_PEOPLE_AFTER = re.compile(
    r"(?:(?<=deltog)|(?<=deltager))[ \t]+(?:(?:de|alle|både)[ \t]+)?(?:borgmest|direktør|politiker|medarbejder|"
    r"embedsm|formænd|formand|chef|leder|repræsentant|medlemmer)|"
    r"(?:(?<=medlem)|(?<=medlemmer))[ \t]+fra[ \t]+(?!\d|den[ \t]+\d|(?:januar|februar|marts|april|maj|juni|juli|"
    r"august|september|oktober|november|december|start|starten|begyndelsen|årsskiftet|nytår)\b)",
    re.IGNORECASE,
)


def _ties(text: str, tie: re.Match[str]) -> bool:
    """Whether a word of membership ties: every word but "indgå i", and that one only before a body
    (``_PART_OF``); "gå sammen" only when what it is about is no joint task (``_JOINT_TASK``); no word whose
    holders are people (``_PEOPLE_AFTER``)."""
    if _PEOPLE_AFTER.match(text, tie.end()) is not None:
        return False
    if _SAMMEN.match(tie.group()) is not None:
        return _JOINT_TASK.match(text, tie.end()) is None
    return _INDGAA.match(tie.group()) is None or _PART_OF.match(text, tie.start()) is not None


# a body no list knows, named by its kind as a capitalised name's last word ("Vestegnens
# Uddannelsesvejledningscenter", "Landdistrikternes Fællesråd", "Foreningen for EU-samarbejde") or its first
# ("Destination X", "Geopark X", "Kulturregion X", "Business Region X"); in the genitive ("Xforeningens medlemmer er
# …") the body ends at its kind's word and is named in the nominative
# (the kinds: a network's noun but "organisation", a rescue service's, a council's, never an area's "-område", a
# forum's, and the kinds only this reader reads at a name's end: an office, a centre, a park, a region)
_KIND_LAST = noun_pattern(
    (*NETWORK_NOUNS, *RESCUE_SERVICE_NOUNS, "råd", "forum", "kontor", "center", "centret", "park", "region"),
    without=("organisation",),
    forms={"råd": r"(?<!om)råd"},
)
_CAPITALISED = r"[A-ZÆØÅ][\wæøå&-]*"
_KIND_WORD = rf"[A-ZÆØÅ][\wæøå&-]*(?:{_KIND_LAST})(?:et|en)?"
KIND_NAMED_BODY = re.compile(
    rf"(?<![\w-])(?:{_CAPITALISED}[ \t]+){{0,3}}?"
    rf"(?:(?P<genitive>{_KIND_WORD})s(?![\wæøå-])|"
    rf"(?:{_KIND_WORD}(?![\wæøå-])|Destination|Geopark|Kulturregion|Business[ \t]+Region|Nationalpark|LAG)"
    r"(?:[ \t]+(?:(?:for|i|og)[ \t]+)?[A-ZÆØÅ][\wæøå&/-]*){0,3}(?:[ \t]+(?:I/S|A/S))?)"
)
MIN_MEMBERS = 2
# a reference back by a kind of body only this reader resolves, to a body whose name holds the kind ("geoparken")
KIND_REFERENCE = re.compile(r"(?<![\w-])(?i:geoparken)(?![\w-])")


def _one_list(text: str, refs: list[MunicipalityRef], lo: int, hi: int) -> list[MunicipalityRef]:
    """The municipalities of the sentence's one list of two or more, when the sentence holds no other and no place,
    affiliation or partner word opens it; else none."""
    long = long_lists(text, refs, hi, MIN_MEMBERS)
    if len(long) != 1:
        return []
    items = long[0]
    if PLACE_BEFORE.search(text, max(lo, items[0].start - 20), items[0].start) or owner_of_subject(text, items[0], hi):
        return []  # "turismen i A og B"; "A og B Kommuners borgmestre er medlemmer af X"
    if asked_of(text, lo, items[0].start, items[-1].end):
        return []  # "X har ansøgt A og B om tilskud til medlemskab": the ones asked
    if charged(text, lo, items[0].start):
        return []  # "Medlemskab af X koster A og B 50.000 kr.": a price, the ones charged
    if excepted(text, lo, items[0].start):
        return []  # "Alle kommuner undtagen A og B er medlemmer af X": the ones left out
    # the ones marked observers: "A, B og C (observatør) deltager i X"
    return [r for r in items if not marked_observer(text, r.end)]


# a line of prose (a lower-case word in it) that ends in a capitalised word, no heading's line ("Ejerforhold")
_LINE_BEFORE = re.compile(r"(?m)^[^\n]*\s[a-zæøå][^\n]*\s[A-ZÆØÅ][\wæøå&-]*[ \t]*\n[ \t]*$")


def _wrapped_tail(text: str, start: int) -> bool:
    """Whether a name starts a line right after a line of prose ending in a capitalised word: a wrapped line may
    have cut the name ("Bussernes selskab er Fynbus\nBusselskab"), so the words read are only its tail."""
    return _LINE_BEFORE.search(text, max(0, start - 200), start) is not None


# a capitalised preposition or adverb that opens the sentence before a body's name is no word of the name: "I
# Geopark Vestjylland deltager A, B og C" names Geopark Vestjylland
_LEADING_WORD = re.compile(
    r"(?:I|Med|Ved|For|Fra|Af|Til|Om|Hos|Under|Efter|Gennem|Via|Og|Men|Nu|Også|Derfor|Desuden|Både|Da|Når|Hvor)"
    r"[ \t]+(?=[A-ZÆØÅ])"
)


def _kind_named(text: str, lo: int, hi: int) -> list[NetworkRef]:
    """The body the sentence names first by its kind, when it is one that can be joined (no municipality, region,
    council or project; no municipality's own body)."""
    match = KIND_NAMED_BODY.search(text, lo, hi)
    if match is None:
        return []
    end = match.end("genitive") if match.group("genitive") else match.end()
    leading = _LEADING_WORD.match(text, match.start(), end)
    start = leading.end() if leading is not None else match.start()
    name = " ".join(text[start:end].split())
    if not match.group("genitive"):
        # a name that opens with its kind in the genitive before its members or owners: "Geopark Vestjyllands
        # medlemskommuner er …" is Geopark Vestjylland
        _, end, name = nominative(text, start, end, name)
    if not may_be_network(name) or is_municipal_body(name) or _wrapped_tail(text, start):
        return []
    return [NetworkRef(start, end, None, name)]


def _named_before(named: list[NetworkRef], before: list[NetworkRef]) -> list[NetworkRef]:
    """A body named by its kind that ends in the same word as a network named before it is that network, another
    spelling of it ("Landdistrikternes Fællesråd … Landdistrikterne Fællesråd")."""
    if not named or named[0].name is None:
        return named
    last = named[0].name.split()[-1].lower()
    for network in reversed(before):
        name = network.mention.name if network.mention is not None else network.name
        if name and name.split()[-1].lower() == last:
            return [NetworkRef(named[0].start, named[0].end, network.mention, network.name)]
    return named


def _the_network(
    text: str, named: list[NetworkRef], members: list[MunicipalityRef], tie_end: int, hi: int
) -> NetworkRef | None:
    """The sentence's one joinable body, not a body its members' list names ("A, B og Business Region X")."""
    bodies = [n for n in joinable_bodies(text, named, tie_end, hi) if not listed_with(text, n, members)]
    names = {(n.mention.name if n.mention is not None else n.name) for n in bodies}
    return bodies[0] if len(names) == 1 else None


def _referred_back(
    ctx: Context, networks: list[NetworkRef], starts: list[int], lo: int, hi: int, back: int
) -> str | None:
    """The body a sentence naming none refers back to ("foreningen", "samarbejdet"): the one its agenda item, the
    item's title or the page's heading names (membership_networks.network_of)."""
    kind = _kind_of(ctx.text, back)
    if len(kind) < MIN_KIND:
        return None
    own = ctx.body_id is not None and body_is_network(ctx.meeting)
    found = network_of(ctx, [], networks, starts, ctx.text, lo, hi, back, own, [])
    if found is not None and kind in (ctx.facts.name_of(found) or "").lower():
        return found
    return _kind_named_before(ctx, lo, kind)


def _kind_of(text: str, back: int) -> str:
    """The kind word of a reference back, without its definite ending: "geoparken" -> "geopark"."""
    word = _BACK_WORD.match(text, back)  # at ``back``, not in a copy of the text after it
    return _DEFINITE.sub("", word.group().lower(), count=1) if word else ""


_BACK_WORD = re.compile(r"[\wæøå]+")
MIN_KIND = 4  # a kind word shorter than this ("et", "ne") is no kind
# a back reference's definite ending: "geoparken" refers to a "Geopark …", "foreningen" to a "… Forening"
_DEFINITE = re.compile(r"(?:en|et|erne|ne)?s?$")


def _kind_named_before(ctx: Context, lo: int, kind: str) -> str | None:
    """The body named by its kind last before the sentence in its agenda item (or page), when its name holds the
    back reference's kind word ("Geopark Det Sydfynske Øhav" … "etableringen af geoparken")."""
    text = ctx.text
    scope = ctx.scope_at(lo)
    last: str | None = None
    for match in KIND_NAMED_BODY.finditer(text, scope.start if scope is not None else 0, lo):
        end = match.end("genitive") if match.group("genitive") else match.end()
        name = " ".join(text[match.start() : end].split())
        if kind in name.lower() and may_be_network(name) and not is_municipal_body(name):
            last = name
    return named_network(ctx, last) if last is not None else None


_WORD = re.compile(r"[\wæøå]")
# a relative clause whose subject refers back to the list's municipalities: "…, som de ejer i fællesskab"
_MEMBERS_SUBJECT = re.compile(r"(?:de|kommunerne|begge|alle)\b", re.IGNORECASE)


def _said_of_another(text: str, members: list[MunicipalityRef], lo: int, hi: int) -> bool:
    """Whether every word of membership in the sentence stands in a relative clause about something named after the
    list, not about its municipalities: "A og B støtter X, der har 300 medlemmer", "A og B yder tilskud til X, som
    ejes af lodsejerne" (a clause right after the list, "A og B, som er medlemmer af X", or one whose subject refers
    back to them, "X, som de ejer i fællesskab", is the members')."""
    end = members[-1].end
    clause = RELATIVE_CLAUSE.search(text, end, hi)
    if clause is None or not _WORD.search(text, end, clause.start()) or _MEMBERS_SUBJECT.match(text, clause.end()):
        return False
    return all(t.start() > clause.start() for t in TIE.finditer(text, lo, hi))


# a count before a word of membership: the body's own members counted ("X har 120 medlemmer", "har mange
# medlemmer"; never "2 af de 12 medlemmer", where the list is counted among them)
# a count in words too: the municipalities' own seats ("A og B har hver to medlemmer i X", "stiller med et medlem
# hver i X": people on its board, README `memberships`: a representative on a body is no row)
_COUNTED = re.compile(
    r"(?<!\bde[ \t])\b(?:\d[\d.]*|et|en|to|tre|fire|fem|seks|syv|otte|ni|ti|mange)[ \t]+$", re.IGNORECASE
)
# the words of membership a count can stand before: the holders' nouns ("et fælleskommunalt selskab", "Ved et
# medlemskab" is an article)
_COUNTED_NOUN = re.compile(
    r"(?:medlem(?:mer)?|deltagere?|ejere?|interessent(?:er)?|partnere?)(?![\wæøå])", re.IGNORECASE
)
# what may stand between a counted word of membership and the list it names: "har 120 medlemmer, herunder A og B",
# "har to medlemmer: A og B", "X's 12 medlemskommuner er A, B, …"
_COUNTED_LIST = re.compile(
    r"[ \t]*(?:[:,(–-]|er[ \t]|var[ \t])?[ \t]*"
    r"(?:(?:herunder|bl\.[ \t]*a\.|blandt[ \t]+andre|nemlig|heraf|f\.eks\.|fx)[ \t]*[:,]?[ \t]*)?"
    r"(?:kommunerne[ \t]+)?",
    re.IGNORECASE,
)


def _counted_only(text: str, members: list[MunicipalityRef], lo: int, hi: int) -> bool:
    """Whether every word of membership in the sentence counts the body's own members and the list does not follow
    it as the ones counted: "X dækker A og B Kommuner og har 120 medlemmer" (the list is what the body covers), but
    "X har 120 medlemmer, herunder A og B" names them."""
    first = members[0].start
    for tie in TIE.finditer(text, lo, hi):
        if not _ties(text, tie):
            continue
        if (
            not _COUNTED_NOUN.match(tie.group())
            or _COUNTED.search(text, max(lo, tie.start() - 12), tie.start()) is None
        ):
            return False
        if tie.end() <= first and _COUNTED_LIST.fullmatch(text, tie.end(), first):
            return False
    return True


_WITH = re.compile(r"\bsammen\s+med\s+$", re.IGNORECASE)
_WITH_REACH = 20  # how far before a name "sammen med" (or a preposition) is looked for
# a preposition before the body: it is no subject ("I X deltager A sammen med B og C")
_PREPOSITION_BEFORE = re.compile(r"\b(?:i|af|for|hos|til|ved|med|under|bag)\s+$", re.IGNORECASE)


def _partners(text: str, network: NetworkRef, members: list[MunicipalityRef], lo: int, tie: int) -> bool:
    """Whether the body and the municipalities act together rather than one joining the other: the body named right
    after "sammen med" ("A og B har sammen med X etableret en sti"), or the body the subject of the word of
    membership and the list named after "sammen med" ("X deltager sammen med A og B i projektet"; "I X deltager A
    sammen med B og C" names X's members)."""
    if _WITH.search(text, max(lo, network.start - _WITH_REACH), network.start):
        return True
    first = members[0].start
    subject = (
        network.end <= tie
        and not text[network.end : tie].strip()
        and _PREPOSITION_BEFORE.search(text, max(lo, network.start - _WITH_REACH), network.start) is None
    )
    return subject and _WITH.search(text, max(lo, first - _WITH_REACH), first) is not None


def add_cooccurring(ctx: Context) -> None:
    """MEMBER_OF for every sentence that names one body and a list of municipalities tied by a membership word,
    where no other rule has read them."""
    text = ctx.text
    networks = networks_of(ctx)
    starts = [n.start for n in networks]
    done: set[tuple[int, int]] = set()
    refs = municipality_refs(text)
    for tie in finditer_around(TIE, text, TIE_WORDS, TIE_RUNS):
        # its sentence lies within WINDOW characters of it (``sentence_at``): with no municipality there it names
        # none, and is not looked for
        if not refs.between(max(0, tie.start() - WINDOW), tie.end() + WINDOW) or not _ties(text, tie):
            continue
        lo, hi = sentence_at(text, tie.start(), tie.end(), 0, len(text))
        if (lo, hi) in done:
            continue
        done.add((lo, hi))
        # no municipality named in the sentence, no list (``_one_list`` of none is none): asked first, from the
        # document's one reading of its municipalities, before the sentence-wide patterns of what states none
        in_sentence = refs.between(lo, hi)
        if not in_sentence or states_none(text, lo, hi):
            continue
        if any(ACTIVITY_OBJECT.match(text, t.end(), hi) for t in TIE.finditer(text, lo, hi)):
            continue  # "deltager i arbejdet i X": an activity, no body joined
        named = networks[bisect_left(starts, lo) : bisect_left(starts, hi)] or _named_before(
            _kind_named(text, lo, hi), networks[: bisect_left(starts, lo)]
        )
        back = (BACK_REFERENCE.search(text, lo, hi) or KIND_REFERENCE.search(text, lo, hi)) if not named else None
        if not named and back is None:
            continue
        spans = [(n.start, n.end) for n in named]
        members = _one_list(text, [r for r in in_sentence if not any(a <= r.start < b for a, b in spans)], lo, hi)
        if not members or _said_of_another(text, members, lo, hi) or _counted_only(text, members, lo, hi):
            continue
        first_listed = members[0].start
        if back is not None:
            referred = _referred_back(ctx, networks, starts, lo, hi, back.start())
            first = min(tie.start(), first_listed)
            if referred is None or only_considered(text, first, [NetworkRef(back.start(), back.end(), None)]):
                continue
            found = referred
        else:
            network = _the_network(text, named, members, tie.end(), hi)
            if (
                network is None
                or only_considered(text, min(tie.start(), first_listed), [network])
                or _partners(text, network, members, lo, tie.start())
            ):
                continue
            found = network_id(ctx, network)
        if dissolved(ctx, found) or proposed_only(ctx, lo, hi):
            continue
        relate(ctx, members, found)
        relate_fellows(ctx, fellow_members(text, members), found)
