"""A body no list knows, named after a title, is read to the part that ends its suspended compound
(`vocab.text_patterns.SUSPENDED_COMPOUND_REST` in `role_patterns.COMPANY`): "formand for Natur-, Klima- og
Miljøudvalget" is held in that committee, never in "Natur-"; a word with no hyphen of its own ends the name before
"og" ("Økonomiudvalget og Byrådet" are two bodies)."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import facts_of_text, named_relations

from graphbuild.extract.role_patterns import COMPANY

# dev-write news items, quoted as printed
CASES = [
    (  # soenderborg-news-cykelalliance-syd
        "Jeg er også sikker på, at samarbejdet vil styrke de indsatser, vi allerede er i gang med, siger Asger Romme "
        "Andersen, formand for Natur-, Klima- og Miljøudvalget i Sønderborg Kommune.",
        ("Asger Romme Andersen", "formand", "Natur-, Klima- og Miljøudvalget (Sønderborg)"),
    ),
    (  # sn-fredensborg-news-norfors-aabenhed-2019-07
        "I tirsdags gav både Flemming Rømer (DF), næstformand for Plan-, Miljø- og Klimaudvalget, og Freja Brabæk "
        "Kristensen (DF), formand for Infrastruktur- og Teknikudvalget, udtryk for, at de vil vide, hvem der har "
        "kendt til de gentagne giftudslip over de seneste år.",
        ("Flemming Rømer", "næstformand", "Plan-, Miljø- og Klimaudvalget"),
    ),
    (  # silkeborgnyt-news-byraads-rokade-2015-08-25
        "Hanne Bæk Olsen er sektionsleder hos Midt- og Vestjyllands Politi i Holstebro.",
        ("Hanne Bæk Olsen", "sektionsleder", "Midt- og Vestjyllands Politi"),
    ),
    (  # partnerskab-vestkystturisme-news-realiseres-2015
        "”Med etableringen af Partnerskab for Vestkystturisme skaber vi et forum, hvor vi kan samle alle de "
        "væsentligste aktører ved vestkysten, og det giver gode muligheder for at skabe vækst gennem synergi”, "
        "siger Jens Hausted, direktør i Dansk Kyst- og Naturturisme.",
        ("Jens Hausted", "direktør", "Dansk Kyst- og Naturturisme"),
    ),
]


@pytest.mark.parametrize(("text", "wanted"), CASES, ids=[wanted[0] for _, wanted in CASES])
def test_a_suspended_compound_is_read_to_its_last_part(tmp_path: Path, text: str, wanted: tuple[str, str, str]) -> None:
    found = {
        (person, str(props.get("role")), target)
        for person, target, props in named_relations(facts_of_text(tmp_path, text), "HOLDS_ROLE")
    }
    assert wanted in found, found
    assert not any(target.endswith("-") for _, _, target in found), found


def test_a_name_ends_before_og_unless_its_last_word_is_suspended() -> None:
    assert COMPANY.match("Natur-, Klima- og Miljøudvalget i Sønderborg Kommune.")[0] == (  # type: ignore[index]
        "Natur-, Klima- og Miljøudvalget"
    )
    assert COMPANY.match("Teknik- og miljøudvalget, og")[0] == "Teknik- og miljøudvalget"  # type: ignore[index]
    # near misses: two bodies joined by "og", a dash between spaces, a hyphen at a line's end
    assert COMPANY.match("Økonomiudvalget og Byrådet")[0] == "Økonomiudvalget"  # type: ignore[index]
    assert COMPANY.match("Plan - og Byg")[0] == "Plan"  # type: ignore[index]
    assert COMPANY.match("Miljø-\nog Teknikudvalget")[0] == "Miljø-"  # type: ignore[index]
