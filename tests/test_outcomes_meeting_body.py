"""This meeting's decision of an item chosen by the meeting's body as well as its day (issue 12 item 6): where an item
prints several decisions and their dates do not choose (a text layer lost them, "Beslutning i Byrådet den :" as
svendborg-byraadet-2015-10-27 prints it, or the heading prints none), the one headed by the body whose minutes these
are is the meeting's, whichever is printed last. Headings as dev-write documents print them
(vejen-byraadet-2021-02-09, regionh-forretningsudvalget-2022-11-08, roedovre-oekonomiudvalget-2025-08-19,
stevns-kommunalbestyrelsen-2020-01-22, kk-borgerrepraesentationen-2021-11-04, roskilde-lbr-2014-03-10); the test
split is never read."""

from __future__ import annotations

from datetime import date

import pytest

from graphbuild.extract import extract_facts
from graphbuild.extract.decision_bodies import heading_body, names_this_body
from graphbuild.extract.outcome_decision import this_meeting
from graphbuild.extract.outcome_meeting import ThisMeeting
from graphbuild.parse import parse_meeting
from graphbuild.sources import source_from_text

# vejen-byraadet-2021-02-09's item, its two decisions printed this meeting's first (as Region Hovedstaden prints them)
_ITEM = (
    "1. Godkendelse af skema B\n\nAdministrativ indstilling\n\nAfdelingschef Niels Poulsen Riis indstiller, at\n\n"
    "  • Byrådet godkender skema B af 21. januar 2021.\n\n"
)
_UNDATED = "Beslutning Byrådet\n\nGodkendt.\n\nBeslutning Økonomiudvalget\n\nIndstilles godkendt.\n"
_DATES_LOST = "Beslutning i Byrådet den :\n\nGodkendt.\n\nBeslutning i Økonomiudvalget den :\n\nIndstilles godkendt.\n"


def _outcomes(header: str, decisions: str) -> list[str]:
    return [item.outcome for item in extract_facts(parse_meeting(source_from_text(header + _ITEM + decisions))).items]


@pytest.mark.parametrize("decisions", [_UNDATED, _DATES_LOST])
def test_the_decision_headed_by_this_body_is_taken_when_dates_do_not_choose(decisions: str) -> None:
    assert _outcomes("Referat\n\nByrådet\n\nMødedato: 9. februar 2021\n\n", decisions) == ["approved"]


@pytest.mark.parametrize("decisions", [_UNDATED, _DATES_LOST])
def test_the_other_body_minutes_take_their_own_decision(decisions: str) -> None:
    # a near miss: the same item in the Økonomiudvalg's minutes is its recommendation
    assert _outcomes("Referat\n\nØkonomiudvalget\n\nMødedato: 2. februar 2021\n\n", decisions) == ["endorsed"]


def test_a_plain_decision_heading_after_this_body_is_still_read() -> None:
    # a near miss: "Beslutning" names no body, so it is not left out for the named one before it
    decisions = "Beslutning Byrådet\n\nUdsat.\n\nBeslutning\n\nGodkendt.\n"
    assert _outcomes("Referat\n\nByrådet\n\nMødedato: 9. februar 2021\n\n", decisions) == ["approved"]


def test_dated_decisions_in_one_text_take_this_body_where_no_date_is_the_meeting() -> None:
    text = "Byrådet, 22.11.2016 Godkendt. Økonomiudvalget, 31.10.2016 Anbefales."
    assert this_meeting(text, ThisMeeting(body="Byrådet")) == "Godkendt."
    assert this_meeting(text, ThisMeeting(body="Økonomiudvalget")) == "Anbefales."
    # near misses: no body known, the last; the meeting's day chooses before its body
    assert this_meeting(text) == "Anbefales."
    assert this_meeting(text, ThisMeeting(day=date(2016, 10, 31), body="Byrådet")) == "Anbefales."


@pytest.mark.parametrize(
    ("heading", "body"),
    [
        ("Beslutning Byrådet den 09-02-2021", "Byrådet"),
        ("Forretningsudvalgets beslutning den 8. november 2022:", "Forretningsudvalget"),
        ("Borgerrepræsentationens beslutning i mødet den 4. november 2021", "Borgerrepræsentationen"),
        ("Det Lokale Beskæftigelsesråd i Roskilde, 10-03-2014, pkt. 13", "Det Lokale Beskæftigelsesråd i Roskilde"),
        ("Beslutning i Folkeoplysningsudvalget (18-21) den 27-02-2018", "Folkeoplysningsudvalget"),
        ("BESLUTNING: Kommunalbestyrelsen den 31-03-2022", "Kommunalbestyrelsen"),
        ("Beslutning i Byrådet den :", "Svendborg Byråd"),
    ],
)
def test_a_heading_naming_this_body(heading: str, body: str) -> None:
    assert names_this_body(heading, body) is True


@pytest.mark.parametrize(
    ("heading", "body"),
    [
        ("Beslutning Økonomiudvalget den 02-02-2021", "Byrådet"),
        ("Miljø- og klimaudvalgets beslutning den 2. november 2022:", "Forretningsudvalget"),
        ("Beslutning fra Teknik- og Miljøudvalget, 12. august 2025, pkt. 63", "Økonomiudvalget"),
        ("Social og Sundhed, 6. januar 2020, pkt. 123", "Kommunalbestyrelsen"),
        ("Beslutning i Udvalget for Ældre og Sundhed den 04-06-2020", "Udvalget for Børn og Læring"),
    ],
)
def test_a_heading_naming_another_body(heading: str, body: str) -> None:
    assert names_this_body(heading, body) is False


@pytest.mark.parametrize(
    "heading",
    [
        "Beslutning",
        "Beslutninger",
        "Referat: Godkendt",
        # the decision run on after the word: no body's name, though a body or a date stands in it
        "Beslutning Sagen oversendes til Byrådet",
        "Beslutning Godkendt, idet mødet den 3. maj 2021 flyttes",
        "Beslutning Udvalget drøftede sagen",
    ],
)
def test_a_heading_naming_no_body(heading: str) -> None:
    assert heading_body(heading) is None
    assert names_this_body(heading, "Byrådet") is None
