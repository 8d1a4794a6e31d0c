"""A label or mark of who came printed in capitals is no acronym of an organisation (`mention_organisations`'s
`NOT_ORGANISATIONS`): "Langeland - AFBUD Bestyrelsesmedlem NAME" (fynbus-bestyrelse-2017-02-01, where "AFBUD" stands
three times, so it was read as a body used twice and held the titles after it); an acronym the text uses twice is
still an organisation."""

from __future__ import annotations

from pathlib import Path

from text_facts import facts_of_text, named_relations

from graphbuild.extract.mention_organisations import find_unknown_organisations

# fynbus-bestyrelse-2017-02-01, its first page's list of who came (shortened)
FYNBUS = (
    "1 FynBus Bestyrelse Referat Onsdag den 1. februar 2017 Deltagere: Formand Morten Andersen, Nordfyn Næstformand "
    "Poul Andersen, Region Syddanmark Bestyrelsesmedlem Jan Ole Jakobsen, Langeland - AFBUD Bestyrelsesmedlem Hans "
    "Bjergegaard, Assens Bestyrelsesmedlem Kristian Grønbæk Andersen, Region Syddanmark Repræsentantskabsmedlem Niels "
    "Bebe, Middelfart - AFBUD Repræsentantskabsmedlem Per Jespersen, Nyborg - AFBUD Direktør Carsten Hyldborg Jensen "
    "Side 1 af 15\n\n1. Grupperejser\n\nGodkendt.\n"
)


def test_a_mark_of_who_came_in_capitals_holds_no_title(tmp_path: Path) -> None:
    found = {(person, target) for person, target, _ in named_relations(facts_of_text(tmp_path, FYNBUS), "HOLDS_ROLE")}
    assert not any(target == "AFBUD" for _, target in found)
    assert ("Hans Bjergegaard", "FynBus Bestyrelse") in found


def test_the_mark_is_no_organisation_where_an_acronym_used_twice_is() -> None:
    text = "Afbud: AFBUD fra NT. Mødet i NT blev holdt. AFBUD fra Jens."
    names = {m.name for m in find_unknown_organisations(text, 0, len(text))}
    assert "NT" in names
    assert "AFBUD" not in names
