"""A flattened contents run's title cut after an abbreviation's full stop, joined again by ``flatten_titles``:
"Boligselskabet L.A.B. Fyn, afd. | Elmehaven, Otterup - Huslejefastsættelse", "BoVendia afd. 9 (tidl. | Hjørring
Boligselskab afd. 25.) - godkendelse af …". The word-by-word cut opens a title at the capitalised word after it, yet
a title ends in no abbreviation that points to what follows it (a department's "afd.", "tidl.", "nr.", "vedr.",
"jf.", "pkt."): the next piece goes on the title. The full stop must be printed: a title whose number the text layer
lost keeps its bare word and ends there ("… Højslev Boligselskabs afd | Ansøgning fra Sallingsund …", "… Stensved
afd | Trafikbestilling"); an abbreviation a title may end in ("m.v.", "mv.", "pct.", an amount's "kr.") or that is
an item of its own ("Evt.") ends it."""

from __future__ import annotations

from graphbuild.vocab.sentence_abbreviations import (
    ABBREVIATIONS,
    DEPARTMENT,
    FORMER,
    PARAGRAPH,
    PER,
    POINT,
)

# a title may end in these: "NT-økonomi m.v.", "… med 2 pct.", "Evt." (an item of its own), "tlf.", "eks."
_ENDS_A_TITLE = frozenset({"evt", "m.m", "m.v", "mv", "pct", "eks", "ekskl", "tlf", "v", "d"})
_POINTS_ON = (ABBREVIATIONS - _ENDS_A_TITLE) | {DEPARTMENT, FORMER, PARAGRAPH, PER, POINT}


def ends_in_abbreviation(piece: list[str]) -> bool:
    """Whether a piece of a run of titles ends in an abbreviation that points on, its full stop printed:
    "… Fyn, afd.", "… (tidl."; never "… afd" (its stop lost), "… m.v." nor a lone "Evt."."""
    if len(piece) < 2 or not piece[-1].endswith("."):
        return False
    return piece[-1].lstrip("(").removesuffix(".").lower() in _POINTS_ON


def rejoin_abbreviation_ends(pieces: list[list[str]], guessed: set[int]) -> tuple[list[list[str]], set[int]]:
    """The pieces with each piece at a ``guessed`` position (one the word-by-word guess opened, not a page number or
    a leader) after a piece ending in an abbreviation that points on joined to it; the positions the guess opened,
    renumbered."""
    out: list[list[str]] = []
    opened: set[int] = set()
    for position, piece in enumerate(pieces):
        if position in guessed and out and ends_in_abbreviation(out[-1]):
            out[-1] = [*out[-1], *piece]
            continue
        if position in guessed:
            opened.add(len(out))
        out.append(piece)
    return out, opened
