r"""role_board_elections' bare election ("A og B blev genvalgt.") reads the blanks after "blev"/"er" inside its optional
group: two runs of blanks side by side (``[ \t]*(?:blev|er)?[ \t]*``) shared a line of blanks every way between them,
so a board item followed by a line of blanks within its reach was read in cubic time (300 blanks 1.3 s, 600 blanks
9 s; now 0.01 and 0.03 s). The strings and spans are the old pattern's."""

from __future__ import annotations

import random
import re

from graphbuild.extract.role_board_elections import (
    _ELECTED,
    _INTO,
    ELECTED_BARE,
    NAMES_THEN_BODY,
    NAMES_THEN_BODY_RUNS,
    NAMES_THEN_BODY_WORDS,
)
from graphbuild.vocab.near import finditer_around

OLD = re.compile(
    rf"[ \t]*(?:blev|er)?[ \t]*(?:(?:begge|alle|enstemmigt)[ \t]+)?(?:{_ELECTED})"
    r"(?=[ \t]*[.,;\n]|[ \t]+(?:for|uden|med|på)[ \t])",
    re.IGNORECASE,
)


def _spans(pattern: re.Pattern[str], text: str, pos: int) -> list[tuple[int, int]]:
    return [found.span() for found in pattern.finditer(text, pos)]


def test_a_bare_election_is_found_where_it_was() -> None:
    text = "Anne Holm og Bo Berg blev   begge genvalgt."
    assert _spans(ELECTED_BARE, text, 0) == _spans(OLD, text, 0) == [(20, 42)]


def test_an_election_to_a_post_is_no_bare_election() -> None:
    # the near miss: "valgt som formand" names a post; the bare form wants the sentence's end or for/uden/med/på
    assert _spans(ELECTED_BARE, "Anne Holm blev valgt som formand.", 0) == []


def test_the_spans_are_the_old_patterns_on_random_texts() -> None:
    pieces = [" ", "\t", "  ", "blev", "er", "Blev", "begge", "alle ", "genvalgt", "valgt", "nyvalgt", ".", ",", "\n"]
    pieces += ["for ", " uden ", "x", "Anne Holm", "enstemmigt "]
    rng = random.Random(19)
    found = 0
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        for pos in range(0, len(text) + 1, 3):
            assert _spans(ELECTED_BARE, text, pos) == _spans(OLD, text, pos), (text, pos)
        found += bool(OLD.search(text))
    assert found > 1000


def test_a_line_of_blanks_in_a_board_item_is_read_in_time() -> None:
    text = "Bo Berg" + " " * 600 + "x"
    assert _spans(ELECTED_BARE, text, 0) == []


OLD_NAMES_THEN_BODY = re.compile(
    rf"[ \t]*(?:blev|er|bliver|var)?[ \t]*(?:(?:begge|alle|enstemmigt)[ \t]+)?(?:{_ELECTED})[ \t]+{_INTO}|"
    r"[ \t]+(?:er|bliver)[ \t]+(?:(?:nu|også|fortsat)[ \t]+)?(?:(?:nye|faste)[ \t]+)?medlemmer[ \t]+af[ \t]+",
    re.IGNORECASE,
)


def _inside_a_run(text: str, pos: int) -> bool:
    return 0 < pos < len(text) and text[pos - 1] in " \t" and text[pos] in " \t"


def test_names_then_body_finds_the_old_spans_on_random_texts() -> None:
    # the same rewrite in the names-then-body form ("A og B blev genvalgt til bestyrelsen"): a line of blanks before
    # "valgt" in its window took 49 s at 1,000 blanks, then 0.14 s; its opening blanks now read from their run's first
    # character only. The same spans from every start but one inside a run of blanks, where no search of it starts
    # (a window opens on a word, a match ends after its closing blanks), and the same spans through its windows
    pieces = [
        " ",
        "\t",
        "  ",
        "blev",
        "er",
        "bliver",
        "var ",
        "begge ",
        "genvalgt",
        "valgt",
        "udpeget",
        " til ",
        "ind i",
    ]
    pieces += [" som nye medlem ", "af ", " medlemmer af ", "nu ", "x", "Anne Holm", "\n"]
    rng = random.Random(23)
    found = 0
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        for pos in range(0, len(text) + 1, 3):
            if not _inside_a_run(text, pos):
                assert _spans(NAMES_THEN_BODY, text, pos) == _spans(OLD_NAMES_THEN_BODY, text, pos), (text, pos)
        windowed = [
            (pattern, [m.span() for m in finditer_around(pattern, text, NAMES_THEN_BODY_WORDS, NAMES_THEN_BODY_RUNS)])
            for pattern in (NAMES_THEN_BODY, OLD_NAMES_THEN_BODY)
        ]
        assert windowed[0][1] == windowed[1][1], text
        found += bool(OLD_NAMES_THEN_BODY.search(text))
    assert found > 1000


def test_names_then_body_reads_a_long_line_of_blanks_in_its_window_in_time() -> None:
    # 12.6 s at 10,000 blanks before the word with the opening run tried from each blank; now one try a run
    text = "Anne Holm og Bo Berg" + " " * 50_000 + "valgtx til bestyrelsen"
    assert list(finditer_around(NAMES_THEN_BODY, text, NAMES_THEN_BODY_WORDS, NAMES_THEN_BODY_RUNS)) == []
    text = "Anne Holm og Bo Berg" + " " * 50_000 + "valgt til bestyrelsen"
    found = [m.span() for m in finditer_around(NAMES_THEN_BODY, text, NAMES_THEN_BODY_WORDS, NAMES_THEN_BODY_RUNS)]
    assert found == [(20, 50_030)]


def test_names_then_body_reads_the_names_and_their_body() -> None:
    text = "Anne Holm og Bo Berg blev genvalgt til bestyrelsen."
    assert _spans(NAMES_THEN_BODY, text, 0) == _spans(OLD_NAMES_THEN_BODY, text, 0) == [(20, 39)]
    # the near miss: elected with no body after "til"
    assert _spans(NAMES_THEN_BODY, "Anne Holm blev genvalgt.", 0) == []
