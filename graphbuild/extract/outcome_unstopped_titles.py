"""An item line of minutes that is their whole record of the item, written as a sentence whose full stop the minutes
leave off ("4. Næste møde afholdes d. 26. april på brandstationen", "4. Kontingentet blev bibeholdt på kr. 250,- for
foreninger med op til 300 medlemmer"), with no text under it: the minutes' narrative of the item, read as talk.

``outcome_prose.sentence_title`` reads the same line when its full stop is printed. Without the stop, a line can as
well be an agenda's title kept in the minutes ("Budgettet godkendes", "Hvad skal vi med hjemmesiden"), so this reader
takes only a line that states what happened (a verb of a record, never a modal alone), never a question, never one
that holds a verdict form of the table (the title's verdict may be what was asked for, not what was decided), only
a main clause (its verb among the first words, no subordinating word before it: "Forslag om at kommunen bliver medlem
af X" is a title), and never a line with a heading before a colon or a dash (that line is
``sentence_after_heading``'s, which asks for its full stop: a line the excerpt cuts off mid-sentence is no record).
"""

from __future__ import annotations

import re

from graphbuild.extract.decision_rules import first_form

_WORD_OF_LETTERS = re.compile(r"[^\W\d_]{2,}")
_MIN_WORDS = 5
# a verb that states what happened at the meeting: an auxiliary of the past or of a state, a past tense of deciding, a
# passive present ("afholdes", "aftales"); not a modal alone ("skal", "vil", "kan": what is to be done, an agenda's)
_RECORD_VERB = re.compile(
    r"\b(?:er|var|blev|bliver|har|havde|vedtog|besluttede|aftalte)\b|\b[a-zæøå]{3,}(?:des|tes|les|ges|res)\b"
)
_QUESTION_WORD = re.compile(r"^(?:hvad|hvordan|hvorfor|hvornår|hvem|hvilk\w*|hvor)\b")
# a heading before the sentence ("Kulturnat 2021 ved Kent Ravn: Der var opstartsmøde …", "Evt. – FU har drøftet …")
_HEADING_MARK = re.compile(r":|[ \t][–-][ \t]")
_MAX_WORDS_BEFORE_VERB = 3
_SUBORDINATOR = frozenset({"at", "om", "som", "der", "når", "hvis", "da", "fordi", "hvor", "mens", "efter"})


def unstopped_sentence_title(item_text: str, after_title: str, offset: int, title: str) -> tuple[str | None, int]:
    """The item's line as its decision text when it is a sentence of a record left without its full stop and nothing
    is printed under it (``after_title``: the item's text after its title line), else (None, -1)."""
    line = title.strip()
    if not line or after_title.strip() or line.endswith((".", "?", "!")) or "?" in line:
        return None, -1
    lowered = line.lower()
    if len(_WORD_OF_LETTERS.findall(line)) < _MIN_WORDS or _QUESTION_WORD.match(lowered):
        return None, -1
    if _HEADING_MARK.search(line) or first_form(line) is not None:
        return None, -1
    verb = _RECORD_VERB.search(lowered)
    # a main clause puts its verb second: within the first words, no subordinating word before it ("Forslag om at
    # kommunen bliver medlem af X" is a title whose verb is a clause's)
    before = _WORD_OF_LETTERS.findall(lowered[: verb.start()]) if verb else []
    if verb is None or len(before) > _MAX_WORDS_BEFORE_VERB or _SUBORDINATOR.intersection(before):
        return None, -1
    at = item_text.find(line)
    return line, offset + max(at, 0)
