"""The named owners or members of a body that opens its sentence, listed beside an unnamed group of municipalities:
"Fynbus ejes af Region Syddanmark og de fynske kommuner på nær Ærø", "BRN er et erhvervspolitisk samarbejde mellem de
11 nordjyske kommuner og Region Nordjylland", "X (XY) er etableret og ejet af de 11 nordjyske kommuner og Region
Nordjylland, Sermersooq kommune i Grønland, Aalborg Universitet og …", "Kulturregion Fyn er et samarbejde mellem 9
fynske kommuner og Kulturministeriet". Each named member is a row (a region, a KKR, a municipality abroad, a university
or college, a state body "…ministeriet"/"…styrelsen", a national organisation "Dansk …"/"Danske …"/"Danmarks …"); the
unnamed group (also a count with no article, "9 fynske kommuner") gives none (README `memberships` rule 1: "de syv
medlemskommuner" unnamed give none), and it is what says the body is a joint one, so one named owner beside it is a
network's owner, not a company's only owner. Guards: the body opens its sentence or its line, and is a network the
document names (known, or by its form) or capitalised words the text names again on their own (the longest such tail
of the run: "Om Fynbus Fynbus ejes af" names Fynbus), never a municipality, a region, a place, a council, a project or
plan, a reference back ("Den er et samarbejde mellem", "Selskabet ejes af") or a body's own sub-body ("Bestyrelsen",
"Repræsentantskabet består af"); a known programme or partnership is an adoption (no row, membership_relation); the
list ends at the first item that is neither the group nor a named member; the sentence is no attendance, appointment,
seat, denial, proposal or wish (membership_not_stated)."""

from __future__ import annotations

import re

from graphbuild.extract.membership_municipalities import FellowRef
from graphbuild.extract.membership_network_forms import BACK_REFERENCE, may_be_network
from graphbuild.extract.membership_networks import NetworkRef, dissolved, network_id, networks_of
from graphbuild.extract.membership_not_stated import states_none
from graphbuild.extract.membership_prose import sentence_at
from graphbuild.extract.membership_relation import Context, named_network, relate_fellows
from graphbuild.extract.membership_unknown_networks import BODY_WORD
from graphbuild.vocab import ids
from graphbuild.vocab.gazetteer import is_municipal_body, lookup_alias
from graphbuild.vocab.municipality_names import municipality_named
from graphbuild.vocab.near import finditer_near
from graphbuild.vocab.reference import first_names

# the statement's verb, the list of owners or members right after it
CUE = re.compile(
    r"[ \t]+(?:(?:ejes|består|(?:er|blev)[ \t]+(?:(?:etableret|stiftet)[ \t]+og[ \t]+)?ejet)[ \t]+af|"
    r"er[ \t]+(?:et|en)[ \t]+(?:[\wæøå-]+[ \t]+){0,3}?[\wæøå-]*(?:samarbejde|fællesskab|selskab|partnerskab|"
    r"interessentskab)[ \t]+mellem)[ \t]+",
    re.IGNORECASE,
)
CUE_WORDS = ("ejes", "ejet", "består", "mellem")
CUE_REACH = 120
# the body before the verb: capitalised words on the verb's line, an abbreviation in brackets after them dropped
_WORD = r"(?:[A-ZÆØÅÖÄ][\wæøåöäÆØÅ&/-]*|I/S|A/S)"
SUBJECT = re.compile(
    rf"(?P<name>{_WORD}(?:[ \t]+(?:{_WORD}|og|for|\d{{1,4}}))*?(?:[ \t]+{_WORD}|[ \t]+\d{{1,4}})?)"
    r"(?:[ \t]+\([A-ZÆØÅ]{2,8}\))?$"
)
SUBJECT_REACH = 120
LINE_OPEN = re.compile(r"(?:^|\n)[ \t]*$")
# a body's own sub-body is no network of municipalities (README `memberships`)
SUB_BODY = re.compile(
    r"(?i)(?:bestyrelse|repræsentantskab|udvalg|styregruppe|arbejdsgruppe|sekretariat|gruppe|direktion|"
    r"præsidium|forsamling)(?:n|en|et|s)?$"
)

