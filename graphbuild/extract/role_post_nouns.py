"""A post named as a post after its holder's name, in the holder's clause (read by `roles`): "Knud Berggreen bestred
posten som næstformand", "Ib Lauritsen (V) … overtager posten som næstformand", "Knud Damgaard fortsætter på
næstformandsposten", "NAME fik formandssædet i Udvalget for X", "NAME trækker sig fra posten som formand for
Ældrerådet", "NAME overtager formandsposten i udvalget". A candidacy, a proposal or a denial is no post held
("stillede op til formandsposten", "ønsker formandsposten", "er indstillet til posten som formand", "fik ikke
formandsposten"). The post is held in the body named right after it, else in the body an unnamed chair there
chairs."""

from __future__ import annotations

import re

from graphbuild.extract.people import PersonMention
from graphbuild.extract.role_denials import not_yet
from graphbuild.extract.role_facts import PENDING, UNPLACED, Target
from graphbuild.extract.role_lower_bodies import lower_case_body_at
from graphbuild.extract.role_patterns import ROLE_WORDS, is_municipal, role_of_word
from graphbuild.extract.role_sentence import Sentence, next_mention

# "posten som næstformand", "formandsposten", "næstformandsposten", "viceborgmesterposten", "formandsstolen",
# "formandssædet"
POST_NOUN = re.compile(
    rf"(?<![\wæøå-])(?:posten[ \t]+som[ \t]+(?P<title>{ROLE_WORDS})|"
    r"(?P<compound>(?:næst)?formand|(?:[1-3]\.[ \t]*)?viceborgmester|borgmester)s?(?:posten|stolen|sædet))(?![\wæøå-])",
    re.IGNORECASE,
)
# between the name and the post: the holder's own clause, no full stop, no other clause's subject
CLAUSE_GAP = re.compile(r"[^.;:!?\n]{0,90}")
# seeking or standing for a post is not holding it, nor being proposed for it or denied it ("NAME er indstillet til
# posten som formand", "NAME fik ikke formandsposten")
CANDIDACY = re.compile(
    r"stille\w*\s+op|kandid|ønske|søge|bejle|går\s+efter|vil\s+have|håbe|indstil|foreslå|anbefal|nominer|"
    r"(?<![\wæøå])(?:ikke|aldrig)(?![\wæøå])",
    re.IGNORECASE,
)
# the body after the post: "… formand for Ældrerådet", "… formandsposten i udvalget"
BODY_AFTER = re.compile(r"[ \t]+(?:for|i)[ \t]+")


_ORDINAL = re.compile(r"^([1-3]\.)\s*")  # "1.næstformand" -> "1. næstformand"


def post_after_name(s: Sentence, p: PersonMention) -> None:
    """The post the clause after the name names as a post ("bestred posten som næstformand") is the name's."""
    text, hi = s.text, s.hi
    window_end = min(hi, p.end + 140)
    window = text[p.end : window_end]
    if "post" not in window and "stolen" not in window and "sædet" not in window:
        return
    post = POST_NOUN.search(text, p.end, window_end)
    if post is None or CLAUSE_GAP.fullmatch(text, p.end, post.start()) is None:
        return
    between = text[p.end : post.start()]
    if CANDIDACY.search(between) or not_yet(text, p.start, p.end, post.start()):
        return  # "NAME overtager formentlig posten som formand", "Hvis NAME overtager formandsposten, …"
    if any(p.end < q.start < post.start() for q in s.here):
        return  # "stillede op til formandsposten"; another name nearer the post is its holder
    role = role_of_word(post["title"] or post["compound"])
    role = _ORDINAL.sub(r"\1 ", role)
    s.add(p, role, PENDING if is_municipal(role) else _held_in(s, post.end()))


def _held_in(s: Sentence, at: int) -> Target:
    """The body named right after the post ("… formand for Ældrerådet", "… i udvalget"), else the chair's."""
    prep = BODY_AFTER.match(s.text, at, s.hi)
    if prep is not None:
        named = next_mention(s.orgs, prep.end(), min(s.hi, prep.end() + 2))
        if named is not None:
            return named
        lower = lower_case_body_at(s, prep.end())
        if lower is not None:
            return lower[0]
    return s.chair(at) or UNPLACED
