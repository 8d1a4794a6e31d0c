"""The cheaper scans of ``flatten.resegment`` and ``sections`` find what their earlier forms found (speed work, no
change of output): patterns that test the character before a match after its first character, the dated and pointed
heads looked for only in a line that holds what each must, a sentence's end looked for just before a number, the long
lines found once, and a body's word looked for in a plain loop."""

from __future__ import annotations

import re

from graphbuild.parse import flat_lists, flatten, flatten_run_in, sections
from graphbuild.parse.lines import split_lines
from graphbuild.vocab.near import CASE_BLIND_LOOKALIKES, finditer_after

# the earlier forms, each opening with its look-behind or word boundary
_NUMBER_BEFORE = re.compile(r"(?<![\w.,/:(-])(?P<num>\d{1,3})" + flatten._NUMBER.pattern.split(r"\d{0,2})", 1)[1])
_TABLE_HEAD_BEFORE = re.compile(
    r"\b(?:Pkt\.|Punkt|Nr\.)\s+(?:Tekst|Indhold|Emne|Titel|Overskrift)(?:\s+(?P<page>Side)|\s+Bilag)?\b"
)
_BULLET_BEFORE = re.compile(r"(?<=\s)[•·▪●]\s+(?=[A-ZÆØÅ0-9\"“„])")

# lines as flattened pages print them (excerpts quoted in flatten's and flat_lists' notes), with near misses: a
# number after "(" or a word, a label glued to a word, a bullet with no white space before it
_TEXTS = [
    "1. Godkendelse af dagsorden 2. Temadrøftelse 3 (Åben) Titel 4 : Titel 12.Titel 89. 17 nye senior-egnede",
    "Jesper Frost (1. Viceborgmester)(V) lokale1. Mødedeltagere 2,5. Beløb 10/3. Maj 15. 2. udkast",
    "Pkt. Tekst Side 38 Likviditet 5 40 Økonomiudvalgets regnskab 7 Punkt Indhold Bilag 1 Samarbejdet 2 Takster",
    "Punkt Indhold Bilag 1 Samarbejdet xPkt. Tekst Side 4 BNr. Emne 5 Nr. Titel Side 6",
    "DAGSORDEN Åbent møde: • Godkendelse af dagsorden • Virksomhedsbesøg •Budget • 3 Lokalplan ●Titel ▪ Ændring",
    "• Godkendelse af dagsorden · Virksomhedsbesøg",
]


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


def test_patterns_found_from_their_first_character_match_as_before():
    for text in _TEXTS:
        assert _found(flatten._NUMBER, text) == _found(_NUMBER_BEFORE, text)
        assert _found(flat_lists.TABLE_HEAD, text) == _found(_TABLE_HEAD_BEFORE, text)
        assert _found(flat_lists._BULLET, text) == _found(_BULLET_BEFORE, text)
    # "(1. Viceborgmester)", "lokale1.", "2,5.", "10/3.": no item's number; "15. 2. udkast": item 15 and its title
    assert [m["num"] for m in flatten._NUMBER.finditer(_TEXTS[1])] == ["15"]
    after = [_TEXTS[4][m.end() :].split()[0] for m in flat_lists._BULLET.finditer(_TEXTS[4])]
    assert after == ["Godkendelse", "Virksomhedsbesøg", "3", "Ændring"]  # not "•Budget", "●Titel"


# "Økonomiudvalgets møde den 16. juli 2021:", "Beslutning i Byrådet den 26-01-2015", "Kultur- og Idrætsudvalget,
# 03-04-2019, pkt. 42": a body's dated decision heads inside a flattened page (flatten's notes)
_HEADS = (
    "Godkendt. Økonomiudvalgets møde den 16. juli 2021: Anbefales. Beslutning i Byrådet den 26-01-2015 Godkendt. "
    "Sagsfremstilling Kultur- og Idrætsudvalget, 03-04-2019, pkt. 42 Tiltrådt."
)
# the same words with no date before a colon, no "Beslutning i" and no point after a comma: neither head stands there
_NO_HEADS = (
    "Godkendt. Økonomiudvalgets møde den 16. juli 2021 Anbefales. Beslutning om lån, jf. Kultur- og Idrætsudvalget"
)


