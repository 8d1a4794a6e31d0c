"""Readers that copied the text before or after each mention (``text[:pos]``, ``text[pos:]``) read only what they
need now, and answer as before (issue 13 item 7, issue 17): each helper against the expression it replaced, on real
text and on random text, and a count of the characters it reads that does not grow with the text."""

from __future__ import annotations

import random
from typing import Any, SupportsIndex

from graphbuild.extract import outcome_fates, page_furniture, people_listed_again
from graphbuild.extract.mention_record import mention_of
from graphbuild.extract.people import PersonMention
from graphbuild.extract.place_surnames import places_in_names
from graphbuild.parse import (
    attendance_entry_lines,
    attendance_labels,
    attendance_prose,
    flat_lists,
    flatten_one_entry_lists,
)
from graphbuild.parse.lines import (
    end_of_line,
    end_without_space,
    first_words,
    last_word,
    line_above,
    line_below,
    start_without_space,
)

# white space of several kinds (str.split and str.strip take Unicode white space), words of one to a few letters
_PIECES = ["a", "bb", "Ccc", "12", "3.", " ", "  ", "\n", "\t", "\u00a0", "\u2003", "\n\n", "æø", "–"]


def _random_texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randrange(0, 40))) for _ in range(count)]


class _Counted(str):
    """A text that counts the characters its subscripts hand back."""

    read = 0

    def __getitem__(self, key: SupportsIndex | slice) -> str:
        piece = str.__getitem__(self, key)
        _Counted.read += len(piece)
        return piece


def test_first_words_is_the_split_it_replaces() -> None:
    for text in [*_random_texts(200, 1), "x " * 200 + "y", "ord" * 100, ""]:
        for at in range(len(text) + 2):
            for count in range(5):
                assert first_words(text, at, count) == text[at:].split()[:count], (text, at, count)


def test_last_word_is_the_split_it_replaces() -> None:
    for text in _random_texts(120, 2):
        for start in range(len(text) + 1):
            for end in range(len(text) + 2):
                assert last_word(text, start, end) == (text[start:end].split() or [""])[-1], (text, start, end)


def test_start_without_space_is_the_strip_it_replaces() -> None:
    for text in _random_texts(300, 3):
        for start in range(len(text) + 2):
            assert start_without_space(text, start) == len(text) - len(text[start:].lstrip()), (text, start)


# Nordjyllands Trafikselskab, "Dagsorden Bestyrelsesmøde i NT den 6. november 2015" (docplayer.dk transcript,
# tests/realworld/docs/nt-bestyrelse-2015-11-06.txt): a contents table run together on one line
NT_TABLE = (
    "2 Dagsorden, bestyrelsesmøde hos NT den 6. november 2015 Pkt. Tekst Side 1 Godkendelse af referat fra den 10. "
    "september Ensretning af takster i den kollektive trafik i Danmark 3 3 Arbejdsklausuler i NT s Flextrafik 5 4 "
    "NT's 24. udbud af flextrafik - godkendelse af udbudsbetingelser 7 5 Plan for bestyrelsesmøder i Ejerstrategi "
    "for Nordjyske Jernbaner A/S 9 7 Status for letbane i Aalborg og overtagelse af regionaltog 10 8 Meddelelser 11 "
    "9 Eventuelt Kommende sager 12 Side 2 af 12"
)


def test_a_contents_table_is_cut_where_it_was() -> None:
    cuts = flat_lists.table_cuts(NT_TABLE)
    numbers = [NT_TABLE[cut : cut + 2].strip() for cut in cuts[2:]]
    assert NT_TABLE[cuts[0] : cuts[1]] == "Pkt. Tekst Side"
    # each number after a page number ("... Danmark 3 3 Arbejdsklausuler"), the first one after the head
    assert numbers == ["1", "3", "4", "5", "7", "8", "9"]


def test_a_title_key_is_the_first_words_after_the_mark() -> None:
    at = NT_TABLE.index("Arbejdsklausuler")
    assert flatten_one_entry_lists._title_key(NT_TABLE, at) == "arbejdsklausuler i nt"
    assert flatten_one_entry_lists._title_key("1. Velkomst", 3) == "velkomst"


