r"""agenda.DECISION_HEADING reads the blanks after the heading's words once ("\s*(?::\s*)?$", not "\s*:?\s*$", two
runs of blanks side by side): a line of blanks after "Beslutning" was read in quadratic time (0.06 s at 2,000 blanks,
0.8 s at 8,000); the same matches as before."""

import random
import re

from graphbuild.extract.agenda import DECISION_HEADING

OLD = re.compile(DECISION_HEADING.pattern.replace(r"\s*(?::\s*)?$", r"\s*:?\s*$"), DECISION_HEADING.flags)


def _spans(pattern: re.Pattern[str], text: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text, lo, len(text) if hi is None else hi)]


def test_a_decision_heading_is_read_with_its_colon() -> None:
    text = "1. Godkendelse af dagsorden\nBeslutning :  \nGodkendt.\nByrådets møde den 3. marts 2025:\n"
    assert [text[a:b].strip() for a, b in _spans(DECISION_HEADING, text)] == [
        "Beslutning :",
        "Byrådets møde den 3. marts 2025:",
    ]
    assert OLD.pattern != DECISION_HEADING.pattern and _spans(OLD, text) == _spans(DECISION_HEADING, text)


def test_a_heading_word_before_more_text_on_its_line_is_no_heading() -> None:
    # the near miss: "Beslutning" opening a sentence
    assert _spans(DECISION_HEADING, "Beslutning    om tilskud blev udsat.\n") == []


def test_the_matches_are_as_before_on_random_texts() -> None:
    pieces = [" ", "\t", "\n", "\n\n", ":", "Beslutning", "Byrådets", "møde", "den", "x", "3.", "\r", "\x0b", "  :  "]
    rng = random.Random(4)
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        assert _spans(DECISION_HEADING, text, lo, hi) == _spans(OLD, text, lo, hi), (text, lo, hi)


def test_a_line_of_blanks_after_the_heading_word_is_read_in_linear_time() -> None:
    text = "Beslutning" + " " * 40000 + "x"
    assert _spans(DECISION_HEADING, text) == []
