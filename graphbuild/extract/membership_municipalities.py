"""The municipalities a membership statement names, read with their spellings (aa or å, a space or a
hyphen, a genitive s, "Kommune", "Kommuner"): one at a position, every one in a stretch of text, a list
("A, B, C og D Kommune", "A-, B- og C Kommuner"), a list one municipality a line, and such a list flattened
onto one line ("A Kommune B Kommune C Kommune", a name's hyphen spaced: "Faaborg - Midtfyn Kommune"); the
regions and towns abroad listed with them ("Region Skåne, Malmö stad"). A name inside a longer name is none ("Business
Region Aarhus", "Aarhus Vand A/S", "Vejle Fjord"). Shared by the membership rules (membership_prose,
membership_lists, membership_joint_bodies)."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache, lru_cache

from graphbuild.vocab import ids
from graphbuild.vocab.gazetteer import lookup_alias
from graphbuild.vocab.ids import normalise
from graphbuild.vocab.municipality_names import municipalities_by_key, municipality_named
from graphbuild.vocab.reference import MunicipalityInfo

# a word before a municipality that makes it someone's affiliation ("direktør i Struer Kommune", "fra Vejle")
AFFILIATION_BEFORE = re.compile(r"(?:\b(?:fra|i|ved|hos|for|til|af|med)|[(/])\s*$", re.IGNORECASE)
WORD = re.compile(r"[A-ZÆØÅ][\wæøåÆØÅ]*(?:-[\wæøåÆØÅ]+)*")
# "Kommune", "Kommuner", "Byråd", and Bornholm's own "Regionskommune" ("Bornholms Regionskommune")
KOMMUNE_AFTER = re.compile(
    r"(?:[ \t]+|[ \t]*\n[ \t]*)(?:Kommuner?s?|kommuner?s?|Regionskommunes?|Byråd|Kommunalbestyrelse)(?![\w-])"
)  # a wrapped line may break before it: "Hvidovre\nKommune"
# "A, B og C", "A samt B", "A & B", and a slash between two names ("Grønt Råd i Tårnby/Dragør kommuner")
# a list's joins, after an item's share in brackets: "Aarhus Kommune (40 %), Randers Kommune (30 pct.) og …"
# also after an item's note in brackets in lower case, the list goes on: "Syddjurs, Randers (observatør) og Norddjurs",
# "A (fra 2020) og B" (the note's own verdict is read apart: membership_not_stated.marked_observer); never a party's
# letter or a name in brackets ("Kolding (V), Vejle (A)", people's lists)
SHARE = r"(?:[ \t]*\(\s*(?:\d{1,3}(?:[,.]\d{1,2})?\s*(?:%|pct\.?|procent)|[a-zæøå][^()\n]{0,38}?)\s*\))?"
# a name's suspended hyphen before a join: "Greve-, Solrød- og Køge Kommuner" (the shared "Kommuner" at the end)
SUSPENDED = r"(?:-(?=[ \t]*(?:,|og\s|samt\s)))?"
# (the white space before the join read once: "og"/"samt" after a run of it, a mark after any; as ``\s*`` beside
# ``\s+og``, a run of blanks before what joins nothing was shared between them every way)
SEPARATOR = re.compile(
    rf"{SUSPENDED}{SHARE}(?:\s++(?:og\s+|samt\s+)|\s*+(?:,\s*(?:og\s+|samt\s+)?|&\s*|/[ \t]*\n?[ \t]*))"
)
# a name printed with spaces round its hyphen, as a flattened PDF prints it: "Faaborg - Midtfyn Kommune", or broken
# at its hyphen where a wrapped line ends: "Høje-\nTaastrup"
SPACED_HYPHEN = re.compile(r"(?:[ \t]+-[ \t]+|-[ \t]*\n[ \t]*)[A-ZÆØÅ][\wæøå-]*")
# items that each carry their own "Kommune" with nothing but a space between them: a one-a-line list whose
# line ends a flattened page lost ("interessenter: Faaborg - Midtfyn Kommune Kerteminde Kommune Nyborg Kommune")
FLAT_JOIN = re.compile(r"[ \t]+(?=[A-ZÆØÅ])")
OWN_KOMMUNE = re.compile(r"[Kk]ommune$")


@dataclass(frozen=True)
class MunicipalityRef:
    info: MunicipalityInfo
    start: int
    end: int


_NEXT_CAPITALISED = re.compile(r"[ \t]+([A-ZÆØÅ][\wæøå-]*)")
_CAPITAL_FOLLOWS = re.compile(r"[ \t]+[A-ZÆØÅ]")


def municipality_at(text: str, pos: int, hi: int) -> MunicipalityRef | None:
    """The municipality named at pos (one or two capitalised words, then maybe "Kommune"), or None when
    the words there are not one, or are part of a longer name ("Aarhus Vand", "Vejle Fjord")."""
    first = WORD.match(text, pos, hi)
    if first is None:
        return None
    candidates = []
    spaced = SPACED_HYPHEN.match(text, first.end(), hi)
    if spaced is not None:
        candidates.append(spaced.end())
    second = _NEXT_CAPITALISED.match(text, first.end(), hi)
    if second is not None and not KOMMUNE_AFTER.match(text, first.end(), hi):
        candidates.append(second.end())  # not "Kerteminde Kommune": its "Kommune" is read below
    candidates.append(first.end())
    for end in candidates:
        info = municipality_named(text[pos:end])
        if info is None:
            continue
        kommune = KOMMUNE_AFTER.match(text, end, hi)
        if kommune is not None:
            return MunicipalityRef(info, pos, kommune.end())
        following = _CAPITAL_FOLLOWS.match(text, end, hi)
        if following is not None:
            return None  # a longer name: "Aarhus Vand A/S"
        return MunicipalityRef(info, pos, end)
    return None


@cache
def _first_words() -> frozenset[str]:
    """The first word of every municipality's name, as a comparison key ("hoeje", "aabenraa")."""
    return frozenset(key.split()[0] for key in municipalities_by_key())


