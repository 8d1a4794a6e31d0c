"""adoption_cues.PROPOSAL reads a line's opening "at" ("• at kommunen tilmelder sig X", an indstilling's bullet)
after spaces and tabs from its own line's start, not over line breaks: a text of many blank lines was read in
quadratic time (each blank line's start read every blank line to the end); the same match ends as before."""

import random
import re

from graphbuild.extract.adoption_cues import PROPOSAL

OLD = re.compile(PROPOSAL.pattern.replace(r"^[^\S\n]*", r"^\s*"), PROPOSAL.flags)


def _end(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> int | None:
    found = pattern.search(text, lo, hi)
    return None if found is None else found.end()


def test_a_bullet_at_after_blank_lines_is_a_proposal() -> None:
    text = "Forvaltningen foreslår dette.\n\n\n  • at kommunen tilmelder sig KL Play"
    assert _end(PROPOSAL, text, 30, len(text)) == text.index("kommunen")


def test_an_at_inside_a_line_is_no_proposal() -> None:
    # the near miss: "at" after a word of its line
    assert PROPOSAL.search("\n\nDet er godt at kommunen tilmelder sig KL Play") is None


def test_the_match_ends_are_as_before_on_random_texts() -> None:
    pieces = [" ", "\t", "\n", "\n\n", "•", "-", "1.", "2)", "at", "At", " at ", "indstiller", "x", ":", "\r", "\x0b"]
    rng = random.Random(3)
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        assert _end(PROPOSAL, text, lo, hi) == _end(OLD, text, lo, hi), (text, lo, hi)


def test_many_blank_lines_are_read_in_linear_time() -> None:
    text = "Sagen blev drøftet." + "\n" * 40000 + "x"
    assert PROPOSAL.search(text) is None
