"""An attendance label's sentence ended by a full stop before the next field's label and colon
(graphbuild/parse/attendance_label_stops.py): "Afbud fra Hanne Dahl. Referent: Sofie Kragh." read the secretary as
absent, the words up to the colon taken for the label's qualifier. The lists are in dev-write's forms (a header's
"Fremmødte:" sentence, "Afbud fra" before names on its line, "Referent:"); the near misses keep a qualifier whose
full stops are an abbreviation's, a date's or an initial's."""

from __future__ import annotations

import pytest
from snippet_attendance import attendance_statuses

ITEMS = "\n\n1. Godkendelse af dagsorden\n\nGodkendt.\n\n2. Budget\n\nGodkendt.\n\n5. Skoler\n\nGodkendt.\n"


def _rows(text: str) -> dict[str, str]:
    return attendance_statuses(text + ITEMS)


@pytest.mark.parametrize("field", ["Referent", "Mødeleder", "Ordstyrer"])
def test_the_next_fields_value_is_no_absent_entry(field: str) -> None:
    rows = _rows(f"Fremmødte: Ole Berg, Lis Holm og Per Bak. Afbud fra Hanne Dahl. {field}: Sofie Kragh.")
    assert rows == {"Ole Berg": "present", "Lis Holm": "present", "Per Bak": "present", "Hanne Dahl": "absent"}


def test_the_label_alone_before_its_sentence() -> None:
    assert _rows("Afbud fra Hanne Dahl og Karen Juul. Referent: Sofie Kragh") == {
        "Hanne Dahl": "absent",
        "Karen Juul": "absent",
    }


def test_a_qualifier_with_a_date_stays_the_labels() -> None:
    # near miss: the full stop of a date's day is no sentence's
    rows = _rows("Fraværende i Thisted Kommunalbestyrelse, 25. januar 2022: Hanne Dahl")
    assert rows == {"Hanne Dahl": "absent"}


def test_a_qualifier_with_an_abbreviation_stays_the_labels() -> None:
    # near miss: "pkt." ends no sentence, the label still says which item the member missed
    rows = _rows("Til stede: Ole Berg, Per Bak, Hanne Dahl\nFraværende under pkt. 5: Hanne Dahl")
    assert rows.get("Hanne Dahl") == "present"
    assert "Sofie Kragh" not in rows
