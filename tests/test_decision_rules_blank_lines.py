"""A decision's forms that must open a line ("Afslag.", "Valgt: …", "Enighed.") are read at the start of their own
line: the line-start patterns read on over spaces and tabs, never over line breaks, so a decision holding many
blank lines is read in time linear in its length (bench_hostile's "blank lines before a line of text" shape) and
the form is found where it is printed; the patterns keep their start gates (pattern_gate reads the negated class)."""

import re

from graphbuild.extract.decision_rules import DECISION_RULES, _compiled, first_form


def test_a_line_opening_form_after_blank_lines_is_read_on_its_own_line() -> None:
    decision = "Sagen blev behandlet.\n\n\n   Afslag.\n"
    found = first_form(decision)
    assert found is not None
    outcome, start, _end = found
    assert outcome == "rejected"
    assert start == decision.index("   Afslag")


def test_a_form_that_opens_a_line_after_spaces_and_tabs_is_read() -> None:
    found = first_form("\n\n\t  Valgt: Anne Holm\n")
    assert found is not None and found[:2] == ("approved", 2)


def test_a_line_opening_form_printed_inside_a_line_is_no_match() -> None:
    # the near miss: "Afslag" after a word of its line does not open it
    assert first_form("Sagen blev behandlet.\n\n  x Afslag.") is None


def test_thousands_of_blank_lines_still_give_the_form_after_them() -> None:
    decision = "Punktet blev gennemgået.\n" + "\n" * 5000 + "Enighed.\n"
    found = first_form(decision)
    assert found is not None and found[0] == "approved"


def test_tens_of_thousands_of_blank_lines_are_read_in_linear_time() -> None:
    # the old "^\s*afslag" tried every blank line to the end from every blank line: minutes at 40,000 characters
    decision = "Sagen blev drøftet.\n" + "\n \n" * 20000 + "Taget til efterretning."
    found = first_form(decision)
    assert found is not None and found[0] == "noted"


def test_the_line_opening_rules_keep_their_start_gates() -> None:
    one_pass, each = _compiled(DECISION_RULES)
    flags = re.IGNORECASE | re.MULTILINE
    for pattern in (one_pass, *each):
        assert pattern.pattern.startswith("(?=")
    line_opening = [pattern for pattern in each if r"^[^\S\n]*" in pattern.pattern]
    assert line_opening and all(r"^(?:[" in pattern.pattern for pattern in line_opening)
    assert all(pattern.flags & flags == flags for pattern in line_opening)
