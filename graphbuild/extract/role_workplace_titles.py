"""A title after the workplace that follows a name (read by `role_entry_titles`), as rosters of delegates print it:
in brackets, "Frank Jensen (Københavns Kommune, formand)", "Anne Tønnes (Københavns Politi, medlem)", "Jakob Vedsted
Andersen (Hovedstadens Beredskab, beredskabsdirektør)"; or between commas, "Jens Hansen, Struer Kommune,
kommunaldirektør". The workplace-first order of the bracket `role_titles` reads title first; a chair's post after a
workplace between commas is `role_entry_titles`' (CHAIR_AFTER_WORKPLACE). A seat (member, chair, substitute,
observer) is held in the body the list is about; another title in the workplace."""

from __future__ import annotations

import re

from graphbuild.extract.role_facts import Target
from graphbuild.extract.role_patterns import BOARD_ROLES, CHAIR_ROLES, NAME_BRACKET, ROLE_WORDS, role_of_word
from graphbuild.extract.role_sentence import Reading, Sentence
from graphbuild.extract.role_titles import BODY_SEATS, body_seat, named_target

_TITLE = rf"(?P<role>{ROLE_WORDS}|medlem|suppleant|stedfortræder|referent)"
# the workplace first in the bracket, the title closing it (a party's bracket may come first: "(A) (Favrskov …, …)")
IN_BRACKETS = re.compile(
    r"^(?:[ \t]*\([^()\n]{1,12}\))?[ \t]*\((?P<org>(?-i:[A-ZÆØÅ])[^(),\n]{1,50}),[ \t]*" + _TITLE + r"[ \t]*\)",
    re.IGNORECASE,
)
# … or between commas, the title closing the entry (never a title opening the next one: "…, Struer Kommune, borgmester
# Per Olsen")
BETWEEN_COMMAS = re.compile(
    rf"^{NAME_BRACKET}[ \t]*,[ \t]*(?P<org>(?-i:[A-ZÆØÅ])[^,()\n]{{1,50}}?)[ \t]*,[ \t]*{_TITLE}"
    r"(?=[ \t]*(?:[,.;)\n]|$)|[ \t]+og[ \t])",
    re.IGNORECASE,
)
# the seats of the listed body a delegate from a workplace holds there
DELEGATE_SEATS = BOARD_ROLES | BODY_SEATS | frozenset({"medlem", "stedfortræder"})


def title_after_workplace(s: Sentence, r: Reading) -> bool:
    """The title after the workplace after r's name, in brackets or between commas; whether one was read."""
    p, after = r.p, r.after
    match = IN_BRACKETS.match(after) if "(" in after[:16] else None
    if match is None and after.lstrip(" \t").startswith((",", "(")):
        match = BETWEEN_COMMAS.match(after)
        if match is not None and role_of_word(match["role"]) in CHAIR_ROLES:
            return False  # CHAIR_AFTER_WORKPLACE's
        if match is not None and any(p.end < q.start < p.end + match.end() for q in s.here):
            return False  # a list of names: "A, B, direktør" is B's title, not A's at B
    if match is None:
        return False
    role = role_of_word(match["role"])
    target: Target | None
    if role in DELEGATE_SEATS or body_seat(role):
        target = s.chair(p.start)
    else:
        at = p.end + match.start("org")
        target = named_target(s.text, at, at + len(match["org"]), s.orgs)
    if target is not None:
        s.add(p, role, target)
    return target is not None
