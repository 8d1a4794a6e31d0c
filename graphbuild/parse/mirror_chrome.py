"""The page chrome a document mirror prints above its transcript, blanked before the parse.

docplayer.dk, a host of many publishers' PDFs, prints the document's title, "Save this PDF as:",
"Størrelse: px", "Starte visningen fra side:", 'Download "<title>"' and "Transkript" above the
text of the pages. The title repeats the first page's words ("Sagsoversigt. 1. Godkendelse af
dagsorden."), so read as text it opens item 1 before the header and the real items. The chrome is
replaced by spaces, line breaks kept, so every offset into the document stays true.
"""

from __future__ import annotations

import re

_PRELUDE_LIMIT = 3000  # the chrome stands in the first characters; a title runs to a few hundred
_TRANSCRIPT = re.compile(r"^Transkript[ \t]*$", re.MULTILINE)
# the viewer's own labels, which no minutes print: "Transkript" alone could be a heading of the text
_VIEWER_LABEL = re.compile(r"^(?:Størrelse: px|Starte visningen fra side:)[ \t]*$", re.MULTILINE)
_NOT_LINE_BREAK = re.compile(r"[^\n]")


def blank_mirror_chrome(text: str) -> str:
    """The text with a mirror's chrome, all above its "Transkript" line, blanked; else the text."""
    if text.find("Transkript", 0, _PRELUDE_LIMIT) < 0:
        return text  # no chrome (nearly every text): the pattern, which opens with a line's start, is not tried
    transcript = _TRANSCRIPT.search(text, 0, _PRELUDE_LIMIT)
    if transcript is None or not _VIEWER_LABEL.search(text, 0, transcript.start()):
        return text
    return _NOT_LINE_BREAK.sub(" ", text[: transcript.end()]) + text[transcript.end() :]
