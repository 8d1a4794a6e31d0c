"""``split_run_lazily`` reads a run of names one name at a time, so the readers that ask whether one or two names follow
a label (``names_follow``, ``attendance_labels._run_of_names``) stop after them instead of walking the 400 characters
after it: the same names as ``split_run`` in the same order, and the same answers as reading the whole window (speed
work, no change of output)."""

from __future__ import annotations

from itertools import islice

from graphbuild.parse.attendance_groups import _FIRST_NAMES_PAIR, _FIRST_WORD, _INLINE_GROUP, names_follow
from graphbuild.parse.attendance_labels import _run_of_names
from graphbuild.parse.attendance_names import read_name, read_titled_name, split_run, split_run_lazily
from graphbuild.vocab.person_names import NAME_RUN
from graphbuild.vocab.reference import first_names
from tests.random_texts import random_texts

# runs of names as flattened tables print them (dev-write excerpts), and their words for random runs
_RUNS = [
    "Bent Haupt Jensen, Formand Jørn Nielsen, Næstformand Michael Bagge Kuehn Jette Kragh Michael Bendixen Palle S. "
    "Madsen Käthe Pedersen David Jennow Christian Høgsbro, Adm. Direktør Inge Vilhof, Direktionssekretær\n",
    "Camila Brask Lentz Mette Marcker Christiansen Henrik Kundby (under pkt. 4) Pernille Karlog (under pkt. 6)\n",
    "Birgit Hansen Frederikshavn Kommune Lene Kjelgaard Jensen Thisted Kommune Frank Laybourn Lead Agency",
    "Jannich Petersen Lone Birgit Halskov Møller",
    "Deltagere Vini Lindhardt Slagelse Christian Harsløf Roskilde",
]
_WORDS = [
    "Jens ", "Hansen ", "Lone ", "Mark ", "Hans ", "Chr. ", "Jeppesen ", "S. ", "H.C. ", "Rasmussen ", "van der ",
    "Linden ", "Thisted ", "Kommune ", "Referat ", "og ", "(A) ", ", ", "\n", "Käthe ", "Vini ", "Lindhardt ",
    "Birgitte ", "Hannibal ", "Karsten ", "Lomholt ", "Bo ", "Sørensen ",
]  # fmt: skip


def _texts() -> list[str]:
    return _RUNS + list(random_texts(_WORDS, seed=26, count=3000, most=14))


def test_the_lazy_reading_gives_split_runs_names_in_order() -> None:
    for text in _texts():
        for start in {0, len(text) // 3}:
            whole = split_run(text, start, len(text))
            assert list(split_run_lazily(text, start, len(text))) == whole, (text, start)
            for count in (1, 2, 3):
                assert list(islice(split_run_lazily(text, start, len(text)), count)) == whole[:count]


def _names_follow_reading_everything(text: str, pos: int, count: int) -> bool:
    """``names_follow`` as it read the whole window (every name of the run, every name-shaped run counted)."""
    window = text[pos : pos + 400]
    group = _INLINE_GROUP.match(window)
    if group is not None and "\n" not in group.group(0):
        window = window[group.end() :]
    first = _FIRST_WORD.match(window)
    if first is None:
        return False
    hit = read_name(window, 0) or read_titled_name(window, 0)
    if hit is None:
        pair = _FIRST_NAMES_PAIR.match(window)
        if pair and pair[1] in first_names() and pair[2] in first_names():
            return True
        run = split_run(window, 0, len(window))
        opens = bool(run) and not window[: run[0].start].strip()
        if first.group(1) not in first_names() and first.group(2) not in first_names():
            return opens and len(run) >= 2 and run[1].name.split()[0] in first_names()
        return opens
    if count == 1:
        return True
    return len(NAME_RUN.findall(window)) >= count


def _run_of_names_reading_everything(text: str, pos: int, count: int) -> bool:
    window = text[pos : pos + 40 * count]
    hits = split_run(window, 0, len(window))
    return len(hits) >= count and not window[: hits[0].start].strip()


def test_names_follow_answers_as_reading_the_whole_window() -> None:
    answers = set()
    for text in _texts():
        for count in (1, 2, 3):
            expected = _names_follow_reading_everything(text, 0, count)
            assert names_follow(text, 0, count) == expected, (text, count)
            assert _run_of_names(text, 0, count) == _run_of_names_reading_everything(text, 0, count), (text, count)
            answers.add(expected)
    assert answers == {True, False}


def test_names_follow_a_label_of_a_flattened_table() -> None:
    text = "Til stede: " + _RUNS[0]
    assert names_follow(text, text.index(":") + 1, 2)
    # the near miss: a sentence after the label, no name in it
    text = "Til stede: var der ingen fra forvaltningen."
    assert not names_follow(text, text.index(":") + 1, 2)
