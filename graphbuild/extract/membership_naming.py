"""A body's name given by a naming phrase, for the membership rules:

- a new body a statement's members set up without naming it, named in a sentence after ("De seks kommuner A, B, …
  er i gang med at etablere et fælles beredskabsselskab … Byrådet godkendte endvidere Frederiksborg Brand og
  Redning som navn på det kommende selskab"): ``named_later`` gives the statement that network;
- a body's new name ("Ved den lejlighed skifter beredskabet også navn til Beredskab & Sikkerhed", "X blev omdøbt
  til Y"): ``add_renames`` gives the body named before it the new name as an alias, so its members' rows hold under
  either name (the same body, README `memberships`: the network as the text names it)."""

from __future__ import annotations

import re
from bisect import bisect_left

from graphbuild.extract.membership_network_forms import BACK_REFERENCE, NOT_NETWORK_NAMES
from graphbuild.extract.membership_networks import NetworkRef, network_id, networks_of
from graphbuild.extract.membership_relation import Context, named_network
from graphbuild.vocab import ids
from graphbuild.vocab.bodies import NETWORK_NOUNS, RESCUE_SERVICE_NOUNS, noun_pattern
from graphbuild.vocab.municipality_names import municipality_named
from graphbuild.vocab.near import finditer_near

# a body set up (or to be) and not named where it is: "etablere et fælles beredskabsselskab", "etablering af et §60
# fællesskab mellem …", "stiftet en ny forening", "dannelsen af et nyt selskab", "et fælles beredskab" (a network's
# noun or a rescue service's; "partnerskab" never among them, left out by name)
NEW_BODY = re.compile(
    r"\b(?:stift|etabler|dann|opret|sammenlæg)[\wæøå]*\s+(?:af\s+)?(?:et|en)\s+"
    r"(?:(?:nyt?|nye|fælles|samlet|kommende|tvær[\wæøå]*|(?:fælles)?kommunal[te]?|§\s*60)[\s-]*){1,2}"
    rf"[\wæøå-]*(?:{noun_pattern((*NETWORK_NOUNS, *RESCUE_SERVICE_NOUNS), without=('partnerskab',))})\b",
    re.IGNORECASE,
)
# a name given after the phrase: "under navnet X", "under et fælles navn: X", "får navnet X", "skifter (…) navn til
# X", "blev omdøbt til X", "skal hedde X", "Selskabet hedder X"
_NAME_AFTER = (
    r"\b(?:under|med|får|fik|fået)\s+(?:et\s+|det\s+)?(?:nye\s+|fælles\s+)?navn(?:et)?\s*:?|"
    r"\b(?:skal|vil|skulle)\s+hedde|\bkommer\s+til\s+at\s+hedde|\bhedder(?:\s+nu)?|"
    # the statutes' own naming: "Fællesskabet benævnes X", "Selskabet betegnes X", "Foreningens navn er X"
    r"\b(?:benævnes|betegnes|kaldes)|(?<=s)\s+navn\s+er|"
)
_RENAMED = r"\b(?:skift|ændr)[\wæøå]*\s+(?:[\wæøå]+\s+){0,3}?navn\s+til|\bomdøb[\wæøå]*\s+til"
NAME_AFTER = re.compile(rf"(?:{_NAME_AFTER}{_RENAMED})[ \t]*['\"«‘“]?[ \t]*", re.IGNORECASE)
RENAMED = re.compile(rf"(?:{_RENAMED})[ \t]*['\"«‘“]?[ \t]*", re.IGNORECASE)
RENAME_WORDS = ("navn", "omdøb")  # a rename holds one, at most RENAME_REACH after its start ("skifter … navn")
RENAME_REACH = 60
# a name given before the phrase: "X som navn på det kommende selskab", "X som det nye navn for foreningen"
NAME_BEFORE = re.compile(r"['\"»’”]?[ \t]+som\s+(?:det\s+)?(?:nye\s+)?navn\s+(?:på|for|til)\b", re.IGNORECASE)
# a name the network rules do not know, right at the phrase: capitalised words, "og", "&" between them
NAME = re.compile(r"[A-ZÆØÅ][\wæøå-]*(?:[ \t]+(?:[A-ZÆØÅ&][\wæøå-]*|og|for|I/S|A/S)){0,5}")
NAME_AT_END = re.compile(r"[A-ZÆØÅ][\wæøå-]*(?:[ \t]+(?:[A-ZÆØÅ&][\wæøå-]*|og|for|I/S|A/S)){0,5}$")
TRAILING_JOIN = re.compile(r"[ \t]+(?:og|for)$")
# how far after a statement the name of the body it sets up may be given
LATER_REACH = 900
# a naming phrase names a body only with a body's word beside it ("som navn på det kommende selskab", "skifter
# beredskabet navn til", "Selskabet hedder"), not a project's or a person's name ("Projektet får navnet X")
BODY_WORD = re.compile(rf"(?i:{noun_pattern((*NETWORK_NOUNS, *RESCUE_SERVICE_NOUNS))})")
NOT_BODY_WORD = re.compile(r"(?i:projekt|program|plan|kampagne|indsats|strategi|aftale)")
BESIDE = 60  # how far before the phrase and after it the body's word may stand
NEXT_TO = 30  # how far before the phrase and after it a project's word makes it a project's name


