"""A name's last word that is a post, run on from a roster's title line, read by `people` once per document and left
out: a PDF's text layer that flattened a roster one entry a line joins a title line to the name before it, the
name's own title under it ("… Skolebestyrelserne Lene Japsen Medarbejderrepræsentant - afgående Per Rudbeck
Medarbejderrepræsentant Lone Kofoed …") or the next entry's title over its name ("… Formanden for Børne- &
kulturudvalget Niels Heinel Formanden for Erhvervs- natur og teknikudvalget Christian Lorenzen …", "… Vicepolitidirektør
Anne Tønnes Observatør Claus Friis …"). Only inside a roster: the post is followed by the next entry's first name (a
qualifier after a dash, or the body the post is held in after "for"/"fra"/"i", between) or ends its line, and the
document prints two entries or more so (a post run on after a name, or a post right before a name). Only a post no
name is (a title word, a compound of one, "…repræsentant", "observatør", their definite forms: "Formanden",
"Færgedirektøren"), and only after a name of two words or more whose first is a known first name."""

from __future__ import annotations

import re
from collections.abc import Sequence

from graphbuild.vocab.person_names import is_title_word
from graphbuild.vocab.reference import first_names

# posts no name list word is, beside the title words: a group's representative and an observer
_OTHER_POSTS = re.compile(r"[a-zæøå]*repræsentant|observatør")
# what may stand between the post and the next entry's first name: a qualifier after a dash ("- afgående"), or the
# body the post is held in after its preposition, a few words ("for Erhvervs- natur og teknikudvalget")
_QUALIFIER = re.compile(r"[ \t]+(?:[-–][ \t]+[a-zæøå]+[ \t]+)?")
_PREPOSITION = re.compile(r"[ \t]+(?:for|fra|i)[ \t]+")
_WORD = re.compile(r"[^ \t\n]+[ \t]+")
BODY_WORDS = 6
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")
# a post right before a name: "Vicepolitidirektør Anne Tønnes", "Borgmester Ninna Thomsen"
_WORD_BEFORE = re.compile(r"([A-ZÆØÅ][a-zæøå-]+)[ \t]+$")
MIN_ENTRIES = 2


def is_post(word: str) -> bool:
    """Whether a capitalised word is a post, in the indefinite or the definite: "Medarbejderrepræsentant",
    "Formanden", "Færgedirektøren", "Observatør"."""
    lower = word.lower()
    for form in (lower, lower[:-2] if lower.endswith("en") else "", lower[:-1] if lower.endswith("n") else ""):
        if form and (is_title_word(form) or _OTHER_POSTS.fullmatch(form)):
            return True
    return False


def title_tails_left_out(text: str, people: Sequence[tuple[int, int, str]]) -> dict[int, str]:
    """Of one document's names (start, end, name), those whose last word is a post run on from a roster's title
    line, by their index: the name without it."""
    candidates: dict[int, str] = {}
    starts = {start: name for start, _, name in people}
    for index, (_, end, name) in enumerate(people):
        *head, tail = name.split()
        if len(head) < 2 or not tail[:1].isupper() or head[0] not in first_names() or not is_post(tail):
            continue
        if _LINE_END.match(text, end) or _next_entry(text, end, starts):
            candidates[index] = " ".join(head)
    if not candidates:
        return {}
    titled_before = sum(1 for start, _, _ in people if _post_before(text, start))
    return candidates if len(candidates) + titled_before >= MIN_ENTRIES else {}


def _next_entry(text: str, end: int, starts: dict[int, str]) -> bool:
    """Whether the next entry's name follows the post after ``end``, with a qualifier or the post's body between."""
    qualified = _QUALIFIER.match(text, end)
    if qualified is not None and _opens_entry(qualified.end(), starts):
        return True
    at = _PREPOSITION.match(text, end)
    for _ in range(BODY_WORDS if at is not None else 0):
        word = _WORD.match(text, at.end()) if at is not None else None
        if word is None or "\n" in text[word.start() : word.end()]:
            return False
        if _opens_entry(word.end(), starts):
            return True
        at = word
    return False


def _opens_entry(at: int, starts: dict[int, str]) -> bool:
    """Whether a name opening with a known first name starts at ``at``."""
    name = starts.get(at)
    return name is not None and name.split(None, 1)[0] in first_names()


def _post_before(text: str, start: int) -> bool:
    """Whether a post stands right before a name on its line."""
    word = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return word is not None and is_post(word.group(1))
