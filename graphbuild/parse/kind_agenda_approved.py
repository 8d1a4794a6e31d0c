"""Whether a document records its own agenda as approved: "Dagsordenen blev godkendt.", "Dagsorden godkendt.",
"Godkendelse af dagsorden" over "Godkendt" on the next line, "Herefter blev dagsordenen godkendt." Minutes write
what was decided at the meeting's first item; an agenda asks ("Godkendelse af dagsorden", "at dagsordenen
godkendes") or says who cleared it for sending, which the guards reject: the present "godkendes", an approval by
someone ("Dagsorden godkendt af formanden"), an approval dated another day ("Dagsordenen blev godkendt på mødet
den 3. maj") and a state, not an act ("Dagsordenen er godkendt")."""

from __future__ import annotations

import re

from graphbuild.vocab.near import finditer_near

# the agenda, then its approval in the past: on the same line, or alone on the next ("Godkendelse af dagsorden" /
# "Godkendt"); the old passive "godkendtes" too
_APPROVED = re.compile(
    r"(?i)(?<![\w-])dagsorden(?:en)?[ \t]*:?[ \t]*(?:\n[ \t]*)?(?:blev[ \t]+)?godkendt(?:es)?(?![\w-])"
)
_REACH = 40  # "dagsordenen", a colon, a line break, "blev" and "godkendt"
# "godkendt af formanden", "godkendt af: Jens Hansen": who cleared an agenda for sending, a signature
# (each blank run read once, possessive: a colon and "af" never open with a blank; as `[ \t]*:?[ \t]*` a run was split
# every way, quadratic, though in a window of 40 characters)
_BY_SOMEONE = re.compile(r"(?i)^[ \t]*+:?+[ \t]*+af\b")
# "blev godkendt på mødet den 3. maj", "godkendt i Økonomiudvalget den 3. maj 2016": another day's approval
_ANOTHER_DAY = re.compile(r"(?i)^[ \t,]*(?:[\w.]+[ \t]+){0,3}den[ \t]+\d")
_AFTER_REACH = 40


def agenda_approved(text: str) -> bool:
    """Whether the text records the meeting's agenda approved, in the past tense and by no one named."""
    body = text[:30000]
    for match in finditer_near(_APPROVED, body, ("dagsorden",), _REACH):
        after = body[match.end() : match.end() + _AFTER_REACH]
        if _BY_SOMEONE.match(after) or _ANOTHER_DAY.match(after):
            continue
        return True
    return False
