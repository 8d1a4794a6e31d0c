"""A place's name the word-by-word cut of a flattened contents page (``flatten_titles``) left standing alone between
two titles: a municipality's or a region's name is no title of its own. The cut before it (after a lower-case word,
"... nyt administrationsbyggeri | Vordingborg") or after it (before a word a title opens with, "Sindal |
Varmeforsyning søger ...") was a guess; the name ends the title before it when the next title opens with a case's
noun and the preposition it governs ("Regnskab Kulturcenter Støvring | Godkendelse af skema B ...", "... Vordingborg
| Aflysning af lokalplan ..."), else it opens the next ("Sindal Varmeforsyning søger om Kommunegaranti ...", "Rebild
Gadebelysning A/S")."""

from __future__ import annotations

from graphbuild.parse.flatten_title_words import BINDING, REGIONS, is_municipality_name


def is_lone_place(piece: list[str]) -> bool:
    """Whether a piece is one word, a municipality's name (today's or a former one's) or a region's."""
    if len(piece) != 1:
        return False
    word = piece[0]
    return word[:1].isupper() and word[1:2].islower() and (word in REGIONS or is_municipality_name(word))


def _opens_case(piece: list[str]) -> bool:
    """Whether a title opens with a noun and the preposition it governs ("Godkendelse af ...", "Aflysning af ...")."""
    return len(piece) >= 2 and piece[1] in BINDING and piece[1] not in ("-", "–", "og", "samt", "eller")


def rejoin_lone_places(pieces: list[list[str]], guessed: set[int]) -> tuple[list[list[str]], set[int]]:
    """The pieces with each lone place's name between two pieces the guess opened (its own and the next) joined to
    the title before it or the one after it; the positions the guess opened, renumbered."""
    out: list[list[str]] = []
    opened: set[int] = set()
    position = 0
    while position < len(pieces):
        piece = pieces[position]
        following = pieces[position + 1] if position + 1 < len(pieces) else []
        if position in guessed and position + 1 in guessed and out and out[-1] and following and is_lone_place(piece):
            if _opens_case(following):
                out[-1] = [*out[-1], *piece]
            else:
                opened.add(len(out))
                out.append([*piece, *following])
                position += 1
            position += 1
            continue
        if position in guessed:
            opened.add(len(out))
        out.append(piece)
        position += 1
    return out, opened
