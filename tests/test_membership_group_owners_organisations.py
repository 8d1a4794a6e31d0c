"""A state body or a national organisation named beside an unnamed group of municipalities, the group also a count
with no article (membership_group_owners): "Kulturregion Fyn er et samarbejde mellem 9 fynske kommuner og
Kulturministeriet" gives Kulturministeriet, the group none; and the near misses that give nothing (the group alone, a
ministry in the genitive, a bare "Ministeriet", no cue). The first excerpt is dev-write's (Kulturregion Fyn's minutes),
quoted as printed; the others are written in its shape."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from text_facts import member_pairs_of_text

from graphbuild.extract.membership_group_owners import GROUP, NATIONAL, STATE_BODY

KULTURREGION = (
    "Kulturregion Fyn er et samarbejde mellem 9 fynske kommuner og Kulturministeriet, som har til formål at "
    "fastholde og fremme samarbejdet mellem de fynske kommuner på kulturområdet. 2. Underskrivelsesceremoni"
)


def test_a_ministry_beside_a_counted_group(tmp_path: Path) -> None:
    assert member_pairs_of_text(tmp_path, KULTURREGION) == {("Kulturministeriet", "Kulturregion Fyn")}


def test_a_national_organisation_beside_a_counted_group(tmp_path: Path) -> None:
    text = (
        "Partnerskab for Vestkystturisme er et samarbejde mellem 11 vestjyske kommuner og Dansk Kyst- og "
        "Naturturisme. Partnerskab for Vestkystturisme har sekretariat i Ringkøbing."
    )
    assert {m for m, _ in member_pairs_of_text(tmp_path, text)} == {"Dansk Kyst- og Naturturisme"}


@pytest.mark.parametrize(
    "text",
    [
        # the counted group alone names no member
        "Kulturregion Fyn er et samarbejde mellem 9 fynske kommuner. Kulturregion Fyn holder møde.",
        # the ministry in the genitive owns what follows: no member
        "Kulturregion Fyn er et samarbejde mellem 9 fynske kommuner og Kulturministeriets styrelse. Kulturregion Fyn.",
        # a bare "Ministeriet" names no body
        "Kulturregion Fyn er et samarbejde mellem 9 fynske kommuner og Ministeriet. Kulturregion Fyn holder møde.",
        # a municipality's own council beside the group is no member
        "Kulturregion Fyn er et samarbejde mellem 9 fynske kommuner og Kommunalbestyrelsen. Kulturregion Fyn holder.",
        # no statement of membership: the ministry only pays
        "Kulturministeriet betaler 9 fynske kommuner for Kulturregion Fyn. Kulturregion Fyn holder møde.",
    ],
)
def test_no_row_for_a_near_miss(tmp_path: Path, text: str) -> None:
    assert not member_pairs_of_text(tmp_path, text)


@pytest.mark.parametrize(
    ("pattern", "text", "whole"),
    [
        (GROUP, "9 fynske kommuner", True),
        (GROUP, "elleve kommuner", True),
        (GROUP, "9 medarbejdere fra kommuner", False),
        (STATE_BODY, "Kulturministeriet", True),
        (STATE_BODY, "Erhvervsstyrelsen", True),
        (STATE_BODY, "Ministeriet", False),
        (STATE_BODY, "Kommunalbestyrelsen", False),
        (STATE_BODY, "Bestyrelsen", False),
        (NATIONAL, "Dansk Kyst- og Naturturisme", True),
        (NATIONAL, "Danske Regioner", True),
        (NATIONAL, "Dansk", False),
    ],
)
def test_the_forms(pattern: re.Pattern[str], text: str, whole: bool) -> None:
    match = pattern.match(text)
    assert (match is not None and match.end() == len(text)) is whole
