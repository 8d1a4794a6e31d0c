"""The headings of a case's parts where a PDF's text layer put a page on one line, read by `role_posts.proposed` (which
tells a proposed name from an elected one) beside the headings that open their own line: the decision's heading run
on between the proposal and the name ("… Indstilling Til beslutning. Beslutning Kenneth Bjerregaard valgt som
næstformand."), its adoption of the proposal as it stands right after it ("… indstiller Beslutning Indstillingen er
tiltrådt."), and the heading of the case's account with its colon ("Sagsbeskrivelse: NAME ansøger om …"). Only on a
line of a flattened page (FLAT_LINE characters or more); the heading capitalised as a heading is and followed by a
capitalised word or "i" and a body ("Beslutning i Byrådet den …"), never "beslutning" in running prose nor
"Beslutning om …"."""

from __future__ import annotations

import re

FLAT_LINE = 1000  # characters: a line this long is a flattened page's (`parse.flatten.FLAT_LENGTH`)
DECISION_INLINE = re.compile(r"(?<=[ \t.:])(?:BESLUTNING|Beslutning)(?=[ \t]+(?:i[ \t]+)?[A-ZÆØÅ])")
APPROVED_INLINE = re.compile(
    r"[ \t]+(?:i[ \t]+[^\n.]{0,60}?[ \t]+)?(?:Indstillingen[ \t]+(?:blev[ \t]+|er[ \t]+)?(?:enstemmigt[ \t]+)?"
    r"(?:godkendt|tiltrådt|vedtaget)|(?:Enstemmigt[ \t]+)?(?:Godkendt|Tiltrådt|Vedtaget)(?:[ \t]+som[ \t]+indstillet)?)"
    r"[ \t]*\.(?=\s|$)"
)
CASE_ACCOUNT_INLINE = re.compile(
    r"(?<=[ \t.])(?:Sagsbeskrivelse|Sagsfremstilling|Sagens[ \t]+(?:indhold|fremstilling))[ \t]*:?[ \t]+(?=[A-ZÆØÅ])"
)


def on_flattened_line(text: str, pos: int) -> bool:
    """Whether pos lies on a line of FLAT_LINE characters or more."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return (len(text) if end < 0 else end) - start >= FLAT_LINE


def decision_before(text: str, lo: int, pos: int) -> bool:
    """A decision's heading run on inside the flattened line between lo and pos."""
    window = text[lo:pos]
    # the heading's look-ahead reads the name's first letter at pos
    return ("eslutning" in window or "ESLUTNING" in window) and DECISION_INLINE.search(text, lo, pos + 2) is not None


def case_account_between(text: str, lo: int, pos: int) -> bool:
    """The heading of the case's account run on inside the flattened line between lo and pos."""
    return CASE_ACCOUNT_INLINE.search(text, lo, pos + 2) is not None


def approved_after(text: str, pos: int, reach: int) -> bool:
    """A decision's heading within reach after pos on the flattened line whose first words adopt the proposal as it
    stands ("Beslutning Indstillingen er tiltrådt.", "Beslutning Godkendt.")."""
    decision = DECISION_INLINE.search(text, pos, min(len(text), pos + reach))
    return decision is not None and APPROVED_INLINE.match(text, decision.end()) is not None
