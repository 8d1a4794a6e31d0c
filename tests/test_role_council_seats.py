"""A council seat printed with no body in that council's own minutes is held in the council, the meeting's body
(`role_council_seats`): Aabenraa's Byrådet, Lemvig's Kommunalbestyrelsen; in a committee's minutes it is not."""

from __future__ import annotations

from pathlib import Path

from graphbuild.extract.role_council_seats import council_of_its_own_minutes
from tests.text_facts import facts_of_text, named_relations

# Aabenraa Byrådet 2013-05-29 (dev-write): its header and the item's first line as printed, under the
# municipality's name added above it (the page names its municipality further down)
AABENRAA = """Aabenraa Kommune

Beslutningsprotokol

onsdag den 29. maj 2013 kl. 17:00

Mødested: Byrådssalen, Skelbækvej
Udvalg: {body}

1. Beslutningsforslag

    Byrådsmedlem Jørn Ulrik Larsen (F) har i h.t. lov om kommunernes styrelse den 14. maj 2013 \
fremsendt følgende beslutningsforslag:
"""


def _seats(tmp_path: Path, body: str) -> set[str]:
    facts = facts_of_text(tmp_path, AABENRAA.format(body=body))
    return {
        target
        for person, target, props in named_relations(facts, "HOLDS_ROLE")
        if person == "Jørn Ulrik Larsen" and props.get("role") == "byrådsmedlem"
    }


def test_a_seat_in_the_councils_own_minutes_is_held_in_the_council(tmp_path: Path) -> None:
    assert _seats(tmp_path, "Byrådet") == {"Byrådet (Aabenraa)"}


def test_a_seat_in_a_committees_minutes_is_not_held_in_the_committee(tmp_path: Path) -> None:
    # near miss: the same sentence in the minutes of a committee of the council
    assert _seats(tmp_path, "Økonomiudvalget") == {"Aabenraa"}


def test_the_council_by_its_word_and_the_seat_by_its_own() -> None:
    council = ("x", "Kommunalbestyrelsen 2022-25", "Organization")
    assert council_of_its_own_minutes("kommunalbestyrelsesmedlem", council) == council
    assert council_of_its_own_minutes("regionsrådsmedlem", ("r", "Regionsrådet", "Organization")) is not None
    # near misses: a committee named after the council, another council's seat, a title that is no seat
    assert council_of_its_own_minutes("byrådsmedlem", ("x", "Byrådets Økonomiudvalg", "Organization")) is None
    assert council_of_its_own_minutes("byrådsmedlem", council) is None
    assert council_of_its_own_minutes("borgmester", ("x", "Byrådet", "Organization")) is None
    assert council_of_its_own_minutes("byrådsmedlem", None) is None
