"""Sentences of a decision text that tell a decision taken before this meeting, read by ``outcomes``: the verdict form
beside a word that places it earlier ("Tidligere vedtaget i gammelt råd.", "Sagen er tidligere godkendt af
byrådet", "som besluttet på sidste møde i landdistriktsrådet", "Næste møde er tidligere aftalt til torsdag"): the case's
history, not this meeting's verdict, as is a verdict in the passive past with the earlier meeting after it ("Sagen blev
udsat på sidste møde", "blev udsat i byrådets møde den 28. august 2019"), or in the active past ("Økonomiudvalget
godkendte på mødet den 30. januar 2018 en tidsplan"). A verdict printed before that word
("Godkendt som aftalt på sidste møde.") and the approval of the last meeting's minutes ("Referatet fra sidste møde blev
godkendt") are this meeting's and stay.
"""

from __future__ import annotations

import re

from graphbuild.extract.decision_rules import first_form

# a sentence: from the text's start or after a full stop or a line end, to its full stop; a full stop before a digit
# or a lower-case word ends none ("den 19. juni kl. 17.00")
_SENTENCE = re.compile(r"(?:^|(?<=[.\n]))(?:[^.\n]|\.(?=\s?(?:\d|[a-zæøå])))*\.?")
# what places a decision before this meeting: "tidligere" (earlier) right before or after its verb's auxiliary or
# participle, "på sidste/forrige/seneste (bestyrelses)møde", "som besluttet/aftalt på …", a dated meeting
_EARLIER = re.compile(
    r"(?i)\btidligere\s+(?:(?:er|blev|var|har|havde)\s+)?(?:\w+\s+){0,1}?"
    r"(?:godkend|vedta|besluttet|bevilget|tiltrådt|aftalt|udpeget|valgt)\w*"
    r"|\b(?:er|blev|var|har|havde)\s+tidligere\b"
    r"|\bpå\s+(?:det\s+)?(?:sidste|forrige|seneste)\s+(?:\w+)?møde\b"
    r"|\bsom\s+(?:besluttet|aftalt|vedtaget|godkendt)\s+på\b"
    # a dated meeting before the form: "På mødet i april blev sagen udsat.", "på byrådets møde den 3. maj"
    r"|\b(?:på|ved)\s+(?:det\s+|[\wæøå\-]+s\s+)?[\wæøå\-]*møde(?:t)?\s+(?:(?:den|d\.)\s*\d|i\s+(?:januar|februar|marts"
    r"|april|maj|juni|juli|august|september|oktober|november|december)\b)"
)
# a verdict told in the passive past with the earlier meeting after it ("Sagen blev udsat på sidste møde", "Sagens
# behandling blev udsat i byrådets møde den 28. august 2019", "som blev besluttet på bestyrelsesmødet den 14. april
# 2015"): an auxiliary, the participle, and within four words a past meeting, the last one or a dated one (not "til
# næste møde", which puts it off to come)
_MONTH = r"(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)"
_PAST_MEETING = (
    rf"(?:(?:sidste|forrige|seneste)\s+[\wæøå\-]*møde\b|[\wæøå\-]*møde(?:t)?\s+(?:(?:den|d\.)\s*\d|i\s+{_MONTH}\b))"
)
_PASSIVE_THEN_EARLIER = re.compile(
    r"(?i)\b(?:blev|var|er\s+blevet|har\s+været|havde\s+været)\s+(?:\w+\s+)?(?P<form>[a-zæøå]{3,}(?:t|et))\s+"
    rf"(?:[\wæøå\-]+\s+){{0,4}}?(?:på|i|ved|fra|siden)\s+(?:det\s+|[\wæøå\-]+\s+)?{_PAST_MEETING}"
    # put off from an earlier meeting, the participle alone: "Udsat fra sidste møde.", "genoptaget fra mødet i april"
    rf"|\b(?P<carried>udsat|udskudt|genoptaget|overført)\s+(?:fra|siden)\s+(?:det\s+)?{_PAST_MEETING}"
)
# a body's verdict in the active past with the earlier meeting after the verb ("Økonomiudvalget godkendte på mødet den
# 30. januar 2018 en tidsplan", "Byrådet besluttede på møde den 5. oktober 2015, at …", "Gruppeformandskredsen drøftede
# på sit møde den 18. juni 2020 …"): the case's history, whatever form the sentence holds
_ACTIVE_THEN_EARLIER = re.compile(
    r"(?i)\b(?:godkendte|vedtog|besluttede|udsatte|anbefalede|tiltrådte|bevilgede|afviste|drøftede|valgte|udpegede)\s+"
    rf"(?:[\wæøå\-]+\s+){{0,4}}?(?:på|i|ved)\s+(?:det\s+|[\wæøå\-]+\s+)?{_PAST_MEETING}"
)
# the last meeting's minutes, whose approval at this meeting is its verdict
_LAST_MINUTES = re.compile(r"(?i)\breferat(?:et|erne)?\b|\bprotokol(?:len)?\b")
_EARLIER_WORDS = ("tidligere", "sidste", "forrige", "seneste", "som ", "møde")
_TWO_LETTERS = re.compile(r"[^\W\d_]{2}")


def _earlier_decision(sentence: str) -> bool:
    """The sentence places a decision before this meeting and its first verdict form is that decision (at or after the
    word that places it: "Godkendt som aftalt på sidste møde." opens with this meeting's verdict), and it is no
    approval of the last meeting's minutes."""
    if _active_earlier(sentence):
        return True  # "Økonomiudvalget godkendte på mødet den 30. januar 2018 en tidsplan"
    earlier = _EARLIER.search(sentence)
    passive = _PASSIVE_THEN_EARLIER.search(sentence)
    if (earlier is None and passive is None) or _LAST_MINUTES.search(sentence) is not None:
        return False
    form = first_form(sentence)
    if form is None:
        return False
    verb = "form" if passive is not None and passive["form"] is not None else "carried"
    if passive is not None and passive.start(verb) <= form[1] < passive.end(verb):
        return True  # "Sagen blev udsat på sidste møde": the verdict is the earlier meeting's
    return earlier is not None and form[1] >= earlier.start()


def _active_earlier(sentence: str) -> bool:
    """The sentence tells a body's verdict in the active past at an earlier meeting, not the last minutes' approval."""
    return _ACTIVE_THEN_EARLIER.search(sentence) is not None and _LAST_MINUTES.search(sentence) is None


def without_earlier(decision: str) -> str:
    """A decision without the sentences that tell a decision taken before this meeting (blanked), where the rest holds
    two letters or more; else the decision as it was."""
    lowered = decision.lower()
    if not any(word in lowered for word in _EARLIER_WORDS):
        return decision
    if all(p.search(decision) is None for p in (_EARLIER, _PASSIVE_THEN_EARLIER, _ACTIVE_THEN_EARLIER)):
        return decision  # no sentence of it places a decision earlier ("møde" alone is in most decisions)
    rest = _SENTENCE.sub(lambda m: " " if _earlier_decision(m[0]) else m[0], decision).strip()
    return rest if _TWO_LETTERS.search(rest) else decision
