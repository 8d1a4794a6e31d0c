"""Memberships stated in a sentence of prose, found and built here:

- a list after the statement: "Medlemskommunerne i KD-Net er Favrskov, …, Viborg og Aarhus Kommune",
  "X er et fælleskommunalt affaldsselskab, der ejes af A, B og C", "X er et tværkommunalt samarbejde mellem",
  "De ni kommuner i foreningen er A, B, …", "Netværket består af kommunerne A, B og C",
  "Foreningen blev stiftet af A, B og C", "… medlem af DSD sammen med Ballerup, Brøndby, …",
  "organiseret på tværs af 12 kommuner Hedensted, Horsens, …" (a bare count is believed only when the
  list that follows has that many municipalities), "ledet af de syv borgmestre i Kolding, Vejle, …";
- the subject before it: "Albertslund Kommune er medlem af DSD", "Struer Kommune er med i DASSOS",
  "A, B og C er gået sammen om at stifte X", "A og B har allerede i 2007 stiftet et § 60-fællesskab: X",
  "borgerne i A, B og C Kommuner har haft ét fælles beredskab … X", "… med A, B og C kommuner som ejere",
  "A, B og C Kommuner står bag X", "… ejer i fællesskab X", "… indgår i (samarbejdet) X";
- joining: "X er (blevet) (nyt) medlem af", "at blive medlem i", "er blevet en del af", "melde sig ind (i)",
  "melde X Kommune ind i", "indtræder pr. 1. januar 2016 i"; the subject after the verb ("Nu er X Kommune
  også medlem af"); a council for its municipality ("Byrådet i X har besluttet at melde sig ind i");
- a list under a label or after "Med i": "Medlemmer: A, B", "Nye medlemmer er A og B", "Med i netværket er A, B";
- setting it up: "Byrådene i A, B og C kommuner har … godkendt dannelsen af X" (the councils' decision).

The network is the one the sentence names (membership_networks); a sentence that names none continues
the statement right before it ("… har meldt sig ind i X. Også A, B og C kommuner har meldt sig ind.").
A municipality named as someone's affiliation ("direktør i Struer Kommune", "fra Vejle Kommune") is no
member, nor are people's seats ("Borgmestrene i A og B er medlemmer af bestyrelsen"); a sentence that
denies or ends a membership gives none. The network is the cue's own object when one stands right after it
("A har bedt X om bistand, og B er medlem af Y": Y, and only B, the subject of the cue's clause); a cue whose
object is an activity or a thing a body owns joins no body ("deltager i et møde i X", "er med i X'
arbejdsgruppe"); "…, mens B er medlem af Y" is a statement of its own."""

from __future__ import annotations

import re
from bisect import bisect_left

from graphbuild.extract.adoption_forms import HEDGE
from graphbuild.extract.membership_cues import (
    COUNT_CUE,
    CUE_REACH,
    CUE_WORDS,
    CUES,
    MORE_CUE_WORDS,
    MORE_CUES,
    NUMBERS,
    OWNED,
)
from graphbuild.extract.membership_implied import has_no_object, implied_network
from graphbuild.extract.membership_municipalities import (
    AFFILIATION_BEFORE,
    MunicipalityRef,
    MunicipalityRefs,
    before_fellows,
    fellow_members,
    list_at,
    vertical_list_after,
)
from graphbuild.extract.membership_naming import named_later
from graphbuild.extract.membership_networks import (
    NetworkRef,
    body_is_network,
    dissolved,
    heading_body,
    listed_with,
    network_id,
    network_of,
    networks_of,
    unknown_network,
)
from graphbuild.extract.membership_relation import Context, named_network, relate, relate_fellows
from graphbuild.vocab.near import finditer_near, lowered

