r"""membership_prose_members' relative clause about what a list has ("A og B Kommuner har borgere, der er medlem af
X": the clause is the citizens', not the list's): each run read once (possessive). Its caller asks only whether it
matches; the words up to the first mark after the verb's blank hold a letter, read as the marks and blanks before
one, then the rest up to the comma. As ``[ \t]+[^,.;:\n]*[\wæøå][^,.;:\n]*`` every letter was tried as that one
(quadratic: 0.3 s at 4,000). Whether it matches is the old pattern's (kept here) on random texts."""

from __future__ import annotations

import re

from random_texts import random_texts

from graphbuild.extract.membership_prose_members import _RELATIVE_OF_OTHER

OLD = re.compile(
    r"[ \t]+(?:har|havde|rummer|tæller)[ \t]+[^,.;:\n]*[\wæøå][^,.;:\n]*,[ \t]+(?:der|som)[ \t][^,;]*$", re.IGNORECASE
)


def test_a_clause_about_what_the_list_has_is_read() -> None:
    text = "Aabenraa og Tønder Kommuner har borgere, der er medlem af foreningen"
    assert _RELATIVE_OF_OTHER.match(text, len("Aabenraa og Tønder Kommuner"))
    # the near miss: the list's own clause, no verb of having before it
    text = "Aabenraa og Tønder Kommuner, der er medlemmer af foreningen"
    assert not _RELATIVE_OF_OTHER.match(text, len("Aabenraa og Tønder Kommuner"))


def test_whether_it_matches_is_the_old_patterns_on_random_texts() -> None:
    pieces = [" har ", " havde", " ", "  ", "\t", "borgere", ", der ", ", som ", "x", ",", ".", "\n", ", ", "der "]
    pieces += [";", " er medlem", "-"]
    found = 0
    for text in random_texts(pieces, seed=99, count=30_000, most=8):
        for pos in (0, 1):
            for end in (len(text), max(pos, len(text) - 4)):
                old = OLD.match(text, pos, end) is not None
                assert (_RELATIVE_OF_OTHER.match(text, pos, end) is not None) == old, (text, pos, end)
                found += old
    assert found > 200


def test_a_long_run_is_read_in_time() -> None:
    assert not _RELATIVE_OF_OTHER.match(" har" + " " * 100_000 + "x")
    assert not _RELATIVE_OF_OTHER.match(" har" + " x" * 50_000)
    assert not _RELATIVE_OF_OTHER.match(" har x" + " " * 100_000 + ", der" + " " * 100_000 + ",")
    assert _RELATIVE_OF_OTHER.match(" har" + " " * 100_000 + "x" * 100_000 + ", som" + " " * 100_000)
