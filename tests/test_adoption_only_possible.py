"""An unknown initiative whose name is about something only possible or to come ("en hensigtserklæring om et
muligt fremtidigt kompagniskab") is an intent, no adoption (README adoptions: not a proposal, nor a decision
to investigate); a shared thing signed or joined outright still is."""

from __future__ import annotations

from pathlib import Path

from text_facts import facts_of_text, named_relations

from graphbuild.extract.adoption_unknown_initiatives import only_possible

# tests/realworld/docs/jv-debat-destination-soenderjylland-2019.txt (dev-write)
INTENT = (
    "I forlængelse heraf har medlemskommunerne i Destination Sydvestjylland valgt at gå nye veje, og Tønder "
    "kommune har underskrevet en hensigtserklæring om et muligt fremtidigt kompagniskab med Fanø og Esbjerg."
)


def _adopted(tmp_path: Path, text: str) -> set[tuple[str, str]]:
    return {(m, i) for m, i, _ in named_relations(facts_of_text(tmp_path, text), "ADOPTED")}


def test_a_declared_intent_adopts_nothing(tmp_path: Path) -> None:
    assert not {m for m, _ in _adopted(tmp_path, INTENT)} & {"Tønder"}


def test_the_possible_thing_is_read_after_the_name() -> None:
    assert only_possible(INTENT, INTENT.index(" om et muligt"))
    assert not only_possible("en samarbejdsaftale om nyt beredskab", len("en samarbejdsaftale"))


def test_a_signed_charter_is_still_adopted(tmp_path: Path) -> None:
    # guard: the same cue with a shared thing named outright ("har underskrevet Charter for Sund Mad")
    text = "Tønder Kommune har underskrevet Charter for Sund Mad."
    assert ("Tønder", "Charter for Sund Mad") in _adopted(tmp_path, text)
