"""A body in the genitive before a title holds it (`role_targets.genitive_owner`: "Movias formand NAME", as the
Movia news items print it), never a conjunction or a pronoun ending in "s": "Hvis formand NAME ikke kan deltage, …"
makes no organisation "Hvi", nor the place printed after an earlier name: "Hans Bjergegaard, Assens
Bestyrelsesmedlem NAME" makes no organisation "Assen"."""

from __future__ import annotations

from pathlib import Path

from text_facts import facts_of_text, named_relations

HEADER = "Referat fra mødet i Økonomiudvalget den 3. marts 2021\n\n"


def _targets(tmp_path: Path, text: str) -> set[tuple[str, str, str]]:
    facts = facts_of_text(tmp_path, HEADER + text)
    return {(person, str(props.get("role")), target) for person, target, props in named_relations(facts, "HOLDS_ROLE")}


def test_a_body_in_the_genitive_holds_the_title(tmp_path: Path) -> None:
    # movia-news-bestyrelse-2018-01-15's form
    assert ("Thomas Gyldal Petersen", "formand", "Movia") in _targets(
        tmp_path, "Movias formand Thomas Gyldal Petersen deltog."
    )


def test_a_conjunction_ending_in_s_is_no_owner(tmp_path: Path) -> None:
    found = _targets(tmp_path, "Hvis formand Jens Hansen ikke kan deltage, leder næstformand Mette Larsen mødet.")
    assert ("Jens Hansen", "formand", "Økonomiudvalget") in found
    assert not any(target == "Hvi" for _, _, target in found)


# fynbus-bestyrelse-2016-12-08's list of who came, each name followed by its municipality, the next title after it
FYNBUS_LIST = (
    "FynBus Bestyrelse Referat Torsdag den 8. december 2016\n\nDeltagere: Formand Morten Andersen, Nordfyn "
    "Bestyrelsesmedlem Jan Ole Jakobsen, Langeland Bestyrelsesmedlem Hans Bjergegaard, Assens Bestyrelsesmedlem "
    "Kristian Grønbæk Andersen, Region Syddanmark\n\n1. Godkendelse af dagsorden\n\nGodkendt.\n"
)


def test_the_place_after_an_earlier_name_is_no_owner(tmp_path: Path) -> None:
    found = _targets_of(tmp_path, FYNBUS_LIST)
    assert not any(target == "Assen" for _, _, target in found)
    assert ("Kristian Grønbæk Andersen", "bestyrelsesmedlem", "FynBus Bestyrelse") in found


def test_a_genitive_after_a_sentence_still_holds_the_title(tmp_path: Path) -> None:
    # the guard reads a name's affiliation only: a genitive opening its clause keeps its owner
    assert ("Thomas Gyldal Petersen", "formand", "Movia") in _targets(
        tmp_path, "Mødet blev holdt i går. Movias formand Thomas Gyldal Petersen deltog."
    )


def _targets_of(tmp_path: Path, text: str) -> set[tuple[str, str, str]]:
    facts = facts_of_text(tmp_path, text)
    return {(person, str(props.get("role")), target) for person, target, props in named_relations(facts, "HOLDS_ROLE")}
