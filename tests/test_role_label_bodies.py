"""The body a list's label names by its own name (graphbuild/extract/role_label_bodies): the list's members are
held there, not in the body the text named last before the list."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import facts_of_text, named_relations

from graphbuild.extract.role_label_bodies import label_body


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("Medlemmerne af KL's bestyrelse i valgperioden 2018-2022 er:", "KL's bestyrelse"),
        ("Beredskabskommissionens medlemmer er:", "Beredskabskommissionen"),
        ("Medlemmer af Handicaprådet 2022-25", "Handicaprådet"),
        ("Derfor har Skægkærområdets Lokalråd følgende sammensætning:", "Skægkærområdets Lokalråd"),
        ("Integrationsrådet består af følgende medlemmer:", "Integrationsrådet"),
    ],
)
def test_a_label_names_its_body_without_the_term(label: str, name: str) -> None:
    named = label_body(label, 0, len(label))
    assert named is not None and named[1] == name and label[named[0] :].startswith(name)


@pytest.mark.parametrize(
    "label", ["Medlemmer af udvalget:", "Den øvrige bestyrelse består af:", "Medlemmer af vandrådet", "Medlemmerne er:"]
)
def test_a_label_naming_a_body_by_its_kind_alone_names_none(label: str) -> None:
    assert label_body(label, 0, len(label)) is None


# lemmingomegn.dk, "Lokalrådet" (tests/realworld/docs/lemming-omegn-webpage-skaegkaeromraadets-lokalraad.txt)
MAKE_UP = (
    "Lokalrådet er organiseret og valgt gennem indirekte valg, hvilket betyder at de enkelte borgerforeninger vælger "
    "en repræsentant for de enkelte områder.\n\n\n"
    "Derfor har Skægkærområdets Lokalråd følgende sammensætning:\n \n"
    "Jørgen Brendstrup valgt af Lemming Sogns Borgerforening\n"
    "Kan træffes over mail; nisset@post10.tele.dk eller pr. tlf. 8685 9025\n\n"
    "Peter Bernt, formand og valgt af Sejling Borgerforening\n"
    "Kan træffes over mail peter.bernth.sejling@gmail.com\n"
    "Klaus Hansen valgt af Sinding Borgerforening\n"
    "Søren Nollin, Skægkær\n"
    "Christina Hyllested, Serup\n"
)


def test_the_members_under_a_label_of_the_bodys_make_up_are_held_in_the_body_it_names(tmp_path: Path) -> None:
    facts = facts_of_text(tmp_path, MAKE_UP)
    members = {
        (person, target)
        for person, target, props in named_relations(facts, "HOLDS_ROLE")
        if props.get("role") == "medlem"
    }
    assert ("Jørgen Brendstrup", "Skægkærområdets Lokalråd") in members
    assert ("Søren Nollin", "Skægkærområdets Lokalråd") in members
    # never the association that chose the member, named on the entry's own line
    assert ("Jørgen Brendstrup", "Lemming Sogns Borgerforening") not in members


# aarhus-letbane-news-bestyrelse-letbaneraad-2018 (dev-write): the labels over its two lists, as printed
LETBANE = """Letbanerådet: Rolle og medlemmer

Letbanerådets rolle er at lede Letbanesamarbejdet.

Medlemmerne af Letbanerådet er nu:

 • Anders Kühnau (A) (formand), regionrådsformand, Region Midtjylland
 • Ango Winther (A), medlem af Teknisk Udvalg, Aarhus
"""


def test_the_adverb_after_a_labels_verb_is_no_part_of_the_bodys_name(tmp_path: Path) -> None:
    label = "Medlemmerne af Letbanerådet er nu:"
    assert label_body(label, 0, len(label)) == (len("Medlemmerne af "), "Letbanerådet")
    assert label_body("Beredskabskommissionens medlemmer er p.t.:", 0, 42) == (0, "Beredskabskommissionen")
    held = {
        (p, props.get("role"), t) for p, t, props in named_relations(facts_of_text(tmp_path, LETBANE), "HOLDS_ROLE")
    }
    assert ("Ango Winther", "medlem", "Letbanerådet") in held, held
    assert not any(t.endswith(" nu") for _, _, t in held), held


def test_a_label_that_runs_on_past_its_verb_names_no_body() -> None:
    # near miss: words after "er" other than the adverb end no label ("er valgt for fire år:")
    label = "Medlemmerne af Letbanerådet er valgt for fire år:"
    named = label_body(label, 0, len(label))
    assert named is None or named[1] != "Letbanerådet"
