"""A header field that labels someone's part in the meeting or its mailing, not its owner: a copy's or a letter's
addressee ("Kopi til: Vejle Kommune", "Cc:", "Att.:"), a guest ("Indbudt:", "Gæster:", "Oplægsholder:"), who leads,
keeps the minutes or arranges ("Mødeleder:", "Ordstyrer:", "Tovholder:", "Formandskab:", "Referent:", "Arrangør:"),
who serves as secretariat ("Sekretariatsbetjening:", "Sekretær:"). The "X Kommune" in its value takes that part and
owns no body of unknown reach; an owner's label ("Kommune: Vejle Kommune", "Organisation:") is none of them."""

from __future__ import annotations

import re

_ROLE_LABEL = re.compile(
    r"(?i)^[ \t]*(?:kopi(?:[ \t]+til)?|cc|att\.?|indbudte?|inviterede?|gæst(?:er)?|oplæg(?:sholdere?)?"
    r"|mødeleder|ordstyrer|tovholdere?|formandskab|referent|arrangør|sekretær|sekretariatsbetjening"
    r"|sekretariatsfunktion)[ \t]*:[^:.\n]{0,40}$"
)
_LABEL_REACH = 60  # characters from the line's start to the name a label and its value may span


def in_a_role_field(text: str, start: int) -> bool:
    """Whether the "X Kommune" at ``start`` of ``text`` is in the value of a header field labelling a part in the
    meeting or its mailing ("Kopi til: Vejle Kommune", "Referent: Vejle Kommune, Ole Berg")."""
    line_start = text.rfind("\n", 0, start) + 1
    return start - line_start <= _LABEL_REACH and bool(_ROLE_LABEL.search(text[line_start:start]))
