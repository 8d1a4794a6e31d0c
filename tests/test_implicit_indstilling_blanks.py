r"""sections' implicit recommendation, a line that opens a case's "Indstilling" with no heading above it ("Borgmesteren
indstiller," slagelse-oekonomiudvalget-2019-11-18; "Fællessekretariatet indstiller til byrådet, at …",
fredericia-byraadet-2017-12-11; both dev-write): each blank run read once (possessive). Its callers ask only whether
it matches. After "til" the old ``\s+[^,]{1,60}`` could end inside the blanks, which reads on as their end does where
there are two blanks or more (the lookbehind); as ``\s*[,;:]?\s*`` after "indstiller" a run of blanks was split every
way (a hang at 4,000 blanks). Whether it matches is the old pattern's (kept here) on random texts."""

from __future__ import annotations

import re

from random_texts import random_texts
from text_facts import meeting_of_text

from graphbuild.parse.sections import IMPLICIT_INDSTILLING

OLD = re.compile(
    r"(?i)^(?:det\s+indstilles\b|[\wæøåÆØÅ\-. ]{2,60}?\s+indstiller\b(?:\s+til\s+[^,]{1,60})?\s*[,;:]?\s*(?:at\b|$))"
)

MINUTES = (
    "Referat af Økonomiudvalget\nmandag den 18. november 2019\n\n1. Godkendelse af dagsorden\n\n{line}\n"
    "1.    at dagsordenen godkendes\nBeslutning i Økonomiudvalget den 18. november 2019:\nFraværende: \nGodkendt.\n"
)


def _kinds(line: str) -> list[str]:
    (item,) = meeting_of_text(MINUTES.format(line=line)).items
    return [section.kind for section in item.sections]


def test_a_recommendation_with_no_heading_opens_its_section() -> None:
    assert _kinds("Borgmesteren indstiller,")[0] == "indstilling"
    assert IMPLICIT_INDSTILLING.match("Fællessekretariatet indstiller til byrådet, at vælge borgmesteren")
    # the near miss: "indstiller" in a sentence that goes on with no "at" is no recommendation's opening
    assert "indstilling" not in _kinds("Borgmesteren indstiller hermed sagen.")
    assert not IMPLICIT_INDSTILLING.match("Fællessekretariatet indstiller til byrådet, der beslutter")


def _matches(pattern: re.Pattern[str], text: str) -> bool:
    return pattern.match(text) is not None


def test_whether_it_matches_is_the_old_patterns_on_random_texts() -> None:
    pieces = [" ", "  ", "\t", "\n", ",", ";", ":", ".", "-", "det", "Det", "indstilles", "indstiller", "til", "at"]
    pieces += ["atx", "x", "Borgmesteren", "byrådet", "a", "1"]
    found = 0
    for text in random_texts(pieces, seed=88, count=20_000, most=8):
        old = _matches(OLD, text)
        assert _matches(IMPLICIT_INDSTILLING, text) == old, text
        found += old
    # after a subject, with runs and words long enough to reach the 60 characters' bounds
    pieces = [" ", "  ", "\t", ",", ";", ":", "til", "at", "atx", "x", "udvalget", "\n", " " * 30, "y" * 25]
    for text in random_texts(pieces, seed=89, count=20_000, most=8):
        text = "Borgmesteren indstiller" + text
        old = _matches(OLD, text)
        assert _matches(IMPLICIT_INDSTILLING, text) == old, text
        found += old
    assert found > 1_000


def test_a_long_run_of_blanks_is_read_in_time() -> None:
    for blank in (" ", "\t", "\n"):
        assert not _matches(IMPLICIT_INDSTILLING, ("indstiller" + blank * 50_000) * 3 + "x")
        text = "Jens" + blank * 50_000 + "indstiller til" + blank * 50_000 + "x" * 100
        assert not _matches(IMPLICIT_INDSTILLING, text)  # "til" and at most 60 characters: no "at" and no end
    assert _matches(IMPLICIT_INDSTILLING, "Jens indstiller" + " " * 50_000 + "," + " " * 50_000 + "at")
    assert _matches(IMPLICIT_INDSTILLING, "Jens indstiller til" + " " * 50_000 + "x" + " " * 50_000 + ":  at")
