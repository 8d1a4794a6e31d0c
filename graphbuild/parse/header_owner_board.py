"""An association's board meeting named with its owner beside the kind of record, as "<Owner>, bestyrelsen" (the
README's body rule for a board named by its owner alone), or as the document's own "X's bestyrelse" when it writes
the owner in the genitive: "Referat af virtuelt DSKF bestyrelsesmøde d. 9/12-21", "Referat fra Skagen Bytings
bestyrelsesmøde", "Landsbylauget i Iller, Brunsnæs og Gammelgab Referat fra bestyrelsesmødet, afholdt den 14. juni
2007"."""

from __future__ import annotations

import re

# an owner's name: capitalised words, joined by a space, a comma or a small word ("Landsbylauget i Iller, Brunsnæs
# og Gammelgab", "Region Hovedstaden Børne- og Kulturchefforeningens"); a kind or a meeting's adjective no owner
_OWNER = (
    r"(?P<owner>(?!(?i:referat|dagsorden|ordinært|ekstraordinært|virtuelt|konstituerende)\b)[A-ZÆØÅ][\wæøåÆØÅ&-]*"
    r"(?:,?\s+(?:(?:i|og|for|af|&)\s+)?[A-ZÆØÅ][\wæøåÆØÅ&-]*|\s+og\s+[A-ZÆØÅ][\wæøåÆØÅ&-]*){0,7})"
)
_KIND = r"(?i:referat|dagsorden)\s+(?i:fra|af)\s+"
_MEETING_WORD = r"(?i:bestyrelsesmøde(?:t)?)\b"
_ADJECTIVE = r"(?:(?i:det|et)\s+)?(?:(?i:virtuelle?|virtuelt|ordinære?|ordinært|ekstraordinære?|ekstraordinært)\s+)?"
# "Referat fra <Owner>s bestyrelsesmøde", "Referat af virtuelt <Owner> bestyrelsesmøde"
_KIND_THEN_OWNER = re.compile(rf"^[\s\d.\-–|•*#]*{_KIND}{_ADJECTIVE}{_OWNER}\s+{_MEETING_WORD}")
# "<Owner> Referat fra bestyrelsesmødet"
_OWNER_THEN_KIND = re.compile(rf"^[\s\d.\-–|•*#]*{_OWNER}\s+{_KIND}{_ADJECTIVE}{_MEETING_WORD}")
_GENITIVE_END = re.compile(r"(?<=[a-zæøå]{3})s$")
_ACRONYM = re.compile(r"^[A-ZÆØÅ&]{2,}$")
_NOT_OWNER = re.compile(r"(?i)\b(?:kommunes?|referat|dagsorden|møde|mødet)\b")


def owner_board(text: str) -> str | None:
    """The board a line names by its owner and the board's meeting word, "<Owner>, bestyrelsen"; a one-word owner
    only as an acronym ("DSKF"), since "Foreningens bestyrelsesmøde" names no owner."""
    found = _KIND_THEN_OWNER.match(text) or _OWNER_THEN_KIND.match(text)
    if found is None:
        return None
    owner = found["owner"].strip(" ,")
    words = owner.split()
    if _NOT_OWNER.search(owner) or (len(words) == 1 and not _ACRONYM.match(owner)):
        return None
    if found.re is _KIND_THEN_OWNER and _GENITIVE_END.search(owner):
        return f"{owner} bestyrelse"  # the document's own "X's bestyrelse(smøde)"
    return f"{owner}, bestyrelsen"
