"""The words between an attendance label and the next colon that hold a sentence's full stop before a capitalised
word, "Afbud fra Hanne Dahl. Referent: Sofie Kragh.", "Fremmødte: … Afbud fra Hanne Dahl. Mødeleder: Sofie Kragh":
the label's own sentence ended at the stop, and the colon is the next field's, not the label's. Before, the words up
to the colon were read as the label's qualifier ("Fraværende i Thisted Kommunalbestyrelse, 25. januar 2022:"), so the
next field's value (the secretary) was read as the list of the absent; now the label is read bare, its list ends at
the next field's label. An abbreviation's or an initial's full stop ("pkt. 5", "Bjarne M. Hansen") ends no sentence.
Read by `attendance_labels`."""

from __future__ import annotations

import re

from graphbuild.vocab.sentence_abbreviations import is_abbreviation

# a word of two or more letters, its full stop, a capitalised word after it
_SENTENCE_STOP = re.compile(r"([A-Za-zÆØÅæøå]{2,})\.[ \t]+[A-ZÆØÅ]")


def sentence_ends_inside(words: str) -> bool:
    """Whether ``words`` (between a label and a colon) hold a sentence's full stop before a capitalised word."""
    return any(not is_abbreviation(stop[1]) for stop in _SENTENCE_STOP.finditer(words))
