"""A round of introductions told in other words than "præsentationsrunde", read by ``outcomes`` as a welcome is (a
decision of such sentences only is none, "a welcome or round of introductions only"): the members presenting
themselves ("Kassereren præsenterede kort sig selv", "Alle de tilstedeværende præsenterede dernæst dem selv",
"Christina præsenterer sig kort"), all of them giving a short presentation ("Alle medlemmer gav en kort
præsentation."), a presentation of the members ("en kort præsentation af udvalgets medlemmer").

Never a presentation of something else: "Formanden præsenterede dem for planen", "gav en kort præsentation af
projektet", "Alle medlemmer gav en kort præsentation af deres arbejde" are information given (noted); a sentence that
prints a form of the table beside the introduction ("… præsenterede kort sig selv og informerede om regnskabet") is
no introduction only.
"""

from __future__ import annotations

import re

from graphbuild.extract.decision_rules import first_form

# the word every introduction holds, in any case: a sentence without it is not searched
_CUE = "præsent"
_INTRODUCTION = re.compile(
    # who presents themselves: "præsenterede (kort) sig (selv)", "præsenterede dernæst dem selv", "præsenterer sig kort"
    r"\bpræsenter(?:ede|er)\s+(?:[\wæøå]+\s+){0,2}?(?:sig|hinanden|dem\s+selv)\b(?!\s+(?:for|med)\b)"
    # every member giving a short presentation, nothing presented after it: "Alle medlemmer gav en kort præsentation."
    r"|\b(?:alle|medlemmerne|deltagerne)\s+(?:[\wæøå]+\s+){0,3}?(?:en\s+)?(?:kort\s+)?præsentation"
    r"(?=\s*(?:[.!]|$)|\s+af\s+(?:sig\s+selv|hinanden)\b)"
    # the members presented: "en kort præsentation af udvalgets medlemmer", "præsentation af mødedeltagerne"
    r"|\bpræsentation\s+af\s+(?:[\wæøå]+\s+)?(?:medlemmer(?:ne)?|(?:møde)?deltagere?(?:ne)?)\b",
    re.IGNORECASE,
)


def introduction_only(sentence: str) -> bool:
    """The sentence tells a round of introductions and prints no form of the table beside it."""
    if _CUE not in sentence.lower():
        return False
    found = _INTRODUCTION.search(sentence)
    if found is None:
        return False
    rest = f"{sentence[: found.start()]} {sentence[found.end() :]}"
    return first_form(rest) is None