def _read_by(function: Any, *args: Any) -> int:
    _Counted.read = 0
    function(*args)
    return _Counted.read


def test_the_words_around_a_mark_are_read_without_the_rest_of_the_text() -> None:
    for repeat in (10, 1000):
        text = _Counted(NT_TABLE * repeat)
        at = NT_TABLE.index("Arbejdsklausuler")
        end = NT_TABLE.index("3 Arbejdsklausuler") + len(NT_TABLE) * (repeat - 1)
        assert _read_by(first_words, text, at, 3) <= 128
        assert _read_by(last_word, text, 0, end) <= 16
        assert _read_by(start_without_space, text, end - 1) <= 4


def test_the_lines_around_a_line_are_the_copies_they_replace() -> None:
    for text in _random_texts(300, 4):
        for pos in range(len(text) + 2):
            assert end_of_line(text, pos) == (text.find("\n", pos) if "\n" in text[pos:] else len(text))
            assert line_above(text, pos) == text[: max(0, pos - 1)].rstrip().rsplit("\n", 1)[-1], (text, pos)
            assert line_below(text, pos) == text[pos + 1 :].lstrip().split("\n", 1)[0], (text, pos)


def test_the_lines_around_a_line_are_read_without_the_rest_of_the_text() -> None:
    for repeat in (10, 1000):
        text = _Counted("Udvalget for Teknik\n\nFmd.: Folmer Hjorth Kristensen (A)\n\n" * repeat)
        line_start = len(text) - len("Fmd.: Folmer Hjorth Kristensen (A)\n\n")
        assert _read_by(line_above, text, line_start) <= 64
        assert _read_by(line_below, text, line_start - 2) <= 64
        assert _read_by(end_of_line, text, line_start) == 0
        assert _read_by(end_without_space, text, line_start) <= 4


def test_spans_taken_overlap_as_the_pairwise_test_finds() -> None:
    rng = random.Random(5)
    for _ in range(300):
        spans = sorted((a, a + rng.randrange(1, 12)) for a in (rng.randrange(60) for _ in range(rng.randrange(8))))
        taken = people_listed_again._Taken(spans)
        for start in range(70):
            for end in range(start + 1, start + 14):
                assert taken.overlaps(start, end) == any(a < end and start < b for a, b in spans), (spans, start, end)


def test_a_cue_between_is_the_scan_it_replaces() -> None:
    rng = random.Random(6)
    for _ in range(300):
        cues = sorted(rng.randrange(50) for _ in range(rng.randrange(6)))
        for lo in range(52):
            for hi in range(lo, 53):
                assert attendance_prose._cue_between(cues, lo, hi) == any(lo <= at < hi for at in cues)


def _page_line_as_it_was(text: str, line: str, begin: int) -> bool:
    if not line.strip().isdigit():
        return True
    before = text[: text.rfind("\n", 0, begin) + 1] if begin else ""
    return not before or before.rstrip(" \t").endswith("\n\n") or not before.strip()


def test_a_page_number_line_is_told_as_before() -> None:
    rng = random.Random(7)
    pieces = ["\n", "\n\n", " ", "\t", "3", "12", "Side", " \t\n", "\u00a0"]
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 16)))
        for begin in range(len(text) + 1):
            for line in ("7", "Side 2"):
                assert page_furniture._page_line(text, line, begin) == _page_line_as_it_was(text, line, begin)


def test_a_place_inside_a_name_is_found_as_by_the_pairwise_scan() -> None:
    # "Jette Skive" (the module's own example): the surname a municipality's name; "Skive Kommune" the place itself
    text = "Til stede: Jette Skive, Klaus Stevns Madsen og Anne Hansen Odense. Skive Kommune og Stevns.\n"
    people = [PersonMention(text.index(n), text.index(n) + len(n), n) for n in ("Jette Skive", "Klaus Stevns Madsen")]
    people.append(PersonMention(text.index("Anne"), text.index(" Odense") + len(" Odense"), "Anne Hansen Odense"))
    mentions = [
        mention_of(text.index(w, after), text.index(w, after) + len(w), "Municipality", w.split()[0], code="1")
        for w, after in (("Stevns", 0), ("Skive", 0), ("Odense", 0), ("Skive Kommune", 50), ("Stevns", 80))
    ]
    assert places_in_names(text, mentions, people) == {0, 1}  # "Odense" ends a name of three words: left alone


