"""A list of first names whose last entry a flattened page runs on into the first item's heading: "Til stede var
Karen, Mette, Thomas og Jørgen 1. Godkendelse af dagsorden …", "Afbud: Elisabeth, Hanne, Anne-Marie og Søren. 1.
Sigurd præsenterede …", "Deltagere: Ege, Michael, Dorte, Betty, Ole, Alex, Mette DAGSORDEN 1. Tilføjelse …",
"Elever: Anna, Ellen, Elias, Punkt 1: Velkommen …". The item number ends the list when it opens a run (the next
number follows further on with a capitalised title too), so a number inside a sentence ("Jørgen 2 gange") or a
date's day ends none; read by `attendance_first_names` for the list's last first name."""

from __future__ import annotations

import re

from graphbuild.parse.attendance_first_name_labels import field_after

# after the first name: its full stop, a heading in capitals or "Punkt", then the item's number and a capitalised
# title ("1. Godkendelse", "1) Godkendelse", "Punkt 1: Velkommen", "0. Gæsteforelæsning")
_ITEM_HEAD = re.compile(
    r"\.?[ \t]+(?:[A-ZÆØÅ]{4,}[ \t]+|(?:Punkt|Pkt\.)[ \t]*)?(?P<num>\d{1,2})(?:[.):]|\.\))[ \t]+(?=[A-ZÆØÅ\"”“„])"
)
# a numbered heading further on: its number and the mark after it ("2.", "2)", "2:") before a capitalised title, the
# space after the mark left out too ("2.Økonomi", as a page flattened from a numbered list prints it)
_NUMBERED = re.compile(r"(?<![\w.,/:-])(?P<num>\d{1,2})(?P<sep>[.):])[ \t]*[A-ZÆØÅ\"”“„]")
_RUN_REACH = 8000  # the next item's number stands within this many characters (a flattened page or three)


def item_heading_after(text: str, pos: int) -> bool:
    """Whether the first item's heading follows ``pos`` (the end of a first name), the heading opening a run of
    numbered items: the next number, written the same way with a capitalised title, follows within reach."""
    head = _ITEM_HEAD.match(text, pos)
    if head is None:
        return False
    wanted = (str(int(head["num"]) + 1), text[head.end("num")])
    return any(
        (number["num"], number["sep"]) == wanted
        for number in _NUMBERED.finditer(text, head.end(), head.end() + _RUN_REACH)
    )


_LEAD_WORD = re.compile(r"[ \t]*(?P<word>[A-ZÆØÅ][a-zæøåéü]+(?:-[A-ZÆØÅ][a-zæøåéü]+)?)")


def word_before_item(text: str, s: int, e: int) -> str | None:
    """The one capitalised word a list's piece opens with when the first item's heading follows it ("Jørgen" of
    "Jørgen 1", the piece a list's full stop cut from "og Jørgen 1. Godkendelse af dagsorden")."""
    lead = _LEAD_WORD.match(text, s, e)
    if lead is None or not list_ends_after(text, lead.end()):
        return None
    return lead["word"]


def list_ends_after(text: str, pos: int) -> bool:
    """Whether a list of first names ends after the first name that ends at ``pos``: the first item's heading, the next
    field's label or a heading run on."""
    return item_heading_after(text, pos) or field_after(text, pos)