def test_dated_and_pointed_heads_looked_for_where_they_may_stand():
    dated = [m.start() for m in finditer_after(flatten._DATED_HEAD, _HEADS, flatten._BEFORE_DATED_HEAD)]
    pointed = [m.start() for m in finditer_after(flatten._POINTED_HEAD, _HEADS, flatten._BEFORE_POINTED_HEAD)]
    assert dated and pointed
    line = split_lines(_HEADS)[0]
    assert {*dated, *pointed} <= set(flatten._cuts_in(line, []))
    # the gates say no only where the patterns find nothing
    assert flatten._MAY_HOLD_DATED_HEAD.search(_NO_HEADS) is None and flatten._DECISION_IN.search(_NO_HEADS) is None
    assert flatten._POINT_AFTER_DATE.search(_NO_HEADS) is None
    assert not list(finditer_after(flatten._DATED_HEAD, _NO_HEADS, flatten._BEFORE_DATED_HEAD))
    assert not list(finditer_after(flatten._POINTED_HEAD, _NO_HEADS, flatten._BEFORE_POINTED_HEAD))


def test_sentence_end_looked_for_just_before_the_number():
    # "referatet.2. Budget", "dagsordenen?). 1. Godkendelse", "Pkt. 1. Godkendelse", "ca. 3.": as flatten_run_in's notes
    text = (
        "Med tilføjelsen godkendtes referatet.2. Budget 2015, dagsordenen?). 1. Godkendelse Pkt. 1. Godkendelse ca. 3."
    )
    for at in range(len(text) + 1):
        near = flatten_run_in._SENTENCE_END.search(text, max(0, at - flatten_run_in._SENTENCE_END_REACH), at)
        assert (near is None) == (flatten_run_in._SENTENCE_END.search(text, 0, at) is None)
    assert flatten_run_in.run_in_cuts(split_lines("1. Godkendelse af referat\n" + text), 1000) == {1: {37}}


def test_long_lines_found_once_give_the_lines_read_each_time():
    page = "2 Indholdsfortegnelse 1. Godkendelse af dagsorden 2. Temadrøftelse om budget " * 3
    lines = split_lines(f"1 Referat\n{page}\nkort linje\n3 {page}\n\n{page[:140]}")
    long_lines = flatten._at_least(lines, flatten.SEGMENT_LENGTH)
    for length in (1, 100, 150, 151, 300, 1000):
        assert flatten._at_least(lines, length, long_lines) == flatten._at_least(lines, length)
    for threshold in (150, 1000):
        assert flatten._read_lines(lines, threshold, long_lines) == flatten._read_lines(lines, threshold)
    assert flatten._numbered_pages(lines, long_lines=long_lines) == flatten._numbered_pages(lines)
    assert flatten._sequence_cuts(lines, 150) == flatten._sequence_cuts(lines, 150, flatten._read_lines(lines, 150))


def test_body_word_tests_answer_as_the_generators_did():
    for text in [
        "Teknik- og Miljøudvalgets beslutning den 3. marts 2021",
        "Beslutning i Byrådet",
        "KKR Hovedstaden, 3. maj 2021:",
        "Sagsfremstilling",
        "Beslutnıng",  # a dotless i: the case-blind patterns read it as "i"
        "Godkendt.",
    ]:
        key = text.lower()
        before = any(word in key for word in sections._BODY_WORDS) or any(ch in text for ch in CASE_BLIND_LOOKALIKES)
        assert sections._may_name_a_body(key, text) is before
    assert not sections._may_name_a_body("godkendt.", "Godkendt.")
