"""A decision text that only closes the meeting ("Underskrift af referat. / Mødet slut: 21:30", "Dirigenten afsluttede
generalforsamlingen og takkede forsamlingen for god ro og orden"): no decision of the item, none by the written rule,
as a welcome or a round of introductions only is.

It holds a sentence that ends the meeting (the meeting ended, hævet, closed; the chair closing it), and every other
sentence is one of its formalities: thanks, the minutes signed, a time or names alone; no sentence holds a verdict
form of the table.
"""

from __future__ import annotations

import re

from graphbuild.extract.decision_rules import first_form
from graphbuild.vocab.near import CASE_BLIND_LOOKALIKES
from graphbuild.vocab.sentence_abbreviations import split_sentences

# the meeting ends: "Mødet slut: 21:30", "Mødet hævet kl. 21.30", "Mødet sluttede kl. 12.50", "Formanden hævede mødet",
# "Dirigenten afsluttede generalforsamlingen"
_MEETING_ENDS = re.compile(
    r"(?i)\b(?:mødet|generalforsamlingen)\s+(?:blev\s+)?(?:slut|sluttede|sluttet|hævet|hævedes|afsluttet|afsluttedes"
    r"|lukket|lukkedes)\b|\b(?:hævede|afsluttede|lukkede|sluttede)\s+(?:\w+\s+)?(?:mødet|generalforsamlingen)\b"
)
# its formalities: thanks ("takkede forsamlingen for god ro og orden", "Herefter takkede formanden dirigenten for vel
# udført hverv"), the minutes signed ("Underskrift af referat.", "Referatet blev underskrevet")
_FORMALITY = re.compile(
    r"(?i)\btak(?:ke|kede|ker|kes)?\b|\bunderskrift\s+af\s+referat|\breferat(?:et)?\s+(?:blev\s+|er\s+)?underskrevet\b"
)
# a word every match of _MEETING_ENDS holds (in lower case): a text without one, and without a letter the case-blind
# pattern reads as another that lower-casing does not give, is not split into sentences
_END_WORDS = ("mødet", "generalforsamlingen")
_SENTENCE_BREAK = re.compile(r"(?<=[.!])(?<!\b[A-ZÆØÅ]\.)\s+|\n+")
_LOWER_WORD = re.compile(r"\b[a-zæøå]{3,}\b")
# the lower-case words of a time or a list of names ("Kl. 11.30.", "Sign.: Ivan Hansen og Per Hovmand", a line the
# excerpt cut off, "Efter generalforsamlin"): one at most
_MOST_LOWER_WORDS = 1


def closing_only(decision: str) -> bool:
    """Every sentence of the decision closes the meeting or is one of its formalities, one of them the meeting's end."""
    lowered = decision.lower()
    if not any(word in lowered for word in _END_WORDS) and not any(ch in decision for ch in CASE_BLIND_LOOKALIKES):
        return False  # no word of the meeting's end: the sentences are not split
    sentences = [part.strip() for part in split_sentences(_SENTENCE_BREAK, decision) if part.strip()]
    if not any(_MEETING_ENDS.search(part) for part in sentences):
        return False
    for part in sentences:
        if first_form(part) is not None:
            return False
        if _MEETING_ENDS.search(part) or _FORMALITY.search(part):
            continue
        if len(_LOWER_WORD.findall(part)) > _MOST_LOWER_WORDS:
            return False
    return True
