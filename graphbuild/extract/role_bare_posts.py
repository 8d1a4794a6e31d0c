"""A post said after the name with no body after it (read by `roles`), as news items and minutes announce a new
chair or deputy: "Michael Ziegler er ny næstformand.", "NAME (D) er ny 1. viceborgmester, og NAME2 (IA) er ny 2.
viceborgmester", "NAME bliver formand, mens …", "Her bliver NAME næstformand", "NAME forbliver som næstformand";
the post is held where an unnamed chair is (the meeting's body, the body the text is about), a mayor's post in the
municipality."""

from __future__ import annotations

import re

from graphbuild.extract.role_clauses import clause_end, dates_of
from graphbuild.extract.role_facts import PENDING, Target
from graphbuild.extract.role_patterns import is_municipal, role_of_word
from graphbuild.extract.role_sentence import Reading, Sentence, clause_start

# the chair's, the deputy's and the mayor's posts: a bare "medlem" or a staff title says too little without a body
_POST = r"(?P<role>(?:[1-3]\.\s*)?(?:næst)?formand|(?:[1-3]\.\s*)?viceborgmester|borgmester)"
# the post ends its clause: a stop, a comma, the end of the line, or the next clause ("og", "mens", "med")
_POST_END = r"(?=[ \t]*(?:[.,;!]|\n|$)|[ \t]+(?:og|mens|samt|med|efter|i\s+stedet)\b)"
_NEW = r"(?:(?:den\s+)?(?:nye?|nyvalgte?|konstitueret|fungerende)\s+)?"
BARE_AFTER = re.compile(
    r"^(?:[ \t]*\([^()\n]{1,40}\))?[ \t]+(?:er|bliver|blev|forbliver|fortsætter)[ \t]+"
    rf"(?:(?:også|nu|fortsat|dermed|så)[ \t]+)?(?:som[ \t]+)?{_NEW}{_POST}{_POST_END}",
    re.IGNORECASE,
)
# the verb before the name: "Her bliver NAME næstformand", "Nu er NAME (V) ny formand"
VERB_BEFORE = re.compile(r"(?:^|[.!?:]\s+|\n)(?:Her|Nu|Så|Samtidig|Dermed|Desuden)\s+(?:er|bliver|blev)\s+$")
BARE_INVERTED = re.compile(
    rf"^(?:[ \t]*\([^()\n]{{1,40}}\))?[ \t]+(?:(?:også|nu|fortsat)[ \t]+)?{_NEW}{_POST}{_POST_END}", re.IGNORECASE
)


def bare_post_after_name(s: Sentence, r: Reading) -> None:
    """ "NAME er ny næstformand.", "Her bliver NAME næstformand": the post of the body an unnamed chair chairs."""
    match = BARE_AFTER.match(r.after)
    if match is None and VERB_BEFORE.search(s.text, max(0, r.p.start - 30), r.p.start):
        match = BARE_INVERTED.match(r.after)
    if match is None:
        return
    role = role_of_word(re.sub(r"^([1-3]\.)\s*", r"\1 ", match.group("role")))
    target: Target | None
    if is_municipal(role):
        target = s.own if s.own is not None else PENDING
    else:
        target = s.body if s.body is not None else s.chair(r.p.start)
    if target is None:
        return
    end = r.p.end + match.end()
    statement = s.text[clause_start(s.text, s.lo, r.p.start) : clause_end(s.text, end, s.hi)]
    s.add(r.p, role, target, *dates_of(statement))
