r"""attendance_prose_names' end of a list in first names ("afbud fra Jesper, Marianne, Kjeld Flemming og Niels."): each
blank run read once (possessive: what follows each run opens with a mark, a line break, a capital or the end). As
``[ \t]*`` beside ``\n?[ \t]*\Z``, a run of blanks after a name was split every way (0.11 s at 8,000 blanks). It is
called for its truth alone, which is the old pattern's (kept here) on random texts."""

from __future__ import annotations

import re
from functools import partial

from random_texts import same_readings

from graphbuild.parse.attendance_prose_names import _FIRST_NAME_LIST_END, first_names_after
from graphbuild.vocab.item_number_next import ITEM_NUMBER_NEXT

OLD = re.compile(rf"[ \t]*[.;](?:[ \t]*(?:\n|\Z|(?=[A-ZÆØÅ]))|{ITEM_NUMBER_NEXT})|[ \t]*(?:\n[ \t]*\n|\n?[ \t]*\Z)")


def _found(pattern: re.Pattern[str], text: str, pos: int = 0) -> bool:
    return pattern.match(text, pos) is not None


def _names(text: str) -> list[str]:
    pos = text.index("Jesper")
    return [hit.name for hit in first_names_after(text, pos, len(text))]


def test_a_list_in_first_names_ends_where_its_sentence_ends() -> None:
    assert _names("Der var afbud fra Jesper, Marianne, Kjeld Flemming og Niels.") == [
        "Jesper", "Marianne", "Kjeld Flemming", "Niels",
    ]  # fmt: skip
    assert _names("Der var afbud fra Jesper, Marianne og Niels   \n\nPunkt") == ["Jesper", "Marianne", "Niels"]
    # the near miss: the sentence goes on after the last name, so no list
    assert _names("Der var afbud fra Jesper, Marianne og Niels og budgettet blev godkendt.") == []


def test_the_truth_is_the_old_patterns_on_random_texts() -> None:
    pieces = [" ", "\t", "\n", "\n\n", ".", ";", "Jesper", "jesper", " 3. Budget", " 3. januar", "3.", "x", "  "]
    found = same_readings(
        partial(_found, _FIRST_NAME_LIST_END),
        partial(_found, OLD),
        pieces,
        seed=71,
        count=20_000,
        most=8,
        windows=lambda text: [(pos,) for pos in range(min(len(text), 2) + 1)],
    )
    assert found > 5000


def test_a_long_run_of_blanks_after_a_name_is_read_in_time() -> None:
    assert _FIRST_NAME_LIST_END.match(" " * 50_000 + "x") is None
    assert _FIRST_NAME_LIST_END.match(" " * 50_000 + "\n" + " " * 50_000 + "x") is None
    assert _FIRST_NAME_LIST_END.match(" " * 50_000 + "\n" + " " * 50_000) is not None
