"""A municipality joined by "og" to the writer's own ("Beredskabet er et samarbejde mellem kommunen og Skive
Kommune", "Skive Kommune og kommunen", "vores kommune og Skive Kommune") is the self's partner: no self-reference,
no sole mention, no header mention and no publisher; the genitive ("kommunens") and a municipality said alone keep
theirs. The shape is the one h-hdr3 found main misreading (a partner taken for the self); dev-write prints partners
with "med"/"mellem", which ``named_as_a_party`` already reads; the test split is never read while writing these
rules."""

from __future__ import annotations

import pytest
from snippet_municipality import item_municipality

from graphbuild.extract import extract_facts
from graphbuild.parse import parse_meeting
from graphbuild.sources import source_from_text
from graphbuild.vocab.self_partners import joined_with_the_self

_PARTNERS = [
    "Beredskabet er et samarbejde mellem kommunen og Skive Kommune.",
    "Kommunen og Skive Kommune driver sammen beredskabet.",
    "Skive Kommune og kommunen driver sammen beredskabet.",
    "Vores kommune og Skive Kommune deler beredskabet.",
]


@pytest.mark.parametrize("body", ["Økonomiudvalget", "Beredskabskommissionen", "Styregruppen", ""])
@pytest.mark.parametrize("sentence", _PARTNERS)
def test_the_selfs_partner_is_not_the_self(body: str, sentence: str) -> None:
    assert item_municipality(body, sentence) is None


@pytest.mark.parametrize(
    "sentence",
    ["Vi vil i Skive Kommune styrke beredskabet.", "Beredskabet i Skive Kommune er kommunens eget."],
)
def test_the_self_named_alone_stays(sentence: str) -> None:
    assert item_municipality("Økonomiudvalget", sentence) == "Skive"


@pytest.mark.parametrize(
    "text",
    [
        "Skive Kommune og kommunens borgere",  # the genitive: the self's own people
        "Skive Kommune og Viborg Kommune",  # two named, neither the unnamed self
        "Kommunen har i Skive Kommune",
        "Skive Kommune og omegn",
    ],
)
def test_a_near_miss_is_no_partner(text: str) -> None:
    start = text.index("Skive")
    assert not joined_with_the_self(text, start, start + len("Skive Kommune"))


def test_the_header_names_no_partner_as_owner() -> None:
    text = (
        "Referat\n\nMødedato: 18. august 2015\n\nEt samarbejde mellem kommunen og Skive Kommune\n\n"
        "1. Godkendelse af dagsorden\n\nGodkendt.\n"
    )
    facts = extract_facts(parse_meeting(source_from_text(text)))
    assert facts.municipality is None
