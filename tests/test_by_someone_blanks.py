r"""kind_agenda_approved's signature after an approval ("Dagsorden godkendt af formanden den 6. oktober 2011.", a
near miss of tests/test_kind_agenda_approved.py): each blank run read once (possessive: a colon and "af" never open
with a blank). As ``[ \t]*:?[ \t]*``, a run of blanks was split every way (quadratic; its caller reads a window of 40
characters). It is called for its truth alone, which is the old pattern's (kept here) on random texts."""

from __future__ import annotations

import re

from random_texts import random_texts

from graphbuild.parse.kind_agenda_approved import _BY_SOMEONE, agenda_approved

OLD = re.compile(r"(?i)^[ \t]*:?[ \t]*af\b")


def test_an_approval_signed_by_someone_is_no_record_and_one_recorded_is() -> None:
    assert not agenda_approved("Dagsorden godkendt af formanden den 6. oktober 2011.\n1. Godkendelse af dagsorden")
    assert not agenda_approved("Dagsordenen blev godkendt af: Jens Hansen\n1. Meddelelser")
    # the near miss: an approval with no one named after it is the meeting's own record
    assert agenda_approved("1a. Dagsorden blev godkendt\n\n1b. Økonomi")
    assert _BY_SOMEONE.match(" \t: af formanden")
    assert not _BY_SOMEONE.match(" : affald")


def test_the_truth_is_the_old_patterns_on_random_texts() -> None:
    pieces = [" ", "  ", "\t", ":", "af", "Af", "affald", "x", "\n", ".", "a", "f"]
    found = 0
    for text in random_texts(pieces, seed=79, count=30_000, most=8):
        old = OLD.match(text) is not None
        assert (_BY_SOMEONE.match(text) is not None) == old, text
        found += old
    assert found > 1000


def test_a_long_run_of_blanks_is_read_in_time() -> None:
    assert _BY_SOMEONE.match(" " * 50_000 + "x") is None
    assert _BY_SOMEONE.match(" " * 50_000 + ":" + " " * 50_000 + "afx") is None
    assert _BY_SOMEONE.match(" " * 50_000 + ":" + " " * 50_000 + "af ") is not None
