"""News of a decision taken elsewhere, told under an information item, read by `outcomes`: the decision's first
form in the perfect after a subject of its own ("PU har godkendt ansøgning vedr. kirkemur", "Lodsejerne … de ønsker er
blevet imødekommet") or in the passive with its agent after it ("Væksthusets bestyrelse udpeges af KKR, Vækstforum …")
reports what another body did, as does another body's recommendation in the active ("KL anbefaler, at kommunerne …");
under "Meddelelser", "Orientering", "Siden sidst" the item is information taken (noted), as `_news_put_off` reads a
postponement told as news. The body's own verdict stays: a form that opens the decision ("har vedtaget Magistratens
indstilling"), one whose subject is the meeting's body ("Menighedsrådet er enige om …", "Bestyrelsen har godkendt …"),
one whose object is the recommendation, and every past tense of this meeting ("Kvartalsrapporten blev gennemgået og
godkendt").
"""

from __future__ import annotations

import re

from graphbuild.extract.decision_rules import first_form

# the perfect's auxiliary right before the form, one adverb between at most: "har godkendt", "er nu blevet imødekommet"
_PERFECT_BEFORE = re.compile(
    r"(?i)\b(?:har|havde|er\s+(?:\w+\s+)?blevet|var\s+(?:\w+\s+)?blevet)\s+(?:(?!ikke\b)[a-zæøå]+\s+)?$"
)
_SPAN_BEFORE = 40
# the passive's agent named after the form: "udpeges af KKR", "godkendt af Provstiudvalget"
_AGENT_AFTER = re.compile(r"[ \t]+af[ \t]+(?-i:[A-ZÆØÅ])")
# the meeting's own body as the subject, or the recommendation as the object: the body's own verdict
_OWN_BODY = re.compile(
    r"(?i)\b(?:[\wæøå\-]*(?:udvalg|råd|bestyrelse|bestyrelsen|forsamling)(?:et|en)?|vi|byrådet|magistraten)\b"
)
_RECOMMENDATION = re.compile(r"(?i)\b(?:indstilling|forslag)")
# another body's own recommendation in the active, present or past, the subject before it its own: "KL anbefaler, at
# kommunerne …", "Sundhedsstyrelsen anbefalede, at …" (a recommendation told, the body's own is read by _OWN_BODY)
_ACTIVE_RECOMMENDATION = re.compile(r"(?i)anbefal(?:er|ede)")
_WORD_END = re.compile(r"\w*")
_NEWS_VERDICTS = frozenset({"approved", "rejected", "endorsed"})


def news_of_elsewhere(decision: str) -> bool:
    """The decision's first form reports a decision another body took: in the perfect after a subject of its own,
    or a passive with its agent after it; never the body's own subject nor a form that opens the decision."""
    found = first_form(decision)
    if found is None or found[0] not in _NEWS_VERDICTS:
        return False
    outcome, start, end = found
    word = _WORD_END.match(decision, end)  # the whole word: "afvis" read in "afvist af Kulturstyrelsen"
    end = word.end() if word else end
    sentence_start = max(decision.rfind(stop, 0, start) for stop in ".!?\n") + 1
    before = decision[sentence_start:start]
    perfect = _PERFECT_BEFORE.search(decision, max(sentence_start, start - _SPAN_BEFORE), start)
    agent = _AGENT_AFTER.match(decision, end)
    told = outcome == "endorsed" and _ACTIVE_RECOMMENDATION.fullmatch(decision, start, end) is not None
    if perfect is None and agent is None and not told:
        return False
    subject = decision[sentence_start : perfect.start()] if perfect else before
    if not re.search(r"[^\W\d_]{2}", subject):
        return False  # "har vedtaget Magistratens indstilling": the form opens the decision, its subject the heading's
    sentence_end = min((i for i in (decision.find(s, end) for s in ".!?\n") if i >= 0), default=len(decision))
    if _OWN_BODY.search(subject) and agent is None:
        return False  # "Bestyrelsen har godkendt …": the body's own verdict
    return _RECOMMENDATION.search(decision, end, sentence_end) is None
