"""A capitalised word run on after a name on a flattened line that is no name's but the first word of the next
sentence or heading ("Afbud: Bjarne Lindqvist Næste møde 6. februar", "… og Børge Bech Følgende sager behandles"):
shared by parse's attendance reader and extract's people finder, which both read a name's right edge; and a
capitalised word run on after a name that is the next field's label, its colon right after it ("Kent Budolfsen
Kasserer : Poul Sørensen"), read by extract's people finder."""

from __future__ import annotations

import re

from graphbuild.vocab.person_names import is_title_word, surname_like, written_in_lower_case
from graphbuild.vocab.reference import first_names, last_names

# the lower-case word after a sentence's capitalised first word ("Næste møde", "Følgende sager behandles"), never a
# status or a stand-in's note after a name ("Lis Holm deltog", "Lis Holm mødte for", "Lis Holm og")
_NEXT_LOWER = re.compile(r"[ \t]+(?P<w>[a-zæøå]{3,})\b")
_AFTER_NAME = frozenset(
    {"og", "samt", "deltog", "deltager", "mødte", "mødt", "afbud", "fraværende", "ikke", "var", "havde", "som", "for"}
    | {"fra", "til", "med", "under", "efter", "indtil", "kom", "forlod", "udtrådte", "erklærede", "blev", "er"}
)
# the same words for a reader of another run-on word after a name (parse's `attendance_heading_after_surname`)
NOTE_WORDS_AFTER_NAME = _AFTER_NAME


# a superlative's or present participle's ending, the adjectives that open a heading or sentence ("Næste møde",
# "Følgende sager", "Sidste frist", "Kommende møder"); an unknown surname may end in "-e" ("Løcke foreslår")
_OPENER_ENDINGS = ("ste", "ende")


def opens_sentence(text: str, token: str, stop: int, end: int) -> bool:
    """``token`` (a name's last word) is no name's but the capitalised first word of the next sentence or heading
    on a flattened line: a word the name lists do not know, in a form no surname has (a superlative's "-ste" or a
    present participle's "-ende": "Næste", "Følgende"), with a lower-case word after it that is no note on the
    name."""
    if token in first_names() or token in last_names() or surname_like(token) or not token.endswith(_OPENER_ENDINGS):
        return False
    after = _NEXT_LOWER.match(text, stop, end)
    return after is not None and after["w"] not in _AFTER_NAME


# a label's colon right after the word, its full stop before it if cut short ("Kasserer:", "Kasserer :", "Bemærk.:"),
# never a status as the entry's value after it ("Lis Holm: Afbud")
_LABEL_COLON = re.compile(r"\.?[ \t]?:(?![ \t]*(?i:afbud|forfald|fraværende|mødt|deltog|deltager|til[ \t]+stede)\b)")
_LABEL_WORD = re.compile(r"[A-ZÆØÅ][a-zæøå]{3,}")


def opens_label(text: str, token: str, stop: int) -> bool:
    """``token`` (a name's last word, ending at ``stop``) is no name's but the next field's label a flattened line ran
    on after the name ("Formand : Kent Budolfsen Kasserer : Poul Sørensen", "Referent: Grethe Larsen Bemærk.:
    Dagsorden"): a capitalised word the name lists do not know, in no surname's form, with a
    label's colon right after it, that is cut short with a full stop ("Bemærk.:"), a post's word or a word the text
    also writes in lower case."""
    if not _LABEL_WORD.fullmatch(token) or token in first_names() or token in last_names() or surname_like(token):
        return False
    colon = _LABEL_COLON.match(text, stop)
    if colon is None:
        return False
    # a label cut short ("Bemærk.:", no surname's form), a post's word ("Kasserer", "Referent") or a word the text also
    # writes in lower case, a common noun
    return colon.group().startswith(".") or is_title_word(token) or written_in_lower_case(text, token.lower())
