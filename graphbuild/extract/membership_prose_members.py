"""The municipalities a membership sentence names as its members, read by ``membership_prose``: the subject
before a cue (a list after a preposition all in or all out: "borgerne i A, B og C Kommuner" a group,
"Borgmestrene i A og B", "Ole Hansen fra Esbjerg" affiliations; a council for its municipality), the lists
that begin right after an opener at or after the cue ("består af", "mellem", "sammen med", a colon; not a
"sammen med" list in a clause of its own, nor a person's municipality in brackets), the owners in the
genitive right before a membership or a share ("Lejre og Roskilde Kommuners ejerskab af X"), and a list a
count announces when it has that many ("organiseret på tværs af 12 kommuner Hedensted, Horsens, …")."""

from __future__ import annotations

import re

from graphbuild.extract.membership_cues import (
    COUNT_CUE,
    MEMBERS_BODY,
    NUMBERS,
)
from graphbuild.extract.membership_municipalities import (
    AFFILIATION_BEFORE,
    MunicipalityRef,
    MunicipalityRefs,
    before_fellows,
    list_at,
    municipality_refs,
)
from graphbuild.extract.membership_networks import (
    NetworkRef,
)
from graphbuild.extract.membership_unknown_networks import unknown_network
from graphbuild.vocab.near import case_blind_key, lowered

# where a list may begin: right after one of these (and white space or a colon); never after "repræsentanter
# for": a board's composition by the parties that fill its seats states no membership (README `memberships`)
LIST_OPENER = re.compile(
    r"(?:\ber|\b(?:blev|bliver|har)|\ber\s+(?:desuden|også|endvidere|tillige)|:|\(|\bsammen\s+med|\b(?:består|bestod|bestående)\s+af|\baf|\bkommunerne|\b(?:medlems|deltager|ejer|interessent)?kommuner|\bmellem|\bherunder|\bnemlig|"
    r"\bomfatter|\bdækker|\bborgmestre(?:ne)?\s+(?:i|fra)|\bmellem\s+[\wæøå]+\s+i|"
    r"\bfælles\b[^.\n]{0,40}?\s(?:for|mellem)|\b(?:fælles|tvær)kommunal[te]?\s+[\wæøå-]+\s+(?:for|mellem)|"
    r"\bblandt\s+andre|\bbl\.\s*a\.|\bsom\s+er|;|"
    # a body of members with them: "en forening med A og B", "en medlemsorganisation for A og B" (cues.MEMBERS_BODY)
    rf"\b{MEMBERS_BODY})\s*[:,]?\s*$",
    re.IGNORECASE,
)
# a clause of its own after the statement: "X er medlem af KL og har sammen med A og B søgt om midler" (the
# others act with X in the new clause, they are not KL's members by it)
NEW_CLAUSE = re.compile(r"\b(?:og|men|samt)\s+(?:har|havde|vil|skal|kan|kunne|blev|er)\b", re.IGNORECASE)
# a hedge right before "sammen med": the ones after it may join, no members stated ("A og B er medlemmer af X, evt.
# sammen med C": C none)
HEDGED_WITH = re.compile(
    r"\b(?:evt\.|eventuelt|måske|muligvis|formentlig|sandsynligvis)[ \t]+sammen[ \t]+med\s*$", re.I
)
# a person's municipality in brackets after the name: "Ole Hansen (Greve Kommune)" (not "ejerkommuner (A, B)")
AFFILIATION_BRACKET = re.compile(r"(?<![\w-])(?-i:[A-ZÆØÅ][\wæøå-]+)(?<![Kk]ommuner)[ \t]*\([ \t]*$")


# a list after "fra" names where the subject's people come from ("Borgere fra A og B Kommuner"), never a group of
# the municipalities themselves ("borgerne i A og B Kommuner" may be one)
FROM_BEFORE = re.compile(r"\bfra[ \t]+(?:både[ \t]+)?$", re.IGNORECASE)


