"""A body of members named with its municipalities (membership_cues.MEMBERS_BODY): "X etableres som en forening med
A, B, C og D kommuner", "X er en medlemsorganisation for A, B og C" (the name before it read by
membership_unknown_networks.NAME_OF_MEMBERS_BODY); a list of them, never one, and never a partner's "et samarbejde
med" or a service's "et selskab for"."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import member_pairs_of_text

HEADER = "Nyheder\n\n"


def test_an_association_with_its_municipalities(tmp_path: Path) -> None:
    # Skagens Avis on founding Destination Nord (skagensavis-news-etablering-destination-nord-2020-04-21, dev-write)
    text = (
        "Forening bestående af 4 kommuner\nDestination Nord etableres som en forening med Aalborg, Frederikshavn, "
        "Brønderslev og Læsø kommuner. Kommunerne forpligter sig til at bidrage økonomisk."
    )
    assert member_pairs_of_text(tmp_path, HEADER + text) == {
        (member, "Destination Nord") for member in ("Aalborg", "Frederikshavn", "Brønderslev", "Læsø")
    }


def test_a_members_organisation_for_its_municipalities(tmp_path: Path) -> None:
    # the form of Greater Copenhagen's page (greatercph-webpage-organisering, dev-write): "The Greater Copenhagen
    # Committee, der er en medlemsorganisation for 46 østdanske og 39 sydsvenske kommuner samt …"
    text = "Gate 21 er en medlemsorganisation for Albertslund, Ballerup og Gladsaxe kommuner."
    assert member_pairs_of_text(tmp_path, HEADER + text) == {
        (member, "Gate 21") for member in ("Albertslund", "Ballerup", "Gladsaxe")
    }


@pytest.mark.parametrize(
    "text",
    [
        "Destination Nord er en forening med Aalborg Kommune som hjemsted.",
        "Destination Nord har indgået et samarbejde med Aalborg og Frederikshavn kommuner.",
        "Destination Nord er et selskab for Aalborg og Frederikshavn kommuner.",
        "Gate 21 er en medlemsorganisation for kommuner, virksomheder og forskningsinstitutioner.",
    ],
)
def test_no_members_of_one_a_partner_or_a_service(tmp_path: Path, text: str) -> None:
    assert member_pairs_of_text(tmp_path, HEADER + text) == set()
