"""A member whom the items' own sentences name as away ("X deltog ikke i sagens behandling") under every item that
records a decision, two or more, was away from the meeting; under some of them only, away from those items. Case:
regionh-forretningsudvalget-2022-11-08 (dev-write), its items read from their "Punkt N:" lines."""

from __future__ import annotations

from case_items import items_of_case

from graphbuild.parse.attendance_lists import find_attendance

_REGION_H = (
    "Forretningsudvalg - mødesager\n\n"
    "Punkt 1: Godkendelse af dagsorden\n\nBeslutning\n\nDagsordenen blev godkendt.\n\n"
    "Martin Geertsen (V) forlod mødet kl. 12:03 og kom tilbage kl. 12:45.\n\n"
    "Jesper Hammer (D), Peter Westermann (F) og Tormod Olsen (Ø) deltog ikke i sagens behandling.\n\n"
    "Punkt 2: Den prioriterede liste for indsatsen på jordforureningsområdet i 2023\n\nBeslutning\n\nAnbefalet.\n\n"
    "Jesper Hammer (D), Peter Westermann (F) og Tormod Olsen (Ø) deltog ikke i sagens behandling.\n"
)


def _rows(text: str) -> dict[str, tuple[str, list[str]]]:
    return {a.name: (a.status, a.absent_items) for a in find_attendance(text, items_of_case(text))}


def test_away_from_every_decided_item_is_away_from_the_meeting() -> None:
    rows = _rows(_REGION_H)
    assert rows["Jesper Hammer"] == ("absent", [])
    assert rows["Tormod Olsen"] == ("absent", [])


def test_away_from_some_items_only_attended() -> None:
    text = _REGION_H.replace("Peter Westermann (F) og ", "", 1)
    rows = _rows(text)
    assert rows["Peter Westermann"] == ("present", ["2"])
    assert rows["Jesper Hammer"] == ("absent", [])


def test_one_decided_item_says_no_more_than_that_item() -> None:
    text = _REGION_H[: _REGION_H.index("Punkt 2:")]
    assert _rows(text)["Jesper Hammer"] == ("present", ["1"])
