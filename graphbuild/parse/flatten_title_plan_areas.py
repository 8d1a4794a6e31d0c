"""A local plan's title on a flattened contents page, its plan word and number then the area the plan is for: "Endelig
vedtagelse af forslag til lokalplan nr. 237 Centerområde Dommergården og Tinghuset i Terndrup", "Forslag til lokalplan
245 Sommerhusområderne Noret og Strandlysthuse", "Godkendelse af forslag til lokalplan Boligområde ved Globevænget",
"forslag til Lokalplan nr Område til erhverv …". The word-by-word cut (``flatten_titles``) read the plan's number as a
page number and opened a title at the area's capitalised name after it (or after the bare plan word): the number is the
plan's and the area goes on its title. Only right after "lokalplan" (its "nr."/"nr" and a number of three digits at
most between), and only before an area's word, a compound ending in "område"/"områder"/"området"/"områderne"; any
other capitalised word after a plan's number still opens a title ("… lokalplan 12 Godkendelse af …")."""

from __future__ import annotations

import re

_PLAN = frozenset({"lokalplan", "lokalplanforslag"})
_NUMBER_WORD = frozenset({"nr.", "nr"})
_PLAN_NUMBER = re.compile(r"\d{1,3}")
_AREA = re.compile(r"(?:[a-zæøå][a-zæøå-]*)?områd(?:e|er|et|erne)", re.IGNORECASE)


def _names_area(word: str) -> bool:
    return word[:1].isupper() and _AREA.fullmatch(word) is not None


def _after_plan_word(words: list[str], k: int) -> bool:
    """Whether ``words[:k]`` ends in the plan's word and its number's words: "lokalplan", "lokalplan nr.",
    "lokalplan 245", "lokalplan nr. 237"."""
    end = k
    if end and _PLAN_NUMBER.fullmatch(words[end - 1]):
        end -= 1
    if end and words[end - 1].lower() in _NUMBER_WORD:
        end -= 1
    return bool(end) and words[end - 1].lower() in _PLAN


def is_plan_number(words: list[str], k: int) -> bool:
    """Whether ``words[k]``, a bare number, is the local plan's number before the area it is for ("lokalplan nr. 237
    Centerområde …"), not a contents page's number."""
    return (
        _PLAN_NUMBER.fullmatch(words[k]) is not None
        and k + 1 < len(words)
        and _names_area(words[k + 1])
        and _after_plan_word(words, k)
    )


def opens_plan_area(words: list[str], k: int) -> bool:
    """Whether ``words[k]`` is the area a local plan's title goes on to after the plan's word and number
    ("… lokalplan Boligområde ved …", "… Lokalplan nr Område til erhverv …"): it binds to the title."""
    return _names_area(words[k]) and _after_plan_word(words, k)