def _about_a_body(text: str, start: int, end: int) -> bool:
    """Whether a naming phrase at text[start:end] is about a body: a body's word beside it, no project's."""
    beside = text[max(0, start - BESIDE) : end + BESIDE]
    next_to = text[max(0, start - NEXT_TO) : end + NEXT_TO]
    return BODY_WORD.search(beside) is not None and NOT_BODY_WORD.search(next_to) is None


def _name_ok(name: str) -> bool:
    name = name.strip()
    return (
        len(name) > 2
        and not NOT_NETWORK_NAMES.match(name)
        and not BACK_REFERENCE.fullmatch(name)
        and municipality_named(name) is None
        and not name.lower().endswith((" kommune", " kommuner"))
    )


def _bare_name(text: str, at: int, hi: int) -> str | None:
    """The capitalised name at ``at`` when it can be a body's (a trailing "og"/"for" left off)."""
    match = NAME.match(text, at, hi)
    if match is None:
        return None
    name = TRAILING_JOIN.sub("", match.group(0))
    return name if _name_ok(name) else None


def _given_name(ctx: Context, networks: list[NetworkRef], starts: list[int], lo: int, hi: int) -> str | None:
    """The network the first naming phrase in text[lo:hi] gives: a network the rules know standing right at the
    phrase, else the capitalised name there."""
    text = ctx.text
    found: list[tuple[int, NetworkRef | str]] = []  # (where, the network or its bare name)
    for after in NAME_AFTER.finditer(text, lo, hi):
        if not _about_a_body(text, after.start(), after.end()):
            continue
        at = after.end()
        known = networks[bisect_left(starts, at) : bisect_left(starts, at + 1)]
        bare = None if known else _bare_name(text, at, hi)
        if known or bare is not None:
            found.append((at, known[0] if known else bare or ""))
            break
    for before in NAME_BEFORE.finditer(text, lo, found[0][0] if found else hi):
        if not _about_a_body(text, before.start(), before.end()):
            continue
        ending = [n for n in networks[: bisect_left(starts, before.start())] if n.end == before.start()]
        at_end = None if ending else NAME_AT_END.search(text, max(lo, before.start() - 80), before.start())
        if ending:
            found.append((before.start(), ending[-1]))
            break
        if at_end is not None and _name_ok(at_end.group(0)):
            found.append((before.start(), at_end.group(0)))
            break
    if not found:
        return None
    _, network = min(found, key=lambda f: f[0])
    return named_network(ctx, network) if isinstance(network, str) else network_id(ctx, network)


def named_later(ctx: Context, networks: list[NetworkRef], starts: list[int], lo: int, hi: int) -> str | None:
    """The network a statement text[lo:hi] whose members set up a body it does not name is given: the name a
    naming phrase gives in the statement or in the sentences after it (LATER_REACH)."""
    if NEW_BODY.search(ctx.text, lo, hi) is None:
        return None
    return _given_name(ctx, networks, starts, lo, min(len(ctx.text), hi + LATER_REACH))


def _renamed_body(ctx: Context, networks: list[NetworkRef], starts: list[int], cue: int) -> NetworkRef | None:
    """The body a rename is about: named in its sentence before the cue, else referred back to there
    ("skifter beredskabet navn til"; "Beredskabet skifter navn til") and named last before the sentence."""
    text = ctx.text
    lo = max(0, text.rfind(".", 0, cue) + 1, text.rfind("\n\n", 0, cue))
    before = networks[: bisect_left(starts, cue)]
    in_sentence = [n for n in before if n.start >= lo]
    if in_sentence:
        return in_sentence[-1]
    sentence = text[lo : cue + 60]
    if BACK_REFERENCE.search(sentence) and before:
        return before[-1]
    return None


def add_renames(ctx: Context) -> None:
    """An alias for each body the text renames, the new name on the body's entity (only a body a membership
    rule or the text's mentions made an entity)."""
    text = ctx.text
    renames = list(finditer_near(RENAMED, text, RENAME_WORDS, RENAME_REACH))
    if not renames:
        return
    networks = networks_of(ctx)
    starts = [n.start for n in networks]
    for match in renames:
        old = _renamed_body(ctx, networks, starts, match.start())
        if old is None:
            continue
        old_id = network_id(ctx, old) if old.mention is not None else ids.organization_id(old.name or "")
        if not ctx.facts.has(old_id):
            continue
        new = [n for n in networks[bisect_left(starts, match.end()) :] if n.start == match.end()]
        if new:
            new_name = text[new[0].start : new[0].end]
        else:
            bare = _bare_name(text, match.end(), len(text))
            if bare is None:
                continue
            new_name = bare
        kind = ctx.facts.type_of(old_id)
        if kind is not None:
            ctx.facts.entity(old_id, kind, new_name, " ".join(new_name.split()))
