"""The outcome of an agenda item, read from its decision (or, in an agenda, its recommendation)."""

from __future__ import annotations

import re

from graphbuild.models import Outcome

# Checked in order: the first rule whose words occur in the decision wins.
DECISION_RULES: tuple[tuple[Outcome, str], ...] = (
    ("rejected", r"\bikke\s+(?:blev\s+)?godkend|\bafvis|\bafvist|\bforkast|\bafslå|\bafslog"),
    ("postponed", r"\budsat\b|\budsættes\b|\budskud|\bsagen\s+genoptages"),
    (
        "adopted",
        r"besluttede\s+at\s+(?:tilmelde|tilslutte|abonnere)|\btilmeld(?:e|er|te)\s+sig\b|\bvedtaget\b|\bvedtog\b|\bvedtages\b",
    ),
    ("approved", r"\bgodkend(?:t|te|er|es|else)?\b|\bbevilget\b|\bbevilgede\b"),
    (
        "endorsed",
        r"\bbakke[rt]?\b[^.]{0,80}?\bop\b|\bbakker\s+om\b|\btilslutte[rt]?\s+sig\b|\banbefale[rt]?\b",
    ),
    ("noted", r"til\s+efterretning|til\s+orientering|\borientering\b|\borienterede\b|\borienteret\b"),
    ("discussed", r"\bdrøfte(?:de|t|s)?\b|\bdrøftelse|\btemadrøftelse|\bopmærksomhed"),
)
TITLE_RULES: tuple[tuple[Outcome, str], ...] = (
    ("discussed", r"^(?:tema)?drøftelse"),
    ("noted", r"^(?:skriftlig\s+)?orientering|^status"),
)
PROPOSAL = re.compile(r"\bdet\s+indstilles\b|\bindstiller\b|\bindstilling\b", re.IGNORECASE)
NOTHING = re.compile(r"^\s*(?:ingen\s+bemærkninger|intet)\.?\s*$", re.IGNORECASE)


def _clean_title(title: str) -> str:
    return re.sub(r"^(?:[A-ZÆØÅ]{1,4}\s*-\s*)", "", title.strip())


def outcome_of(title: str, public: bool, decision: str | None, is_agenda: bool, item_text: str) -> Outcome:
    if not public and not (decision or "").strip():
        return "closed"
    title_key = _clean_title(title).lower()
    if decision and decision.strip() and not is_agenda:
        if NOTHING.match(decision):
            return _from_title(title_key) or "none"
        for outcome, pattern in DECISION_RULES:
            if re.search(pattern, decision, re.IGNORECASE):
                return outcome
        return _from_title(title_key) or "none"
    if is_agenda:
        return "proposed" if PROPOSAL.search(item_text) else "none"
    if title_key.startswith("lukket") or re.match(r"^lukket\b", title.strip(), re.IGNORECASE):
        return "closed"
    return "none"


def _from_title(title_key: str) -> Outcome | None:
    for outcome, pattern in TITLE_RULES:
        if re.search(pattern, title_key):
            return outcome
    return None
