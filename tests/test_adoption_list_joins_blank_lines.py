r"""adoption_adopters' joins between the municipalities of a list (", ", " og ", "/", a line break, "(A)"), and the
unknown item between two joins ("Albertslund, Lyngby og Faxe"): each character of a run of white space and marks read
once. As ``(?:\s*(?:…|\n)\s*)+`` every line break could be a mark or white space on either side, every way:
exponential in a run of line breaks before what ends no list (18 blank lines after a comma: 4.8 s and 12.7 s). The
strings are the old patterns'."""

from __future__ import annotations

import re
from functools import partial
from pathlib import Path

from random_texts import same_readings
from test_adoption_forms import PAGE, adoptions_of

from graphbuild.extract.adoption_adopters import _JOIN, unknown_item

OLD_JOIN = re.compile(r"^(?:\s*(?:,|og|samt|&|/|\n|•|-|–|\*|\([^()\n]{1,40}\))\s*)+$")
_OLD_ITEM_JOIN = r"(?:\s*(?:,|og|samt|&|/|\n|•|-|–|\*)\s*)+"
OLD_UNKNOWN_ITEM = re.compile(
    rf"{_OLD_ITEM_JOIN}(?-i:[A-ZÆØÅ][\wæøå-]*)(?:[ \t]+(?-i:[A-ZÆØÅ][\wæøå-]*)){{0,2}}(?:[ \t]+[Kk]ommune)?"
    rf"{_OLD_ITEM_JOIN}"
)


def _unknown(text: str) -> bool:
    return unknown_item(text, 0, len(text))


def test_a_list_with_line_breaks_and_an_unknown_item_is_read(tmp_path: Path) -> None:
    # the module's "Albertslund, Lyngby og Faxe", the list after a colon (test_adoption_forms' DK2020 pages)
    text = PAGE + "Følgende kommuner deltager i DK2020:\nFavrskov,\nHedensted,\nLyngby\nog Herning."
    assert {m for m, _, _ in adoptions_of(tmp_path, text)} == {"Favrskov", "Hedensted", "Herning"}
    assert _JOIN.match(",\n") and _unknown(", Lyngby og ")
    # the near misses: a word between two names is no join; a lower-case word no unknown item
    assert not _JOIN.match(" ligger nær ") and not _unknown(", og så ")


def test_the_strings_are_the_old_patterns_on_random_texts() -> None:
    pieces = [" ", "\n", "\t", "\xa0", "\r", ",", "og", "samt", "&", "/", "•", "-", "–", "*", "(A)", "(", ")"]
    pieces += ["Lyngby", "Faxe-", "x", "o", "s", "Og", "kommune", "Kommune", "Æ", "ab", "A-B"]
    same = partial(same_readings, pieces=pieces, seed=47, count=40000, most=9)
    joins = same(lambda text: bool(_JOIN.match(text)), lambda text: bool(OLD_JOIN.match(text)))
    items = same(_unknown, lambda text: OLD_UNKNOWN_ITEM.fullmatch(text) is not None)
    assert joins > 1000 and items > 500


def test_a_run_of_blank_lines_between_two_names_is_read_in_time() -> None:
    for gap in (", " + "\n" * 5000 + "x", "\n" * 5000 + "x", " og " + "\n \n" * 2000 + "Side 3"):
        assert not _JOIN.match(gap)
        assert not _unknown(gap)
    assert _JOIN.match(", " + "\n" * 5000)
