"""A successor holds the post the one replaced has held, as the relative clause after the predecessor's name says it
(`role_replacements`): JydskeVestkysten's news on Trekantområdet's chair (dev-write), as printed, gives the new chair
the chair of the cooperation the predecessor has held, not the predecessor's own title before his name (Kolding's
mayor); Altinget's news on KL (dev-write), whose clause gives the predecessor a post to come, gives the successor
none of the predecessor's posts."""

from __future__ import annotations

from pathlib import Path

from tests.text_facts import facts_of_text, named_relations

# jv-news-trekantomraadet-formand-2018-01 (dev-write): its lead and the sentence, as printed
TREKANT = (
    "Ny formand for Trekantområdet\n\n"
    "Fremover bliver det Jens Ejner Christensen, der skal stå i spidsen for samarbejdet mellem de syv kommuner i "
    "Trekantområdet.\n\n"
    "Jens Ejner Christensen afløser Koldings borgmester Jørn Pedersen, der har været formand for samarbejdet de "
    "seneste otte år."
)

# altinget-news-martin-damm-ny-kl-formand (dev-write): the sentence, as printed
KL = (
    "Martin Damm er ny KL-formand\n\n"
    "Martin Damm afløser Rødovres borgmester, Erik Nielsen (S), der træder et skridt ned ad rangstigen og bliver "
    "næstformand."
)


def _held(tmp_path: Path, text: str) -> set[tuple[str, str, str]]:
    return {
        (p, str(props.get("role")), t) for p, t, props in named_relations(facts_of_text(tmp_path, text), "HOLDS_ROLE")
    }


def test_the_successor_holds_the_post_the_predecessor_has_held(tmp_path: Path) -> None:
    held = _held(tmp_path, TREKANT)
    assert ("Jens Ejner Christensen", "formand", "Trekantområdet") in held
    assert ("Jørn Pedersen", "formand", "Trekantområdet") in held
    assert not {row for row in held if row[0] == "Jens Ejner Christensen" and row[1] == "borgmester"}


def test_a_post_to_come_and_the_title_before_the_name_are_not_the_successors(tmp_path: Path) -> None:
    held = _held(tmp_path, KL)
    assert not {row for row in held if row[0] == "Martin Damm" and row[1] in ("borgmester", "næstformand")}