# an unnamed group of municipalities: "de fynske kommuner (på nær Ærø)", "de 11 nordjyske kommuner", "kommunerne i X"
GROUP = re.compile(
    r"(?:(?:de|alle)[ \t]+(?:\d{1,2}[ \t]+|[a-zæøå]+[ \t]+){0,2}kommuner|"
    r"(?:\d{1,2}|to|tre|fire|fem|seks|syv|otte|ni|ti|elleve|tolv)[ \t]+(?:[a-zæøå]+[ \t]+)?kommuner|"
    r"(?:alle[ \t]+)?kommunerne[ \t]+i[ \t]+"
    r"[A-ZÆØÅ][\wæøå-]+)(?:[ \t]+(?:på[ \t]+nær|undtagen)[ \t]+[A-ZÆØÅ][\wæøå-]+)?(?![\wæøå])"
)
# a named member: a region or a KKR, a municipality abroad ("Sermersooq kommune (i Grønland)"), a university or college
REGION = re.compile(r"(?:Region|KKR)[ \t]+[A-ZÆØÅ][\wæøå]+(?![\wæøå-])")
ABROAD = re.compile(r"(?P<name>[A-ZÆØÅÖÄ][\wæøåöä]+[ \t]+(?:kommune|stad|kommun))(?:[ \t]+i[ \t]+[A-ZÆØÅ][\wæøå]+)?")
INSTITUTION = re.compile(
    r"(?:[A-ZÆØÅ][\wæøå-]*[ \t]+){0,3}?"
    r"(?:[A-ZÆØÅ][\wæøå-]*(?:universitet|professionshøjskole|erhvervsakademi)|Universitet|Professionshøjskole|"
    r"Erhvervsakademi|University(?:[ \t]+College)?|College)(?:et|en|n)?(?:[ \t]+[A-ZÆØÅ][\wæøå-]*){0,2}(?![\wæøå-])"
)
# a state body or a national organisation named as a member: "Kulturministeriet", "Dansk Kyst- og Naturturisme"
# (never a board: "Kommunalbestyrelsen", "Bestyrelsen")
STATE_BODY = re.compile(r"[A-ZÆØÅ][\wæøå]*(?:ministeriet|ministerium|(?<![Bb]e)styrelsen)(?![\wæøå-])")
NATIONAL = re.compile(
    r"(?:Dansk|Danske|Danmarks)(?:[ \t]+[A-ZÆØÅ][\wæøå]*(?:-[ \t]+og[ \t]+[A-ZÆØÅ]?[\wæøå]+)?)+(?![\wæøå-])"
)
SEPARATOR = re.compile(r"[ \t]*,[ \t]*(?:(?:og|samt)[ \t]+)?|[ \t]+(?:og|samt)[ \t]+")


def member_at(text: str, pos: int, hi: int) -> tuple[FellowRef | None, int] | None:
    """The list item at pos: (None, its end) for the unnamed group, (the member, its end) for a named one; None for
    anything else, which ends the list."""
    group = GROUP.match(text, pos, hi)
    if group is not None:
        return None, group.end()
    region = REGION.match(text, pos, hi)
    if region is not None:
        known = lookup_alias(region.group(0))
        if known is None or known.type != "Organization":
            return None
        if known.kind != "region" and not known.id.startswith("organization:kkr-"):
            return None
        return FellowRef(known.id, known.name, known.kind, pos, region.end()), region.end()
    abroad = ABROAD.match(text, pos, hi)
    if abroad is not None and municipality_named(abroad["name"]) is None:
        name = abroad["name"]
        return FellowRef(ids.organization_id(name), name, "other", pos, abroad.end("name")), abroad.end()
    for form in (INSTITUTION, STATE_BODY, NATIONAL):
        named = form.match(text, pos, hi)
        if named is not None:
            name = " ".join(named.group(0).split())
            return FellowRef(ids.organization_id(name), name, "other", pos, named.end()), named.end()
    return None


