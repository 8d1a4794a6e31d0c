"""Sentences of a decision text that are no verdict of the body: who attended, a member's dissent or a
minority's vote, a motion that fell, and what someone told the meeting in a clause of "that"; ``outcomes`` drops them
before it reads the verdict.
"""

from __future__ import annotations

import re

from graphbuild.extract.decision_glued_verdicts import glued_verdict
from graphbuild.extract.decision_rules import first_form
from graphbuild.vocab.person_names import DEPUTY_WORD
from graphbuild.vocab.sentence_abbreviations import ABBREVIATIONS, POINT, after_abbreviation

_ABBREVIATION_STOP = after_abbreviation(ABBREVIATIONS | {POINT})
# A sentence about who attended says nothing about the outcome.
_ATTENDANCE_SENTENCE = re.compile(
    # a sentence starts the text or follows a full stop or a line end: tried from there only, so a long line
    # with no full stop is not scanned again from each of its characters (quadratic on hostile text)
    r"(?i)(?:^|(?<=[.\n]))[^.\n]*\b(?:var\s+fraværende|deltog\s+ikke|var\s+forhindret|meldt\s+afbud|afbud\s+fra|mødte\s+som"
    # the sentence runs on past a clock time's or an abbreviation's full stop ("forlod mødet kl. 18.01 under Sager
    # til orientering, underpunkt 3."): the words after it are still the attendance sentence
    rf"|deltog\s+som\s+{DEPUTY_WORD}|deltog\s+(?:kun\s+)?(?:under|fra|til)\s+(?:pkt|punkt|kl)"
    # the same in other words and orders: "Sheikh Mohammed udeblev uden afbud.", "X var indkaldt, men mødte ikke frem.",
    # "X var ikke til stede", "Som stedfortræder deltog X", "Y deltog i stedet", "X havde meldt forfald", "X erklærede
    # sig inhabil" (a decision on a member, not the item's verdict)
    rf"|udeblev|mødte\s+ikke|var\s+ikke\s+(?:til\s+stede|mødt)|som\s+{DEPUTY_WORD}\s+deltog|i\s+stedet\s+deltog"
    r"|(?:deltog|mødte)\s+i\s+stedet|(?:havde|har|meldte|meldt)\s+(?:meldt\s+)?forfald|erklærede\s+sig\s+inhabil"
    rf"|forlod\s+mødet|ankom\s+kl|deltager\s+ikke)\b(?:[^.\n]|\.(?=\s?\d)|{_ABBREVIATION_STOP})*\.?"
)
# "Varly Jensen (O) stemmer imod, og anbefaler, at sagen udsættes.", "V tager forbehold": one member's or
# group's vote against, not the decision
_DISSENT_SENTENCE = re.compile(
    r"(?i)(?:^|(?<=[.\n]))(?:[^.\n]*\b(?:stemmer|stemte|stemmede)\s+imod\b[^.\n]*\.?"
    r"|[^.\n]*\b(?:tager|tog)\s+forbehold\b[^.\n]*\.?)"
)
# Where a majority decided ("Et flertal i udvalget kunne tiltræde indstillingen."), a sentence of members who
# could not agree ("Solveig Munk kunne ikke tiltræde indstillingen.") is the minority's vote, not the decision
_MINORITY_SENTENCE = re.compile(
    r"(?i)(?:^|(?<=[.\n]))(?![^.\n]*\bflertal)[^.\n]*\b(?:kunne|kan)\s+ikke\s+(?:tiltræde|anbefale|godkende|støtte)\b"
    r"[^.\n]*\.?"
)
# a word every attendance sentence holds
_ATTENDANCE_WORDS: tuple[str, ...] = ("fraværende", "deltog", "forhindret", "afbud", "mødte", "forlod", "ankom")
_ATTENDANCE_WORDS += ("udeblev", "stede", "mødt", "forfald", "inhabil", "deltager")


# "Godkendt Peter Andersen ... deltog ikke på mødet.", "Godkendt som indstillet Mikkel Hansen deltog ikke …": a
# flattened page lost the full stop after a short decision; it is a sentence of its own, not part of the attendance
# sentence after it
_LEAD_DECISION = re.compile(
    r"(?i)^\s*(?:godkendt|godkendes|anbefales|vedtaget|drøftet|tiltrådt|udsat|udsættes"
    r"|taget\s+til\s+(?:efterretning|orientering)|til\s+(?:efterretning|orientering))"
    r"(?:\s+som\s+(?:indstillet|foreslået|anbefalet))?(?=\s+(?-i:[A-ZÆØÅ]))"
)


def without_attendance(decision: str) -> str:
    lead = _LEAD_DECISION.match(decision)
    if lead:
        decision = f"{lead[0].strip()}. {decision[lead.end() :]}"
    lowered = decision.lower()
    if not any(word in lowered for word in _ATTENDANCE_WORDS):
        return decision.strip()  # no cue: the pattern (a sentence tried from every position) finds nothing
    # "Hanne Sørensen var fraværende Godkendt": the verdict a flattened page glued to the sentence stays
    return _ATTENDANCE_SENTENCE.sub(lambda sentence: f" {glued_verdict(sentence[0])} ", decision).strip()


