"""The piece between two entries of a "Name, Affiliation" list a PDF's text layer flattened onto one line that is
the entry before's affiliation and a note on it in brackets, "…, Claus Svenstrup, Region Nordjylland (administrativ
ledelse) Tina M. Pedersen (referent) …", "…, Inger Bojsen Nehm, KD-Net (ref.) Jesper Thyrring Møller, …": no entry,
and no stray text that ends the list (before, an affiliation of two words and a note of two made a piece of more
than three words, which ended the list as prose, and the entries after it were lost). The affiliation is one to
three capitalised words, the note one bracket of words in lower case, closed, and nothing after it in the piece,
never a note of status, time or stand-in ("(afbud)", "(deltog ikke)", "(fra kl. 17)", "(suppleant for …)", which says
more than the affiliation); only run on after the entry before, on its line. Read by `attendance_entries`."""

from __future__ import annotations

import re

# an affiliation's one to three capitalised words ("Region Nordjylland", "KD-Net", "Food College"), then one note in
# brackets in lower case ("(administrativ ledelse)", "(ref.)", "(punkt 2)"), closed, and the piece's end
_AFFILIATION_AND_NOTE = re.compile(
    r"[ \t]*[A-ZÆØÅ][\w.&/-]*(?:[ \t]+[A-ZÆØÅ][\w.&/-]*){0,2}[ \t]+"
    r"\((?P<note>[a-zæøå0-9][a-zæøå0-9 \t.,-]{0,40})\)[ \t.]*"
)

# a note that says the entry's status or whom it stood in for ("(afbud)", "(deltog ikke)", "(syg)", "(suppleant for
# …)") is more than a note on the affiliation: none of this form
_STATUS_NOTE = re.compile(
    r"afbud|fravær|forfald|forhindr|ikke|\bsyg|orlov|stedf|suppl|substitut|i stedet|\bfor\b|\bfra\b|\btil\b|kl\."
)


def affiliation_with_note(text: str, s: int, e: int, last_end: int | None) -> bool:
    """Whether the piece from ``s`` to ``e`` is an affiliation and a lower-case note in brackets run on after the
    entry that ended at ``last_end`` on its line: the entry before's, the list going on."""
    if last_end is None or "\n" in text[last_end:s]:
        return False
    piece = _AFFILIATION_AND_NOTE.fullmatch(text, s, e)
    return piece is not None and _STATUS_NOTE.search(piece["note"]) is None
