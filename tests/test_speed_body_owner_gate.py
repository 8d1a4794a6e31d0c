"""The body named with its owner (``body_municipality_name.named_with_owner``) is looked for with its pattern, built
for each document from the body's and the municipality's names, only where the text prints the municipality with
the body's word after it or the body's word and "i" / "for" before it (issue 13 item 7, issue 17): the same answers
as the pattern asked of every text."""

from __future__ import annotations

import random

import pytest

from graphbuild.extract import body_municipality_name
from graphbuild.extract.body_municipality_name import named_with_owner

# the forms' pieces in several cases, near misses (the municipality alone, "Kommune" after it, a genitive, another
# link word), blanks of both kinds, and letters a case-blind pattern reads as "s", "k" or "i"
_PIECES = [
    "Hørsholm", "Hørsholms", "hørsholm", " ", "  ", "\t", "\n", " Kommune", " kommune", "Seniorråd", "seniorrådet",
    "SENIORRÅDET", "Seniorrådets", " i ", " for ", " I ", " FOR ", " til ", "Byrådet", "Region Midtjylland",
    "Regionsrådet", "regionsrådet", "Region ", "ſeniorråd", "ı", "x", ".",
]  # fmt: skip


@pytest.mark.parametrize("seed", range(300))
def test_the_gate_never_spares_a_name_the_pattern_finds(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(seed)
    text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 12)))
    cases = [("Seniorrådet", "Hørsholm"), ("Byrådet", "Hørsholm"), ("Regionsrådet", None)]
    gated = [named_with_owner(text, body, municipality) for body, municipality in cases]
    monkeypatch.setattr(body_municipality_name, "_may_name", lambda *_: True)
    assert gated == [named_with_owner(text, body, municipality) for body, municipality in cases], text


def test_a_header_that_names_the_municipality_only_as_itself_is_spared() -> None:
    # hoersholm-seniorraadet-2022-06-09 (dev-write): the header's municipality, then the council named with it
    header = "Hørsholm Kommune\nReferat\nSeniorrådet\n"
    assert not body_municipality_name._may_name(header, "Seniorråd", "Hørsholm")
    text = header + "9.Valg til Hørsholm Seniorråd. Lisbet, Jørgen og Mogens er tovholdere."
    assert body_municipality_name._may_name(text, "Seniorråd", "Hørsholm")
    assert named_with_owner(text, "Seniorrådet", "Hørsholm") == "Hørsholm Seniorråd"
    # guard: the body before its owner is not spared either
    assert named_with_owner("Byrådet i\tHørsholm Kommune", "Byrådet", "Hørsholm") == "Byrådet i Hørsholm Kommune"
