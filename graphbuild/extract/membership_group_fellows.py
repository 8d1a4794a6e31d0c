"""The members a statement names beside a group of municipalities it counts but does not name: "BRN er et
erhvervspolitisk samarbejde mellem de 11 nordjyske kommuner og Region Nordjylland", "Kulturregion Fyn er et
samarbejde mellem 9 fynske kommuner og Kulturministeriet", "X ejes af Region Syddanmark og de fynske kommuner",
"Partnerskabets medlemmer tæller bl.a. Dansk Kyst- og Naturturisme og 11 vestjyske kommuner". The group gives no
row (README `memberships`: "de syv medlemskommuner" unnamed give none); the regions and organisations listed with it
do, each a member by the name the list gives it. Read by membership_cooccurring for a sentence with no list of
named municipalities, under its guards (one body, a membership word, no attendance, appointment, seat, denial or
proposal). Its own guards: the group counts its municipalities or names their part of the country ("de 11
nordjyske kommuner", "de fynske kommuner", "kommunerne i Syddanmark"), never bare "kommuner"; each item is joined
to the group by a list's comma, "og" or "samt", a region or KKR, or a capitalised name of at most four words that
ends where the list ends (a full stop, a relative clause, a verb) or at the next item; no place's, affiliation's or
partner's word opens the list ("et samarbejde med de fire kommuner og X")."""

from __future__ import annotations

import re

from graphbuild.extract.membership_municipalities import FELLOW_MEMBER, FellowRef, municipalities_in
from graphbuild.extract.membership_not_stated import PLACE_BEFORE
from graphbuild.vocab import ids
from graphbuild.vocab.bodies import is_generic_body_name
from graphbuild.vocab.gazetteer import is_municipal_body, lookup_alias
from graphbuild.vocab.municipality_names import municipality_named
from graphbuild.vocab.reference import first_names

# a group of municipalities counted or named by their part of the country, none of them named: "de 11 nordjyske
# kommuner", "9 fynske kommuner", "de fynske kommuner", "46 østdanske og 39 sydsvenske kommuner", "kommunerne i
# Syddanmark"
_COUNT = r"(?:\d{1,3}|to|tre|fire|fem|seks|syv|otte|ni|ti|elleve|tolv|tretten|fjorten|femten|seksten|sytten)"
_REGIONAL = r"[a-zæøå]+(?:ske|danske)"
GROUP = re.compile(
    rf"(?<![\wæøå-])(?:(?:[Dd]e|[Aa]lle(?:[ \t]+de)?)[ \t]+)?"
    rf"(?:{_COUNT}[ \t]+(?:{_REGIONAL}[ \t]+)?|{_REGIONAL}[ \t]+)"
    rf"(?:(?:og|samt)[ \t]+{_COUNT}[ \t]+{_REGIONAL}[ \t]+)?kommuner(?:ne)?(?![\wæøå-])|"
    r"(?<![\wæøå-])[Kk]ommunerne[ \t]+i[ \t]+[A-ZÆØÅ][\wæøå-]+"
)
# the join between two items of a list
JOIN = r"(?:[ \t]*,[ \t]*(?:(?:og|samt)[ \t]+)?|[ \t]+(?:og|samt)[ \t]+)"
# an organisation's name as a list item: capitalised words, at most four, a suspended hyphen's "og" inside ("Dansk
# Kyst- og Naturturisme", "University College Nordjylland", "Kulturministeriet")
_WORD = r"[A-ZÆØÅ][\wæøå]*(?:-[A-ZÆØÅ]?[\wæøå]+)*"
ORGANISATION = rf"{_WORD}(?:-[ \t]+og[ \t]+{_WORD}|[ \t]+{_WORD}){{0,3}}"
ITEM = re.compile(rf"(?:{FELLOW_MEMBER.pattern})(?![\wæøå-])|(?P<organisation>{ORGANISATION})(?![\wæøå-])")
JOINED = re.compile(JOIN)
# where a list ends after an organisation: the sentence's end, a bracket, a relative clause, a verb, "og" + a verb
LIST_END = re.compile(
    r"[ \t]*(?:[.;:)\n]|$|,[ \t]+(?:der|som|og|men|hvor|mens)[ \t]|[ \t](?:er|var|har|ejer|ejes|deltager|står|"
    r"blev|bliver|indgår|i|på|fra|til|med)[ \t])"
)
# items read backwards: an item and its join right before the group ("ejes af Region Syddanmark og de fynske
# kommuner")
ITEM_BEFORE = re.compile(rf"(?<![\wæøå-])(?:{FELLOW_MEMBER.pattern}|{ORGANISATION}){JOIN}$")
# a list's first word that is no name: a sentence's opener, an article, a pronoun
NOT_A_NAME = re.compile(
    r"(?:Også|Nu|Både|Dermed|Derfor|Desuden|Derudover|Herunder|Endelig|Samtidig|Og|Men|Da|Når|Hvor|At|Som|Mens|Hvis|"
    r"Den|Det|De|Der|En|Et|Vi|Han|Hun|Alle|Kommunen|Kommunerne|Regionen)(?![\wæøå])"
)
MAX_BACK = 80  # how far before the group a list's items are looked for


