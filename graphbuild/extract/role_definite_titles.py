"""A title in the definite with what it heads described in lower-case words, right before its holder's name (read
by `role_body_before`): "direktøren for det nye sønderjyske beredskab Jarl Vagn Hansen", "formanden for børne- og
kulturdirektørforeningen Claus Maigaard", "Chefen for alle brandstationerne i Midt- og Sydsjællands Brand og
Redning (MSBR) Erik Andersen" (news prose: the definite title and the name are one phrase). Held in the body the
words name (a known one among them, else a lower-case committee or the body the text is about by its kind), else
in a board's seat's body there, else placed by the step. Never across a verb ("Formanden for bestyrelsen er
igen NAME": `role_chair_posts`'), a comma or another name."""

from __future__ import annotations

import re

from graphbuild.extract.role_facts import UNPLACED, Target
from graphbuild.extract.role_lower_bodies import lower_case_body
from graphbuild.extract.role_patterns import BOARD_ROLES, ROLE_STEMS, ROLE_WORDS, role_of_word
from graphbuild.extract.role_sentence import Reading, Sentence, ending
from graphbuild.extract.role_targets import kept_unplaced
from graphbuild.extract.word_gate import gated

DEFINITE_TITLE_FOR = gated(
    re.compile(
        rf"(?<![\wæøå-])(?P<role>{ROLE_WORDS})[ \t]+for[ \t]+"
        r"(?P<words>(?-i:[a-zæøå])[^,.;:()\n]{1,80}?(?:[ \t]*\([^()\n]{1,12}\))?)[ \t]+$",
        re.IGNORECASE,
    ),
    ROLE_STEMS,
)
# a verb or a clause's word between the title and the name: the name is no apposition of the title
CLAUSE_WORD = re.compile(
    r"(?<![\wæøå])(?:er|var|blev|bliver|har|havde|skal|vil|kan|som|der|at|hvor|mens|med|til)(?![\wæøå])",
    re.IGNORECASE,
)


def definite_title_before(s: Sentence, r: Reading) -> bool:
    """The definite title and the lower-case words of what it heads right before the name: the name's title."""
    p = r.p
    lo = max(s.lo, p.start - 130)
    if "for" not in s.text[lo : p.start].lower():
        return False  # no title "for" what it heads (no letter re.IGNORECASE reads as "f", "o" or "r" lowers otherwise)
    match = ending(DEFINITE_TITLE_FOR, s.text, lo, p.start, 16)
    if match is None or not match["role"].lower().endswith("en") or CLAUSE_WORD.search(match["words"]):
        return False
    words_at, words_end = match.span("words")
    if any(words_at <= q.start < p.start for q in s.here):
        return False
    role = role_of_word(match["role"])
    named = [m for m in s.orgs if words_at <= m.start and m.end <= words_end]
    target: Target | None = named[-1] if named else lower_case_body(s, words_at, words_end)
    if target is None and role in BOARD_ROLES:
        target = s.chair(p.start)
    if target is None and kept_unplaced(role):
        target = UNPLACED
    if target is None:
        return False
    s.add(p, role, target)
    return True
