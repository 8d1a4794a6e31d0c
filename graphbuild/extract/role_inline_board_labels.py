"""A board's post labelled with its colon inside a line, as a PDF's text layer that put a page on one line prints a
board's constitution one post after another ("Formand : Kent Budolfsen Kasserer : Poul Sørensen Sekretær : Jens Chr.
Larsen", "Næstformand: Lars Wahlqvist Kasserer: Karl Anker Jensen Sekretær: Michael Kock Bestyrelsesmedlem: Bjarne
Pedersen"), read by `roles`: the post capitalised as a label is, its colon right after it and the name right after the
colon; held where `role_inline_meeting_labels`' posts are, in the meeting's body, else where an unnamed chair is. Its
guards are that reader's: never a label opening its line (`role_title_before` reads it), nor one right after another
label's colon (a column of labels before their values), nor a post in lower case or inflected ("valgt som kasserer:
NAME", "Kassererens beretning: NAME", "Kasserer-posten: NAME"), and only a name's own label: a post sought or left
empty ("Kasserer: søges", "Kasserer: ingen") has no name reading to give it to."""

from __future__ import annotations

import re

from graphbuild.extract.role_inline_meeting_labels import inline_label_before
from graphbuild.extract.role_sentence import Reading, Sentence

# the post after white space or a comma inside a line, case-bound, its colon right after it (a space before the colon
# as some boards print it: "Kasserer : Poul Sørensen")
INLINE_BOARD_LABEL = re.compile(
    r"(?:(?<=[ \t,;])|(?<=[ \t]\())(?P<post>(?:[1-3]\.[ \t]?)?Næstformand|Formand|Kasserer|Sekretær|Bestyrelsesmedlem)"
    r"[ \t]?:[ \t]*$",
)
REACH = 24  # characters before a name the label and its colon may take ("Bestyrelsesmedlem : ")


def inline_board_label(s: Sentence, r: Reading) -> None:
    """The board's post a label inside a flattened line puts before the name."""
    label = inline_label_before(s, r, INLINE_BOARD_LABEL, REACH)
    if label is None:
        return
    target = s.body or s.chair(r.p.start)
    if target is not None:
        s.add(r.p, " ".join(label["post"].lower().split()), target)
