"""A decision's forms that must open a line ("Afslag.", "Valgt: …", "Enighed.") are read at the start of their own
line: the line-start patterns read on over spaces and tabs, never over line breaks, so a decision holding many
blank lines is read in time linear in its length (bench_hostile's "blank lines before a line of text" shape) and
the form is found where it is printed."""

from graphbuild.extract.decision_rules import first_form


def test_a_line_opening_form_after_blank_lines_is_read_on_its_own_line() -> None:
    decision = "Sagen blev behandlet.\n\n\n   Afslag.\n"
    found = first_form(decision)
    assert found is not None
    outcome, start, _end = found
    assert outcome == "rejected"
    assert decision[start:].lstrip(" ").startswith("Afslag")


def test_thousands_of_blank_lines_still_give_the_form_after_them() -> None:
    decision = "Punktet blev gennemgået.\n" + "\n" * 5000 + "Enighed.\n"
    found = first_form(decision)
    assert found is not None and found[0] == "approved"
