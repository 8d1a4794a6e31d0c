r"""header_body's municipality before a body on a header line ("1 ALLERØD KOMMUNE Allerød Byråd",
alleroed-byraad-2011-01-27; "1 Brønderslev Kommune Det Lokale Beskæftigelsesråd",
broenderslev-lokale-beskaeftigelsesraad-2007-12-12; "1 Egebjerg Kommune Økonomiudvalget",
egebjerg-oekonomiudvalget-2002-03-07; all dev-write): its caller asks only whether it matches. The lead of marks
and digits is read once, possessive, up to the name's first letter, or lazily up to a digit or dash that is the name
itself ("2 kommune"); as ``[\W\d]*`` beside ``[\w-]+?`` a run of digits or dashes was split every way (quadratic:
1.8 s at 4,000). Whether it matches is the old pattern's (kept here) on random texts."""

from __future__ import annotations

import re

from random_texts import random_texts

from graphbuild.parse.header_body import _MUNICIPALITY_BEFORE

OLD = re.compile(r"(?i)^[\W\d]*[\w-]+?s?\s+kommunes?\s*[-–—:|,]?\s*$")


def test_a_municipality_before_the_body_is_read() -> None:
    assert _MUNICIPALITY_BEFORE.match("1 ALLERØD KOMMUNE ")
    assert _MUNICIPALITY_BEFORE.match("1 Egebjerg Kommune ")
    assert _MUNICIPALITY_BEFORE.match("Næstved Kommune - ")
    # the near miss: a sentence before the municipality is no header's lead
    assert not _MUNICIPALITY_BEFORE.match("Referat fra mødet i Egebjerg Kommune ")


def test_whether_it_matches_is_the_old_patterns_on_random_texts() -> None:
    pieces = [" ", "  ", "\t", "\n", "-", "–", "—", ":", "|", ",", "1", "23", "2021", "kommune", "Kommunes", "s"]
    pieces += ["Aarhus", "x", "_", ".", "/", "Referat", "é"]
    found = 0
    for seed, most in ((95, 6), (96, 10)):
        for text in random_texts(pieces, seed=seed, count=20_000, most=most):
            old = OLD.match(text) is not None
            assert (_MUNICIPALITY_BEFORE.match(text) is not None) == old, text
            found += old
    assert found > 200


def test_a_long_run_of_digits_or_dashes_is_read_in_time() -> None:
    assert not _MUNICIPALITY_BEFORE.match("1" * 100_000 + "x")
    assert not _MUNICIPALITY_BEFORE.match("- " * 50_000 + "x")
    assert _MUNICIPALITY_BEFORE.match("1" * 100_000 + " kommune")
    assert not _MUNICIPALITY_BEFORE.match("Aarhus" + " " * 50_000 + "kommune" + " " * 50_000 + "x")
