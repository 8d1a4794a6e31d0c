r"""role_title_before's body a title's label names ("Sekretær for Beredskabskommissionen: Klaus V. Hebsgaard",
mjbr-beredskabskommission-webpage, dev-write): each blank run read once. As ``[ \t]+(?:for|i)[ \t]+(?P<of>[^:\n]+?)[
\t]*:``, the runs before and inside the body were split every way (a hang at 4,000 blanks); now the body opens at its
first non-blank and ends before the blanks before the line's first colon (or is the last blank, on a colon right
after the blanks). The caller reads the group ``of``: its span is the old pattern's (kept here) on random texts."""

from __future__ import annotations

import re
from pathlib import Path

from random_texts import random_texts
from text_facts import role_pairs_of_text

from graphbuild.extract.role_title_before import LABEL_OF

OLD = re.compile(r"[ \t]+(?:for|i)[ \t]+(?P<of>[^:\n]+?)[ \t]*:")
MINUTES = "Referat\nMøde i Beredskabskommissionen den 3. maj 2011\n\nPunkt 1: Orientering\n\n"


def _spans(match: re.Match[str] | None) -> tuple[tuple[int, int], tuple[int, int]] | None:
    return None if match is None else (match.span(), match.span("of"))


def test_the_body_a_label_names_is_read(tmp_path: Path) -> None:
    text = MINUTES + "Sekretær for Beredskabskommissionen: Klaus V. Hebsgaard\n"
    assert ("Klaus V. Hebsgaard", "sekretær") in role_pairs_of_text(tmp_path, text)
    label = LABEL_OF.match(" for Beredskabskommissionen : Klaus")
    assert label is not None and label["of"] == "Beredskabskommissionen"
    # the near miss: no colon on the label's line
    assert LABEL_OF.match(" for Beredskabskommissionen\nKlaus V. Hebsgaard: x") is None


def test_the_spans_are_the_old_patterns_on_random_texts() -> None:
    pieces = [" ", "  ", "\t", ":", "\n", "for", "i", "x", "udvalget", "Jens", " :", ": "]
    found = 0
    for text in random_texts(pieces, seed=77, count=30_000, most=9):
        for pos in (0, 1):
            old = _spans(OLD.match(text, pos))
            assert _spans(LABEL_OF.match(text, pos)) == old, text
            found += old is not None
    for text in random_texts(
        [" for", " i", " ", "  ", "\t", "x y", ":", "\n", "udvalget", " :"], seed=78, count=20_000, most=7
    ):
        old = _spans(OLD.match(text))
        assert _spans(LABEL_OF.match(text)) == old, text
        found += old is not None
    assert found > 500


def test_a_long_run_of_blanks_is_read_in_time() -> None:
    assert LABEL_OF.match(" " * 50_000 + "for" + " " * 50_000 + "x") is None
    assert LABEL_OF.match(" for" + " " * 50_000 + "\n:") is None
    label = LABEL_OF.match(" for x" + " " * 50_000 + "y" + " " * 50_000 + ":")
    assert label is not None and label.span("of") == (5, 50_007)
    label = LABEL_OF.match(" i" + " " * 50_000 + ":")
    assert label is not None and label.span("of") == (50_001, 50_002)
