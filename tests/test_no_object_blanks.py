r"""membership_implied's test that a membership cue has no object ("Kolding Kommune er allerede medlem."): each blank
run read once (possessive runs: ``[ \t]++og`` tried before ``[ \t]*+`` and a mark). As ``[ \t]*`` beside
``[ \t]+(?:og|men)``, a run of blanks after the cue was split every way (0.14 s at 8,000 blanks). It is called for
its truth alone, which is the old pattern's (kept here) on random texts."""

from __future__ import annotations

import re
from functools import partial

from random_texts import same_readings

from graphbuild.extract.membership_implied import NO_OBJECT, has_no_object

OLD = re.compile(r"(?:[ \t]+(?:igen|også|nu|fortsat|stadig|allerede))*[ \t]*(?:[,.;!?)]|$|[ \t]+(?:og|men)\b)")


def _found(pattern: re.Pattern[str], text: str, pos: int = 0) -> bool:
    return pattern.match(text, pos) is not None


def test_a_cue_without_an_object_is_read() -> None:
    text = "Kolding Kommune er allerede medlem."
    cue = text.index("medlem")
    assert has_no_object(text, cue, cue + len("medlem"))
    text = "Fanø, Læsø og Samsø, de er også medlem, og derfor"
    cue = text.index("medlem")
    assert has_no_object(text, cue, cue + len("medlem"))
    # the near miss: the cue has its object ("medlem af …")
    text = "Kolding Kommune er allerede medlem af foreningen."
    cue = text.index("medlem")
    assert not has_no_object(text, cue, cue + len("medlem"))


def test_the_truth_is_the_old_patterns_on_random_texts() -> None:
    pieces = [" ", "  ", "\t", "\n", "igen", "også", "nu", "nuance", "og", "men", "mens", " og ", " også ", ",", "."]
    pieces += [")", "x", "!"]
    found = same_readings(partial(_found, NO_OBJECT), partial(_found, OLD), pieces, seed=61, count=20_000, most=9)
    assert found > 3000


def test_a_long_run_of_blanks_after_a_cue_is_read_in_time() -> None:
    assert NO_OBJECT.match(" " * 50_000 + "x") is None
    assert NO_OBJECT.match(" " * 50_000 + "og") is not None
    assert NO_OBJECT.match(" igen" * 5_000 + " " * 50_000 + ".") is not None
