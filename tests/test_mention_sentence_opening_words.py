"""A conjunction or an adverb that opens a sentence right before a body's name ("Ligesom Lokalrådet har forsøgt …")
is no part of the name (`mention_organisations`' leading noise): Rebild Avis's news on Nørager's lokalråd
(dev-write), as printed, holds the posts elected after it in "Lokalrådet", never in "Ligesom Lokalrådet". A name
that opens a sentence on its own keeps its words."""

from __future__ import annotations

from pathlib import Path

from graphbuild.extract.mention_organisations import find_unknown_organisations
from tests.text_facts import facts_of_text, named_relations

# rebildavis-news-lokalraad-noerager-2016 (dev-write): from the report of the general meeting, as printed
NOERAGER = (
    "Generalforsamling og Konstituerende møde\n\n"
    "Her kunne formanden berette om lokalrådets første arbejdsår. Noget som borgerne løbende har kunne følge med i, "
    "i avisen og på Facebook. Ligesom Lokalrådet har forsøgt at finde sit ståsted i lokalsamfundet, for hvad er "
    "egentlig et lokalråd? Regnskabet blev herefter gennemgået og godkendt. I forhold til valgene så blev Gert Rubæk "
    "genvalgt, og Finn Christensen nyvalgt til lokalrådet. Ingrid Myrup blev nyvalgt som 1. suppleant og Jesper "
    "Hansen genvalgt som 2. suppleant. Kristen Stagstrup blev genvalgt som lokalrådets revisor.\n"
)


def test_an_opening_adverb_is_no_part_of_the_bodys_name(tmp_path: Path) -> None:
    held = {(p, t) for p, t, _ in named_relations(facts_of_text(tmp_path, NOERAGER), "HOLDS_ROLE")}
    assert ("Ingrid Myrup", "Lokalrådet") in held
    assert ("Kristen Stagstrup", "Lokalrådet") in held
    assert not any(t.startswith("Ligesom") for _, t in held)


def test_a_name_opening_its_sentence_keeps_its_words() -> None:
    text = "Referat\n\nTeknisk Udvalg mødtes. Desuden Lokalrådet. Socialudvalget godkendte sagen."
    names = {m.name for m in find_unknown_organisations(text, 0, len(text))}
    assert "Lokalrådet" in names
    assert "Socialudvalget" in names
    assert not any(name.startswith("Desuden") for name in names)
