"""A meeting's post labelled with its colon inside a line, as a PDF's text layer that put a page on one line prints
a header's labels one after another ("… kl. 10.00 Referent: Sten Brincker 03.04.2017", "Dirigent: Peter Knappmann
Referent: Erling Grøn-Jensen Til stede: …", "Mødeleder: Jan Ferdinandsen Referent: Grethe Larsen Bemærk.:"), read
by `roles`: the label capitalised as a label is, its colon right after it and the name right after the colon; held
where `role_meeting_posts`' labels are, in the meeting's body, else where an unnamed chair is. Never a label that
follows another label's colon with no value between (a header's labels flattened before their values,
"Fraværende: Referent: NAME …", whose first value is not the referent's: `role_label_columns`), nor a post in lower
case ("… valgt som referent: NAME")."""

from __future__ import annotations

import re

from graphbuild.extract.role_sentence import Reading, Sentence

# the label after white space or a comma inside a line, case-bound, its colon right after it
INLINE_LABEL = re.compile(
    r"(?:(?<=[ \t,;])|(?<=[ \t]\())(?P<post>Referent|Dirigent|Ordstyrer|Mødeleder)[ \t]?:[ \t]*$",
)
# another label's colon right before this label: a column of labels before their values
LABEL_BEFORE = re.compile(r":[ \t]*$")
REACH = 16  # characters before a name the label and its colon may take


def inline_label_before(s: Sentence, r: Reading, label_pattern: re.Pattern[str], reach: int) -> re.Match[str] | None:
    """The label ``label_pattern`` reads inside a line right before the name, with its colon; none for a label that
    opens its line or follows another label's colon (a column of labels before their values)."""
    text, p = s.text, r.p
    window = text[max(0, p.start - reach) : p.start]
    if ":" not in window:
        return None
    label = label_pattern.search(window)
    if label is None:
        return None
    at = p.start - len(window) + label.start()
    line_start = text.rfind("\n", 0, at) + 1
    if not text[line_start:at].strip() or LABEL_BEFORE.search(text, max(line_start, at - 4), at):
        return None  # a label opening its line is the line readers'; one after another label's colon has no value
    return label


def inline_meeting_label(s: Sentence, r: Reading) -> None:
    """The meeting's post a label inside a flattened line puts before the name."""
    label = inline_label_before(s, r, INLINE_LABEL, REACH)
    if label is None:
        return
    target = s.body or s.chair(r.p.start)
    if target is not None:
        s.add(r.p, label["post"].lower(), target)
