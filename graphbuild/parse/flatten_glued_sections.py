"""A section's heading glued to the sentence before it inside a flattened page: a portal page printed the heading
with no space after the last sentence's full stop ("… 1. At orienteringen tages til efterretning.Beslutning Taget til
efterretning", "… protokollen fra den 20. oktober 2014.Beslutning 1. Godkendt.", "… dialogmøde kl.
16.30.Sagsfremstilling Vestskolen har …", "… fortegnelse.Indstilling Direktøren …"), and a PDF-to-text step then ran
the page onto one line.
`flatten` cuts before and after the heading, as it cuts a section word after a space.

Only after a sentence's end: a lower-case letter or a closing bracket, a year or a clock time before the full stop;
never after an item's number ("6.Beslutning om de fremtidige …", "9.Beslutning - Opfølgning på …": a title), nor a
heading's word that opens a title ("Beslutning om …", "Beslutning vedr. …", "Beslutning - …").
"""

from __future__ import annotations

import re

from graphbuild.parse.lines import start_without_space

# the section words flatten cuts after a space, glued after a full stop
_GLUED = re.compile(
    r"(?:(?<=[a-zæøå)])|(?<=[^\d]\d{4})|(?<=\d\.\d\d))\."
    r"(?P<head>(?:Sagsfremstilling|Beslutning|Indstilling|Resumé|Resume|Sagsforløb|Sagsresumé|Beslutningstema):?)"
    r"(?=\s+(?![-–]\s)(?!om\s)(?!af\s)(?!vedr\.?\s|vedrørende\s)(?!i\s+[A-ZÆØÅ]\w+\s+(?:den|d\.)\s)\S)"
)
_GATE = (".Sag", ".Bes", ".Ind", ".Res")  # a line with none of these holds no glued heading


def glued_section_cuts(text: str) -> set[int]:
    """The offsets in a flattened line where a section heading glued after a sentence's full stop starts, and where
    the text after it starts."""
    if not any(gate in text for gate in _GATE):
        return set()
    cuts: set[int] = set()
    for match in _GLUED.finditer(text):
        cuts.add(match.start("head"))
        after = match.end("head")
        cuts.add(start_without_space(text, after))
    return cuts