def group_fellows(text: str, lo: int, hi: int) -> list[FellowRef]:
    """The regions and organisations listed with the one counted group of municipalities in text[lo:hi]; none when
    the sentence names two municipalities or more, or holds no group or two."""
    if len(municipalities_in(text, lo, hi)) >= 2:
        return []
    lists = [items for group in GROUP.finditer(text, lo, hi) if (items := _listed_with(text, lo, hi, group))]
    return lists[0] if len(lists) == 1 else []


def _listed_with(text: str, lo: int, hi: int, group: re.Match[str]) -> list[FellowRef]:
    """The items listed with one group, unless a place's, affiliation's or partner's word opens the list."""
    before = _items_before(text, lo, group.start())
    first = before[0].start if before else group.start()
    if PLACE_BEFORE.search(text, max(lo, first - 20), first):
        return []
    return [*before, *_items_after(text, group.end(), hi)]


def _items_before(text: str, lo: int, pos: int) -> list[FellowRef]:
    """The items joined to the group right before it, first to last."""
    out: list[FellowRef] = []
    while True:
        match = ITEM_BEFORE.search(text, max(lo, pos - MAX_BACK), pos)
        if match is None:
            return out
        item = ITEM.match(text, match.start())
        ref = _fellow(text, item) if item is not None else None
        if ref is None:
            return out
        out.insert(0, ref)
        pos = match.start()


def _items_after(text: str, pos: int, hi: int) -> list[FellowRef]:
    """The items joined to the group after it, up to where the list ends; an organisation only where the list
    ends after it or goes on."""
    out: list[FellowRef] = []
    while True:
        item = _next_item(text, pos, hi)
        if item is None:
            return out
        ref = _fellow(text, item)
        if ref is None:
            return out
        if item.group("organisation") and not LIST_END.match(text, item.end()) and not _next_item(text, item.end(), hi):
            return out
        out.append(ref)
        pos = item.end()


def _next_item(text: str, pos: int, hi: int) -> re.Match[str] | None:
    """The item joined to the list at pos, if any."""
    join = JOINED.match(text, pos, hi)
    return ITEM.match(text, join.end(), hi) if join is not None else None


def _fellow(text: str, item: re.Match[str]) -> FellowRef | None:
    """A list item as a member: a known region or KKR by its own id, another name as the list gives it; never a
    Danish municipality's name (its own reader's), a sentence's opener, a council or a body's kind, a person's name."""
    name = " ".join(item.group(0).split())
    if NOT_A_NAME.fullmatch(name.split()[0]) or len(name) < 2 or municipality_named(name) is not None:
        return None
    if is_generic_body_name(name) or is_municipal_body(name):
        return None  # a council or a body's kind ("Regionsrådet", "Bestyrelsen"), no member's name
    words = name.split()
    if item.group("organisation") and len(words) >= 2 and words[0] in first_names():
        return None  # a person ("Jens Hansen"), no organisation
    known = lookup_alias(name)
    if known is not None:
        if known.type != "Organization":
            return None
        return FellowRef(known.id, known.name, known.kind, item.start(), item.end())
    return FellowRef(ids.organization_id(name), name, "other", item.start(), item.end())
