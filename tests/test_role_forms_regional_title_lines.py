"""A regional council's title on a line of its own under a name ("Leila Lindén (S)\\nRegionsrådsmedlem\\nRegion
Hovedstaden", Region Midtjylland's news of Danske Regioner's board) is held in the region named on the line under
it, else in the region the text names; never in a municipality, and a plural heading over names is no title."""

from __future__ import annotations

from pathlib import Path

from text_facts import facts_of_text, named_relations

BOARD = (
    "Danske Regioner\n\nPå baggrund af stemmeafgivelsen ved regionsrådsvalget har partierne indstillet disse "
    "repræsentanter til bestyrelsen:\n\n"
    "Sophie Hæstorp Andersen(S)\nRegionsrådsformand\nRegion Hovedstaden\n\n"
    "Jens Stenbæk (V)\nRegionsrådsformand\nRegion Sjælland\n\n"
    "Leila Lindén (S)\nRegionsrådsmedlem\nRegion Hovedstaden\n\n"
    "Poul Erik Svendsen (S)\nRegionsrådsmedlem\nRegion Syddanmark\n\n"
    "Per Larsen (K)\nRegionsrådsmedlem\nRegion Nordjylland\n"
)


def _held(tmp_path: Path, text: str) -> set[tuple[str, str, str]]:
    return {
        (person, str(props.get("role")), target)
        for person, target, props in named_relations(facts_of_text(tmp_path, text), "HOLDS_ROLE")
    }


def test_each_title_in_the_region_on_the_line_under_it(tmp_path: Path) -> None:
    held = _held(tmp_path, BOARD)
    assert ("Sophie Hæstorp Andersen", "regionsrådsformand", "Region Hovedstaden") in held
    assert ("Jens Stenbæk", "regionsrådsformand", "Region Sjælland") in held
    assert ("Leila Lindén", "regionsrådsmedlem", "Region Hovedstaden") in held
    assert ("Poul Erik Svendsen", "regionsrådsmedlem", "Region Syddanmark") in held
    assert ("Per Larsen", "regionsrådsmedlem", "Region Nordjylland") in held


def test_with_no_region_under_it_the_texts_region_never_a_municipality(tmp_path: Path) -> None:
    text = (
        "Region Syddanmark\n\nSundhedskoordinationsudvalget mødtes i Vejle.\n\n"
        "Med venlig hilsen\n\nStephanie Lose\nRegionsrådsformand\nVejle Kommune\n"
    )
    held = _held(tmp_path, text)
    assert ("Stephanie Lose", "regionsrådsformand", "Region Syddanmark") in held
    assert not any(target.startswith("Vejle") for person, role, target in held if role == "regionsrådsformand")


def test_a_plural_heading_over_names_is_no_title(tmp_path: Path) -> None:
    text = "Sundhedskoordinationsudvalget\n\nRegionsrådsmedlemmer\nLeila Lindén (S)\nPer Larsen (K)\n"
    assert not any(role.startswith("regionsråd") for _, role, _ in _held(tmp_path, text))
