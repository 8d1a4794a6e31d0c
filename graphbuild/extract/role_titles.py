"""Titles in brackets after a name (read by `roles`): "Jens Kaasgaard (Politidirektør, Midt- og Vestjyllands
Politi)", "Lone Gaisie (observatør – Vicekredsleder, Beredskabsforbundet)", "(observatør fra
Beredskabsforbundet)", "(suppleant)(BO)", "(borgmester Struer Kommune)"; a seat held in the body the list is
about, another title in the workplace named after it (a body the text names, a municipality by name, else the words).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from graphbuild.extract.mentions import Mention
from graphbuild.extract.people import PersonMention
from graphbuild.extract.role_facts import Target
from graphbuild.extract.role_patterns import BOARD_ROLES, ROLE_WORDS, role_of_word
from graphbuild.vocab import ids
from graphbuild.vocab.municipality_names import municipality_named

# a title in brackets with more in them: "Jens Kaasgaard (Politidirektør, Midt- og Vestjyllands Politi)", "Lone Gaisie
# (observatør – Vicekredsleder, Beredskabsforbundet)", "(observatør fra Beredskabsforbundet)", "(suppleant)(BO)"
# … or the workplace right after the title, capitalised: "Niels Viggo Lynghøj (borgmester Struer Kommune)"
BRACKET_TITLE = re.compile(
    rf"^(?:[ \t]*\([^()\n]{{1,12}}\))?[ \t]*\((?P<role>{ROLE_WORDS}|suppleant|mødeleder)"
    r"(?:[ \t]*(?P<sep>,|[-–]|[ \t](?:i|for|fra|ved|hos|på)(?=[ \t])|[ \t](?=(?-i:[A-ZÆØÅ])))[ \t]*"
    r"(?P<rest>[^()\n]{1,60}?))?[ \t]*\)",
    re.IGNORECASE,
)
SECOND_TITLE = re.compile(
    rf"(?P<role>{ROLE_WORDS})[ \t]*,[ \t]*(?P<org>(?-i:[A-ZÆØÅ])[^,()\n]{{1,50}})$", re.IGNORECASE
)
# seats in the body whose members are listed, whoever they came from: "(observatør fra Beredskabsforbundet)"
BODY_SEATS = frozenset({"observatør", "suppleant", "mødeleder"})


def body_seat(role: str) -> bool:
    """A seat in the body whose members are listed: an observer of any kind ("medarbejderobservatør",
    "medarbejder-observatør"), a substitute, the meeting's chair."""
    return role in BODY_SEATS or role.endswith("observatør")


def listed_seat(role: str) -> bool:
    """A seat in the body whose members are listed, wherever the list prints it: a `body_seat`, or a group's
    representative ("medarbejderrepræsentant", "forældrerepræsentant", "elevrepræsentant")."""
    return body_seat(role) or role.endswith("repræsentant")


# a capitalised word after a name in the genitive: "Hovedstadens Beredskab", "Vestegnens Politi"
_NOUN_AFTER_GENITIVE = re.compile(r"[ \t]+(?-i:[A-ZÆØÅ])[\wæøå-]+(?:[ \t]+(?-i:[A-ZÆØÅ])[\wæøå-]+)*[ \t]*$")


def _owner_of_the_named(text: str, mention: Mention, end: int) -> bool:
    """Whether a mention opens the words but is only the genitive owner of what they name ("Hovedstadens" of
    "Hovedstadens Beredskab": the rescue service, no region), capitalised words to the words' end after it; never
    "Kommune" after it ("Københavns Kommune" is the municipality)."""
    if mention.end >= end or not text[mention.start : mention.end].endswith("s"):
        return False
    rest = text[mention.end : end]
    return _NOUN_AFTER_GENITIVE.match(rest) is not None and "kommune" not in rest.lower()


def named_target(text: str, start: int, end: int, orgs: list[Mention]) -> Target | None:
    """The body written from start to end: a mention there, a municipality by name, else the words."""
    named = next((m for m in orgs if start <= m.start < end), None)
    words = " ".join(text[start:end].split()).rstrip(" .,")
    if named is not None and not _owner_of_the_named(text, named, end):
        return named
    if not words[:1].isupper() or len(words.split()) > 6:
        return None
    info = municipality_named(words.removesuffix(" Kommune"))
    if info is not None:
        return (ids.municipality_id(info.code), info.name, "Municipality")
    return (ids.organization_id(words), words, "Organization")


def bracket_title(
    text: str,
    p: PersonMention,
    after: str,
    orgs: list[Mention],
    chair: Callable[[int], Target | None],
    add: Callable[..., None],
) -> bool:
    """A title in brackets after a name, its workplace or a second title after it: a seat (observer,
    substitute) is held in the body the list is about; another title in the workplace named after it.
    Whether it read one (a bare title in brackets is left to POST_TITLE)."""
    match = BRACKET_TITLE.match(after)
    if match is None:
        return False
    role = role_of_word(match["role"])
    rest_start = p.end + match.start("rest") if match["rest"] else -1
    if role in BOARD_ROLES and rest_start < 0:
        return False  # "(formand)": POST_TITLE's
    if body_seat(role) or role in BOARD_ROLES:
        target = chair(p.start)
        if target is not None:
            add(p, role, target)
        second = SECOND_TITLE.fullmatch(match["rest"] or "")
        if second is not None and match["sep"] in ("-", "–"):
            # "(observatør – Vicekredsleder, Beredskabsforbundet)"
            at = rest_start + second.start("org")
            workplace = named_target(text, at, at + len(second["org"]), orgs)
            if workplace is not None:
                add(p, role_of_word(second["role"]), workplace)
        return target is not None
    if rest_start < 0 or match["sep"] in ("-", "–"):
        return False
    workplace = named_target(text, rest_start, rest_start + len(match["rest"]), orgs)
    if workplace is not None:
        add(p, role, workplace)  # "(Politidirektør, Midt- og Vestjyllands Politi)", "(politidirektør i Østjylland)"
    return workplace is not None
