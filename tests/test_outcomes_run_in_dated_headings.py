"""A body's dated decision heading a flattened page ran into the item's text with no "Beslutning" word before it
(issue 12 item 6): "Klima- og Miljøudvalget, 05-12-2017 pkt. 188 Godkendt." (roskilde-klima-miljoeudvalget-2017-12-05,
dev-write), "Forretningsudvalgets beslutning den 8. november 2022: Anbefalet." (regionh-forretningsudvalget-2022-11-08,
dev-write); "Børne- og Skoleudvalget den 6. november 2018: Taget til efterretning." (bornholm-boerne-skoleudvalget-
2018-11-06, dev-write) prints the same heading on its line. Only the heading dated with the meeting's day is this
meeting's: a case history's earlier decisions in the same form, the meeting's own header ("… den 5. december 2017 kl.
16.00") and a date after no body's name are none. The test split is never read."""

from __future__ import annotations

from datetime import date

import pytest

from graphbuild.extract import extract_facts
from graphbuild.extract.decision_run_in_dated import run_in_decision
from graphbuild.parse import parse_meeting
from graphbuild.sources import source_from_text

_ROSKILDE = (
    "Pkt. 188 Beslutninger om dagsorden Sagsnr. 249032 Klima- og Miljøudvalget Åbent punkt Klima- og Miljøudvalget, "
    "05-12-2017 pkt. 188 Godkendt. Fraværende: Kaj V. Hansen (A). •"
)
_REGION_H = (
    "2. Den prioriterede liste for indsatsen på jordforureningsområdet i 2023 INDSTILLING Miljø- og klimaudvalget "
    "abefaler over for forretningsudvalget og regionsrådet: POLITISK BEHANDLING Forretningsudvalgets beslutning den "
    "8. november 2022: Anbefalet. Jesper Hammer (D), Peter Westermann (F) og Tormod Olsen (Ø) deltog ikke i sagens "
    "behandling. Miljø- og klimaudvalgets beslutning den 2. november 2022: Anbefalet. Thomas Rohden (B), Bergur Løkke "
    "Rasmussen (V) og Tormod Olsen (Ø) deltog ikke i behandlingen af sagen. BAGGRUND Regionsrådet skal i henhold til "
    "§ 18 i lov om forurenet jord én gang årligt udarbejde en oversigt"
)


@pytest.mark.parametrize(
    ("text", "day", "decision"),
    [
        (_ROSKILDE, date(2017, 12, 5), "Godkendt. Fraværende: Kaj V. Hansen (A). •"),
        # the next body's dated heading ends it: the committee's earlier decision is not this meeting's
        (
            _REGION_H,
            date(2022, 11, 8),
            "Anbefalet. Jesper Hammer (D), Peter Westermann (F) og Tormod Olsen (Ø) deltog ikke i sagens behandling.",
        ),
    ],
)
def test_the_decision_under_this_meetings_run_in_heading(text: str, day: date, decision: str) -> None:
    found = run_in_decision(text, day)
    assert found is not None
    assert found[0] == decision
    assert text[found[1] :].strip().startswith(decision[:20])


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a day neither heading is dated with
        (_REGION_H, date(2022, 11, 9)),
        # the committee's decision of 2 November quoted in the minutes of the 8th: an earlier body's, never this one's
        ("Miljø- og klimaudvalgets beslutning den 2. november 2022: Anbefalet. BAGGRUND …", date(2022, 11, 8)),
        # the meeting's header: its clock time after the date
        ("Klima- og Miljøudvalget den 5. december 2017 kl. 16.00 Godkendt.", date(2017, 12, 5)),
        # no body's name before the date
        ("Referat af mødet tirsdag den 5. december 2017 Godkendt.", date(2017, 12, 5)),
        # no verdict after the heading
        ("Klima- og Miljøudvalget, 05-12-2017 pkt. 188 Fraværende: Kaj V. Hansen (A).", date(2017, 12, 5)),
        # an agenda's or a header's unknown day: no meeting day to read a heading by
        (_ROSKILDE, None),
    ],
)
def test_no_run_in_decision_of_another_day_a_header_or_no_body(text: str, day: date | None) -> None:
    assert run_in_decision(text, day) is None


_PAGE = (
    "1 Referat Klima- og Miljøudvalget Mødedato: 5. december 2017 Mødested: Rådhuset "
    "Pkt. 188 Beslutninger om dagsorden Sagsnr. 249032 Klima- og Miljøudvalget Åbent punkt "
    "Klima- og Miljøudvalget, {day} pkt. 188 Godkendt. Fraværende: Kaj V. Hansen (A). "
    "Pkt. 189 Budgetopfølgning Sagsnr. 249033 Klima- og Miljøudvalget Åbent punkt Sagsfremstilling "
    + "Forvaltningen fremlægger budgetopfølgningen for perioden. " * 30
    + "\n"
)


@pytest.mark.parametrize(("day", "outcome"), [("05-12-2017", "approved"), ("21-11-2017", "none")])
def test_a_flattened_pages_run_in_heading_of_the_meetings_day(day: str, outcome: str) -> None:
    items = extract_facts(parse_meeting(source_from_text(_PAGE.format(day=day)))).items
    assert (items[0].number, items[0].title, items[0].outcome) == ("188", "Beslutninger om dagsorden", outcome)
