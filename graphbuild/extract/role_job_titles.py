"""Where a title of the reference list of job titles (role_patterns.JOB_TITLES: "graver", "webmaster",
"skibsfører") is held: only printed after its holder's name ("Peter Nørgaard – graver", "Ole Berg, webmaster",
"Klaus Henriksen (skibsfører)") or as a label's, its colon before the name ("Webmaster: NAME"). Printed before a
name in running text it describes a person by trade more often than it names a post ("den lokale kunstner Søren
Lund", "journalist NAME"), and after a comma it may be the previous name's ("…, Peter Nørgaard –\ngraver, Else
Marie Birk"); and a case handler named for a case ("Sagsbehandler: NAME") holds no post by the annotation rules."""

from __future__ import annotations

import re

from graphbuild.extract.role_facts import RoleFact
from graphbuild.extract.role_patterns import JOB_TITLES

_JOB_TITLES = frozenset(JOB_TITLES)
# the titles the annotation rules name as no post: a case handler, a contact person
NO_POSTS = frozenset({"sagsbehandler", "kontaktperson"})
# what stands between a label's title and its holder's name: its colon ("Webmaster: NAME", the annotation rules'
# "Referent: X"): the label's post, held like a title after the name
_LABEL_GAP = re.compile(r"(?:en)?[ \t]*:[ \t]*")


def job_title_not_held(text: str, fact: RoleFact) -> bool:
    """Whether the fact's title is a job title of the list printed before its holder's name (not as a label's,
    with its colon) and not after it, or one the annotation rules name as no post."""
    role = fact.role
    if role is None or role not in _JOB_TITLES:
        return False
    if role in NO_POSTS:
        return True
    p = fact.person
    before = text[min(fact.start, p.start) : p.start].lower()
    after = text[p.end : max(fact.end, p.end)].lower()
    at = before.rfind(role)
    if at < 0 or role in after:
        return False
    return _LABEL_GAP.fullmatch(before, at + len(role)) is None
