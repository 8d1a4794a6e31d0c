r"""role_elections' seat after an elected name ("Rådet valgte Jens Hansen, Vejle Kommune, som næstformand"): each
blank run read once (possessive runs; "som"/"til" and a bracket open with their first character, a comma after
``\s*+``). As ``\s*,?\s+(?:som|til)``, a run of blanks after the name was split every way (0.14 s at 16,000 blanks).
The spans and groups its caller reads are the old pattern's (kept here) on random texts."""

from __future__ import annotations

import re
from functools import partial
from pathlib import Path

from random_texts import same_readings
from text_facts import role_pairs_of_text

from graphbuild.extract.role_elections import POST_QUALIFIER, SOM_AFTER
from graphbuild.extract.role_patterns import COMMA_AFFILIATION, SEATS
from graphbuild.vocab.text_patterns import capitalised_run

OLD = re.compile(
    rf"^(?:\s*\([^)]{{1,40}}\))?(?:\s+fra\s+{capitalised_run('{0,3}')})?{COMMA_AFFILIATION}\s*,?"
    rf"\s+(?P<prep>som|til)\s+{POST_QUALIFIER}(?P<role>{SEATS})(?![\wæøå])(?P<of>\s+(?:for|i|af|til|ved)\s+)?",
    re.IGNORECASE,
)
_HEADER = "Økonomiudvalget\n\n"

Spans = tuple[tuple[int, int], ...] | None


def _spans(pattern: re.Pattern[str], text: str) -> Spans:
    found = pattern.match(text)
    return None if found is None else (found.span(), found.span("prep"), found.span("role"), found.span("of"))


def test_the_seat_after_an_elected_name_is_read(tmp_path: Path) -> None:
    text = _HEADER + "Rådet valgte Jens Hansen, Vejle Kommune, som næstformand."
    assert ("Jens Hansen", "næstformand") in role_pairs_of_text(tmp_path, text)
    # the near miss: a post the name held, not the one elected to
    near = _HEADER + "Rådet valgte Jens Hansen, Vejle Kommune, der var næstformand."
    assert ("Jens Hansen", "næstformand") not in role_pairs_of_text(tmp_path, near)


def test_the_spans_are_the_old_patterns_on_random_texts() -> None:
    pieces = [" ", "  ", "\t", "\n", ",", "som", "til", "fra", "Aarhus", "(V)", "(", ")", "x", "formand", "medlem"]
    pieces += ["nyt", " for ", "i", "af", ".", " som ", " til ", "Kommune"]
    found = same_readings(partial(_spans, SOM_AFTER), partial(_spans, OLD), pieces, seed=29, count=30_000, most=10)
    assert found > 100


def test_a_long_run_of_blanks_after_a_name_is_read_in_time() -> None:
    assert SOM_AFTER.match(" " * 50_000 + "x") is None
    assert SOM_AFTER.match("," + " " * 50_000 + "x") is None
    found = SOM_AFTER.match(" " * 50_000 + "," + " " * 50_000 + "som formand")
    assert found is not None and found["role"] == "formand"
