"""A member in a list of the absent whose bracket says they came for part of the meeting: "Fraværende: Hanne Dahl
(fra kl. 18)", "(til kl. 18)", "(ankom kl. 18.15)", "(deltog fra kl. 18)", "(gik kl. 19.00)", "(forlod mødet kl.
19)", "(deltog via Teams)": present, as the same words after the name without a bracket already read ("Fraværende i
mødet: Karoline Bendixen til kl. 18.40 i punkt 2"). Before, a bracket was the entry's note and the member stayed
absent. A bracket that says they did not take part ("(deltog ikke)"), a reason ("(syg)") or a stand-in is no such
note. Read by `attendance_entries` for an entry of a list of the absent."""

from __future__ import annotations

import re

# the bracket right after the name (its party's bracket before it): a verb of coming, leaving or taking part, with no
# "ikke", then an hour or how; or an hour alone after "fra", "til", "indtil", "efter", "før"
_PART_OF_MEETING = re.compile(
    r"(?i)[ \t]*(?:\([A-ZÆØÅ]{1,3}\)[ \t]*)?\([ \t]*(?:"
    r"(?:deltog|mødte|kom|ankom|gik|forlod(?:[ \t]+mødet)?)(?![ \t]+ikke)[ \t]+"
    r"(?:(?:fra|til|indtil|efter|før)[ \t]+)?(?:kl\.?|klokken|via|virtuelt|online|telefonisk)"
    r"|(?:fra|til|indtil|efter|før)[ \t]+(?:kl\.?|klokken)[ \t]*\d)"
)


def came_for_part(rest: str) -> bool:
    """Whether ``rest`` (what follows an absent entry's name) opens with a bracket saying the member came for part
    of the meeting."""
    return _PART_OF_MEETING.match(rest) is not None
