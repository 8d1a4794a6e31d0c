"""On a page that is no meeting's, an organisation another list entry names holds no listed seat: the seat is held in
the body the page is about (`role_page_entries`): Lemming Omegn's Skægkærområdets Lokalråd (dev-write); a sentence
of prose naming a body is no entry, and a meeting's list is not read so."""

from __future__ import annotations

from pathlib import Path

from graphbuild.extract.context import Context
from graphbuild.extract.people import PersonMention
from graphbuild.extract.role_page_entries import PageEntries, is_page
from tests.text_facts import facts_of_text, meeting_of_text, named_relations

# lemming-omegn-webpage-skaegkaeromraadets-lokalraad (dev-write): the page as printed, its contact lines left out
LOKALRAAD = """Skægkærområdets Lokalråd.

Lokalrådet er organiseret og valgt gennem indirekte valg, hvilket betyder at de enkelte borgerforeninger vælger \
en repræsentant for de enkelte områder.

Derfor har Skægkærområdets Lokalråd følgende sammensætning:

Jørgen Brendstrup valgt af Lemming Sogns Borgerforening

Peter Bernt, formand og valgt af Sejling Borgerforening
Klaus Hansen valgt af Sinding Borgerforening
Søren Nollin, Skægkær
Christina Hyllested, Serup
"""


def _people(text: str) -> list[PersonMention]:
    """The people the extraction reads in ``text``."""
    return Context(meeting_of_text(text)).people


def _held(tmp_path: Path) -> set[tuple[str, str, str]]:
    facts = facts_of_text(tmp_path, LOKALRAAD)
    return {(p, str(props.get("role")), t) for p, t, props in named_relations(facts, "HOLDS_ROLE")}


def test_a_seat_under_another_entrys_organisation_is_held_in_the_pages_body(tmp_path: Path) -> None:
    held = _held(tmp_path)
    assert ("Klaus Hansen", "medlem", "Skægkærområdets Lokalråd") in held
    assert ("Søren Nollin", "medlem", "Skægkærområdets Lokalråd") in held
    assert not {row for row in held if row[2].endswith("Borgerforening") and row[0] != "Peter Bernt"}


def test_an_entry_is_a_short_line_with_a_name_and_no_sentence() -> None:
    meeting = meeting_of_text(LOKALRAAD)
    assert is_page(meeting)
    entries = PageEntries(LOKALRAAD, _people(LOKALRAAD))
    assert entries.on_an_entry(LOKALRAAD.index("Sinding Borgerforening"))
    # near misses: a sentence of prose that names a body and a person is no entry; nor a line with no name
    prose = "Morgens Christen Gade (V) bliver ny formand for Business Region North Denmark (BRN).\n"
    assert not PageEntries(prose, _people(prose)).on_an_entry(prose.index("Business"))
    assert not entries.on_an_entry(LOKALRAAD.index("følgende sammensætning"))


def test_a_meetings_document_is_no_page() -> None:
    meeting = meeting_of_text(LOKALRAAD).model_copy(update={"kind": "referat"})
    assert not is_page(meeting)
