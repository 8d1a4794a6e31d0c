"""What a member list's group label is: a line that says how the seats under it were filled, never the body they
are held in. "Udpeget af byrådet:", "Valgt af generalforsamlingen", "Indstillet af:", "Repræsentanter for
foreningerne:", "Medlemsgruppen borgere:", "Medl.gruppen erhverv:" — the appointer or the group is named, the
seats below stay in the list's own body."""

from __future__ import annotations

import re

# the label's opening words: who appointed the seats, whom they represent, or the members' group
GROUP_LABEL_OPENING = re.compile(
    r"[ \t•*·–-]*+(?:[a-zæøå0-9]{1,2}[.)][ \t]++)?(?:"
    r"(?:valgt|valgte|udpeget|udpegede|indstillet|indstillede|foreslået|udnævnt)[ \t]+(?:af|blandt)|"
    r"repræsentant(?:er)?[ \t]+for|"
    r"medl(?:ems|\.)?gruppe(?:n|r|rne)?"
    r")(?![\wæøå])",
    re.IGNORECASE,
)


def is_group_label(line: str) -> bool:
    """Whether a line (a heading over a list of names) is a group label of the list's members, not a body's name."""
    return GROUP_LABEL_OPENING.match(line) is not None
