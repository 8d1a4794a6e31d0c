"""benchmarks.pattern_growth's hostile texts of a pattern's own words beside blank runs (``word_shapes``): a run
read in two places grows only where a word of the pattern stands between the runs ("på" between blanks for
attendance_labels' old label tail: a hang at 4,000 characters). The words and the texts, never a time."""

from __future__ import annotations

import re

from benchmarks.pattern_growth import pattern_words, word_shapes

OLD_LABEL_TAIL = re.compile(r"[ \t]*(?:(?:på|ved|under|i)[ \t]+mødet)?(?:[ \t]*\b(?:var|er))?[ \t]*:?[ \t]*(?=\n|$)")


def test_the_pattern_s_words_leave_out_classes_escapes_group_names_and_flags() -> None:
    assert pattern_words(OLD_LABEL_TAIL) == ["på", "ved", "under"]
    assert pattern_words(re.compile(r"(?i)(?P<name>[A-ZÆØÅ]\w+)\s+\bog\b\s*(?-i:Samt){1,2}")) == ["og", "samt"]
    assert pattern_words(re.compile(r"\s*[,.]\s*")) == []


def test_each_word_stands_beside_blank_runs_of_three_kinds_and_alone_repeated() -> None:
    shapes = word_shapes(re.compile(r"\s*og\s*"))
    assert len(shapes) == 7
    assert shapes["spaces, 'og', spaces, a word"](10) == "     og     x"
    assert shapes["line breaks, 'og', line breaks, a word"](8) == " \n \nog \n \nx"
    assert shapes["'og' and tabs repeated"](10) == "og \t \tog \t"
    assert shapes["'og' repeated"](7) == "ogogogo"
    assert len(shapes["tabs, 'og', tabs, a word"](4_000)) == 4_003
