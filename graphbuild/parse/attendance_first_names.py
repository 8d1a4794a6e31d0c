"""A list entry that is one first name alone, in a small body's list written in first names ("Til stede: Anette,
Pernille og Anders", "Afbud: Jesper, Kjeld Flemming, Freddy"), a first name the name lists do not know among known
ones ("Allan, Anna, Hial, Hanne"), never a town after a full name ("Ole Berg, Nyborg") nor a post or a noun."""

from __future__ import annotations

import re

from graphbuild.parse.attendance_first_name_ends import list_ends_after, word_before_item
from graphbuild.parse.attendance_first_name_opening import opens_first_names
from graphbuild.parse.attendance_labels import LABEL_STATUSES
from graphbuild.parse.attendance_names import heading_word
from graphbuild.parse.attendance_rows import Row
from graphbuild.vocab.person_names import (
    NOT_NAME_WORDS,
    POST_ENDING,
    ROLE_WORDS,
    is_municipality,
    is_title_word,
    written_in_lower_case,
)
from graphbuild.vocab.reference import first_names, last_names

# what follows a first name that is a whole entry: the list's next separator or its end, a full stop before the next
# sentence or label among them ("Til stede: Anette og Pernille. Afbud: Tonni")
_LONE_NAME_END = re.compile(
    r"(?:[ \t]*\([^()\n]{1,30}\))?"  # a note in brackets after the name: "Kirsten (ref.)", "Ole (formand)"
    # or a post in lower case after a dash: "Helga - formand, Hans" (as full names' "Helga Blomgreen - formand")
    r"(?:[ \t]+[-–][ \t]+[a-zæøå][a-zæøå.]{2,20}(?:[ \t]+[a-zæøå][a-zæøå.]{1,20}){0,2}"
    r"(?=[ \t]*(?:[,;]|\.?[ \t]*(?:\n|$))|[ \t]+(?:og|samt)[ \t]))?"
    # (the blanks and stops before the separator read once: "og" after a run ending in a blank, as ``[ \t.]*`` beside
    # ``[ \t]+og`` shared a line of blanks every way)
    r"(?:[ \t.]*+(?:[,;][ \t]*(?P<next>[A-ZÆØÅ][a-zæøå]+)?|\n|$)|(?:\.*+[ \t]++)++(?:og|samt|&)[ \t]"
    r"|\.[ \t]+(?=[A-ZÆØÅ])"
    # a dash between first names: "Fremmødte: Jens – Karin – Tage"
    r"|[ \t]+[-–][ \t]+(?P<dashed>[A-ZÆØÅ][a-zæøå]+)(?=[ \t]+[-–][ \t]|[ \t]*(?:\n|$)))"
)
# the list's last entry cut off by the next label after a separator: "Til stede: Jens, Lone, Kirsten – Afbud: Mads"
# (the blanks before and after the bracket read once each: as "[ \t]*(?:\(…\))?[ \t]*", two runs side by side, a line of
# blanks after a first name was shared between them every way; the same strings)
_LIST_LAST = re.compile(
    r"[ \t]*+(?:\([^()\n]{1,30}\)[ \t]*+)?[-–/|][ \t]*(?P<next>(?!))?"
    r"(?=[A-ZÆØÅ][a-zæøå]+(?:[ \t]+[a-zæøå]+){0,3}[ \t]*:)"
)

# a note in brackets ending an entry: its role or status, read by the entry's reader after the name
_BRACKET_NOTE = re.compile(r"[ \t]*\([^()\n]{1,30}\)[ \t.]*\Z")


def first_name_of(text: str, s: int, e: int) -> str:
    """The first name a lone first name's entry holds, without a note in brackets after it ("Kirsten (ref.)")."""
    piece = text[s:e]
    before_item = word_before_item(text, s, e)
    if before_item is not None:
        return before_item  # "Jørgen 1", cut from "og Jørgen 1. Godkendelse af dagsorden"
    note = _BRACKET_NOTE.search(piece)
    return (piece[: note.start()] if note else piece).strip(" \t.").rstrip(" \t-–/|")


def lone_first_name(text: str, s: int, e: int, rows: list[Row]) -> bool:
    """A piece that is one known first name alone, on the label's line, in a list of first names only
    ("Til stede: Anette, Pernille og Anders", "Afbud: Tonni"); not a name cut short by a label after it
    ("Lars Gaardhøj: Deltog") nor one a comma broke ("Afbud: Harly, Bruun Jørgensen")."""
    if not _first_names_only(rows) or "\n" in text[s:e].strip(" \t"):
        return False  # asked first: the piece's first name is read (up to three patterns) only in a list of first names
    word = first_name_of(text, s, e)
    # a first name the lists do not know, in a list of known ones ("Til stede: Allan, Anna, Hial, Hanne og Lise",
    # "Afbud: Birgitte, Kateryna"): the entry before is a first name alone
    in_list = bool(rows) and " " not in rows[-1].name
    if word not in first_names():
        # or the list's first entry, the next entry a known first name alone ("Deltagere: Ege, Michael, Dorte")
        opening = word in text[s:e] and opens_first_names(text, text.index(word, s) + len(word), len(rows))
        if not ((in_list or opening) and _first_name_like(text, word)):
            return False
    word_end = text.index(word, s) + len(word)
    after = _LONE_NAME_END.match(text, word_end) or _LIST_LAST.match(text, word_end)
    if after is None:
        # "Til stede var Karen, Mette og Jørgen 1. Godkendelse af dagsorden": the list's last first name before the
        # first item's heading a flattened page ran on, in a list of first names already read
        return in_list and list_ends_after(text, word_end)
    following = after["next"] or after.groupdict().get("dashed")  # the next entry's first word, after its separator
    if not text[text.rfind("\n", 0, s) + 1 : s].strip(" \t•*·-"):
        # "Deltagere:\nMette\nJørgen\nOle Berg": first names one a line are no entries; a line that opens a comma
        # list of first names is one ("Til stede:\nAnette, Pernille, Anders")
        return following is not None and following in first_names()
    return (
        following is None
        or following in first_names()
        or ((in_list or word in first_names()) and _first_name_like(text, following))
    )


_FIRST_NAME_SHAPE = re.compile(r"[A-ZÆØÅ][a-zæøåéü]{2,11}")


def _first_name_like(text: str, word: str) -> bool:
    """A word shaped as a first name that is no place, no heading's or label's noun, no post's and no word the
    document also writes in lower case ("Kateryna", "Hial"; not "Nyborg", "Referent", "Ingen", "Kasserer" beside
    "valgt som kasserer")."""
    return (
        _FIRST_NAME_SHAPE.fullmatch(word) is not None
        and word not in last_names()
        and not POST_ENDING.search(word)
        and not written_in_lower_case(text, word.lower())
        and word not in NOT_NAME_WORDS
        and word.lower() not in ROLE_WORDS
        and not is_title_word(word)
        and not heading_word(word)
        and not is_municipality(word)
        and word.lower() not in LABEL_STATUSES
    )


def _first_names_only(rows: list[Row]) -> bool:
    """The list so far is one of first names: every entry a first name alone, or two first names after one alone
    ("Afbud: Jesper, Hanne, Kjeld Flemming, Freddy"), never a full name ("Ole Berg, Nyborg" names a town)."""
    return all(
        " " not in row.name or (any(" " not in other.name for other in rows) and _all_first_names(row.name))
        for row in rows
    )


def _all_first_names(name: str) -> bool:
    words = name.split()
    return len(words) == 2 and all(word in first_names() for word in words)
