"""Where a decision ends in a flattened page, where no line break says so (issue 12 items 3 and 6): a body's name in
the decision's dated heading ("Beslutning Udvalget for Økonomi og Erhverv den 23-05-2018 Godkendt.", as
varde-oekonomi-erhverv-2018-05-23 prints it, dev-write) is no "Økonomi" section heading after the decision; the
heading "Økonomi" after the decision still ends it. Snippets follow dev minutes' forms, names and dates varied; the
test split is never read."""

from __future__ import annotations

import pytest

from graphbuild.extract import extract_facts
from graphbuild.parse import parse_meeting
from graphbuild.sources import source_from_text

# a flattened page: the header, an item's case and recommendation, its decision, the next item, all on one line
_HEADER = "1 Referat Byrådet Mødedato: 23. maj 2018 Tilstede: Anne Hansen, Bo Jensen "
_CASE = (
    "5. Budgetopfølgning Sagsfremstilling "
    + "Forvaltningen fremlægger budgetopfølgningen for perioden. " * 20
    + "Indstilling Direktionen indstiller, at opfølgningen godkendes. "
)


def _decisions(decision: str) -> list[tuple[str, str, str | None]]:
    text = _HEADER + _CASE + decision + " 6. Eventuelt Intet.\n"
    return [(i.number, i.outcome, i.decision) for i in extract_facts(parse_meeting(source_from_text(text))).items]


def test_a_body_named_for_oekonomi_in_a_flattened_heading_is_no_section() -> None:
    found = _decisions("Beslutning Udvalget for Økonomi og Erhverv den 23-05-2018 Godkendt.")
    assert found[0] == ("5", "approved", "Godkendt.")


@pytest.mark.parametrize(
    "decision",
    [
        "Beslutning i Økonomi- og Erhvervsudvalget den 23-05-2018 Godkendt.",
        "Beslutning Økonomi og Erhvervsudvalget den 23-05-2018 Godkendt.",
        "Beslutning Udvalget til Økonomi og Erhverv den 23-05-2018 Godkendt.",
    ],
)
def test_oekonomi_opening_a_body_name_does_not_cut_the_decision(decision: str) -> None:
    assert _decisions(decision)[0][1] == "approved"


def test_the_oekonomi_heading_after_a_flattened_decision_still_ends_it() -> None:
    found = _decisions("Beslutning Godkendt. Økonomi Der er afsat 2,5 mio. kr. til formålet.")
    assert found[0] == ("5", "approved", "Godkendt.")
