r"""body_names' region after a body ("KKR Midtjylland", "KKR - Syd", "Kontaktudvalget i Region Midtjylland"): the
blanks before the region read once (``(?:\s*+-|\s)\s*+``: a region opens with a letter). As ``\s*[-\s]\s*``, a run
of blanks after a body was split three ways (0.4 s at 16,000 blanks). The old pattern is kept here: the spans are
its own on random texts."""

from __future__ import annotations

import re

from random_texts import match_span, same_spans, whole

from graphbuild.parse.body_names import _REGION_AFTER, _REGIONS, body_phrases

OLD = re.compile(rf"^\s*[-\s]\s*{_REGIONS}\b|^\s+i\s+(?:den\s+\w+\s+region|Region\s+\w+)\b", re.IGNORECASE)


def test_the_region_after_a_body_is_read() -> None:
    assert [p.name for p in body_phrases("KKR Midtjylland")] == ["KKR Midtjylland"]
    assert [p.name for p in body_phrases("KKR - Syd")] == ["KKR - Syd"]
    assert [p.name for p in body_phrases("Kontaktudvalget i Region Midtjylland")] == [
        "Kontaktudvalget i Region Midtjylland"
    ]
    # the near miss: a word that only opens with a region's name
    assert _REGION_AFTER.match(" Nordic") is None
    assert _REGION_AFTER.match(" - Nordisk") is None


def test_the_spans_are_the_old_patterns_on_random_texts() -> None:
    pieces = [" ", "  ", "\t", "\n", "-", "–", "Nord", "nord", "Syd", "Midt", "Midtjylland", "Sjælland", "i", "den"]
    pieces += ["region", "Region", "x", "jylland", " i ", " den "]
    found = same_spans(_REGION_AFTER, OLD, pieces, seed=55, count=20_000, most=8, windows=whole)
    assert found > 300


def test_a_long_run_of_blanks_after_a_body_is_read_in_time() -> None:
    assert _REGION_AFTER.match(" " * 50_000 + "x") is None
    assert _REGION_AFTER.match(" " * 50_000 + "-" + " " * 50_000 + "x") is None
    assert match_span(_REGION_AFTER, " " * 50_000 + "- Nord") == (0, 50_006)
