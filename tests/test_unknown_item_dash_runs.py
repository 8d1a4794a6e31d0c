r"""adoption_adopters' unknown item between two joins ("Albertslund, Lyngby og Faxe"): its closing join never starts
after a dash (``(?<!-)``), so a run of dashes after a capital is tried once. A name's word reads dashes
(``[\wæøå-]*``) and a join opens with one, so each dash of a run could end the name, and the join read the rest of
the run from each of them (0.41 s at 4,000 characters, 5.6 s at 16,000). The join from the run's first dash reads
on through each later one, so the strings are the old pattern's (h-lintre2's, kept here)."""

from __future__ import annotations

import re
from functools import partial
from pathlib import Path

from random_texts import every_window, same_readings
from test_adoption_forms import PAGE, adoptions_of

from graphbuild.extract.adoption_adopters import _ITEM_MARKS, _joins, unknown_item

_OLD_ITEM_JOIN = _joins(_ITEM_MARKS)
OLD = re.compile(
    rf"{_OLD_ITEM_JOIN}(?-i:[A-ZÆØÅ][\wæøå-]*)(?:[ \t]+(?-i:[A-ZÆØÅ][\wæøå-]*)){{0,2}}(?:[ \t]+[Kk]ommune)?"
    rf"{_OLD_ITEM_JOIN}"
)


def _fullmatches(pattern: re.Pattern[str], text: str, pos: int, end: int) -> bool:
    return pattern.fullmatch(text, pos, end) is not None


def _unknown(text: str) -> bool:
    return unknown_item(text, 0, len(text))


def test_an_unknown_item_before_a_dash_is_skipped(tmp_path: Path) -> None:
    # the module's "Albertslund, Lyngby og Faxe", the unknown item joined to the next name by a dash
    text = PAGE + "Følgende kommuner deltager i DK2020: Favrskov, Lyngby - Herning og Holstebro."
    assert {m for m, _, _ in adoptions_of(tmp_path, text)} >= {"Favrskov", "Herning", "Holstebro"}
    assert _unknown(", Lyngby-") and _unknown(", Lyngby--, ")
    # the near misses: a lower-case word is no unknown item; a name with no join after it ends the list
    assert not _unknown(", lyngby-") and not _unknown(", Lyngby-x")


def test_the_strings_are_the_old_patterns_on_random_texts() -> None:
    pieces = [" ", "  ", "\t", "\n", ",", "-", "--", "–", "og", " og ", "samt", "&", "/", "•", "*", "Lyngby", "L"]
    pieces += ["a", "x", "Kommune", " kommune", "Ø", "(S)", "1"]
    items = same_readings(
        unknown_item,
        partial(_fullmatches, OLD),
        pieces,
        seed=83,
        count=4000,
        most=10,
        windows=every_window,
    )
    assert items > 3000


def test_a_long_run_of_dashes_after_a_capital_is_read_in_time() -> None:
    assert not _unknown(", A" + "-" * 50_000 + "x")
    assert _unknown(", A" + "-" * 50_000)
