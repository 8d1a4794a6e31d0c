"""Unknown initiatives named by their form: a kind of plan with its years, a policy with its capitalised title, a
quoted title after a word that says it names an initiative."""

from __future__ import annotations

import re

from graphbuild.extract.mention_record import Mention, mention_of
from graphbuild.vocab.near import Word, finditer_near

INITIATIVE_HEADS = (
    "aftale|aftalen|kontrakt|kontrakten|strategi|strategien|politik|politikken|pulje|puljen|handleplan|program"
)


_YEAR_DASH = re.compile(r"\s*[-–]\s*")


def _years(raw: str) -> str:
    parts = [p for p in _YEAR_DASH.split(raw.strip()) if p]
    return "-".join(parts)


INITIATIVE_KINDS = (
    ("aftale", "agreement"),
    ("kontrakt", "contract"),
    ("strategi", "strategy"),
    ("politik", "policy"),
    ("pulje", "fund"),
    ("plan", "plan"),
    ("program", "programme"),
)


def _initiative_kind(head: str) -> str | None:
    word = head.lower()
    return next((kind for stem, kind in INITIATIVE_KINDS if stem in word), None)


# Initiatives by their form: a kind of plan with its years, a policy with its capitalised title, a
# quoted title. Each pattern runs only near the words its matches hold (vocab.near).
_DATED_INITIATIVE = re.compile(
    rf"(?<![\w-])([A-ZÆØÅa-zæøå]*(?:{INITIATIVE_HEADS}))\s+(\d{{4}}(?:\s*[-–]\s*(?:\d{{4}}|\d{{2}}))?)(?![\w-])"
)
# each word opens a window only where it ends a head before a year ("aftale|n 2024", "handleplan 2020")
_DATED_WORDS: tuple[Word, ...] = tuple(
    (word, re.compile(rf"{word}[a-zæøå]{{0,3}}\s+\d{{4}}"))
    for word in ("aftale", "kontrakt", "strategi", "politik", "pulje", "plan", "program")
)
_TITLED_INITIATIVE = re.compile(
    r"(?<![\w-])(?:[a-zæøå]*(?:politik|strategi|program|ordning|platform))(?:ken|en|et)?\s+"
    r"((?:[A-ZÆØÅ][\wæøå-]*)(?:[ \t]+[A-ZÆØÅ][\wæøå-]*)+)"
)
# ... and where it ends a head before a capitalised title ("strategi|en Grøn Omstilling")
_TITLED_WORDS: tuple[Word, ...] = tuple(
    (word, re.compile(rf"{word}(?:ken|en|et)?\s+[A-ZÆØÅ]"))
    for word in ("politik", "strategi", "program", "ordning", "platform")
)
_QUOTED_INITIATIVE = re.compile(r"[\"“”'‘’]([A-ZÆØÅ][^\"“”'‘’\n]{2,60}?)[\"“”'‘’]")
# a quote mark opens a window only where a capital follows it, as a quoted title's opening mark does
_QUOTES: tuple[Word, ...] = tuple((mark, re.compile(f"{mark}[A-ZÆØÅ]")) for mark in ('"', "“", "”", "'", "‘", "’"))
# a word shortly before a quoted title that says the title names an initiative
_INITIATIVE_NOUN = re.compile(r"ordning|initiativ|abonnement|program|platform|salon|projekt|kampagne|indsats")
_INITIATIVE_REACH = 80  # a compound word before its head, a quote after its mark


def find_unknown_initiatives(text: str, lo: int, hi: int) -> list[Mention]:
    out = []
    segment = text[lo:hi]
    for match in finditer_near(_DATED_INITIATIVE, segment, _DATED_WORDS, _INITIATIVE_REACH):
        head = match.group(1)
        if len(head) < 6 or not head[0].isupper():
            continue
        name = f"{head[0].upper()}{head[1:]} {_years(match.group(2))}"
        out.append(mention_of(lo + match.start(), lo + match.end(), "Initiative", name, kind=_initiative_kind(head)))
    for match in finditer_near(_TITLED_INITIATIVE, segment, _TITLED_WORDS, _INITIATIVE_REACH):
        name = match.group(1)
        out.append(mention_of(lo + match.start(1), lo + match.end(1), "Initiative", name, kind="policy"))
    for match in finditer_near(_QUOTED_INITIATIVE, segment, _QUOTES, _INITIATIVE_REACH):
        before = segment[max(0, match.start() - 60) : match.start()].lower()
        if _INITIATIVE_NOUN.search(before):
            name = match.group(1).strip()
            out.append(mention_of(lo + match.start(1), lo + match.end(1), "Initiative", name))
    return out
