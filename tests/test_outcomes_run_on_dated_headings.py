"""A body's dated decision heading that a flattened page runs on into the decision, no line end closing it (issue 12
item 6): "Beslutning i Folkeoplysningsudvalget (18-21) den 27-02-2018 Ingen mødt." (fredensborg-folkeoplysningsudvalget-
2018-02-27, dev-write), "Beslutning Teknik, Erhverv, Plan og Miljøudvalget 2018-2021 den 06-11-2018 •"
(alleroed-teknik-erhverv-plan-miljoe-2018-11-06, dev-write); fourteen dev-write publishers print "Beslutning [i] <body>
den <date>" on a line of its own, which a flattened page runs on. The heading is not read as the decision; a verdict
before the date, or no body's name, keeps the text. The test split is never read."""

from __future__ import annotations

import pytest

from graphbuild.extract import extract_facts
from graphbuild.extract.decision_flat_headings import run_on_heading_end
from graphbuild.parse import parse_meeting
from graphbuild.sources import source_from_text


@pytest.mark.parametrize(
    ("text", "decision"),
    [
        (" i Folkeoplysningsudvalget (18-21) den 27-02-2018 Ingen mødt.", "Ingen mødt."),
        (" Teknik, Erhverv, Plan og Miljøudvalget 2018-2021 den 06-11-2018 •", "•"),
        (" i Kultur- og Fritidsudvalget 2022-2025 den 3. maj 2023: Godkendt.", "Godkendt."),
    ],
)
def test_a_run_on_dated_heading_is_the_heading(text: str, decision: str) -> None:
    end = run_on_heading_end(text, 0)
    assert end is not None
    assert text[end:].strip() == decision


@pytest.mark.parametrize(
    "text",
    [
        # a verdict before the date: the decision itself
        " Udvalget godkendte den 27-02-2018 forslaget til budget.",
        # no body's name before the date
        " Sagen blev behandlet den 27-02-2018 på et ekstra møde.",
        # the heading on a line of its own: the heading rest's reading, not this one
        " i Folkeoplysningsudvalget (18-21) den 27-02-2018\n\nIngen mødt.",
        # nothing after the date on its line
        " i Folkeoplysningsudvalget den 27-02-2018",
    ],
)
def test_no_run_on_heading_where_a_decision_or_a_line_end_says_otherwise(text: str) -> None:
    assert run_on_heading_end(text, 0) is None


_PAGE = (
    "1 Referat Folkeoplysningsudvalget (18-21) Mødedato: 27. februar 2018 Tilstede: Anne Hansen, Bo Jensen "
    "5. Tilskud til foreninger Sagsfremstilling "
    + "Forvaltningen fremlægger ansøgningerne om tilskud for perioden. "
    * 20
    + "Indstilling Administrationen indstiller, at ansøgningerne godkendes. "
    "Beslutning i Folkeoplysningsudvalget (18-21) den 27-02-2018 {decision} 6. Eventuelt Intet.\n"
)


@pytest.mark.parametrize(("decision", "outcome"), [("Godkendt.", "approved"), ("Ingen bemærkninger.", "none")])
def test_the_decision_after_a_run_on_heading_in_a_flattened_page(decision: str, outcome: str) -> None:
    text = _PAGE.format(decision=decision)
    items = extract_facts(parse_meeting(source_from_text(text))).items
    assert (items[0].number, items[0].outcome, items[0].decision) == ("5", outcome, decision)