_FATE_PIECES = [
    "Punkt 3",
    "pkt. 9",
    "Sag nr. 80 og 88",
    "sagerne nr. 5 og 7",
    "punkterne 4, 8 og 13",
    "dagsordenspunkt 2 (lukket)",
    " blev taget af dagsordenen",
    " udsættes til næste møde",
    " i lokalplanen",
    " udgår",
    ".",
    "\n",
    " ",
    "PUNKT 12",
    "\u212a",  # the Kelvin sign, which a case-blind pattern reads as "k"
    "sagsbehandler",
    "opsag",
    "1.5",
]


def test_fates_tried_at_item_words_are_the_scan_from_the_start() -> None:
    rng = random.Random(8)
    for _ in range(300):
        text = "".join(rng.choice(_FATE_PIECES) for _ in range(rng.randrange(1, 14)))
        for before in range(len(text) + 2):
            tried = [(m.span(), m.groupdict()) for m in outcome_fates._fates_before(text, before)]
            assert tried == [(m.span(), m.groupdict()) for m in outcome_fates._FATE.finditer(text, 0, before)]


def test_a_fate_stated_earlier_is_found_as_before() -> None:
    # the module's own example: the approval of the agenda states the fate of a later item
    text = "1. Godkendelse af dagsorden\nDagsordenen blev godkendt. Punkt 3 blev taget af dagsordenen.\n3. Lokalplan\n"
    assert outcome_fates.fate_of("3", text, text.index("3. Lokalplan")) == (
        "blev taget af dagsordenen.",
        text.index("blev taget"),
    )
    assert outcome_fates.fate_of("2", text, text.index("3. Lokalplan")) is None


def test_a_status_dash_is_searched_from_its_run_as_from_the_line_start() -> None:
    rng = random.Random(9)
    pieces = ["Jan Ole", " ", "\t", "-", "–", " - ", "Langeland", ".", ")", ",", "AFBUD", "é"]
    for _ in range(300):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 12)))
        for end in range(len(text) + 1):
            for line_start in range(end + 1):
                from_run = attendance_labels._dash_run_start(text, line_start, end)
                found = attendance_labels._ENTRY_STATUS_DASH.search(text, from_run, end)
                as_before = attendance_labels._ENTRY_STATUS_DASH.search(text, line_start, end)
                assert (found and found.span()) == (as_before and as_before.span()), (text, line_start, end)


def test_a_status_dash_is_looked_for_without_the_rest_of_the_line() -> None:
    # "Jan Ole Jakobsen, Langeland - AFBUD Hans Bjergegaard" (the reader's own example), on a long flattened line
    line = _Counted("Jan Ole Jakobsen, Langeland - AFBUD Hans Bjergegaard, " * 1000 + "Ole Berg - ")
    assert _read_by(attendance_labels._dash_run_start, line, 0, len(line)) <= 4
    assert attendance_labels._dash_run_start(line, 0, len(line)) == len(line) - len("g - ")


def test_an_entry_lead_read_at_its_ends_is_the_full_match() -> None:
    rng = random.Random(10)
    pieces = ["Anton", " ", "\t", "-", "–", ",", "•", "*", "·", "Æ", "ø", "Pedersen", " - ", ", ", "(A)", "é", "É"]
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 10)))
        for end in range(len(text) + 1):
            for line_start in range(end + 1):
                full = attendance_entry_lines._ENTRY_LEAD.fullmatch(text, line_start, end) is not None
                assert attendance_entry_lines._opens_an_entry(text, line_start, end) == full, (text, line_start, end)


def test_an_entry_lead_is_read_without_the_rest_of_the_line() -> None:
    # "Anton Pedersen, Grundejerforeningen …" (the reader's own example), after a long flattened line
    line = _Counted("• Anton Pedersen, Grundejerforeningen, " * 1000)
    assert attendance_entry_lines._opens_an_entry(line, 0, len(line))
    assert _read_by(attendance_entry_lines._opens_an_entry, line, 0, len(line)) <= 8
