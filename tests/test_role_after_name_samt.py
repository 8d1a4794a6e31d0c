"""A second title said after a name and joined to the first by "samt", as by "og", is read with its own body
(`role_after_name`): Trafikselskaberne i Danmark's news on its new board (dev-write), as printed, holds the
mayor's title in Sorø, not in the board the article is about; a "samt" before no title gives none."""

from __future__ import annotations

from pathlib import Path

from tests.text_facts import facts_of_text, named_relations

# trafikselskaberne-news-ny-formand-2022-03-17 (dev-write): its headline, lead and the sentence, as printed
TRAFIKSELSKABERNE = (
    "Steen Vindum ny formand for trafikselskabsforeningen\n\n"
    "Bestyrelsen i Trafikselskaberne i Danmark, de regionale trafikselskabers fælles forening, konstituerede sig d. "
    "17. marts 2022 i Aalborg.\n\n"
    "Ny næstformand er Gert Jørgensen, næstformand i Movia samt borgmester i Sorø Kommune."
)


def _held(tmp_path: Path, text: str) -> set[tuple[str, str, str]]:
    facts = facts_of_text(tmp_path, text)
    return {(p, str(props.get("role")), t) for p, t, props in named_relations(facts, "HOLDS_ROLE")}


def test_the_title_after_samt_is_held_in_its_own_body(tmp_path: Path) -> None:
    held = _held(tmp_path, TRAFIKSELSKABERNE)
    assert ("Gert Jørgensen", "borgmester", "Sorø") in held
    assert ("Gert Jørgensen", "næstformand", "Movia") in held
    assert not {row for row in held if row[1] == "borgmester" and row[2] != "Sorø"}


def test_samt_before_no_title_gives_none(tmp_path: Path) -> None:
    text = "Nyt fra Movia\n\nDet siger Gert Jørgensen, næstformand i Movia samt i Sorø Kommunes udvalg for trafik."
    held = _held(tmp_path, text)
    assert {(p, r) for p, r, _ in held} == {("Gert Jørgensen", "næstformand")}