@lru_cache(maxsize=1 << 16)
def _may_start_a_name(word: str) -> bool:
    """Whether a capitalised word can open a municipality's name; asked once per distinct word (a
    document's words repeat: the same few hundred capitalised words are most of its tests)."""
    key = normalise(word).split(" ", 1)[0] if word else ""
    first = _first_words()
    return key in first or (key.endswith("s") and key[:-1] in first)


_LETTER_THEN_SPACE = re.compile(r"[A-ZÆØÅa-zæøå][ \t]$")


def municipalities_in(text: str, lo: int, hi: int) -> list[MunicipalityRef]:
    """Every municipality named in text[lo:hi] on its own (not inside a longer capitalised name)."""
    out: list[MunicipalityRef] = []
    pos = lo
    for word in WORD.finditer(text, lo, hi):
        if word.start() < pos or not _may_start_a_name(word.group(0)):
            continue
        before = text[max(lo, word.start() - 2) : word.start()]
        if _LETTER_THEN_SPACE.search(before) and _capitalised_before(text, word.start(), lo):
            continue  # the tail of a longer name: "Business Region Aarhus"
        ref = municipality_at(text, word.start(), hi)
        if ref is not None:
            out.append(ref)
            pos = ref.end
    return out


_WORD_BEFORE = re.compile(r"([\wæøåÆØÅ-]+)[ \t]+$")


def _capitalised_before(text: str, pos: int, lo: int) -> bool:
    """Whether a capitalised word stands right before pos (so the word at pos ends a longer name), not
    counting a list's own head: "Kommunerne Herning, Holstebro og Struer", "Ejerkommuner: …"."""
    match = _WORD_BEFORE.search(text[max(lo, pos - 40) : pos])
    return match is not None and match.group(1)[0].isupper() and not LIST_HEAD.search(match.group(1))


# words a name's head cannot be: a list's own head ("Kommunerne A, B og C", "Ø-kommunen Ærø", the members' noun of a
# contract's preamble: "Interessenterne Skive Kommune, Struer Kommune og Lemvig Kommune har indgået …"), a word that
# opens a sentence ("Også Kolding, Viborg og Favrskov kommuner har meldt sig ind", "Nu er Ærø med i X")
LIST_HEAD = re.compile(
    r"(?i)kommune(?:n|r|rne)$|"
    r"^(?i:interessent(?:er|erne)|deltager(?:e|ne)|ejer(?:e|ne)|medlemmer(?:ne)?|parter(?:ne)?|aktionær(?:er|erne))$|"
    r"^(?-i:Også|Nu|Både|Dermed|Derfor|Desuden|Derudover|Herunder|Heriblandt|Endelig|Samtidig|Fremover|Hermed|"
    r"Og|Men|Da|Når|Hvor|At|Som|Mens|Hvis)$"
)


