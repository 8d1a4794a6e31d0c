"""A list's last entry on a flattened line whose name a note in brackets follows, then the next heading or item:
"… Carl Berg (O) (deltog fra kl. 17) 1. Godkendelse af dagsorden", "… Carl Berg (O) (vikar for Erik Holm) Punkt 1".
The note is the entry's (its status, stand-in or role, read as any entry's rest is), the words after it end the
list; without this the words after made the whole rest read as prose and the entry was lost. Read by
`attendance_entries` for the rest after an entry's name (and its party's bracket)."""

from __future__ import annotations

import re

from graphbuild.parse.attendance_run_on import is_prose

# one note in brackets, one bracket inside it allowed ("(indkaldt for Erik Holm (O))"), then the next heading's
# capitalised word or an item's number before one, on the same line
_NOTE_THEN_HEADING = re.compile(
    r"[ \t]*\((?P<note>[^()\n]{1,80}(?:\([^()\n]{1,30}\)[^()\n]{0,20})?)\)(?=[ \t]+(?:\d{1,3}\.?[ \t]+)?[A-ZÆØÅ]|"
    r"[ \t]+\d{1,3}\.?[ \t]*$)"
)
# the next item's number alone, where the list's full stop after it cut the piece: "… (deltog på video) 1"
_ITEM_NUMBER_ALONE = re.compile(r"[ \t]+\d{1,3}\.?[ \t]*")


def note_before_heading(rest: str) -> int | None:
    """The end of the note in brackets that opens ``rest`` (what follows an entry's name) when prose or a heading
    follows it, which ends the list; None when no note opens the rest or a list's entries go on after it."""
    note = _NOTE_THEN_HEADING.match(rest)
    if note is None or not note["note"].strip()[:1].islower():
        return None  # a capitalised bracket is a party's or a body's, read by the entry readers
    after = rest[note.end() :]
    return note.end() if is_prose(after) or _ITEM_NUMBER_ALONE.fullmatch(after) else None
