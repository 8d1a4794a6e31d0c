"""A web or e-mail address printed in a secretariat's letterhead ("Sekretariatet for Rammeaftaler
Danmarksgade Aalborg aalborg@aalborg.dk", "Færgesekretariatet … @…"): the address of the sender, a secretariat
a municipality hosts for a body of several, not the meeting's own municipality. A council's own secretariat
("Byrådssekretariatet, … naestved@naestved.dk") writes for its municipality and is no such sender."""

from __future__ import annotations

import re

SENDER_REACH = 120  # characters before an address its letterhead's sender may stand
# the run before an address, cut at a line break or a sentence's end: the letterhead it belongs to
_RUN_START = re.compile(r"(?:\n|[.!?]\s)(?!.*(?:\n|[.!?]\s))", re.DOTALL)
# "Sekretariatet for Rammeaftaler", "sekretariat for Nationalpark", "Færgesekretariatet", "KKR-sekretariatet":
# a secretariat named for a body other than the municipality
_SECRETARIAT = re.compile(
    r"\b[Ss]ekretariat(?:et)?\s+for\s+(?:[Dd]en\s+|[Dd]et\s+)?(?P<for>[A-ZÆØÅ][\wæøåÆØÅ-]*)"
    r"|\b(?P<compound>[A-ZÆØÅ][\wæøåÆØÅ]*?)-?sekretariat(?:et)?\b"
)
# a council's or administration's own secretariat ("Byrådssekretariatet", "Sekretariat for Politik og Ledelse",
# "Fællessekretariatet", a department's "Sundhedssekretariatet"), which writes for its municipality
_OWN = (
    "byråd",
    "kommun",
    "borgmester",
    "direktion",
    "ledelse",
    "politik",
    "fælles",
    "forvaltning",
    "økonomi",
    "stab",
    "center",
    "sundhed",
    "social",
    "teknik",
    "kultur",
    "børn",
    "miljø",
)


def in_a_secretariats_letterhead(text: str, start: int) -> bool:
    """Whether the address at ``start`` follows, in the same run, a secretariat named for another body."""
    window = text[max(0, start - SENDER_REACH) : start]
    cut = _RUN_START.search(window)
    run = window[cut.end() :] if cut else window
    for match in _SECRETARIAT.finditer(run):
        named = match["for"] or match["compound"]
        if named and not named.lower().startswith(_OWN):
            return True
    return False
