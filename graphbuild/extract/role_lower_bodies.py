"""A body written in lower case after a title's preposition (read by the role readers): the body the text is
about, by its kind alone ("formand for udvalget", "næstformand i bestyrelsen", "Formand for rådet er NAME"), or a
committee named in lower case as news and prose write it ("bliver formand for teknik- og miljøudvalget",
"næstformand i økonomiudvalget", "formand for børne- og skoleudvalget")."""

from __future__ import annotations

import re

from graphbuild.extract.role_facts import Target
from graphbuild.extract.role_sentence import Sentence
from graphbuild.vocab import ids
from graphbuild.vocab.bodies import BODY_NOUNS, WORKING_GROUP_NOUNS, noun_pattern

# the body an adjective's indefinite form names ("den midlertidige bestyrelse", "den nye arbejdsgruppe"): a body
# noun or a working group's; a forum, a network and a committee ("komité") left out by name
_ADJECTIVE_NOUNS = noun_pattern((*BODY_NOUNS, *WORKING_GROUP_NOUNS), without=("forum", "netværk", "komite", "komité"))
# the body by its kind alone, the one the text is about there
# … or in the indefinite after an adjective: "den midlertidige bestyrelse", "det nye udvalg"
GENERIC_BODY = re.compile(
    r"(?:det[ \t]+)?(?:udvalget|bestyrelsen|rådet|nævnet|kommissionen|styregruppen|arbejdsgruppen|følgegruppen|"
    r"styrelsen|repræsentantskabet|forummet|komitéen|komiteen|"
    # … a company, an association or a network by its kind: "direktør for destinationen", "formand for foreningen"
    r"destinationen|selskabet|foreningen|organisationen|netværket|partnerskabet)s?(?![\wæøå-])|"
    rf"(?:den|det)[ \t]+[a-zæøå]{{2,}}e[ \t]+(?:{_ADJECTIVE_NOUNS})s?(?![\wæøå-])",
    re.IGNORECASE,
)
# a committee or a council named in lower case: "teknik- og miljøudvalget", "økonomiudvalget", "ældrerådet",
# "social-, sundheds- og ældreudvalget"; never a capital (a name any list knows is the mention readers')
# … or by an adjective before its kind: "teknisk udvalg", "Socialt Udvalg" in prose, "økonomisk udvalg"
LOWER_NAMED_BODY = re.compile(
    r"(?:[a-zæøå]+-,?[ \t]+){0,3}(?:(?:og|&)[ \t]+)?[a-zæøå]{2,}(?:udvalg(?:et)?|rådet|nævnet|kommissionen|netværket)"
    r"(?![\wæøå-])|[a-zæøå]{3,}(?:isk|sk|lt)e?[ \t]+udvalg(?:et)?(?![\wæøå-])"
)


def lower_case_body(s: Sentence, start: int, end: int) -> Target | None:
    """The body the lower-case words at text[start:end] name, if they are nothing but a body: by its kind alone,
    the body an unnamed chair there chairs (`Sentence.chair`); by a committee's name, that committee."""
    text = s.text
    generic = GENERIC_BODY.match(text, start, end)
    if generic is not None and not text[generic.end() : end].strip(" \t,"):
        return s.chair(start)
    named = LOWER_NAMED_BODY.match(text, start, end)
    if named is None or text[named.end() : end].strip(" \t,"):
        return None
    name = " ".join(named.group(0).split())
    name = name[0].upper() + name[1:]
    return (ids.organization_id(name), name, "Organization")


def lower_case_body_at(s: Sentence, start: int) -> tuple[Target, int] | None:
    """The lower-case body that begins at start, and where it ends (a clause may follow it)."""
    text, hi = s.text, s.hi
    for pattern in (GENERIC_BODY, LOWER_NAMED_BODY):
        found = pattern.match(text, start, hi)
        if found is not None:
            target = lower_case_body(s, start, found.end())
            return (target, found.end()) if target is not None else None
    return None
