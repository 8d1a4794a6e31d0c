"""Titles given to names in order by "henholdsvis" (read by `roles`): "A og B fik overrakt … som tak for deres indsats
som henholdsvis næstformand og formand for Østsjællands Beredskab" (the names before, the titles after), "Formands-
og næstformandsposten gik til henholdsvis borgmester i Ringsted Kommune, A, og borgmester i Faxe Kommune, B" (the
posts before, the names after). The first title is the first name's, the second the second's; a chair's seat in the
body named right after the titles, else where an unnamed chair is; a municipal title in the municipality the
person is tied to."""

from __future__ import annotations

import re

from graphbuild.extract.people import PersonMention
from graphbuild.extract.role_facts import PENDING, Target
from graphbuild.extract.role_patterns import BOARD_ROLES, ROLE_WORDS, is_municipal, role_of_word
from graphbuild.extract.role_sentence import Sentence, next_mention

# "som henholdsvis næstformand og formand for X": the titles after the cue, two or three
TITLES_AFTER = re.compile(
    rf"\bsom[ \t]+henholdsvis[ \t]+(?P<titles>(?:{ROLE_WORDS})(?:[ \t]*,[ \t]*(?:{ROLE_WORDS}))?[ \t]+og[ \t]+"
    rf"(?:{ROLE_WORDS}))(?P<of>[ \t]+(?:for|i|af)[ \t]+)?",
    re.IGNORECASE,
)
# "Formands- og næstformandsposten gik til henholdsvis": two posts by their compound's first parts
POSTS_BEFORE = re.compile(
    r"\b(?P<first>[A-Za-zæøåÆØÅ]+?)s?-[ \t]+og[ \t]+(?P<second>[a-zæøå]+?)s?post(?:en|erne)?[ \t]+"
    r"(?:gik|går|blev[ \t]+givet)[ \t]+til[ \t]+henholdsvis[ \t]+",
    re.IGNORECASE,
)
TITLE_SPLIT = re.compile(r"[ \t]*,[ \t]*|[ \t]+og[ \t]+", re.IGNORECASE)
ROLE_WORD = re.compile(rf"(?:{ROLE_WORDS})", re.IGNORECASE)


def respectively(s: Sentence) -> None:
    """The titles a sentence gives its names in order by "henholdsvis"."""
    text, lo, hi = s.text, s.lo, s.hi
    if "henholdsvis" not in text[lo:hi]:
        return
    for match in TITLES_AFTER.finditer(text, lo, hi):
        titles = [role_of_word(word) for word in TITLE_SPLIT.split(match["titles"])]
        before = [p for p in s.here if p.end <= match.start()]
        if len(before) < len(titles):
            continue
        named = next_mention(s.orgs, match.end(), min(hi, match.end() + 5)) if match["of"] else None
        for p, role in zip(before[-len(titles) :], titles, strict=True):
            _add(s, p, role, named, match.start())
    for match in POSTS_BEFORE.finditer(text, lo, hi):
        titles = [role_of_word(match["first"]), role_of_word(match["second"])]
        if not all(ROLE_WORD.fullmatch(title) for title in titles):
            continue
        after = [p for p in s.here if p.start >= match.end()][: len(titles)]
        if len(after) < len(titles):
            continue
        for p, role in zip(after, titles, strict=True):
            _add(s, p, role, None, match.start())


def _add(s: Sentence, p: PersonMention, role: str, named: Target | None, at: int) -> None:
    target = named
    if target is None and role in BOARD_ROLES:
        target = s.chair(at)
    if target is None and is_municipal(role):
        target = s.own if s.own is not None else PENDING
    if target is not None:
        s.add(p, role, target)
