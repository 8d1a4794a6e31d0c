"""A "tiltræde" that takes up a post or joins the meeting, asked by `decision_rules.first_form`: "Jens Hansen tiltrådte
mødet kl. 19.30", "direktøren, som er fundet, tiltræder 1. februar 2020", "Alle tre er tiltrådt som
bestyrelsesmedlem", "tiltrådte sin stilling i august", "tiltrådte under punkt 3", "tiltrådte kl. 19.30" tell who came
or who starts, not the body agreeing to the item ("Udvalget tiltrådte indstillingen", "Tiltrådt."). Only the words
right after the verb decide: the meeting, "som", a possessive or a post's noun, a clock time or an item point, or a
date or a month with no clause of what was agreed after it in the sentence ("Forberedelsesudvalget tiltrådte den 14.
december 2006, at der …" agreed, and stays a verdict).
"""

from __future__ import annotations

import re

_MONTH = r"(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)"
# after the verb: the meeting joined, a post taken ("som formand", "sin stilling", "jobbet"), or when ("1. maj", "den
# 1. maj 2024", "pr. 1/5", "i august", "fra 1. januar", "ved årsskiftet")
_TAKING_UP = re.compile(
    rf"(?i)[^\S\n]+(?:(?P<post>mødet|møde|sin|sit|stilling(?:en)?|jobbet|posten|embedet|hvervet"
    r"|i\s+(?:stillingen|jobbet))\b"
    # "som" and a post ("som ny formand", "som bestyrelsesmedlem"), not the manner of the verdict ("tiltræder som
    # indstillet", "som foreslået af forvaltningen", "som det fremgår")
    r"|(?P<as>som\s+(?!(?:det|den|de|der|en|et|man|[a-zæøå]+(?:et|lagt|ført|nævnt|talt|sagt))\b)[a-zæøå])"
    # joining the meeting at a time or an item: "tiltrådte kl. 19.30", "tiltrådte under punkt 3", "efter pkt. 2"
    r"|(?P<at>(?:under|efter|fra|ved|før)\s+(?:punkt|pkt|dagsordenspunkt|behandlingen)\b|kl\.)"
    rf"|(?P<when>(?:den\s+|d\.\s*|pr\.\s*|per\s+|fra\s+(?:den\s+)?)?\d{{1,2}}\.?\s*(?:{_MONTH}|/\s*\d{{1,2}}|\d{{1,2}}\.)"
    rf"|(?:i|fra|pr\.|per)\s+{_MONTH}\b|ved\s+årsskiftet\b))"
)
_VERB = re.compile(r"(?i)tiltr(?:ådte|æder|ådt|æde)\b")
# what was agreed, after the date or the item point in the same sentence: "…, at der …", "… indstillingen"
_AGREED_CLAUSE = re.compile(r"(?i)\bat\b|\bindstilling|\bforslag|\banbefaling")
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")


def taking_up(decision: str, start: int) -> bool:
    """The form at ``start`` is "tiltræde" of a post taken or a meeting joined, not of the item agreed."""
    verb = _VERB.match(decision, start)
    if verb is None:
        return False
    after = _TAKING_UP.match(decision, verb.end())
    if after is None:
        return False
    if after["post"] is not None or after["as"] is not None:
        return True
    end = _SENTENCE_END.search(decision, after.end())
    rest = decision[after.end() : end.start() if end else len(decision)]
    return _AGREED_CLAUSE.search(rest) is None
