"""A verdict verb's past form used as an adjective before its noun, asked by `decision_rules.first_form`: "den valgte
jord- og betonentreprenør", "de bevilgede midler", "Den nyligt tiltrådte skoleleder", "det udpegede medlem" name a
thing chosen, granted or appointed before; they state no verdict of the item. Only one word ending "-ede"/"-te"
after an article or a possessive, at most one word between ("den nyligt …"), and a noun in lower case after it;
"De valgte Jens Hansen" (they elected) and "de valgte at udsætte" (they chose to) stay verbs.
"""

from __future__ import annotations

import re

# an article or a possessive, and at most one word between it and the form ("den nyligt", "vores nye")
_DETERMINER_BEFORE = re.compile(
    r"(?i)\b(?:den|det|de|denne|dette|disse|vores|jeres|hans|hendes|deres|sin|sit|sine)\s+(?:[a-zæøå]+\s+)?$"
)
_SPAN_BEFORE = 30  # the determiner and its one word before the form
_ADJECTIVE_FORM = re.compile(r"(?i)[a-zæøå]{3,}(?:ede|te)")
# the word after the form: a noun in lower case, not a word that makes the form a verb with its object or clause
_NOUN_AFTER = re.compile(r"[ \t]+(?P<word>(?-i:[a-zæøå][a-zæøå\-]+))\b")
_NO_NOUN = frozenset(
    {"at", "af", "i", "som", "til", "for", "på", "med", "om", "det", "den", "de", "dem", "en", "et", "ikke", "sig"}
    | {"os", "ham", "hende", "sagen", "punktet", "forslaget", "indstillingen", "ansøgningen", "enstemmigt"}
)


def attributive_participle(decision: str, start: int, end: int) -> bool:
    """The form ``decision[start:end]`` is one past word used as an adjective: after an article or a possessive (one
    word between at most), a noun in lower case after it."""
    if not _ADJECTIVE_FORM.fullmatch(decision, start, end):
        return False
    if _DETERMINER_BEFORE.search(decision, max(0, start - _SPAN_BEFORE), start) is None:
        return False
    after = _NOUN_AFTER.match(decision, end)
    return after is not None and after["word"] not in _NO_NOUN