def _named_members(text: str, pos: int, hi: int) -> list[FellowRef]:
    """The named members of the list at pos, when it holds the unnamed group too; else none."""
    members: list[FellowRef] = []
    group = False
    while pos < hi:
        item = member_at(text, pos, hi)
        if item is None:
            break
        member, pos = item
        if member is None:
            group = True
        elif member.id not in {m.id for m in members}:
            members.append(member)
        sep = SEPARATOR.match(text, pos, hi)
        if sep is None:
            break
        pos = sep.end()
    return members if group else []


def _named_again(text: str, name: str, start: int, end: int) -> bool:
    """Whether the text names ``name`` on its own elsewhere: not inside a longer run of capitalised words."""
    pattern = re.compile(rf"(?<![\wæøåÆØÅ&/-]){re.escape(name)}(?![\wæøåÆØÅ&/-])")
    for match in pattern.finditer(text):
        if start <= match.start() < end:
            continue
        before = text[max(0, match.start() - 40) : match.start()].rstrip(" \t")
        if before and re.search(r"[A-ZÆØÅ][\wæøå&-]*$", before) and not before.endswith("\n"):
            continue  # the tail of a longer name
        return True
    return False


def _subject(ctx: Context, networks: list[NetworkRef], lo: int, cue: int) -> str | None:
    """The body that opens the sentence (or its line) right before the cue at ``cue``."""
    text = ctx.text
    match = SUBJECT.search(text, max(lo, cue - SUBJECT_REACH), cue)
    if match is None:
        return None
    start = match.start()
    if start > lo and not LINE_OPEN.search(text, max(0, start - 40), start):
        return None  # the body is not the sentence's subject
    known = [n for n in networks if match.start("name") <= n.start and n.end == match.end("name")]
    if known:
        network = known[0]
        if network.mention is not None and network.mention.type != "Organization":
            return None  # a programme or partnership: an adoption (membership_relation), no row here
        return network_id(ctx, network)
    words = match["name"].split()
    for first in range(len(words)):
        name = " ".join(words[first:])
        if not subject_may_be_body(name):
            continue
        if _named_again(text, name, match.start("name"), match.end("name")):
            return named_network(ctx, name)
    return None


def subject_may_be_body(name: str) -> bool:
    """Whether a name can be a joint body's: no municipality, region, place, council, plan or project, no reference
    back, no body's own word or sub-body, no municipality's own body, no person."""
    return (
        may_be_network(name)
        and BACK_REFERENCE.fullmatch(name) is None
        and BODY_WORD.fullmatch(name) is None
        and SUB_BODY.search(name) is None
        and not is_municipal_body(name)
        and lookup_alias(name) is None  # a known body the mentions did not take as a network
        and not _a_person(name)
    )


def _a_person(name: str) -> bool:
    """Whether a name reads as a person's: two words or more, the first a known first name ("Anne Hansen")."""
    words = name.split()
    return len(words) >= 2 and words[0] in first_names()


def add_group_owners(ctx: Context) -> None:
    """MEMBER_OF for each named owner or member a body's statement lists beside an unnamed group of municipalities."""
    text = ctx.text
    networks: list[NetworkRef] | None = None
    done: set[int] = set()
    for cue in finditer_near(CUE, text, CUE_WORDS, CUE_REACH):
        lo, hi = sentence_at(text, cue.start(), cue.end(), 0, len(text))
        if cue.start() in done or states_none(text, lo, hi):
            continue
        done.add(cue.start())
        members = _named_members(text, cue.end(), hi)
        if not members:
            continue
        if networks is None:
            networks = networks_of(ctx)
        found = _subject(ctx, networks, lo, cue.start())
        if found is None or dissolved(ctx, found):
            continue
        relate_fellows(ctx, members, found)
