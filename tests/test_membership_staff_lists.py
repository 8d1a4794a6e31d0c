"""The staff of a list of municipalities taking part in a body states no membership of theirs (README `memberships`:
a list of people by where they come from gives no row; issue 13 item 3), as the municipalities' mayors, schools,
associations, firms and land owners do not; the municipalities themselves taking part, or their citizens as one
group, still do."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import member_pairs_of_text

ITEM = "Referat\n\n1. Orientering\n\n"


@pytest.mark.parametrize(
    "subject",
    [
        "Medarbejdere fra Holbæk, Sorø og Ringsted Kommuner",
        "Fagfolk fra Holbæk, Sorø og Ringsted Kommuner",
        "Konsulenter fra Holbæk, Sorø og Ringsted Kommuner",
        "Borgmestrene i Holbæk, Sorø og Ringsted Kommuner",
        # the bodies, firms and land owners within the municipalities take part, not the municipalities
        "Skoler i Holbæk, Sorø og Ringsted Kommuner",
        "Foreningerne i Holbæk, Sorø og Ringsted Kommuner",
        "Virksomheder i Holbæk, Sorø og Ringsted Kommuner",
        "Lodsejere i Holbæk, Sorø og Ringsted Kommuner",
    ],
)
def test_people_from_the_municipalities_taking_part_state_no_membership(tmp_path: Path, subject: str) -> None:
    assert member_pairs_of_text(tmp_path, ITEM + subject + " deltager i netværket Vandnet.") == set()


def test_the_municipalities_taking_part_are_members(tmp_path: Path) -> None:
    found = member_pairs_of_text(tmp_path, ITEM + "Holbæk, Sorø og Ringsted Kommuner deltager i netværket Vandnet.")
    assert found == {(m, "Vandnet") for m in ("Holbæk", "Sorø", "Ringsted")}


@pytest.mark.parametrize(
    "text",
    [
        "Holbæk, Sorø og Ringsted Kommuners borgmestre er medlemmer af netværket Vandnet.",
        "Holbæk og Sorø Kommuners lokalråd er medlem af netværket Vandnet.",
    ],
)
def test_what_the_municipalities_own_as_the_subject_states_no_membership(tmp_path: Path, text: str) -> None:
    assert member_pairs_of_text(tmp_path, ITEM + text) == set()


def test_the_municipalities_membership_in_the_genitive_still_stands(tmp_path: Path) -> None:
    found = member_pairs_of_text(
        tmp_path, ITEM + "Holbæk og Sorø Kommuners medlemskab af netværket Vandnet fortsætter."
    )
    assert found == {(m, "Vandnet") for m in ("Holbæk", "Sorø")}
