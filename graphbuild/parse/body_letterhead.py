"""The organisation whose board met, as the minutes' letterhead prints it beside the board's meeting word: a body the
header reads as the board's word alone ("Bestyrelse") where one of the header's first lines holds "bestyrelsesmøde"
and the owner's name follows it — on its line, after a comma, a day or "i" ("Bestyrelsesmøde VUC Hvidovre-Amager",
"Bestyrelsesmøde, Friskolen på Røsnæs 3 marts 2021", "Bestyrelsesmøde 09.12.19 Vallensbæk Musikskole", "Referat af
bestyrelsesmøde 31. maj 2022 i Medicinhaverne.") or alone on the next line that holds words, a day's line between
("Bestyrelsesmøde" over "Dagtilbudsdistrikt Elverdam", "Bestyrelsesmøde" over "07.05.2019" over "Karrebæksminde
Fiskeri- og Bymuseum"). Read by the parse stage into `Meeting.body_in_full` after `body_owner`'s readers, as
"Bestyrelsen for X". Never a venue ("i Ryslinge Forsamlingshus", "Hotel Marina") or a medium ("Teams"), a
municipality, a region, a person, a day, a field's label ("Dato:", "Sted:"), nor a line of words that is no name
("Referat fra mødet den 25. juni 2019")."""

from __future__ import annotations

import re

from graphbuild.parse.body_owner import clean_owner

_BOARD = re.compile(r"(?i)bestyrelse(?:n)?")
_BOARD_WORD = re.compile(r"(?i)bestyrelse")
_MEETING_WORD = re.compile(r"(?i)(?<![\wæøå])bestyrelsesmøde(?![\wæøå])")
# where or how the board met, no owner: "Bestyrelsesmøde Hotel Marina", "Bestyrelsesmøde Teams", "… Online"
_VENUE_OR_MEDIUM = re.compile(r"(?i)(?:hotel|restaurant|café|cafe|kro|kroen|teams|zoom|skype|online|virtuelt)\b")
_LINES = 6  # the letterhead's lines: the header's first lines that hold words
_DAY = r"(?:(?:den|d\.)[ \t]+)?\d{1,2}[./ -]*(?:\d{1,2}|[a-zæøå]+\.?)[./ -]*(?:\d{2,4})?"
_WORD = r"[A-ZÆØÅ][\wæøåÆØÅ&'’-]*"
_NAME = rf"(?P<owner>{_WORD}(?:[ \t]+(?:(?:i|og|for|af|på|&)[ \t]+)?{_WORD}){{0,5}})"
# the owner after the meeting word on its line: "Bestyrelsesmøde VUC Hvidovre-Amager", ", Friskolen på Røsnæs",
# " 09.12.19 Vallensbæk Musikskole", " 31. maj 2022 i Medicinhaverne."
_AFTER = re.compile(rf"[ \t]*(?:,[ \t]*|[ \t]*[–-][ \t]+)?(?:{_DAY}[ \t]+)?(?:i[ \t]+)?{_NAME}")
# a line that is a name alone: "Dagtilbudsdistrikt Elverdam", "Karrebæksminde Fiskeri- og Bymuseum"
_NAME_LINE = re.compile(rf"[ \t]*{_NAME}[ \t]*\.?[ \t]*")
_DAY_LINE = re.compile(rf"[ \t]*{_DAY}[ \t]*")


def board_in_letterhead(header_text: str, body: str | None) -> str | None:
    """The board the header reads by its word alone, named with the owner its letterhead prints beside the board's
    meeting word: "Bestyrelsen for VUC Hvidovre-Amager"; else None."""
    if body is None or _BOARD.fullmatch(body.strip()) is None:
        return None
    lines = [line for line in header_text.splitlines() if line.strip()][: _LINES + 2]
    for index, line in enumerate(lines[:_LINES]):
        word = _MEETING_WORD.search(line)
        if word is None:
            continue
        owner = _owner_after(line, word.end())
        if owner is None and not line[word.end() :].strip(" \t.:"):
            owner = _owner_below(lines[index + 1 :])
        if owner is None or _BOARD_WORD.search(owner) is not None:  # "Bestyrelsesmøde" over "Bestyrelsesmøde"
            continue
        if _VENUE_OR_MEDIUM.match(owner) is None:
            return f"Bestyrelsen for {owner}"
    return None


def _owner_after(line: str, at: int) -> str | None:
    after = _AFTER.match(line, at)
    if after is None:
        return None
    rest = line[after.end() :]
    if rest.strip() and not re.match(r"[ \t]*(?:[.,]|\d|[ \t]i[ \t])", rest):
        return None  # the name runs on into words that are no name's: a sentence, no letterhead
    return clean_owner(after["owner"], whole=True)


def _owner_below(lines: list[str]) -> str | None:
    """The owner alone on the next line that holds words, a day's line between."""
    for line in lines[:2]:
        if _DAY_LINE.fullmatch(line):
            continue
        alone = _NAME_LINE.fullmatch(line)
        return clean_owner(alone["owner"], whole=True) if alone is not None else None
    return None