# a fellow member of a list that is no Danish municipality: a region, a KKR, a Swedish kommun or stad
# ("Öresundskomiteens medlemmer er: Region Hovedstaden, Region Skåne, Malmö stad, Københavns Kommune, …")
FELLOW_MEMBER = re.compile(
    r"(?:Region[ \t]+[A-ZÆØÅ][\wæøåÆØÅ]+|KKR[ \t]+[A-ZÆØÅ][\wæøåÆØÅ]+|"
    r"[A-ZÆØÅÖÄ][\wæøåöä]+[ \t]+(?:stad|kommun|kommune)(?![\wæøå]))"
)
# fellow members right before a list's first municipality, back to where the list opens
FELLOWS_BEFORE = re.compile(rf"(?:{FELLOW_MEMBER.pattern}){SEPARATOR.pattern}$")


def before_fellows(text: str, lo: int, pos: int) -> int:
    """Where the fellow members listed right before pos begin (pos when none): "er: Region Hovedstaden,
    Region Skåne, |Københavns Kommune" gives the position after "er: "."""
    while True:
        match = FELLOWS_BEFORE.search(text, max(lo, pos - 60), pos)
        if match is None or match.start() < lo:
            return pos
        pos = match.start()


def list_at(text: str, pos: int, hi: int) -> list[MunicipalityRef]:
    """A list of municipalities beginning at pos: "A, B, C og D Kommune", "A og B Kommuner"; a fellow
    member that is no municipality (FELLOW_MEMBER) does not end it."""
    out: list[MunicipalityRef] = []
    while pos < hi:
        ref = municipality_at(text, pos, hi)
        if ref is None:
            fellow = FELLOW_MEMBER.match(text, pos, hi) if out else None
            if fellow is None or municipality_named(fellow.group(0)) is not None:
                break
            sep = SEPARATOR.match(text, fellow.end(), hi)
            if sep is None or sep.end() == sep.start():
                break
            pos = sep.end()
            continue
        out.append(ref)
        sep = SEPARATOR.match(text, ref.end, hi)
        if sep is None or sep.end() == ref.end:
            flat = _flat_next(text, ref, hi)
            if flat is None:
                break
            pos = flat
            continue
        pos = sep.end()
    return out


def long_lists(text: str, refs: list[MunicipalityRef], hi: int, least: int) -> list[list[MunicipalityRef]]:
    """The lists (`list_at`) that begin at the refs before hi, each ref read once, of at least `least` different
    municipalities: a sentence's lists of members, for a reader that wants its one list."""
    lists: list[list[MunicipalityRef]] = []
    taken = -1
    for ref in refs:
        if ref.start < taken:
            continue
        items = list_at(text, ref.start, hi)
        if items:
            lists.append(items)
            taken = items[-1].end
    return [items for items in lists if len({r.info.code for r in items}) >= least]


def _flat_next(text: str, ref: MunicipalityRef, hi: int) -> int | None:
    """Where the next item of a flattened one-a-line list begins, when this item and the next each end in
    their own "Kommune" with only a space between them; else None."""
    if not OWN_KOMMUNE.search(text, ref.start, ref.end):
        return None
    join = FLAT_JOIN.match(text, ref.end, hi)
    if join is None:
        return None
    following = municipality_at(text, join.end(), hi)
    if following is None or not OWN_KOMMUNE.search(text, following.start, following.end):
        return None
    return join.end()


@dataclass(frozen=True)
class FellowRef:
    """A region or a KKR listed with the municipalities (README `memberships`: a region is a member too)."""

    id: str
    name: str
    kind: str | None
    start: int
    end: int


FELLOW_OPENS = re.compile(r"(?:,|\bog|\bsamt|&|:|\ber|\baf)\s*$")
# a fellow ends the list at a separator, the sentence's end, or the verb of a list that is the subject ("A og B
# Kommuner samt Region Hovedstaden er medlemmer af X")
FELLOW_ENDS = re.compile(
    rf"{SEPARATOR.pattern}|\s*(?:[.;)\n]|$)|[ \t]+(?:er|var|har|ejer|deltager|står|blev|bliver|indgår)[ \t]"
)
# a fellow member abroad: a Swedish kommun or stad, a region by a name the gazetteer does not know
FOREIGN_MEMBER = re.compile(r"Region[ \t]+[A-ZÆØÅÖÄ][\wæøåöä]+|[A-ZÆØÅÖÄ][\wæøåöä]+[ \t]+(?:stad|kommune?)")


