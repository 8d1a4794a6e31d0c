"""Three role patterns read each run of white space once (issue 13 item 7, issue 17): a compound title's prefix in
ROLE_WORDS ("Social- og sundhedsdirektør": "a-", blanks, "og", blanks), role_after_name.APPOSITION (the blanks before
no bracket, "NAME   , formand for X") and role_bare_title_runs.LAST_POST (the blanks after a line's last post). Each
is the old pattern with its runs possessive; the old one (its runs given back, "++" as "+", "*+" as "*") reads the
same on random texts of its pieces; a hostile input of 100,000 blanks and more gives its result, never a time."""

from __future__ import annotations

import re
from functools import partial

from random_texts import every_start, group_spans, same_readings, same_spans

from graphbuild.extract.role_after_name import APPOSITION
from graphbuild.extract.role_bare_title_runs import LAST_POST
from graphbuild.extract.role_patterns import ROLE_WORDS


def _given_back(pattern: str) -> str:
    return pattern.replace("++", "+").replace("*+", "*")


NEW_ROLE_WORDS = re.compile(ROLE_WORDS, re.IGNORECASE)
OLD_ROLE_WORDS = re.compile(_given_back(ROLE_WORDS), re.IGNORECASE)
OLD_APPOSITION = re.compile(_given_back(APPOSITION.pattern), APPOSITION.flags)
OLD_LAST_POST = re.compile(_given_back(LAST_POST.pattern), LAST_POST.flags)

BLANKS = (" ", "  ", " ", "\t", "\n", " \n ")
TITLE_PIECES = (*BLANKS, "a-", "Social-", "sundheds", "og", "&", "direktør", "borgmester", "chef", "leder", "2.", "x")
APPOSITION_PIECES = (
    *BLANKS, ",", ", ", " (V)", "(", ")", " - ", " –", "formand ", " og ", "borgmester", " i ", " for ", "fra ",
    "nyvalgte ", "tidl.", "social- ", "direktør ", "Hillerød", "x",
)  # fmt: skip
LAST_POST_PIECES = (*BLANKS, "(A)", "(", ")", "formand", "næst", "kasserer", "1.", ".", "Ole", "x")


def test_the_old_patterns_had_no_possessive_run() -> None:
    for old in (OLD_ROLE_WORDS, OLD_APPOSITION, OLD_LAST_POST):
        assert "++" not in old.pattern and "*+" not in old.pattern
    assert OLD_ROLE_WORDS.pattern != NEW_ROLE_WORDS.pattern and OLD_LAST_POST.pattern != LAST_POST.pattern


def test_a_compound_title_reads_as_before() -> None:
    assert NEW_ROLE_WORDS.fullmatch("Social- og sundhedsdirektør")
    assert NEW_ROLE_WORDS.fullmatch("Teknik-\nog   miljøchefen")
    assert same_spans(NEW_ROLE_WORDS, OLD_ROLE_WORDS, TITLE_PIECES, seed=17, count=1500, most=8) > 100


def test_a_compound_title_s_prefix_before_long_blank_runs() -> None:
    run = " " * 100_000
    assert NEW_ROLE_WORDS.match(f"a-{run}og{run}x") is None
    found = NEW_ROLE_WORDS.match(f"a-{run}og\n\t{run}direktøren")
    assert found is not None and found.end() == 200_016
    assert [m.group() for m in NEW_ROLE_WORDS.finditer(f"a-{run}og{run}x")] == []


def test_an_apposition_reads_as_before() -> None:
    found = APPOSITION.match(", bestyrelsesformand og borgmester i Hillerød (A)")
    assert found is not None and (found["first"], found["role"]) == ("bestyrelsesformand", "borgmester")
    assert APPOSITION.match(" - formand for Teknisk Udvalg") is not None
    assert APPOSITION.match(" formand for Teknisk Udvalg") is None, "no comma, no dash"
    found_spans = same_readings(  # its caller's window: the text after a name, from its start ("^")
        lambda text, pos: group_spans(APPOSITION.match(text[pos:])),
        lambda text, pos: group_spans(OLD_APPOSITION.match(text[pos:])),
        APPOSITION_PIECES,
        seed=17,
        count=6000,
        most=9,
        windows=every_start,
    )
    assert found_spans > 40


def test_an_apposition_after_long_blank_runs() -> None:
    run = " \t\n" * 40_000
    assert APPOSITION.match(f"{run}afgående{run}x") is None
    assert APPOSITION.match(f"{run},{run}nyvalgte{run}x") is None
    found = APPOSITION.match(f"{run}(V){run},{run}formand{run}for X")
    assert found is not None and found["role"] == "formand"


def test_a_line_s_last_post_reads_as_before() -> None:
    assert LAST_POST.match(" kasserer.\nOle") is not None
    assert LAST_POST.match(" (A) næstformand  ") is not None
    assert LAST_POST.match(" kasserer Ole") is None, "a name after the post: the line goes on"
    read = partial(same_spans, LAST_POST, OLD_LAST_POST, LAST_POST_PIECES, seed=17, most=8)
    assert read(count=3000) > 100


def test_a_post_before_long_blank_runs() -> None:
    run = " \t" * 60_000
    assert LAST_POST.match(f"{run}kasserer{run}x") is None
    assert LAST_POST.match(f"{run}formand{run}.{run}x") is None
    found = LAST_POST.match(f"{run}kasserer{run}.{run}\nOle")
    assert found is not None and found.end() == 6 * 60_000 + 10
