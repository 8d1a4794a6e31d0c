r"""outcomes' decision lead, the rest of a decision heading and who was absent before the verdict ("Beslutning i
Økonomiudvalget den 18. november 2019:" then "Fraværende:" then "Godkendt.", slagelse-oekonomiudvalget-2019-11-18,
dev-write): each blank run read once (possessive). Every part after the first is optional, so once a part has
matched the rest always matches and no part is read again; what follows each run, a mark, a word, a digit or a
colon, never opens with a blank. As ``den\s*[\d.\-/]*\s*(…)?\s*:`` the blanks after "den" were split three ways (a
hang at 4,000 blanks). The caller reads the match's end: it is the old pattern's (kept here) on random texts."""

from __future__ import annotations

import re

from random_texts import random_texts

from graphbuild.extract.outcomes import _DECISION_LEAD, leading_verdict

OLD = re.compile(
    r"(?i)^\s*(?:[.:]\s*)?(?:(?:i\s+)?(?:[\wæøå\-&]+\s+){0,6}den\s*[\d.\-/]*\s*(?:[a-zæøå]+\.?\s+\d{4}|\d{2,4})?\s*:\s*)?"
    r"(?:(?:fraværende|ikke\s+til\s+stede|afbud(?:\s+fra)?)\s*:[^\n]*(?:\n\s*|$))*"
    r"(?:(?:ad\s+)?(?:pkt\.\s*)?\d{1,2}(?:\.|\))(?:\s*(?:[-–]|og)\s*\d{1,2}\.?)?\s+)?"
)


def _end(pattern: re.Pattern[str], text: str) -> int:
    match = pattern.match(text)
    assert match is not None  # every part is optional
    return match.end()


def test_the_heading_rest_and_the_absent_are_passed_over() -> None:
    assert leading_verdict("i Økonomiudvalget den 18. november 2019:\nFraværende: \nGodkendt.\nKnud Vincents (V)") == (
        "approved"
    )
    assert _end(_DECISION_LEAD, " den 18. november 2019:  Godkendt.") == 25
    # the near miss: "den" with no colon after its date is no heading's rest, the text stays whole
    assert _end(_DECISION_LEAD, "den 18. november 2019 blev sagen godkendt") == 0
    assert leading_verdict("Sagen blev behandlet den 18. november 2019 Godkendt.") is None


def test_the_end_is_the_old_patterns_on_random_texts() -> None:
    pieces = [" ", "  ", "\t", "\n", ".", ":", "-", "/", "i", "den", "Den", "Byrådet", "udvalget", "&", "1", "12"]
    pieces += ["2021", "marts", "nov", "fraværende", "ikke til stede", "Afbud", "fra", "ad", "pkt.", "og", "–", ")"]
    pieces += ["x", "Godkendt", "5.", "18."]
    found = 0
    for seed, most in ((86, 8), (87, 16)):
        for text in random_texts(pieces, seed=seed, count=20_000, most=most):
            old = _end(OLD, text)
            assert _end(_DECISION_LEAD, text) == old, text
            found += old > 0
    assert found > 1_000


def test_a_long_run_of_blanks_is_read_in_time() -> None:
    for blank in (" ", "\t", "\n"):
        assert _end(_DECISION_LEAD, ("den" + blank * 50_000) * 3 + "x") == 0
        assert _end(_DECISION_LEAD, "i" + blank * 50_000 + "x") == 0
    text = "i Byrådet den" + " " * 50_000 + "18." + " " * 50_000 + "marts 2021" + " " * 50_000 + ":" + " " * 50_000
    assert _end(_DECISION_LEAD, text + "Godkendt") == len(text)