def fellow_members(text: str, members: list[MunicipalityRef]) -> list[FellowRef]:
    """The regions and KKRs listed with the members, as list items: right before the first, between them,
    or right after the last ("Region Hovedstaden, Region Skåne, Københavns Kommune, KKR Sjælland og
    Bornholms Regionskommune")."""
    if not members:
        return []
    first = min(members, key=lambda m: m.start)
    lo = before_fellows(text, max(0, first.start - 400), first.start)
    hi = max(m.end for m in members)
    while True:  # fellows after the last municipality: "…, Frederiksberg Kommune og Region Hovedstaden"
        sep = SEPARATOR.match(text, hi)
        fellow = FELLOW_MEMBER.match(text, sep.end()) if sep is not None and sep.end() > hi else None
        if fellow is None:
            break
        hi = fellow.end()
    out: list[FellowRef] = []
    for match in FELLOW_MEMBER.finditer(text, lo, hi):
        if not FELLOW_OPENS.search(text, max(0, match.start() - 8), match.start()):
            continue
        if not FELLOW_ENDS.match(text, match.end()):
            continue
        name = match.group(0)
        known = lookup_alias(name)
        if known is None:
            # a region or a town abroad listed among the members ("Region Skåne, Malmö stad, Lunds kommune"):
            # a member by the name the list gives it, never a Danish municipality's own name
            if municipality_named(name) is None and FOREIGN_MEMBER.fullmatch(name):
                out.append(FellowRef(ids.organization_id(name), name, "other", match.start(), match.end()))
            continue
        if known.type != "Organization":
            continue
        if known.kind == "region" or known.id.startswith("organization:kkr-"):
            out.append(FellowRef(known.id, known.name, known.kind, match.start(), match.end()))
    return out


VERTICAL_OPENER = re.compile(r"(?::|\ber|\baf|kommuner(?:ne)?|^[ \t]*medlemmer|^[ \t]*interessenter)$", re.IGNORECASE)
LIST_LINE = re.compile(r"[ \t]*(?:[•·▪*–-][ \t]*|\d{1,2}[.)][ \t]+)?(?=\S)")
# (the blanks before and after the mark each read once, "[ \t]*+(?:[,;.][ \t]*+)?": as "[ \t]*[,;.]?[ \t]*", two runs
# side by side, a line of blanks after a name that went on with a word was shared between them every way; the same
# strings)
LINE_TAIL = re.compile(r"[ \t]*+(?:[,;.][ \t]*+)?(?:\n|$)")


def vertical_list_after(text: str, cue: int, cue_end: int | None = None) -> list[MunicipalityRef]:
    """A list one municipality a line, after a line that ends with a colon or an opener ("… består af
    følgende kommuner:", "Medlemskommuner:", "Medlemskommunerne i DSD er"): bullets and numbers
    allowed, a blank line before or between items."""
    line_end = text.find("\n", cue if cue_end is None else max(cue, cue_end - 1))
    if line_end < 0 or not VERTICAL_OPENER.search(text[cue:line_end].rstrip()):
        return []
    out: list[MunicipalityRef] = []
    pos = line_end + 1
    while pos < len(text):
        if text[pos] == "\n":
            pos += 1  # one blank line before or between items
        bullet = LIST_LINE.match(text, pos)
        if bullet is None:
            break
        ref = municipality_at(text, bullet.end(), len(text))
        tail = LINE_TAIL.match(text, ref.end) if ref else None
        if ref is None or tail is None:
            break
        out.append(ref)
        pos = tail.end()
    return out if len(out) >= 2 else []


class MunicipalityRefs:
    """The municipalities a document names, found once (when a membership cue asks), by position."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._refs: list[MunicipalityRef] | None = None
        self._starts: list[int] = []

    def between(self, lo: int, hi: int) -> list[MunicipalityRef]:
        if self._refs is None:
            self._refs = municipalities_in(self.text, 0, len(self.text))
            self._starts = [r.start for r in self._refs]
        return self._refs[bisect_left(self._starts, lo) : bisect_left(self._starts, hi)]


# the last text's reading, shared by the membership readers that each ask for a document's municipalities (it holds
# the text, so no other text can take its identity while it is kept)
_last_refs: list[MunicipalityRefs] = []


def municipality_refs(text: str) -> MunicipalityRefs:
    """The municipalities the text names (``MunicipalityRefs``), read once per text for every reader that asks."""
    if _last_refs and _last_refs[0].text is text:
        return _last_refs[0]
    refs = MunicipalityRefs(text)
    _last_refs[:] = [refs]
    return refs
