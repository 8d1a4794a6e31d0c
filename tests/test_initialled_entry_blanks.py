r"""attendance_initials' entry, a participant with initials in brackets ("Esbjerg Kommune Kurt Jakobsen (KJ) Afbud",
nationalpark-vadehavet-bestyrelsen-2013-04-17, dev-write): the lead of marks and blanks read once. ``before`` holds
no bracket and ends at the blanks before the line's first "(", so the lead is the whole run of its marks where four
characters or more stand between it and the bracket, else it ends four before the bracket (the old greedy lead gave
back to a lazy ``before`` of three: "- - (AB)" reads ``before`` "- -"). As ``[ \t•*·-]*`` beside the lazy ``before``
a run of blanks was split every way (a hang at 4,000 blanks). The caller reads the span and the groups: they are
the old pattern's (kept here) on random texts."""

from __future__ import annotations

import re

from random_texts import group_spans, random_texts

from graphbuild.parse.attendance_initials import _ENTRY, initialled_entries

OLD = re.compile(
    r"(?m)^[ \t•*·-]*(?P<before>[^\n()]{3,160}?)[ \t]+\((?P<initials>[A-ZÆØÅ]{2,5})"
    r"(?:[ \t]*,[ \t]*(?P<note>[^\n()]{1,40}))?\)[ \t]*(?P<after>[^\n]{0,40})$"
)

LIST = (
    "Deltagere:\n\nFormand Bent Poulsen (BP)\n\nVarde Kommune Gylling Haahr (GH)\n\n"
    "Esbjerg Kommune Kurt Jakobsen (KJ) Afbud\n\nFanø Kommune Erik Nørreby (EN) Afbud\n\n"
)


def test_the_entries_are_read() -> None:
    entries = {(entry.name, entry.status) for entry in initialled_entries(LIST, 0, len(LIST))}
    assert ("Kurt Jakobsen", "absent") in entries and ("Bent Poulsen", "present") in entries
    match = _ENTRY.match("- - (AB)")
    assert match is not None and match["before"] == "- -"
    # the near miss: a bracket of initials with no blank before it is no entry
    assert _ENTRY.match("Kurt Jakobsen(KJ) Afbud") is None


def test_the_span_and_groups_are_the_old_patterns_on_random_texts() -> None:
    pieces = [" ", "  ", "\t", "-", "•", "*", "·", "- ", "(", ")", "(AB)", "(BSH, Referent)", "(KJ)", ",", "\n"]
    pieces += ["Bent", "Poulsen", "x", "Afbud", "AB", "(AB", "y" * 30, " " * 20]
    found = 0
    for seed, most in ((90, 8), (91, 16)):
        for text in random_texts(pieces, seed=seed, count=10_000, most=most):
            for pos in (0, 1):
                for end in (len(text), max(pos, len(text) - 3)):
                    old = group_spans(OLD.match(text, pos, end))
                    assert group_spans(_ENTRY.match(text, pos, end)) == old, (text, pos, end)
                    found += old is not None
    assert found > 1_000


def test_a_long_run_of_blanks_is_read_in_time() -> None:
    assert _ENTRY.match(" " * 100_000 + "x") is None
    assert _ENTRY.match("•" + " \t" * 50_000) is None
    match = _ENTRY.match(" " * 100_000 + "(AB)")
    assert match is not None and match.span("before") == (99_996, 99_999)
    match = _ENTRY.match("- " * 50_000 + "Bent Poulsen" + " " * 100_000 + "(BP) Afbud")
    assert match is not None and match["before"] == "Bent Poulsen" and match["after"] == "Afbud"