COUNCIL_OF = re.compile(
    r"(?<![\w-])(?:Byrådet|Byrådene|Kommunalbestyrelsen|Kommunalbestyrelserne|Borgerrepræsentationen)[ \t]+i[ \t]+$"
)


def prose_members(
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
            if owner_of_subject(text, ref, cue_start):
                continue  # "A og B Kommuners borgmestre er medlemmer af X": the subject is what they own
            if relative_of_other(text, ref, cue_start):
                continue  # "A og B Kommuner har borgere, der er medlem af X": the cue is the citizens'
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
                # "Borgere fra A og B Kommuner har stiftet X": people from the municipalities, not the municipalities
                taken = taken and not FROM_BEFORE.search(text, max(lo, ref.start - 12), ref.start)
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
            opener.group(0).lower().startswith("sammen")
            and (
                NEW_CLAUSE.search(text, cue_start, opens) or HEDGED_WITH.search(text, max(cue_start, opens - 40), opens)
            )
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


def right_after(text: str, cue_end: int, start: int) -> bool:
    """Whether a network starting at ``start`` is the object of the cue ending at ``cue_end``."""
    return start >= cue_end and _OBJECT_GAP.fullmatch(text, cue_end, start) is not None


# a municipality in the genitive before a lower-case noun, what it owns the subject of the cue: "A og B Kommuners
# borgmestre er medlemmer af X", "Lemvigs lokalråd er medlem af X" (not the membership's own word, "Lemvigs
# medlemskab af X", nor a share, "Kommunernes ejerandel")
_OWNER_OF_SUBJECT = re.compile(
    r"s[ \t]+(?!(?:medlemskab|ejerandel|ejerskab|andel|deltagelse|indtræden|optagelse)\b)(?-i:[a-zæøå])[\wæøå-]*"
    r"[ \t]+(?:er|var|blev|bliver|har|deltager|deltog|sidder|indgår|ejer)\b"
)


def owner_of_subject(text: str, ref: MunicipalityRef, cue_start: int) -> bool:
    """Whether the list ref stands in ends in the genitive before the cue's subject (``_OWNER_OF_SUBJECT``)."""
    items = list_at(text, ref.start, cue_start) or [ref]
    return _OWNER_OF_SUBJECT.match(text, items[-1].end - 1) is not None


# a relative clause the cue stands in, opened after what the list has: about that, not the list ("A og
# B Kommuner har borgere, der er medlem af X"; "A og B Kommuner, der er medlemmer af X" is the list's own, and so is
# a predicate's, "A er det andet kommunale medlem, der er blevet medlem af X": only what the list has)
# (each run read once, possessive: its caller asks only whether it matches; the words up to the first mark after
# the verb's blank hold a letter, read as the marks and blanks before one, then the rest up to the comma; as
# `[ \t]+[^,.;:\n]*[\wæøå][^,.;:\n]*` every letter was tried as that one, quadratic: 0.3 s at 4,000)
_RELATIVE_OF_OTHER = re.compile(
    r"[ \t]++(?:har|havde|rummer|tæller)[ \t][^,.;:\n\wæøå]*+[\wæøå][^,.;:\n]*+,[ \t]++(?:der|som)[ \t][^,;]*$",
    re.IGNORECASE,
)


# the relative pronoun right before the cue's clause: "…, som er medlem af X"
_RELATIVE_OPENS = re.compile(r",[ \t]+(?:der|som)[ \t][^,;]*$")
_BEFORE_COMMA = re.compile(r"(?:[ \t]+[Kk]ommuner?)?$")


def relative_of_other(text: str, ref: MunicipalityRef, cue_start: int) -> bool:
    """Whether the cue stands in a relative clause about words after the list ref stands in (``_RELATIVE_OF_OTHER``),
    also about another municipality named right before its pronoun ("A og B Kommuner er nabokommuner til Haderslev,
    som er medlem af X": Haderslev's clause, not A's and B's)."""
    items = list_at(text, ref.start, cue_start) or [ref]
    end = items[-1].end
    if _RELATIVE_OF_OTHER.match(text, end, cue_start) is not None:
        return True
    relative = _RELATIVE_OPENS.search(text, end, cue_start)
    if relative is None:
        return False
    antecedent = municipality_refs(text).between(end, relative.start())
    return bool(antecedent) and _BEFORE_COMMA.fullmatch(text, antecedent[-1].end, relative.start()) is not None


# a clause of its own before the cue: "A har bedt X om bistand, og B er medlem af Y" (A acts in another clause)
OTHER_CLAUSE = re.compile(
    r"\b(?:har|havde|er|var|blev|skal|vil|kan)\b[^;]*?(?:,[ \t]*(?:og|men|mens)|;)[ \t]+", re.IGNORECASE
)


# people named by their post or their work before a list: "Borgmestrene i A, B og C Kommuner" (their seats are
# theirs), "Medarbejdere fra A, B og C Kommuner deltager i netværket X" (the staff take part, not the municipalities);
# and the bodies, firms and land owners within them: "Skoler i A og B Kommuner deltager i X" (the schools take part);
# and some of their citizens, in the indefinite: "Borgere i A og B Kommuner har stiftet X" (the citizens founded it)
PEOPLE_OF = re.compile(
    r"(?i:borgmest|direktør|formand|formænd|næstformand|medlem|repræsentant|politiker|chef|rådmand|rådmænd|"
    r"byrådsmedlem|leder|medarbejder|ansatte|fagfolk|fagperson|konsulent|embedsm|sagsbehandler|specialist|"
    # bodies, firms and owners within the municipalities: "Skoler i A og B Kommuner deltager i X", "Erhvervsrådene i
    # A og B Kommuner er medlemmer af X", "Forsyningsselskaberne i A og B" (a council of the municipalities themselves,
    # "Byrådene i A og B", speaks for them: COUNCIL_OF)
    r"skole|forening|virksomhed|institution|råd|selskab|museum|museer|havne|klub|bibliotek|lodsejer|grundejer|"
    # some of their people in the indefinite ("Borgere i A og B Kommuner har stiftet X"; "borgerne i A og B
    # Kommuner", all of them, may be the municipalities' group)
    r"borgere|beboere|indbyggere|frivillige|ildsjæle)"
    r"[\wæøå]*[ \t]+\S+[ \t]*$"
)


_KOMMUNER_AT_END = re.compile(r"[Kk]ommuner?$")


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


def count_lists(refs: MunicipalityRefs, lo: int, hi: int) -> list[tuple[int, list[MunicipalityRef]]]:
    """(cue start, list) for "N kommuner … A, B, …" where the list has N municipalities."""
    text = refs.text
    out = []
    for count in count_cues(text, lo, hi):
        raw = case_blind_key(count.group(1))
        wanted = int(raw) if raw.isdecimal() else NUMBERS[raw]
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


Cue = tuple[int, int, bool]  # a cue's start, end, and whether it names the members before it (its subject)


def subject_members(
    text: str, refs: MunicipalityRefs, sentence: tuple[int, int], here: list[Cue], named: list[NetworkRef]
) -> tuple[list[MunicipalityRef], list[NetworkRef], str | None]:
    """The members the first subject cue of a sentence that names any names before it ("KL har etableret X, hvor
    A og B allerede er medlemmer"), the networks named right after that cue (its object), and the name of one no
    list knows when all the networks named stand before the cue."""
    lo, hi = sentence
    members: list[MunicipalityRef] = []
    for cue in [s for s, _, subject in here if subject]:
        members = prose_members(refs, lo, hi, cue, True, named)
        if GENITIVE_CUE.match(text, cue):
            members = _genitive_owners(text, members, cue)
        if members:
            cue_end = next(e for s, e, subject in here if s == cue and subject)
            object_of = [n for n in named if right_after(text, cue_end, n.start)]
            unknown = (
                unknown_network(text, cue, hi) if named and not object_of and all(n.end <= cue for n in named) else None
            )
            return members, object_of, unknown
    return members, [], None