# where a list may begin: right after one of these (and white space or a colon); never after "repræsentanter
# for": a board's composition by the parties that fill its seats states no membership (README `memberships`)
LIST_OPENER = re.compile(
    r"(?:\ber|\ber\s+(?:desuden|også|endvidere|tillige)|:|\(|\bsammen\s+med|\b(?:består|bestod|bestående)\s+af|\baf|\bkommunerne|\b(?:medlems|deltager|ejer|interessent)?kommuner|\bmellem|\bherunder|\bnemlig|"
    r"\bomfatter|\bdækker|\bborgmestre(?:ne)?\s+(?:i|fra)|\bmellem\s+[\wæøå]+\s+i|"
    r"\bfælles\b[^.\n]{0,40}?\s(?:for|mellem)|\b(?:fælles|tvær)kommunal[te]?\s+[\wæøå-]+\s+(?:for|mellem)|"
    r"\bblandt\s+andre|\bbl\.\s*a\.|\bsom\s+er|;)\s*[:,]?\s*$",
    re.IGNORECASE,
)
# a clause of its own after the statement: "X er medlem af KL og har sammen med A og B søgt om midler" (the
# others act with X in the new clause, they are not KL's members by it)
NEW_CLAUSE = re.compile(r"\b(?:og|men|samt)\s+(?:har|havde|vil|skal|kan|kunne|blev|er)\b", re.IGNORECASE)
# a person's municipality in brackets after the name: "Ole Hansen (Greve Kommune)" (not "ejerkommuner (A, B)")
AFFILIATION_BRACKET = re.compile(r"(?<![\w-])(?-i:[A-ZÆØÅ][\wæøå-]+)(?<![Kk]ommuner)[ \t]*\([ \t]*$")
# a member's seat in a board is a person's role, not a municipality's membership
SEAT = re.compile(
    r"\bmedlem(?:mer)?\s+(?:af|i)\s+(?:\w+\s+)?"
    r"(?:bestyrelsen|styrelsen|udvalget|repræsentantskabet|styregruppen|arbejdsgruppen|præsidiet)\b",
    re.IGNORECASE,
)
PERSONAL = re.compile(rf"\bsom\s+(?:\w+\s+)?medlem|{SEAT.pattern}", re.IGNORECASE)
# an ended membership: "tidligere medlem", "meldt sig ud", "har været medlem af X indtil 2019"
DENIED = re.compile(
    r"\bikke\b|\budtræd|\budtrådt|\budmeld|\bophør|\bforlad|\bopsig|\bkunne\s+blive\b|"
    r"\btidligere\s+(?:været\s+)?(?:medlem|ejer|medejer|deltager|interessent)|\bmeldt(?:e)?\s+sig\s+ud\b|"
    r"\bindtil\s+(?:\d|udgangen|den\s+\d|nedlæggelsen|opløsningen)",
    re.IGNORECASE,
)
COUNCIL_OF = re.compile(
    r"(?<![\w-])(?:Byrådet|Byrådene|Kommunalbestyrelsen|Kommunalbestyrelserne|Borgerrepræsentationen)[ \t]+i[ \t]+$"
)
# a statement's end: a sentence's, a blank line, a bullet, or a contrasting clause ("A er medlem af X, mens B er
# medlem af Y": two statements; not ";", which also joins a list's items)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ\d•])|\n[ \t]*\n|\n[ \t]*[•·▪*–-][ \t]|,[ \t]+(?=mens[ \t])")
WINDOW = 800


# the object of a subject cue that is an activity, not a body: "deltager i et møde i X", "er med i arbejdet i
# X", "deltager i projektet, som X står bag", "deltager i konferencen", "er med i dialogen med X"
ACTIVITY_OBJECT = re.compile(
    r"\s+(?:(?:af|i)\s+)?(?:(?:et|en|det|den|de|nogle|flere|alle)\s+)?(?:[\wæøå-]+\s+)?"
    r"(?:[\wæøå]*(?:møde|konference|seminar|workshop|arrangement|kursus|forløb|høring|dialog|debat|drøftelse|"
    r"undersøgelse|analyse|indsats|aktivitet|arbejdsgruppe|styregruppe|følgegruppe|projekt)(?:t|et|en|n|r|rne|er|erne|ne)?|"
    r"arbejdet|arbejde)\b",
    re.IGNORECASE,
)
# the bodies named after "i (tæt) samarbejde med": the members' partners ("… i tæt samarbejde med Foreningen Y")
PARTNERS = re.compile(r"\bi\s+(?:[\wæøå]+\s+)?samarbejde\s+med\b", re.IGNORECASE)
# a body named as the owner of a thing right after it: "X' arbejdsgruppe", "X's netværk", "Gate 21s projekt" (its
# members, owners or municipalities are the body's own: "X' medlemskommuner er A og B")
GENITIVE_OWNER = re.compile(
    r"(?:['’]s?|s)[ \t]+(?!(?:medlem|ejer|deltager|interessent|kommune|stifte))(?-i:[a-zæøå])", re.IGNORECASE
)


