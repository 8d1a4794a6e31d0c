"""A number is read with ``int`` only when ``str.isdecimal`` holds: ``str.isdigit`` also holds for superscripts
("¹", "²"), which ``int`` refuses, and a contents line's bare numbers with one printed as a superscript raised
ValueError in the title splitter (found by fuzzing parse + extract over mutated dev-write documents)."""

from __future__ import annotations

from graphbuild.extract import extract_facts
from graphbuild.parse import parse_meeting
from graphbuild.parse.flatten_titles import split_title_run
from graphbuild.sources import source_from_text


def test_a_superscript_among_a_contents_lines_bare_numbers() -> None:
    # was ValueError: invalid literal for int() with base 10: '¹72'
    assert split_title_run("70 Ansættelser 4 71 Ekstraopgaver 7 ¹72 Fleksjob 9") == [
        "Ansættelser 4",
        "Ekstraopgaver 7",
        "Fleksjob",
    ]
    # the numbers in order are still the items' (pages between them)
    assert split_title_run("70 Ansættelser 4 71 Ekstraopgaver 7 72 Fleksjob 9") == [
        "Ansættelser 4",
        "Ekstraopgaver 7",
        "Fleksjob",
    ]


def test_items_numbered_with_superscripts_and_fullwidth_digits_are_read_without_failing() -> None:
    text = (
        "Byrådet\nReferat\nMøde den 3. marts 2025 kl. 17.00\n\n"
        "¹. Godkendelse af dagsorden\nBeslutning\nGodkendt\n\n²³. Budget\nBeslutning\nGodkendt\n\n"
        "４. Meddelelser\nBeslutning\nTaget til efterretning\n"
    )
    facts = extract_facts(parse_meeting(source_from_text(text)))
    assert not [note for note in facts.errors if note.startswith(("parse failed", "extract"))]
