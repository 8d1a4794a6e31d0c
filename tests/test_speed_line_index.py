"""The line around each name read from the document's newlines found once (``parse.lines.start_of_line``,
``next_newline``) instead of a look back (``rfind``) or ahead (``find``) from each name, which on a page of one line
walked the whole page per name (issue 13 item 7, issue 17): the same answers as the expressions they replaced."""

from __future__ import annotations

import random

from graphbuild.extract.people import PersonMention
from graphbuild.extract.role_rosters import names_by_line
from graphbuild.parse.lines import next_newline, start_of_line

_PIECES = ["a", "bb", "Ccc", " ", "\n", "\n\n", "\r\n", "æø", "\t"]

# AAB's organisation board, "Referat af OB-møde" 5 December 2012 (docplayer.dk transcript,
# tests/realworld/docs/aab-organisationsbestyrelse-2012-12-05.txt): the attendance run together on the page's one line
AAB_PAGE = (
    "Transkript\n\n1 Referat af OB-møde Mødedato: 5. december 2012 kl Til stede: Bent Haupt Jensen, Formand Jørn "
    "Nielsen, Næstformand Michael Bagge Kuehn Jette Kragh Michael Bendixen Palle S. Madsen Käthe Pedersen David "
    "Jennow Christian Høgsbro, Adm. Direktør Inge Vilhof, Direktionssekretær\nAfbud: Bjarne Lindqvist\n"
)
AAB_NAMES = ("Bent Haupt Jensen", "Jørn Nielsen", "Michael Bendixen", "Inge Vilhof", "Bjarne Lindqvist")


def _random_texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randrange(0, 30))) for _ in range(count)]


def test_start_of_line_and_next_newline_are_the_looks_they_replace() -> None:
    for text in [*_random_texts(300, 5), AAB_PAGE, "", "\n"]:
        for pos in range(len(text) + 3):
            assert start_of_line(text, pos) == text.rfind("\n", 0, pos) + 1, (text, pos)
            assert next_newline(text, pos) == text.find("\n", pos), (text, pos)


def test_each_text_is_read_by_its_own_newlines() -> None:
    # guard: the newlines kept for one document are never another's, asked in turn
    one, other = "ab\ncd\nef", "abcdef\n"
    for _ in range(3):
        assert (start_of_line(one, 4), start_of_line(other, 4)) == (3, 0)
        assert (next_newline(one, 4), next_newline(other, 4)) == (5, 6)


def test_names_by_line_on_a_page_of_one_line() -> None:
    people = [PersonMention(AAB_PAGE.index(n), AAB_PAGE.index(n) + len(n), n) for n in AAB_NAMES]
    expected: dict[int, list[PersonMention]] = {}
    for p in people:
        expected.setdefault(AAB_PAGE.rfind("\n", 0, p.start) + 1, []).append(p)
    found = names_by_line(AAB_PAGE, people)
    assert found == expected
    assert [[p.name for p in on_line] for on_line in found.values()] == [list(AAB_NAMES[:4]), ["Bjarne Lindqvist"]]
