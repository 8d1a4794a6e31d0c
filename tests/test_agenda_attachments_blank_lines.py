r"""agenda's stop before a decision's attachments or case text ("\n\nBilag\n") is read once from where the blanks
before it start, not from each of their line breaks: a decision body of many blank lines was read in quadratic time
(0.01 s at 2,000 blank lines, 0.9 s at 8,000); its stop (the first line break of those blanks) is where it was."""

import random
import re

from graphbuild.extract.agenda import _ATTACHMENTS_OR_CASE

OLD = re.compile(r"\n\s*\n(?:Bilag|Sagsfremstilling)\s*\n")


def _stop(text: str) -> int | None:
    found = _ATTACHMENTS_OR_CASE.search(text)
    return None if found is None else found.start("stop")


def _old_stop(text: str) -> int | None:
    found = OLD.search(text)
    return None if found is None else found.start()


def test_the_attachments_after_a_blank_line_stop_the_decision() -> None:
    text = "\nGodkendt.  \n\nBilag\nBilag 1: Notat\n"
    assert _stop(text) == text.index("\n\nBilag") == _old_stop(text)


def test_a_bilag_inside_a_paragraph_is_no_stop() -> None:
    # the near miss: "Bilag" opening a line with no blank line before it
    assert _stop("\nGodkendt.\nBilag\nNotat\n") is None


def test_the_stop_is_where_it_was_on_random_texts() -> None:
    pieces = [" ", "\t", "\n", "\n\n", "Bilag", "Sagsfremstilling", "x", "\r", "\x0b", "Godkendt.", "\u2028", "\xa0"]
    rng = random.Random(8)
    for _ in range(5000):
        text = "\n" + "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14))) + "\n"
        assert _stop(text) == _old_stop(text), text


def test_many_blank_lines_are_read_in_linear_time() -> None:
    text = "\nGodkendt." + "\n" * 40000 + "x\n"
    assert _stop(text) is None
