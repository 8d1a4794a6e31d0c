"""The decisions pack's outcome choice is the model's list of outcomes: an outcome the extractor can
give ("forwarded") must be one an analyst can ask for."""

from __future__ import annotations

from typing import get_args

from graphbuild.models import Outcome
from graphbuild.pack_files import list_packs


def test_the_outcome_choice_is_every_outcome_the_extractor_gives() -> None:
    decisions = next(pack for pack in list_packs() if pack.name == "decisions")
    outcome = next(param for param in decisions.params if param.name == "outcome")
    assert set(outcome.choices) == set(get_args(Outcome)) - {"none"}
