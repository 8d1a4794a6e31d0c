"""The heading of a group of the administration's staff in a list of who came, "Fra administrationen:", "Fra
Kultur- og Fritidsforvaltningen:", "Sekretariatet:", "Embedsmænd:", with its colon: shared by parse's
`attendance_member_staff` and extract's `role_member_lists`, for whom such a heading ends a list of members."""

from __future__ import annotations

import re

STAFF_GROUP = (
    r"(?<![\w-])(?:fra[ \t]+(?:[\wæøå-]+[ \t]+){0,3}?)?"
    r"(?:[\wæøå-]*forvaltning(?:en)?|administration(?:en)?|sekretariat(?:et)?|direktion(?:en)?|embedsmænd(?:ene)?)"
    r"[ \t]*:"
)  # read in any case
STAFF_GROUP_HEADING = re.compile(STAFF_GROUP, re.IGNORECASE)
# the words every such heading holds, in lower case: a text without any holds none
STAFF_GROUP_WORDS = ("forvaltning", "administration", "sekretariat", "direktion", "embedsmænd")
