"""A body in the genitive before a title holds it (`role_targets.genitive_owner`: "Movias formand NAME", as the
Movia news items print it), never a conjunction or a pronoun ending in "s": "Hvis formand NAME ikke kan deltage, …"
makes no organisation "Hvi"."""

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
