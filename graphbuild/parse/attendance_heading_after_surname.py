"""A capitalised word a flattened line ran on after a list's last name that opens the next heading or sentence, "…
Fraværende: Morten Weiss-Pedersen Åbne sager Lukkede sager", "…, Nancy H. K. Sørensen Forslag om lørdag den 9.
april", "• Jens Erik Damgaard Kopier link til punktet": not the name's, when the name before it already ends in a
surname (a word the surname list knows or in a surname's form, never a first name) and lower-case words follow it
that are no note on the name and no verb of a sentence about the person. Read by `attendance_names` for a name of
three words or more; before, the word was read as one more surname and the entry (its rest prose) dropped."""

from __future__ import annotations

import re

from graphbuild.vocab.person_names import surname_like, surname_shaped, written_in_lower_case
from graphbuild.vocab.reference import first_names, last_names
from graphbuild.vocab.sentence_start import NOTE_WORDS_AFTER_NAME

# the lower-case word after the capitalised one, "sager", "om", "link", "hele"
_NEXT_LOWER = re.compile(r"[ \t]+(?P<w>[a-zæøå]{2,})\b")

# a finite verb's ending or a short past tense, the verb of a sentence whose subject is the name ("Malte Mathies Løcke
# foreslår", "… Holdum orienterede", "… Ronex fortalte", "… Skotte bød velkommen"): the word before it is the surname
_VERB_ENDINGS = ("r", "de", "te", "dt")
_SHORT_PAST = frozenset({"gik", "kom", "fik", "bød", "tog", "så", "lå", "gav", "bad", "sad", "stod", "fandt", "sagde"})


def _surname_ended(word: str) -> bool:
    """A name's word that is a surname and no first name: "Weiss-Pedersen", "Sørensen", "Damgaard"."""
    return word not in first_names() and (word in last_names() or surname_shaped(word) or "-" in word)


def heading_after_surname(text: str, token: str, before: str, stop: int, end: int) -> bool:
    """``token`` (a name's last word, ending at ``stop``; ``before`` the word before it) is the next heading's or
    sentence's first word: capitalised, no word the name lists know, not in a surname's form, no surname's genitive
    ("Jensens udtræden"), the word before it a surname, and a lower-case word after it that is no note on the name
    ("deltog", "og") nor a verb, unless the document also writes the word itself in lower case (a common word)."""
    if not token[:1].isupper() or token.isupper() or not token.isalpha():
        return False
    if token in first_names() or surname_like(token) or (token.endswith("s") and surname_like(token[:-1])):
        return False
    if not _surname_ended(before):
        return False
    after = _NEXT_LOWER.match(text, stop, end)
    if after is None or after["w"] in NOTE_WORDS_AFTER_NAME:
        return False
    word = after["w"]
    verb = word.endswith(_VERB_ENDINGS) or word in _SHORT_PAST
    return not verb or written_in_lower_case(text, token.lower())
