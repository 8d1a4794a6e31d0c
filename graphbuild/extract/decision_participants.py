"""Who takes part, where "deltager" is read as a decision: the body's decision on who goes ("Niels, Jørn, Thor og
Jørgen deltager.", "(Vi deltager)", "Formanden deltager i mødet", "Fra bestyrelsen deltager Niels og Jørn") names
people; a place, a municipality or an organisation taking part ("Glamsbjerg deltager i projektet …", "Kommunen
deltager med Frank, Thomas, Lone") is news told the meeting or a line of its programme, no verdict of the item.

``decision_rules.first_form`` skips a "deltager" whose subject before it is no person and after which no person is
named.
"""

from __future__ import annotations

import re

from graphbuild.vocab.person_names import is_title_word, listed_first_name

_PARTICIPATES = "deltager"
# the words before the verb back to its clause's start (a full stop, a line break, a bracket, a dash, a bullet)
_CLAUSE_START = re.compile(r"[.\n(•–;:]")
_WORD = re.compile(r"[^\W\d_][\w\-]*")
# a person as a pronoun or a group of the members ("Vi deltager", "Alle deltager", "Begge deltager")
_PERSON_PRONOUNS = frozenset({"vi", "jeg", "alle", "begge", "han", "hun", "de", "du", "i"})
# initials as informal minutes name a member ("JH deltager", "LS og KA deltager")
_INITIALS = re.compile(r"[A-ZÆØÅ]{2,3}")
_AFTER_SPAN = 40  # the words after the verb that may name who takes part


def _names_a_person(token: str) -> bool:
    """A person's word: a listed first name, a surname after one (read by the caller), initials, a pronoun, a title
    ("Formanden", "Kassereren": a post's noun in the definite)."""
    if listed_first_name(token) or _INITIALS.fullmatch(token) or token.lower() in _PERSON_PRONOUNS:
        return True
    lower = token.lower()
    bare = lower[:-2] if lower.endswith("en") else lower[:-1] if lower.endswith("n") else lower
    return is_title_word(lower) or is_title_word(bare) or lower.endswith(("eren", "øren", "ren"))


def third_party_taking_part(decision: str, start: int) -> bool:
    """The form at ``start`` is "deltager" whose subject names no person and after which no person is named."""
    if not decision[start:].lower().startswith(_PARTICIPATES):
        return False
    clause_start = max((m.end() for m in _CLAUSE_START.finditer(decision, max(0, start - 120), start)), default=0)
    before = _WORD.findall(decision[clause_start:start])
    if not before:
        return False  # "Deltager: …" opening its clause: a label or the verb alone, read as before
    last = before[-1]
    if _names_a_person(last) or (len(before) >= 2 and listed_first_name(before[-2]) and last[:1].isupper()):
        return False
    after = _WORD.findall(decision[start + len(_PARTICIPATES) : start + len(_PARTICIPATES) + _AFTER_SPAN])
    # "Fra bestyrelsen deltager Niels og Jørn": the people named right after the verb
    return not (after and listed_first_name(after[0]))
