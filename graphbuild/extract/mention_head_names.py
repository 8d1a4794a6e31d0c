"""An association's or a network's kind word opening its name: "Grundejerforeningen Vesterengen", "Haveforeningen
Strandhøj", "Landboforeningen Gefion", "Landsbyforum Ringsted" name the body by the capitalised words run on after the
kind's one word on its line, not by the kind word alone. The run ends before a word never in a name ("Beslutning",
"Den", "Region"), a person's name (a first name before a capitalised word), a municipality's "X Kommune", a body's
word ("Mødeforum Styregruppen"), a post's ("Borgmester"), a genitive before what it owns ("Lokalforum Regstrups
rolle") or a word the text also writes in lower case (a heading's noun run on in a flattened
list: "Borgerforeningen Regnskabsgennemgang", "Vækstforum Udkast til referat")."""

from __future__ import annotations

import re

from graphbuild.vocab.municipality_names import municipality_named
from graphbuild.vocab.person_names import is_title_word, written_in_lower_case
from graphbuild.vocab.reference import NOT_NAME_WORDS_COMMON, first_names

# one word, a kind's definite form (or "forum") its end: "Grundejerforeningen", "Landsbyforum", "Lokalnetværket"
HEAD = re.compile(r"[A-ZÆØÅ][a-zæøå]{2,}(?:foreningen|forum|netværket|kredsen)")
# a capitalised word after blanks on the same line, and what stands after it
_NEXT_WORD = re.compile(r"[ \t]+([A-ZÆØÅ][\wæøå-]*)(?![\w/&-])")
_CAPITALISED_AFTER = re.compile(r"[ \t]+[A-ZÆØÅ][a-zæøå]")
_KOMMUNE_AFTER = re.compile(r"[ \t]+Kommunes?\b")
_LOWER_AFTER = re.compile(r"[ \t]+[a-zæøå]")
# a body's word: "Styregruppen", "Bestyrelse", "Sekretariatet"
_BODY_WORD = re.compile(
    r"(?i:.*(?:udvalg|udvalget|gruppe|gruppen|rådet|råd|bestyrelse|bestyrelsen|sekretariatet|direktionen|forvaltningen))"
)
# how many words a name runs on after its kind: "Grundejerforeningen Sønderho Sommerhusområde"
MORE_WORDS = 3


def head_name_end(text: str, name: str, end: int, hi: int) -> int:
    """The end of a name ``name`` ending at ``end`` when it is one kind word (``HEAD``): past each capitalised word
    run on after it on its line (at most ``MORE_WORDS``) up to the first that is none of the name's."""
    if HEAD.fullmatch(name) is None:
        return end
    for _ in range(MORE_WORDS):
        match = _NEXT_WORD.match(text, end, hi)
        if match is None or _none_of_the_name(text, match.group(1), match.end(), hi):
            break
        end = match.end()
    return end


def _none_of_the_name(text: str, word: str, end: int, hi: int) -> bool:
    if word in NOT_NAME_WORDS_COMMON or _BODY_WORD.fullmatch(word) or written_in_lower_case(text, word.lower()):
        return True
    # a post's word ("Grundejerforeningen Sønderho Sommerhusområde Borgmester Sofie Valbjørn"), a genitive before what
    # it owns ("Lokalforum Regstrups rolle": the name's own words end before it)
    if is_title_word(word) or _genitive(text, word, end, hi):
        return True
    if word in first_names() and _CAPITALISED_AFTER.match(text, end, hi) is not None:
        return True
    return _KOMMUNE_AFTER.match(text, end, hi) is not None and municipality_named(word) is not None


def _genitive(text: str, word: str, end: int, hi: int) -> bool:
    """Whether ``word`` is a name's word in the genitive before a lower-case word, as the text also prints it without
    its "s" ("Lokalforum Regstrups rolle" beside "Regstrup"; "Landsbyforum Stevns er" is no genitive)."""
    if not word.endswith("s") or _LOWER_AFTER.match(text, end, hi) is None:
        return False
    bare = word[:-1]
    at = text.find(bare)
    while at >= 0:
        after = text[at + len(bare) : at + len(bare) + 1]
        if not (text[at - 1 : at].isalnum() or after.isalnum()):
            return True
        at = text.find(bare, at + 1)
    return False
