"""A verdict form inside a question, asked by `decision_rules.first_form`: a sentence that ends in a question mark ("Er
budgettet vedtaget?", "Skal der stemmes om hele rapporten eller alene om fase 1?") or an indirect question after a
verb of asking and a comma ("Peter spurgte, om legepladsen er godkendt") asks what the body decided; it states no
verdict. A form after the question's sentence ("Hvornår er næste møde? Godkendt.") is read as before.
"""

from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"[.!?\n]")
_ASKING = re.compile(r"(?i)sp(?:urg|ørg)")  # the stem every verb of asking below holds
# a verb of asking, a comma, then "om"/"hvorvidt" opening the clause asked about: "spurgte, om", "forespurgte, hvorvidt"
_ASKED_WHETHER = re.compile(r"(?i)\b(?:spurgte|spørger|spurgt|forespurgte|forespørger)\s*,\s*(?:om|hvorvidt)\b")


def in_question(decision: str, start: int) -> bool:
    """The form at ``start`` stands in a question: its sentence ends in "?", or an indirect question after a verb of
    asking and a comma opens before it in the same sentence."""
    if "?" not in decision and _ASKING.search(decision) is None:
        return False
    sentence_start = max(decision.rfind(stop, 0, start) for stop in ".!?\n") + 1
    end = _SENTENCE_END.search(decision, start)
    if end is not None and end.group(0) == "?":
        return True
    return _ASKED_WHETHER.search(decision, sentence_start, start) is not None
