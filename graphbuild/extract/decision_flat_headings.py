"""The rest of a body's dated decision heading that a flattened page runs on into the decision, no line end closing it:
"Beslutning| i Folkeoplysningsudvalget (18-21) den 27-02-2018 Ingen mødt.", "Beslutning| Teknik, Erhverv, Plan og
Miljøudvalget 2018-2021 den 06-11-2018 •". On a line of its own the heading is read whole (``outcome_decision``'s
heading rest); run on, it is the heading only where a body's name stands before the date (a word ending in a body's
noun, "…udvalget", "Byrådet") and no verdict form does ("Beslutning Udvalget godkendte den 5. maj 2020 …" is the
decision, not its heading).
"""

from __future__ import annotations

import re

from graphbuild.extract.decision_rules import first_form
from graphbuild.parse.dates import DANISH_MONTHS
from graphbuild.vocab.bodies import ends_in_body_noun

_MONTHS = f"(?:{'|'.join(DANISH_MONTHS)})"
_DATE = rf"(?:\d{{1,2}}[.\-/]\s?\d{{1,2}}[.\-/]\d{{2,4}}|\d{{1,2}}\.\s*{_MONTHS}\s+\d{{4}})"
# "i Folkeoplysningsudvalget (18-21) den 27-02-2018", "Teknik, Erhverv, Plan og Miljøudvalget 2018-2021 den 06-11-2018":
# the body's name of up to eight words (a period's years, a bracket, commas in it), its date, then more on the line
_RUN_ON_REST = re.compile(
    rf"[ \t]*(?:i[ \t]+)?(?P<name>(?-i:[A-ZÆØÅ])[\wæøå\-&,()]*(?:[ \t]+[\wæøå\-&,()]+){{0,8}}?)"
    rf"[ \t]+(?:den|d\.)[ \t]+{_DATE}[ \t]*:?(?=[ \t]+\S)",
    re.IGNORECASE,
)
_BRACKETS_AND_YEARS = re.compile(r"\([^)]*\)|\b\d{4}(?:-\d{2,4})?\b|,")


def run_on_heading_end(text: str, at: int) -> int | None:
    """The end of a dated decision heading's rest opening ``text`` at ``at`` and running on into the decision on its
    line, or None where none does."""
    rest = _RUN_ON_REST.match(text, at)
    if rest is None or "\n" in rest[0]:
        return None
    words = _BRACKETS_AND_YEARS.sub(" ", rest["name"]).split()
    if not any(ends_in_body_noun(word) for word in words) or first_form(rest["name"]) is not None:
        return None
    return rest.end()
