"""A flattened front page's header labels and values are no contents titles (item_contents_flattened)."""

from __future__ import annotations

from graphbuild.parse.item_contents_flattened import _title_run

# modelled on rammeaftale-sjaelland-styregruppen-18-08 (dev-write): the front page cut before its participants
FRONT_PAGE = (
    "Referat Mødeforum Styregruppen for Rammeaftale Sjælland Sagsnr Dokumentnr Mødedato 18/ Tid Kl Sted Slagelse "
    "Kommune, Torvegade 2, 4000 Slagelse - Mødelokale 3. sal Lille Auditorie"
)
CONTENTS = (
    "Godkendelse af referat Orientering om budgetopfølgning Tid og sted for næste møde Status på "
    "lokalplanarbejdet Anlægsbevilling til cykelsti Eventuelt"
)


def test_a_front_pages_header_labels_are_no_contents() -> None:
    assert _title_run(FRONT_PAGE) is None


def test_a_title_naming_a_time_and_place_stays_in_a_contents_run() -> None:
    assert _title_run(CONTENTS) is not None
