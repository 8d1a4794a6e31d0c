r"""header_body's gap between a council and its committee ("Aalborg Byråd. Folkeoplysningsudvalget.", dev-write
aalborg-folkeoplysningsudvalget): each blank run read once (possessive: the mark never opens with a blank). As
``\s*[.,:;|/>›»–—-]?\s*$``, a run of blanks before a word was split every way (quadratic: 0.3 s at 4,000 blanks). It
is called for its truth alone, which is the old pattern's (kept here) on random texts."""

from __future__ import annotations

import re

from random_texts import random_texts

from graphbuild.parse.header_body import _COUNCIL_TO_COMMITTEE, header_body
from graphbuild.parse.lines import split_lines

OLD = re.compile(r"^\s*[.,:;|/>›»–—-]?\s*$")


def test_the_committee_after_its_council_is_read() -> None:
    header = "AALBORG BYRÅD. Aalborg Byråd. Folkeoplysningsudvalget. Mødet den 25.06.2014."
    assert header_body(split_lines(header)) == "Folkeoplysningsudvalget"
    # the near miss: bodies listed after the council, none more specific than it
    assert header_body(split_lines("Referat Byrådet, Økonomiudvalget og Teknisk Udvalg")) == "Byrådet"
    assert _COUNCIL_TO_COMMITTEE.match(" – ")
    assert not _COUNCIL_TO_COMMITTEE.match(" og ")


def test_the_truth_is_the_old_patterns_on_random_texts() -> None:
    pieces = [" ", "  ", "\t", "\n", "\r", "\xa0", ".", ",", ":", "–", "—", "-", ">", "›", "x", "|", "/"]
    found = 0
    for text in random_texts(pieces, seed=83, count=30_000, most=7):
        old = OLD.match(text) is not None
        assert (_COUNCIL_TO_COMMITTEE.match(text) is not None) == old, text
        found += old
    assert found > 3000


def test_a_long_run_of_blanks_is_read_in_time() -> None:
    assert _COUNCIL_TO_COMMITTEE.match(" " * 50_000 + "x") is None
    assert _COUNCIL_TO_COMMITTEE.match(" " * 50_000 + "-" + " " * 50_000 + "x") is None
    assert _COUNCIL_TO_COMMITTEE.match(" " * 50_000 + "-" + " \n" * 50_000) is not None
