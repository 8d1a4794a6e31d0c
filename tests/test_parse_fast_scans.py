"""The parser's fast scans find exactly what the slower patterns they replace find.

A pattern that opens with a look-behind or "^" is tried at every position; the parser's scans open
with a character class instead and confirm each hit. These tests hold each fast scan against the
plain pattern it stands for, on hand-written cases and on random texts built from the words and
separators those patterns read.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graphbuild.parse import (
    attendance_columns,
    attendance_list_ends,
    attendance_pieces,
    attendance_text,
    body_names,
    flatten,
)
from graphbuild.parse.attendance_names import COUNCIL_OFFICE, NAME_ABBREVIATIONS
from graphbuild.parse.attendance_reading import CueWords
from graphbuild.parse.attendance_rows import lowered
from graphbuild.parse.lines import Line, split_lines

# the patterns as they were written before the fast scans
ANY_LABEL = re.compile(
    rf"(?<![\w-])(?!(?i:{COUNCIL_OFFICE}|medlem)\b)"
    r"[A-ZÆØÅ][a-zæøå]+(?:[ \t][a-zæøå]+){0,2}:(?!\d)"
)
BREAK = re.compile(
    r"[()]|\n|\t|;|,|(?<!\w-)[ \t]og[ \t]|[ \t]samt[ \t]|[ \t][-–][ \t]|[•·]|[ \t][/&][ \t]|(?<=\S)[ ]{3,}(?=\S)|"
    r"(?<=[a-zæøå])[-–](?=[ \t]+(?!(?:og|eller|samt)[ \t])[a-zæøå])|"
    r"\.[ \t]+(?=[Ii][ \t]+stedet[ \t])|"
    r"(?P<term>(?<![\s.][A-ZÆØÅ])(?<!\b[kK]l)(?<!pkt)(?<!pga)(?<!nr)(?<!\b[aA]dm)"
    + "".join(rf"(?<!\b{abbreviation})" for abbreviation in NAME_ABBREVIATIONS)
    + r"\.(?<![\s(]\d\.(?=[ \t]+(?i:næstformand|viceborgmester|stedfortræder|suppleant)))"
    + r"(?:(?<=\d\.)[ \t]+(?=\S)|[ \t]+(?=[^\sa-zæøå\-–])))"
)
WRAPPED_ENTRY = re.compile(r"(?<=, )(?:[A-ZÆØÅ][\w-]*|[A-ZÆØÅ]\.(?:-?[A-ZÆØÅ]\.)*)\n(?=[A-ZÆØÅ][\w-]*(?:,|\n|$))")

PIECES = [
    "Lise Jensen", "Hans Peter Hansen (V)", "Bo Ek", "H.C.", "Rasmussen", "Afbud", "afbud", "Deltog", "mødt",
    "Fraværende", "Formand:", "Medlem:", "Bemærkninger:", "Til stede:", "Referent:", "Næstformand:", "x-Ref:",
    "kl. 10:30", "Kl. 9. ", "pkt. 3. ", "Chr. ", "Adm. ", "A. B. Hansen. ", "1. næstformand", ". I stedet deltog ",
    "og ", " og ", "-og ", " samt ", " – ", " / ", " & ", "n- suppleanten ", ";", "   ", "Punkt 2:",
    "handlingsplaner174. Godkendelse",
    "Indholdsfortegnelse1. Fraværende", "3. Valg", "medarb. repr., ", "Turisterhv. - ", "25. juni",
    "Økonomiudvalget", "Teknik, Miljø og Klimaudvalget", "Byrådets møde", "Odense Byråd", "KKR Sjælland",
    ", ", ": ", " - ", "\t", "  ", " ", "\n", "\n\n", "•", "• ", "·", " · ", "(", ")", "İstanbul", "Ærø",
]  # fmt: skip
texts = st.one_of(
    st.lists(st.sampled_from(PIECES), max_size=60).map("".join),
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=40).map("".join),
)
SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])

CASES = [
    "Deltagere: Lise Jensen, Bo Ek\nBemærkninger: ingen\nFormand: Hans Hansen\nMedlem: Per Ek",
    "• Leila Lindén: Deltog • Sofie Olsen: Afbud (Stedfortræder Jarl Feyling) • Bo Ek - mødt\n",
    "Lise Jensen (V)\tAfbud\nHans Hansen  Deltog\n\n•Hans Hansen: afbud•Per Ek: deltog",
    "Lisa Pihl Jensen, Ebbe\nChristensen, Helle Hansen, H.C.\nRasmussen",
    "A, B\nC, D\nE, F\n, X\nY, Z\nW\n",
    "Hans og Bo, Per-og Ole. Adm. direktør Bo. 1. næstformand Kl. 10. Elin Johansson. I stedet deltog Ruth. "
    "A. B. Hansen. Chr. Berg. pkt. 4. Ove samt Eva – Ib",
    "Indholdsfortegnelse1. Fraværende\nhandlingsplaner174. Godkendelse af plan\nab1.\nx",
    "Teknik, Miljø og Klimaudvalget og Odense Byråd; Byrådets møde; İstanbul Økonomiudvalget",
]


def _spans(matches: list[re.Match[str]], *groups: str) -> list[tuple[tuple[int, int], ...]]:
    return [(m.span(), *(m.span(g) for g in groups)) for m in matches]


def _check_scans(text: str) -> None:
    for pos in sorted({0, len(text) // 3, len(text) // 2}):
        # a label inside a bracket its line opened annotates an entry (attendance_list_ends.in_bracket), heads no list
        expected = [
            m for m in ANY_LABEL.finditer(text, pos, len(text)) if not attendance_list_ends.in_bracket(text, m.start())
        ]
        assert _spans(list(attendance_list_ends.any_labels(text, pos, len(text)))) == _spans(expected)
    cues = CueWords(lowered(text), attendance_columns.STATUS_STEMS)
    assert _spans(list(attendance_columns.status_lines(text, cues)), "name", "status") == _spans(
        list(attendance_columns.STATUS_LINE.finditer(text)), "name", "status"
    )

    def join(match: re.Match[str]) -> str:
        return match.group(0)[:-1] + " "

    assert attendance_text.WRAPPED_ENTRY.sub(join, text) == WRAPPED_ENTRY.sub(join, text)
    assert _spans(list(attendance_pieces.BREAK.finditer(text)), "term") == _spans(list(BREAK.finditer(text)), "term")


def _glued_per_line(lines: list[Line]) -> dict[int, set[int]]:
    return {
        position: {m.start() for m in flatten._GLUED.finditer(line.text)}
        for position, line in enumerate(lines)
        if len(line.text) > 4 and flatten._GLUED.search(line.text)
    }


@pytest.mark.parametrize("text", CASES)
def test_fast_scans_find_what_the_plain_patterns_find(text: str) -> None:
    _check_scans(text)
    lines = split_lines(text)
    assert flatten._glued_cuts(lines) == _glued_per_line(lines)


def test_the_cases_hold_matches() -> None:
    # the cases above are worth checking: each scan finds something in them
    joined = "\n".join(CASES)
    assert list(ANY_LABEL.finditer(joined)) and list(attendance_columns.STATUS_LINE.finditer(joined))
    assert WRAPPED_ENTRY.search(joined) and _glued_per_line(split_lines(joined))
    assert any(m["term"] for m in BREAK.finditer(joined))
    assert body_names.body_phrases(CASES[-1])


@SETTINGS
@given(texts)
def test_fast_scans_on_random_texts(text: str) -> None:
    _check_scans(text)


@SETTINGS
@given(texts, st.integers(min_value=0, max_value=5))
def test_glued_cuts_per_line_on_any_run_of_lines(text: str, skip: int) -> None:
    lines = split_lines(text)[skip:]  # resegment is handed any run of lines, not only a whole text's
    assert flatten._glued_cuts(lines) == _glued_per_line(lines)


@SETTINGS
@given(texts)
def test_body_phrases_skip_no_head_that_matches(text: str) -> None:
    # a head the lowered line holds none of the words of finds nothing when asked
    low = text.lower()
    for head in body_names.body_heads():
        if len(low) == len(text) and not any(word in low for word in head.words):
            assert next(iter(head.finditer(text)), None) is None
