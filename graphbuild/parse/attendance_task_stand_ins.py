"""A stand-in at a task of the meeting, not at the meeting: "Else Lorenzen forelagde årsberetningen i stedet for
formanden, der var forhindret", "X tog referat i stedet for Y", "X præsenterede sagen i stedet for Y": the words
between the name and "i stedet for" say what the person did in the other's place, and none of them is a verb of
coming, so no one stood in for a member and no member was away on that account (before, any four words in lower
case between them made the person a substitute and the other absent). Nothing between ("Svend Heiselberg i stedet
for Niels Krebs" in a list) or a verb of coming ("deltog i mødet i stedet for", "var indkaldt i stedet for",
"indtræder i bestyrelsen i stedet for") stays a stand-in. Read by `attendance_prose_substitutes`."""

from __future__ import annotations

import re

# the verbs of coming to the meeting or taking a member's seat, any tense; "til stede", "med" ("var med i stedet for")
_COMING = re.compile(
    r"(?i)\b(?:deltog|deltager|deltage|deltaget|mødte|mødt|møder|kom|kommer|indkald\w*|indtræder|indtrådte|indtrådt|"
    r"stede|med)\b"
)


def stands_in_at_a_task(between: str) -> bool:
    """Whether the words between a name and its "i stedet for" name a task done in the other's place, no coming."""
    return bool(between.strip(" \t\n,")) and _COMING.search(between) is None
