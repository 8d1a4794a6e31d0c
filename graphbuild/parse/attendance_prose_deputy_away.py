"""A deputy a sentence names as called in or standing in whose own words right after the name say they did not come:
"Afbud: Karen Juul (stedfortræder Jens Lund var ikke indkaldt)", "…, stedfortræder Jens Lund kunne heller ikke
deltage", "(suppleant Jens Lund havde også meldt afbud)": no one stood in, so the deputy is no substitute (the
member's absence stays). The list readers already ask this of a deputy in an entry's bracket (`attendance_deputy_away`);
the prose readers read the same bracket as a sentence, "Afbud fra X stedfortræder Y", and made the deputy one. Only
the verb right after the name (its party's bracket and a comma between): "Jens Lund mødte for Karen Juul, der var
forhindret" says the member's absence, not the deputy's. Read by `attendance_prose_substitutes`."""

from __future__ import annotations

import re

# right after the deputy's name: the party's bracket, a comma, then a negated summons or coming, or an absence of the
# deputy's own; no item named after it ("var ikke til stede under punkt 3" came for the rest)
# (each blank run before the verb read once, possessive: the bracket, the comma and the verb never open with a blank;
# as `[ \t]*(?:…[ \t]*)?,?[ \t]*` a run was split every way, quadratic: 1.5 s at 4,000 blanks)
_OWN_ABSENCE = re.compile(
    r"[ \t]*+(?:\([A-ZÆØÅ]{1,3}\)[ \t]*+)?+,?+[ \t]*+(?:"
    r"(?:var|blev|er)[ \t]+(?:heller[ \t]+)?ikke[ \t]+(?:indkaldt|mødt|til[ \t]+stede)"
    r"|(?:kunne|kan|mødte|deltog)[ \t]+(?:heller[ \t]+)?ikke"
    r"|(?:havde|har)[ \t]+(?:også|ligeledes|tillige)[ \t]+(?:meldt[ \t]+)?afbud)(?![\w-])"
    r"(?![^.\n()]*(?:punkt|pkt|sag\b|behandling))"
)


def deputy_did_not_come(text: str, name_end: int, hi: int) -> bool:
    """Whether the words after the deputy's name ending at ``name_end`` (up to ``hi``) say the deputy did not come."""
    return _OWN_ABSENCE.match(text, name_end, hi) is not None
