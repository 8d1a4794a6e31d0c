"""Shortcuts parse takes for speed give what the direct computation gives."""

from __future__ import annotations

import random
import re

from graphbuild.parse import attendance_lists, attendance_text
from graphbuild.parse.attendance_reading import CueWords
from graphbuild.parse.attendance_text import _BREAK_BEFORE_WORD, _letter_before_gap, first_names_rejoined
from graphbuild.parse.item_contents_rows import _PART_AFTER_HEADING, heading_part

_GAP_BEFORE = re.compile(r"[^\W\d_][ \t]*(?:\n[ \t]*)?\Z")  # what _letter_before_gap walks back by hand


def _gap_by_pattern(text: str, brk: int) -> int:
    gap = _GAP_BEFORE.search(text, max(0, brk - 20), brk)
    return gap.start() if gap is not None and gap.group(0)[0].islower() else -1


def test_letter_before_gap_is_the_patterns() -> None:
    rng = random.Random(7)
    alphabet = "aZ \t\n\n1_éØⅰⓐ.-"
    cases = ["Deltagere: Anne\nHansen", "Merete \n\nScheelsbeck", "Anne Marie \t\n  \nHansen", "x" + " " * 25 + "\n"]
    cases += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) + "\n" for _ in range(20000)]
    for text in cases:
        for brk in {len(text) - 1, rng.randint(0, len(text) - 1)}:
            assert _letter_before_gap(text, brk) == _gap_by_pattern(text, brk), (text, brk)


def test_letter_before_gap_reads_a_name_broken_after_its_first_name() -> None:
    text = "Deltagere: Anne\nHansen (V)"
    assert _letter_before_gap(text, text.index("\n")) == text.index("Anne") + 3
    assert _letter_before_gap("Deltagere: ANNE\nHansen", 15) == -1  # a capital before the break: no gap


# every break before a capitalised word, as the pattern read before its look-behind was added
_EVERY_BREAK_BEFORE_WORD = re.compile(r"\n(?=[A-ZÆØÅ][a-zæøå]+(?![\w-]))")


def test_the_breaks_tried_are_every_break_the_walk_back_accepts() -> None:
    """``_BREAK_BEFORE_WORD``'s look-behind leaves untried only breaks ``_letter_before_gap`` rejects: random texts of
    lines that end in letters of either case (ASCII and not), digits, marks, spaces and blank lines."""
    rng = random.Random(7)
    alphabet = [
        "a",
        "z",
        "Z",
        "é",
        "É",
        "ø",
        "Ø",
        "ⅰ",
        "ß",
        "1",
        "_",
        ".",
        ":",
        " ",
        "\t",
        "\n",
        "\n",
        "Hansen",
        "Anne",
    ]
    cases = [
        "Deltagere: Anne\nHansen",
        "Merete \n\nScheelsbeck",
        "Anne Marie \t\n  \nHansen",
        "Lis.\nHolm",
        "ANNE\nHolm",
    ]
    cases += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(20000)]
    tried_in_some = 0
    for text in cases:
        every = {m.start() for m in _EVERY_BREAK_BEFORE_WORD.finditer(text)}
        accepted = {at for at in every if _letter_before_gap(text, at) >= 0}
        tried = {m.start() for m in _BREAK_BEFORE_WORD.finditer(text)}
        assert accepted <= tried <= every, text
        tried_in_some += bool(tried)
    assert tried_in_some > 1000


def test_a_name_broken_after_its_first_name_is_still_joined() -> None:
    assert first_names_rejoined("Deltagere: Anne\nHansen (V), Lis Holm") == "Deltagere: Anne Hansen (V), Lis Holm"
    assert first_names_rejoined("Afbud: Lis.\nHansen kom") == "Afbud: Lis.\nHansen kom"  # a full stop ends the line


def test_records_attendance_tries_the_patterns_only_at_their_words() -> None:
    texts = [
        "alle medlemmer var mødt.",
        "samtlige var til stede",
        "der var ingen afbud",
        "halle var mødt; ingenting",
        "medlemmer    fraværende   bemærkninger",
        "derudover deltog x og y",
        "sekretær deltog. afbuddet",
        "",
    ]
    for text in texts:
        for end in range(len(text) + 1):
            for pattern, words in (
                (attendance_lists._ALL_CAME, attendance_lists._ALL_CAME_WORDS),
                (attendance_lists._HEADER_RECORD, attendance_lists._HEADER_RECORD_WORDS),
            ):
                expected = pattern.search(text, 0, end) is not None
                cues = CueWords(text, words)
                assert attendance_lists._matched_at_a_word(pattern, text, words, end, cues) == expected, (text, end)


def test_heading_part_searches_only_keys_ending_in_a_parts_word() -> None:
    keys = ["indholdsfortegnelse lukket møde", "åbne punkter", "indholdsfortegnelse - åbent møde", "dagsorden", ""]
    keys += ["indholdsfortegnelse åbne sager\n", "punkter lukkede del", "indholdsfortegnelse lukket mødet"]
    for key in keys:
        part = _PART_AFTER_HEADING.search(key) if key else None
        if part is None or part.start() == 0:
            expected: tuple[str, str | None] = (key, None)
        else:
            expected = (key[: part.start()], "closed" if part["closed"] else "open")
        assert heading_part(key) == expected, key


def test_title_from_drops_a_portals_tail_in_any_case() -> None:
    from graphbuild.parse.item_lines import title_from

    assert title_from("Godkendelse af budget Klik her for at se bilag") == "Godkendelse af budget"
    assert title_from("Godkendelse af budget KLİK HER") == "Godkendelse af budget"  # a dotted capital I
    assert title_from("Klikket på knappen") == "Klikket på knappen"


def test_markup_and_split_hyphens_are_looked_for_as_before() -> None:
    """``without_markup``'s tests, each mark's first character before the mark and one search for a hyphen before a
    space or a break, answer what the tests for each mark and for "- " and "-\\n" answered."""
    rng = random.Random(7)
    pieces = ["<", "b>", "br/>", "*", "**", "_", "__", "&", "&nbsp;", "nbsp;", "-", " ", "\n", "\t", "Ole", "Berg"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        marks = any(mark in text for mark in attendance_text._MARKUP_MARKS)
        firsts = zip(attendance_text._MARKUP_FIRSTS, attendance_text._MARKUP_MARKS, strict=True)
        assert any(first in text and mark in text for first, mark in firsts) == marks, text
        assert (attendance_text._HYPHEN_GAP.search(text) is None) == ("- " not in text and "-\n" not in text), text
