"""A title with its holder's name in brackets right after it (read by `roles`), as associations' minutes name the
one who holds a post they speak of: "Regnskabet var godkendt af vores revisor (Winni Sørensen)", "Haastrup Arkiv har
fået et nyt bestyrelsesmedlem (Anna Haastrup, Fåborg)", "1 medlem (Henrik Hansen, A)". The bracket holds the name
first, then at most a place, a party or a workplace after a comma; never a name after other words in it, never
a body's or a firm's name ("chefkonsulent (Rambøll)": no name), never a substitute's seat (a member's stand-in
at this meeting is attendance's: "stedfortræder (NAME)"), and never a party's word ("løsgænger (NAME)")."""

from __future__ import annotations

import re

from graphbuild.extract.role_facts import PENDING, UNPLACED
from graphbuild.extract.role_patterns import ROLE_WORDS, is_municipal, is_staff, role_of_word
from graphbuild.extract.role_sentence import Reading, Sentence

# the title, then the bracket opening right before the name
TITLE_THEN_BRACKET = re.compile(
    rf"(?<![\wæøå.-])(?P<role>{ROLE_WORDS}|(?:bestyrelses)?medlem(?:met)?|referent(?:en)?|dirigent(?:en)?|"
    r"ordstyrer(?:en)?|mødeleder(?:en)?)[ \t]*\([ \t]*$",
    re.IGNORECASE,
)
# the bracket closing after the name, a place, a party or a workplace after a comma
BRACKET_CLOSES = re.compile(r"[ \t]*(?:,[ \t]*[^()\n,]{1,40})?\)")


def holder_in_brackets(s: Sentence, r: Reading) -> None:
    """ "vores revisor (Winni Sørensen)": the title before the bracket the name opens."""
    if not r.before.rstrip(" \t").endswith("("):
        return
    title = TITLE_THEN_BRACKET.search(r.before)
    if title is None or BRACKET_CLOSES.match(r.after) is None:
        return
    role = role_of_word(title["role"])
    if role == "løsgænger":
        return  # a party's word, no title (the corpus README)
    if is_municipal(role):
        target = s.own if s.own is not None else PENDING
    elif is_staff(role):
        target = s.own if s.own is not None else UNPLACED
    else:
        target = s.body if s.body is not None else s.chair(r.p.start) or UNPLACED
    s.add(r.p, role, target)
