"""The named things of an adoption cue's sentence taken from the scope's mentions by bisection over their starts, not
by a look at every mention of the scope per cue (a long page is one scope; issue 13 item 7, issue 17): each sentence
still gives its own adopter, as in the forms tests/test_adoptions_realworld_forms.py quotes from municipal pages."""

from __future__ import annotations

from pathlib import Path

from text_facts import facts_of_text, named_relations

HEADER = "Referat\nByrådet i Greve Kommune\nMøde den 1. marts 2022\n\nPunkt 1: Sundhedsaftale\n\n"
AGREEMENT = "Sundhedsaftalen 2024-2027"


def test_each_sentence_its_own_adopters(tmp_path: Path) -> None:
    body = (
        f"Sagsfremstilling\n\nHelsingør Kommune tilsluttede sig i 2010 {AGREEMENT}. Gladsaxe Kommune tilsluttede sig "
        f"KL Play. Syddjurs Kommune sluttede sig i 2011 til {AGREEMENT}."
    )
    found = {(m, i, p.get("date")) for m, i, p in named_relations(facts_of_text(tmp_path, HEADER + body), "ADOPTED")}
    assert found == {
        ("Helsingør", AGREEMENT, "2010"),
        ("Gladsaxe", "KL Play: Sundhed og Social", "2022-03-01"),
        ("Syddjurs", AGREEMENT, "2011"),
    }


def test_a_municipality_of_another_sentence_adopts_nothing(tmp_path: Path) -> None:
    # guard: the sentence before the cue names a municipality that is no subject of the cue
    body = f"Sagsfremstilling\n\nHelsingør Kommune holdt møde i 2010. Kommunen drøftede {AGREEMENT}."
    found = {m for m, _, _ in named_relations(facts_of_text(tmp_path, HEADER + body), "ADOPTED")}
    assert "Helsingør" not in found
