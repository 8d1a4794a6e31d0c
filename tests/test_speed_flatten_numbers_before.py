"""A section word right after an item's number ("54. Beslutning om genåbning …") is no cut of a flattened line: the
numbers 0-6 characters before each section word found by bisection over the sorted numbers, not by a look at every
number of the line per section word (issue 13 item 7, issue 17); the same cuts as before."""

from __future__ import annotations

from graphbuild.parse import flatten
from graphbuild.parse.lines import Line

# Holbæk, Ældre- og Sundhedsudvalget 4 June 2020 (tests/realworld/docs/holbaek-aeldre-sundhed-2020-06-04.txt): the
# contents list, here run together on one line as a flattened page prints it
CONTENTS = (
    "53. Drøftelse af effektiviseringer i perioden 2021-2024, juni 54. Beslutning om genåbning af caféer og udendørs "
    "aktiviteter i Aktive Centre og Toppen 55. Beslutning om opfølgning på politikker og strategier på udvalgets "
    "område 56. Status på kommunalbestyrelsens arbejdsprogram 2020+ Beslutning Godkendt."
)


def test_a_section_word_after_its_items_number_stays_in_the_title() -> None:
    numbers = [CONTENTS.index(f"{n}. ") for n in (53, 54, 55, 56)]
    cuts = flatten._cuts_in(Line(CONTENTS, 0, 0), numbers)
    titles = [CONTENTS.index("Beslutning om genåbning"), CONTENTS.index("Beslutning om opfølgning")]
    assert not set(titles) & set(cuts)  # each opens its item's title
    assert CONTENTS.index("Beslutning Godkendt") in cuts  # guard: the decision heading after the list is cut
    assert set(numbers[1:]) <= set(cuts)


def test_the_numbers_looked_at_are_those_up_to_six_characters_before() -> None:
    # the section word 0-6 characters after a number only: the same word further on is cut
    for gap in range(1, 10):
        text = "Indledning 7." + " " * gap + "Beslutning Godkendt."
        cuts = flatten._cuts_in(Line(text, 0, 0), [text.index("7.")])
        word = text.index("Beslutning")
        assert (word in cuts) == (word - text.index("7.") > 6), gap
