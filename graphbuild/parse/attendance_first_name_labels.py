"""The next field's label or a heading a flattened page ran on after a list's last first name: "Fremmødte: Jens –
Karin – Peter – Lause Referent: Hanne", "Til stede: Allan, Hanne og Lise Fraværende: Jette", "Afbud: Birgitte, Kateryna
Fraværende: …", "Til stede: Anette, Pernille, Anders, Jens, Thorkild Dagsorden med fed": the label (a capitalised word
and up to two in lower case before its colon, no office's: "Formand:" names a post's holder) or a heading's noun
(`attendance_names.heading_word`) ends the list after the first name; read by `attendance_first_name_ends` for a list
of first names already read."""

from __future__ import annotations

import re

from graphbuild.parse.attendance_list_ends import any_labels
from graphbuild.parse.attendance_names import heading_word

# the white space after the first name and the next capitalised word
_NEXT_WORD = re.compile(r"[ \t]+(?P<word>[A-ZÆØÅ][a-zæøå]+)\b")
_LABEL_REACH = 40  # a label's words and its colon


def field_after(text: str, pos: int) -> bool:
    """Whether the next field's label or a heading's noun follows ``pos`` (the end of a first name) on its line."""
    following = _NEXT_WORD.match(text, pos)
    if following is None:
        return False
    at = following.start("word")
    label = next(any_labels(text, at, min(len(text), at + _LABEL_REACH)), None)
    return (label is not None and label.start() == at) or heading_word(following["word"])
