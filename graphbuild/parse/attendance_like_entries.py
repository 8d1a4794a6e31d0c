"""A full stop between two entries of the same form in a list a PDF's text layer flattened onto one line, each entry
a sentence of its own once printed one a line: "Afbud: Bent Krogh Petersen - Bo Morthorst Rasmussen deltager som
stedfortræder. Poul Weber - Jørgen Bastholm deltager som stedfortræder.", "Signe Goldmann, F, ankom til mødet kl. 17.32
under behandlingen af punkt 1. Jakob Næsager, C, ankom til mødet kl. 17.32 …", "Fraværende med afbud: Ninna Hedeager
Olsen (Enhedslisten), tjenesterejse. Kåre Traberg Smith (Løsgænger), arbejde.": the stop closes one entry, not the list,
when the sentence after it opens with a name and goes on as the entry before did (the same marks, capitalised words
and lower-case words in the same places, its party's bracket or none alike). Read by `attendance_pieces`; before, the
list ended at the first entry's stop."""

from __future__ import annotations

import re

from graphbuild.parse.attendance_names import read_name

# an entry's words after its name: a bracket, a mark, a number, a capitalised word or a lower-case one
_TOKEN = re.compile(r"\([^()\n]*\)|[,;:\-–]|\d+(?:[.:]\d+)*|[A-ZÆØÅ][\w.-]*|[a-zæøå][\w-]*")
_SHAPE_TOKENS = 4  # the first marks and words after the name that say the entry's form
_NEXT_REACH = 200  # the next entry's words are read this far


def _shape(rest: str) -> tuple[str, ...]:
    """The form of an entry's words after its name: brackets, marks and numbers by kind, capitalised words as one "N"
    a run, lower-case words as "w"."""
    shape: list[str] = []
    for token in _TOKEN.findall(rest):
        kind = (
            "()"
            if token.startswith("(")
            else "D"
            if token[0].isdigit()
            else "N"
            if token[0].isupper()
            else "w"
            if token[0].islower()
            else token
        )
        if not (kind == "N" and shape and shape[-1] == "N"):
            shape.append(kind)
        if len(shape) > _SHAPE_TOKENS:
            break
    return tuple(shape[:_SHAPE_TOKENS])


def like_entry_follows(text: str, piece_starts: list[int], stop: int, after: int, end: int) -> bool:
    """Whether the full stop at ``stop`` closes an entry that opens with a name at one of ``piece_starts`` (the pieces
    of the sentence the stop ends) and says more after it, and the sentence from ``after`` opens with a name and goes
    on in the same form: the next entry of the list, one a line before the page was flattened."""
    if not piece_starts or "\n" in text[piece_starts[0] : after]:
        return False  # a list of one entry a line is read by its lines
    nxt = read_name(text, after, min(end, after + 60))
    if nxt is None or nxt.start != after:
        return False
    following = _shape(text[nxt.rest_start : min(end, nxt.rest_start + _NEXT_REACH)])
    for start in piece_starts:
        lead = len(text[start:stop]) - len(text[start:stop].lstrip(" \t•*·-"))
        closed = read_name(text, start + lead, stop)
        if closed is None or closed.start != start + lead or (closed.party is None) != (nxt.party is None):
            continue
        before = _shape(text[closed.rest_start : stop])
        if len(before) >= 2 and following[: len(before)] == before:
            return True  # a name alone, or one word after it, is `attendance_pieces`' own readers'
    return False