# A member's or group's motion and what it proposes ('C fremsætter ændringsforslaget: "Sagen anbefales …"', "SF stillede
# forslag om at udsætte sagen."): where it fell, its words are no verdict of the body
_MOTION = re.compile(
    r"(?i)(?:^|(?<=[.\n]))[^.\n]*\b(?:fremsætter|fremsatte|stiller|stillede)\s+(?:følgende\s+|et\s+)?(?:ændrings)?forslag"
    r"(?:et)?\b[^.\n:]*(?::\s*(?:[\"“„«][^\"”“»]*(?:[\"”“»]|$)|[^\n]*)|\.)?"
)
# the motion's fate ("Forslaget faldt.", "Ændringsforslaget blev forkastet."), where the body's own verdict follows it:
# it opens a sentence (the text's start, or after a full stop or a line break) and the blanks after that. Tried with
# only the spaces and tabs of its own line before it, so a run of blank lines is not read to its end again from each
# of its line breaks (quadratic); ``_motion_fate`` moves its start back over the blanks to where the old pattern
# (``\s*`` for ``[^\S\n]*``) started.
_MOTION_FATE = re.compile(
    r"(?i)(?:^|(?<=[.\n]))[^\S\n]*(?:ændrings)?forslaget\s+(?:\w+\s+){0,2}?"
    r"(?:faldt|bortfaldt|blev\s+(?:forkastet|nedstemt))\b[^.\n]*\.?"
)


def _motion_fate(decision: str, pos: int) -> tuple[int, int] | None:
    r"""Start and end of the first motion's fate from ``pos``: its start the first sentence start (at ``pos``, the
    text's start, or after a full stop or a line break) in the blanks before its word, as the pattern read over
    all white space (``\s*``) found it."""
    fate = _MOTION_FATE.search(decision, pos)
    if fate is None:
        return None
    # the blanks before the fate's line, back to the last other character or to pos
    blanks = pos + len(decision[pos : fate.start()].rstrip())
    if blanks > 0 and decision[blanks - 1] not in ".\n":
        blanks = decision.index("\n", blanks, fate.start()) + 1
    return blanks, fate.end()


def without_motions(decision: str) -> str:
    """A decision without a motion put at the meeting and its fall, where the body's own verdict follows them ("SF
    stillede forslag om at udsætte sagen. For stemte 5. Imod stemte 20. Forslaget faldt. Herefter godkendt." is
    approved); a motion carried or left without a stated fall is the decision's text as it was (a motion the
    majority voted for is the verdict)."""
    motion = _MOTION.search(decision)
    if motion is None:
        return decision
    fate = _motion_fate(decision, motion.end())
    if fate is None or first_form(decision[fate[1] :]) is None:
        return decision
    start, end = fate
    return f"{decision[: motion.start()]} {decision[motion.end() : start]} {decision[end:]}".strip()


def without_dissent(decision: str) -> str:
    lowered = decision.lower()
    if "flertal" in lowered and "ikke" in lowered:
        decision = _MINORITY_SENTENCE.sub(" ", decision)
    if "imod" not in lowered and "forbehold" not in lowered:
        return decision.strip()
    return _DISSENT_SENTENCE.sub(" ", decision).strip()


# What a member or the administration told the meeting, in a clause of "that" ("Bjarne Frølund bemærkede vedrørende pkt.
# 03 c, at der var enighed om, at …", "Herunder blev det opridset, at … tidligere er godkendt af regionsrådet"): the
# report of a matter, not the body's verdict on the item; the sentence runs on past an abbreviation's or a number's
# full stop
_REPORTED_SENTENCE = re.compile(
    r"(?i)(?:^|(?<=[.\n]))[^.\n]*\b(?:oplyste|bemærkede|fortalte|nævnte|forklarede|påpegede|understregede|mindede"
    r"|gav\s+udtryk\s+for"
    r"|blev\s+det\s+(?:\w+\s+){0,3}?(?:opridset|oplyst|bemærket|nævnt|fortalt))\b"
    r"(?:[^.\n]|\.(?=\s?\d)|(?<=\bpkt)\.)*?,?\s+at\b(?:[^.\n]|\.(?=\s?\d))*\.?"
)
_REPORTING_WORDS: tuple[str, ...] = ("oplyste", "bemærkede", "fortalte", "nævnte", "forklarede", "påpegede")
_REPORTING_WORDS += ("understregede", "blev det", "mindede", "gav udtryk")


def _unless_a_fate(report: re.Match[str]) -> str:
    """A reported sentence blanked, unless it announces the item's fate ("Formanden oplyste, at punktet udsættes"):
    as "Borgmesteren meddelte, at punkt 9 udgår" by the written rule, that is a verdict."""
    form = first_form(report[0])
    return report[0] if form is not None and form[0] == "postponed" else " "


def without_reports(decision: str) -> str:
    """A decision without the sentences that report what someone told the meeting, where the rest says more; a decision
    that is only such a report is kept as it is (the report may be the body's verdict announced)."""
    lowered = decision.lower()
    if not any(word in lowered for word in _REPORTING_WORDS):
        return decision
    rest = _REPORTED_SENTENCE.sub(_unless_a_fate, decision).strip()
    return rest if _TWO_LETTER_WORD.search(rest) else decision


_TWO_LETTER_WORD = re.compile(r"[^\W\d_]{2}")