# a name as the owner of the cue's object: "Business Region Aarhus' arbejdsgruppe", "Gate 21's netværk", "Gate
# 21s projekt" (a genitive "s" only after a digit: "Aarhus" ends in s)
OWNED_OBJECT = re.compile(
    r"\s+(?:(?:af|i)\s+)?(?:(?:det|den|de)\s+)?(?:(?-i:[A-ZÆØÅ0-9])[\wæøå&.-]*[ \t]+){0,4}?"
    r"(?-i:[A-ZÆØÅ0-9])[\wæøå&.-]*?"
    r"(?:['’]s?|(?<=\d)s)[ \t]+(?!(?:medlem|ejer|deltager|interessent|kommune|stifte))(?-i:[a-zæøå])",
    re.IGNORECASE,
)


def _not_a_body(text: str, cue_end: int, hi: int) -> bool:
    """Whether a subject cue's object is an activity or a thing a named body owns, not a body to be in."""
    return bool(ACTIVITY_OBJECT.match(text, cue_end, hi) or OWNED_OBJECT.match(text, cue_end, hi))


def sentence_at(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """The sentence around text[start:end], across wrapped lines (a PDF's), within [lo, hi)."""
    left = max(lo, start - WINDOW)
    for match in SENTENCE_END.finditer(text, left, start):
        left = match.end()
    stop = SENTENCE_END.search(text, end, min(hi, end + WINDOW))
    return left, stop.start() if stop else min(hi, end + WINDOW)


def _members(
    refs: MunicipalityRefs, lo: int, hi: int, cue_start: int, subject: bool, names: list[NetworkRef]
) -> list[MunicipalityRef]:
    """The municipalities a membership sentence names as members: its subject (before the cue) and
    the lists that begin right after an opener at or after the cue."""
    text = refs.text
    inside = [(n.start, n.end) for n in names]
    out: list[MunicipalityRef] = []
    if subject:
        group: list[MunicipalityRef] = []  # a list after a preposition: all in or all out
        taken = True
        for ref in refs.between(lo, cue_start):
            if OTHER_CLAUSE.search(text, ref.end, cue_start):
                continue  # the subject of a clause before the cue's
            if ref in group:
                if taken:
                    out.append(ref)
            elif not AFFILIATION_BEFORE.search(text[max(lo, ref.start - 12) : ref.start]):
                group, taken = [], True
                out.append(ref)
            else:
                # "borgerne i Esbjerg, Fanø og Varde Kommuner har haft ét fælles beredskab": a group;
                # "Borgmestrene i Esbjerg og Varde Kommuner", "Ole Hansen fra Esbjerg": affiliations
                group = _plural_list(text, ref.start, cue_start) or list_at(text, ref.start, cue_start)
                taken = len(group) >= 2 and _plural_list(text, ref.start, cue_start) == group
                # "Kommunalbestyrelsen i Billund Kommune har besluttet, at kommunen skal være medlem af X":
                # a council speaks for its municipality
                taken = taken or COUNCIL_OF.search(text, max(lo, ref.start - 40), ref.start) is not None
                if taken:
                    out.append(ref)
    pos = cue_start
    for ref in refs.between(cue_start, hi):
        if ref.start < pos:
            continue
        opens = before_fellows(text, cue_start, ref.start)  # "er: Region Hovedstaden, Region Skåne, A, B og C"
        opener = LIST_OPENER.search(text[max(cue_start, opens - 40) : opens])
        if opener is None or (
            opener.group(0).lower().startswith("sammen") and NEW_CLAUSE.search(text, cue_start, opens)
        ):
            continue
        if AFFILIATION_BRACKET.search(text, max(cue_start, opens - 40), opens):
            continue  # "Medlemmer: Ole Hansen (Greve Kommune), …": a person's seat, not a membership
        items = list_at(text, ref.start, hi)
        out += items
        pos = items[-1].end if items else ref.end
    return [r for r in out if not any(a <= r.start < b for a, b in inside)]


# a membership or a share in the genitive: its owners are the municipalities in the genitive right before it
# ("Lejre Kommunes medlemskab af X", "Lejre og Roskilde Kommuners ejerskab af X", "Lejres medlemskab af X"), not
# any of the sentence ("deltagelse i Folkemødet på Bornholm og LAG Småøernes medlemskab af X": none)
GENITIVE_CUE = re.compile(r"(?:medlemskab|ejerandel|ejerskab)\s", re.IGNORECASE)
GENITIVE_END = re.compile(r"(?:[ \t]+[Kk]ommuner?)?(?:s|['’])?[ \t]+")
LIST_JOIN = re.compile(r"[ \t]*(?:,|og|samt)[ \t]*|[ \t]*,[ \t]*(?:og|samt)[ \t]+")


def _genitive_owners(text: str, members: list[MunicipalityRef], cue: int) -> list[MunicipalityRef]:
    """The members that end at a genitive cue, with the list they end."""
    owners = [m for m in members if m.end <= cue and GENITIVE_END.fullmatch(text, m.end, cue)]
    if not owners:
        return []
    out = [owners[-1]]
    for m in reversed([m for m in members if m.end <= out[0].start]):
        if not LIST_JOIN.fullmatch(text, m.end, out[0].start):
            break
        out.insert(0, m)
    return out


# what may stand between a subject cue and the network it names: a preposition, an article, a kind word
_OBJECT_GAP = re.compile(r"[ \t]*(?:(?:af|i|til|det|den|de|et|en|nye|fælles|[a-zæøå]+(?:et|en))[ \t]+){0,3}")


def _right_after(text: str, cue_end: int, start: int) -> bool:
    """Whether a network starting at ``start`` is the object of the cue ending at ``cue_end``."""
    return start >= cue_end and _OBJECT_GAP.fullmatch(text, cue_end, start) is not None


# a clause of its own before the cue: "A har bedt X om bistand, og B er medlem af Y" (A acts in another clause)
OTHER_CLAUSE = re.compile(
    r"\b(?:har|havde|er|var|blev|skal|vil|kan)\b[^;]*?(?:,[ \t]*(?:og|men|mens)|;)[ \t]+", re.IGNORECASE
)


def _personal(text: str, start: int, end: int, hi: int) -> bool:
    """Whether the cue at text[start:end] states a person's seat: it begins as one ("som medlem af X")
    or holds one ("er medlemmer af bestyrelsen for X"); "indtræder som medlem af X" is a municipality's."""
    if PERSONAL.match(text, start, hi):
        return True
    match = SEAT.search(text, start, hi)
    return match is not None and match.start() <= end


# people named by their post before a list: "Borgmestrene i A, B og C Kommuner" (their seats are theirs)
PEOPLE_OF = re.compile(
    r"(?i:borgmest|direktør|formand|formænd|næstformand|medlem|repræsentant|politiker|chef|rådmand|rådmænd|"
    r"byrådsmedlem|leder)[\wæøå]*[ \t]+\S+[ \t]*$"
)


_KOMMUNER_AT_END = re.compile(r"[Kk]ommuner$")


def _plural_list(text: str, pos: int, hi: int) -> list[MunicipalityRef]:
    """The list at pos when it names two municipalities or more as "… Kommuner" (a group, not one
    person's affiliation: "borgerne i A, B og C Kommuner"), else []; never after people named by their
    post ("Borgmestrene i A, B og C Kommuner")."""
    if PEOPLE_OF.search(text, max(0, pos - 40), pos):
        return []
    items = list_at(text, pos, hi)
    if len(items) < 2 or not _KOMMUNER_AT_END.search(text[items[-1].start : items[-1].end]):
        return []
    return items


def count_cues(text: str, lo: int, hi: int) -> list[re.Match[str]]:
    """COUNT_CUE's matches in text[lo:hi], read only where "kommuner" is: KOMMUNER's matches, found by
    ``str.find`` in the document's lower-cased text (made once per document) and a word's end after."""
    out = []
    find = lowered(text).find
    at = find("kommuner", lo, hi)
    while at >= 0:
        end = at + len("kommuner")
        if end == hi or not (text[end].isalnum() or text[end] == "_"):  # KOMMUNER's \b
            match = COUNT_CUE.search(text, max(lo, at - 40), end)
            if match is not None and match.end() == end:
                out.append(match)
        at = find("kommuner", end, hi)
    return out


_TRAILING_COLON = re.compile(r"[;:]\s*$")
_SENTENCE_STOP = re.compile(r"[.;!?]")


def _count_lists(refs: MunicipalityRefs, lo: int, hi: int) -> list[tuple[int, list[MunicipalityRef]]]:
    """(cue start, list) for "N kommuner … A, B, …" where the list has N municipalities."""
    text = refs.text
    out = []
    for count in count_cues(text, lo, hi):
        raw = count.group(1).lower()
        wanted = int(raw) if raw.isdigit() else NUMBERS[raw]
        for ref in refs.between(count.end(), min(hi, count.end() + 80)):
            # a colon or semicolon may open the list: "de tre kommuner; Roskilde, Lejre og Frederikssund"
            gap = _TRAILING_COLON.sub("", text[count.end() : ref.start])
            if _SENTENCE_STOP.search(gap) or not LIST_OPENER.search(text[count.start() : ref.start]):
                continue
            items = list_at(text, ref.start, hi)
            if len(items) == wanted:
                out.append((count.start(), items))
            break
    return out


COUNTED_NETWORK_BEFORE = 300  # how far before "De syv kommuner er A, B, …" the network it counts may be named


def _counted_network(ctx: Context, networks: list[NetworkRef], starts: list[int], lo: int) -> str | None:
    """The network a counted list names no network for ("… døbt: 'Nordsjællands digitaliseringssamarbejde'.
    De syv kommuner er A, B, …", "… så det i dag tæller de 7 kommuner: A, B, …"): the network named just
    before it, else the subject of a page of no one municipality and no council (its first line)."""
    before = networks[: bisect_left(starts, lo)]
    if before and before[-1].end >= lo - COUNTED_NETWORK_BEFORE:
        return network_id(ctx, before[-1])
    if ctx.meeting.municipality is None and (ctx.meeting.body is None or body_is_network(ctx.meeting)):
        return heading_body(ctx, any_name=True)
    return None


# a new body of a kind as the object of the cue, its name given in the next sentence: "A, B og C kommuner er gået
# sammen i et nyt destinationsselskab, der skal … . Med … bliver Destination NordVestkysten et af landets største
# …", "har stiftet et fælles selskab. Selskabet hedder X", "er gået sammen om at danne en ny forening. X får …"
NEW_BODY = re.compile(
    r"\s+(?:om\s+at\s+(?:stifte|etablere|danne|oprette)\s+)?(?:et|en)\s+(?:(?:nyt?|fælles|tvær[\wæøå]*|"
    r"fælleskommunal[te]?)\s+){1,2}[\wæøå-]*(?:selskab|samarbejde|fællesskab|forening|netværk|partnerskab|"
    r"beredskab|brandvæsen|organisation)\b",
    re.IGNORECASE,
)
NEXT_SENTENCE_REACH = 400
SPACE = re.compile(r"\s*")


def _named_next(
    ctx: Context, networks: list[NetworkRef], starts: list[int], cue_ends: list[int], hi: int
) -> str | None:
    """The network the sentence after a statement names first, when the statement's cue joins a new body of a
    kind it does not name ("er gået sammen i et nyt destinationsselskab")."""
    text = ctx.text
    if not any(NEW_BODY.match(text, e) for e in cue_ends):
        return None
    nxt = SPACE.match(text, hi).end()  # type: ignore[union-attr]
    _, end = sentence_at(text, nxt, nxt, nxt, min(len(text), nxt + NEXT_SENTENCE_REACH))
    following = networks[bisect_left(starts, hi) : bisect_left(starts, end)]
    return network_id(ctx, following[0]) if following else None


# a membership not (yet) decided, before the statement's first cue: "ansøger om at blive medlem af X", "overvejer
# at melde sig ind i X", "Forvaltningen foreslår, at A melder sig ind i X" (a recorded decision is a row)
UNDECIDED = re.compile(
    r"\b(?:ansøg(?:er|te|t)?\s+om|søg(?:er|te|t)\s+om|overvej\w*|undersøg\w*|foreslå\w*|anbefal\w*|"
    r"mulighed(?:en)?\s+for|hvorvidt)\b",
    re.IGNORECASE,
)
# a network only considered or looked into between the statement's cue and its name: "Borgmestrene fra A, B og C
# drøftede mulighederne for et strategisk samarbejde om … X", "undersøger muligheden for at blive en del af X",
# "overvejer at etablere X" (README `memberships`: investigated with no decision is no row)
CONSIDERED = re.compile(
    r"\bmulighed(?:en|erne)?\s+for\b|\bundersøg(?:e|er|te|t|es|elsen?)\b|\bovervej(?:e|er|ede|et|es|elser?)\b",
    re.IGNORECASE,
)


def _only_considered(text: str, first: int, named: list[NetworkRef]) -> bool:
    """Whether the network the statement names after its first cue stands after a word of considering it."""
    after = [n.start for n in named if n.start > first]
    return bool(after) and CONSIDERED.search(text, first, min(after)) is not None


# a relative clause after the statement's last cue: a denial in it is about the members, not the membership
# ("Medlem er desuden Frederikshavn Kommune, der ikke har opland til Limfjorden")
RELATIVE_CLAUSE = re.compile(r",[ \t]+(?:der|som)[ \t]")


def _denied(text: str, lo: int, hi: int, last_cue_end: int) -> bool:
    """Whether the sentence text[lo:hi] denies or ends the membership: a denial before its relative clause."""
    relative = RELATIVE_CLAUSE.search(text, last_cue_end, hi)
    return DENIED.search(text, lo, relative.start() if relative else hi) is not None


def _joinable(text: str, named: list[NetworkRef], cue_end: int, hi: int) -> list[NetworkRef]:
    """The bodies named in a statement that can be what its members joined or set up: not a body named as the owner
    of what is joined ("er med i X' arbejdsgruppe", "deltager i Gate 21s projekt": its sub-bodies and projects are
    no networks, README `memberships`), nor one the members work with, named after the cue ("X etableres af A og B
    i tæt samarbejde med Foreningen Y, Z og W": partners, no network of theirs)."""
    partner = PARTNERS.search(text, cue_end, hi)
    return [
        n for n in named if not GENITIVE_OWNER.match(text, n.end, hi) and (partner is None or n.start < partner.end())
    ]


Cue = tuple[int, int, bool]  # a cue's start, end, and whether it names the members before it (its subject)


def _all_cues(text: str) -> list[Cue]:
    """Every cue of a membership statement in the text, in order."""
    more = finditer_near(MORE_CUES, text, MORE_CUE_WORDS, CUE_REACH)
    return sorted(
        [(m.start(), m.end(), m.lastgroup == "subject") for m in finditer_near(CUES, text, CUE_WORDS, CUE_REACH)]
        + [(m.start(), m.end(), m.lastgroup == "subject") for m in more]
        + [(m.start(), m.end(), False) for m in count_cues(text, 0, len(text))]
    )


def _subject_members(
    text: str, refs: MunicipalityRefs, sentence: tuple[int, int], here: list[Cue], named: list[NetworkRef]
) -> tuple[list[MunicipalityRef], list[NetworkRef], str | None]:
    """The members the first subject cue of a sentence that names any names before it ("KL har etableret X, hvor
    A og B allerede er medlemmer"), the networks named right after that cue (its object), and the name of one no
    list knows when all the networks named stand before the cue."""
    lo, hi = sentence
    members: list[MunicipalityRef] = []
    for cue in [s for s, _, subject in here if subject]:
        members = _members(refs, lo, hi, cue, True, named)
        if GENITIVE_CUE.match(text, cue):
            members = _genitive_owners(text, members, cue)
        if members:
            cue_end = next(e for s, e, subject in here if s == cue and subject)
            object_of = [n for n in named if _right_after(text, cue_end, n.start)]
            unknown = (
                unknown_network(text, cue, hi) if named and not object_of and all(n.end <= cue for n in named) else None
            )
            return members, object_of, unknown
    return members, [], None


def add_prose_memberships(ctx: Context) -> None:
    """MEMBER_OF for every membership a sentence of the text states."""
    text = ctx.text
    networks = networks_of(ctx)
    starts = [n.start for n in networks]
    body_network = ctx.body_id is not None and body_is_network(ctx.meeting)
    cues = _all_cues(text)
    cue_starts = [c[0] for c in cues]
    done: set[tuple[int, int]] = set()
    stated: list[tuple[int, int, str]] = []  # (sentence start, end, network) of each statement, in order
    refs = MunicipalityRefs(text)
    alive: set[str] = set()  # the networks the text does not say were dissolved
    for cue_start, cue_end, _ in cues:
        lo, hi = sentence_at(text, cue_start, cue_end, 0, len(text))
        if (lo, hi) in done:
            continue
        done.add((lo, hi))
        here = cues[bisect_left(cue_starts, lo) : bisect_left(cue_starts, hi)]
        if _denied(text, lo, hi, max(e for _, e, _ in here)):
            continue
        named = networks[bisect_left(starts, lo) : bisect_left(starts, hi)]
        first = min(s for s, _, _ in here)
        members: list[MunicipalityRef] = []
        # people's seats ("Borgmestrene i A, B og C er medlemmer af bestyrelsen for X") are no municipality's,
        # and a list in their sentence names the people's municipalities; another subject cue of the sentence
        # still stands ("A er medlem af X, og borgmesteren er medlem af bestyrelsen for foreningen")
        # a cue whose object is an activity ("deltager i et møde i X", "er med i arbejdet i X") joins no body
        # (or a thing a body owns: "er med i Business Region Aarhus' arbejdsgruppe", "deltager i Gate 21's netværk")
        if any(subject and _not_a_body(text, e, hi) for s, e, subject in here):
            here = [(s, e, subject) for s, e, subject in here if not (subject and _not_a_body(text, e, hi))]
            if not here:
                continue
        joinable = _joinable(text, named, max(e for _, e, _ in here), hi)
        if named and not joinable:
            continue  # every body named is an owner of what is joined or a partner
        named = joinable
        if any(subject and _personal(text, s, e, hi) for s, e, subject in here):
            here = [(s, e, True) for s, e, subject in here if subject and not _personal(text, s, e, hi)]
            if not here:
                continue
        subject_cues = [s for s, _, subject in here if subject]
        list_cues = [s for s, e, subject in here if not subject and not COUNT_CUE.match(text, s, e)]
        object_of: list[NetworkRef] = []  # the network right after the subject cue that names the members
        object_name: str | None = None  # or the name of one no list knows, when all it names stand before the cue
        if subject_cues:
            members, object_of, object_name = _subject_members(text, refs, (lo, hi), here, named)
        elif list_cues:
            members += _members(refs, lo, hi, list_cues[0], False, named)
        counted = False
        for _, items in _count_lists(refs, lo, hi):
            members += [r for r in items if r not in members]
            counted = True
        if (subject_cues or list_cues) and len(members) <= 1:
            vertical = vertical_list_after(text, max(s for s, _, _ in here))
            members = vertical if len(vertical) > len(members) else members
        if not members or (len(members) < 2 and all(OWNED.match(text, s, e) for s, e, _ in here)):
            continue  # one owner is a company's, not a network's: "Forsyningen er ejet af Aarhus Kommune"
        named = [n for n in named if not listed_with(text, n, members)]
        # the cue's own object is the network, not one named elsewhere in the sentence ("A har bedt X om bistand,
        # og B er medlem af Y": Y)
        named = object_of[:1] or named
        if _only_considered(text, first, named):
            continue
        if object_name is not None:
            network: str | None = named_network(ctx, object_name)
        else:
            network = network_of(ctx, named, networks, starts, text, lo, hi, first, body_network, stated)
        if network is None and counted:
            network = _counted_network(ctx, networks, starts, lo)
        if network is None and subject_cues:
            network = _named_next(ctx, networks, starts, [e for _, e, subject in here if subject], hi)
        if network is None:
            network = named_later(ctx, networks, starts, lo, hi)
        if network is None and any(subject and has_no_object(text, s, e) for s, e, subject in here):
            network = implied_network(ctx, networks, starts, lo, stated)
        if network is None:
            continue
        if ctx.facts.type_of(network) == "Initiative" and HEDGE.search(text, lo, first):
            continue  # taking part in a programme only considered, wished or proposed (adoption_forms.HEDGE)
        if UNDECIDED.search(text, lo, first):
            continue  # a membership only applied for, considered or proposed (README `memberships`: none)
        if network not in alive and dissolved(ctx, network):
            continue
        alive.add(network)
        stated.append((lo, hi, network))
        relate(ctx, members, network)
        relate_fellows(ctx, fellow_members(text, members), network)
