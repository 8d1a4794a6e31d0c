"""An absence list printed inside an item's decision ("Beslutning … Fraværende: X") is that item's when the
meeting's own list already gives X as absent from some items ("Fraværende: X (punkt 2)"), or when it is a bare
"Fraværende" list and the header has an absence field of its own; it stays an absence from the meeting when
such lists name X in every item that records a decision. Cases: short dev
excerpts (named) and variants written for the form; the items are read from their "Punkt N:" lines."""

from __future__ import annotations

import pytest
from case_items import items_of_case

from graphbuild.parse.attendance_lists import find_attendance

MEMBERS = "Mødedeltagere\nAnne Marie Lyduch\nJohn T. Olsen\nLinda Heegaard\nClaus Jensen\n\n"

CASES: list[tuple[str, set[tuple[str, str, tuple[str, ...]]]]] = [
    # dev greve-social-handicap-2024-04-22 (shortened): the item's list repeats the front list's item absence
    (
        MEMBERS + "Fraværende\nAnne Marie Lyduch (punkt 1)\n\nPunkt 1: Godkendelse af dagsorden\n\nBeslutning\n"
        "Godkendt.\nFraværende: Anne Marie Lyduch\n\nPunkt 2: Budget\n\nBeslutning\nDrøftet.\n\n"
        "Punkt 3: Underskriftsark\n\n",
        {("Anne Marie Lyduch", "present", ("1",))},
    ),
    # variants: two items of several, the list in one of them only, 'Fraværende:' beside an 'Afbud:' of the meeting
    (
        MEMBERS + "Afbud\nClaus Jensen\n\nFraværende\nJohn T. Olsen (punkt 2, 3)\n\nPunkt 1: Dagsorden\n\n"
        "Beslutning\nGodkendt.\nAfbud: Claus Jensen\n\nPunkt 2: Budget\n\nBeslutning\nGodkendt.\nAfbud: Claus "
        "Jensen\nFraværende: John T. Olsen\n\nPunkt 3: Skolestruktur\n\nBeslutning\nAnbefales.\nAfbud: Claus "
        "Jensen\n\nPunkt 4: Eventuelt\n\nBeslutning\nIntet.\nAfbud: Claus Jensen\n\n",
        {("John T. Olsen", "present", ("2", "3")), ("Claus Jensen", "absent", ())},
    ),
    # dev greve-oekonomiudvalget-2022-10-27 (shortened): named in every item that records a decision, absent
    (
        MEMBERS + "Fraværende\nLinda Heegaard (punkt 1, 2)\n\nPunkt 1: Godkendelse af dagsorden\n\nBeslutning\n"
        "Godkendt.\nFraværende: Linda Heegaard\n\nPunkt 2: Ansættelse af direktør\n\nBeslutning\nAnbefales.\n"
        "Fraværende: Linda Heegaard\n\nPunkt 3: Underskriftsark\n\nSagsfremstilling\nUnderskrift.\n",
        {("Linda Heegaard", "absent", ())},
    ),
    # the header's own absence field, empty, then a bare "Fraværende" under one item's decision: away from that
    # item (dev regionsjaelland-forretningsudvalget-2022-01-14, shortened; its item's "Bilag" ends the list)
    (
        MEMBERS + "Fraværende:\n\n\nPunkt 1: Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n\nFraværende\n\n"
        "Linda Heegaard (A)\n\nBilag\n\n.\n\nPunkt 2: Ændring af styrelsesvedtægt\n\nBeslutning\nAnbefales.\n\n",
        {("Linda Heegaard", "present", ("1",))},
    ),
    # the same after a vote under the decision (dev glostrup-kommunalbestyrelsen-2020-06-24, shortened)
    (
        MEMBERS + "Fraværende:\nAfbud:\n\nPunkt 1: Godkendelse af dagsorden\n\nBeslutning\nFor stemmer A, O og V "
        "med 14 stemmer.\n\nImod stemmer C og U med 2 stemmer.\n\nFraværende: Linda Heegaard (A) og Claus Jensen "
        "(F).\n\nPunkt 2: Budget\n\nBeslutning\nGodkendt.\n\n",
        {("Linda Heegaard", "present", ("1",)), ("Claus Jensen", "present", ("1",))},
    ),
    # the same under another label of the absent, as publishers vary it ("Afbud", "Forfald": dev
    # regionsjaelland-forretningsudvalget-2022-01-14 and glostrup-kommunalbestyrelsen-2020-06-24, the label varied)
    (
        MEMBERS + "Fraværende:\n\n\nPunkt 1: Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n\nAfbud\n\n"
        "Linda Heegaard (A)\n\nBilag\n\n.\n\nPunkt 2: Ændring af styrelsesvedtægt\n\nBeslutning\nAnbefales.\n\n",
        {("Linda Heegaard", "present", ("1",))},
    ),
    (
        MEMBERS + "Fraværende:\nAfbud:\n\nPunkt 1: Godkendelse af dagsorden\n\nBeslutning\nFor stemmer A, O og V "
        "med 14 stemmer.\n\nForfald: Linda Heegaard (A) og Claus Jensen (F).\n\nPunkt 2: Budget\n\nBeslutning\n"
        "Godkendt.\n\n",
        {("Linda Heegaard", "present", ("1",)), ("Claus Jensen", "present", ("1",))},
    ),
    # near miss: the list qualified by the meeting's body and day says the member missed the meeting
    (
        MEMBERS + "Fraværende:\n\n\nPunkt 1: Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n\nFraværende i "
        "Økonomiudvalget, 3. marts 2020:\n\nLinda Heegaard\n\nPunkt 2: Budget\n\nBeslutning\nDrøftet.\n\n",
        {("Linda Heegaard", "absent", ())},
    ),
    # no item absence in the meeting's lists: an item's list stays an absence from the meeting
    (
        MEMBERS + "Punkt 1: Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\nFraværende: Linda Heegaard\n\n"
        "Punkt 2: Budget\n\nBeslutning\nDrøftet.\n\n",
        {("Linda Heegaard", "absent", ())},
    ),
    (
        MEMBERS + "Punkt 1: Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\nAfbud: Linda Heegaard\n\n"
        "Punkt 2: Budget\n\nBeslutning\nDrøftet.\n\n",
        {("Linda Heegaard", "absent", ())},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_an_items_absence_list(text: str, expected: set[tuple[str, str, tuple[str, ...]]]) -> None:
    rows = {(a.name, a.status, tuple(a.absent_items)) for a in find_attendance(text, items_of_case(text))}
    assert expected <= rows
