"""A surname that is also a municipality's name is kept (issue 13 item 2): "Rådmand Jette Skive" is a person
holding a post, not a mention of Skive. Dev-write excerpt: Aarhus Byråd, 11 September 2019 ("Rådmand Jette
Skive deltog ikke i sagens behandling."); the middle-name form as KL's board list prints members."""

from __future__ import annotations

import hashlib

from graphbuild.extract import extract_facts
from graphbuild.extract.mention_record import Mention
from graphbuild.extract.people import PersonMention
from graphbuild.extract.place_surnames import places_in_names
from graphbuild.models import DocumentFacts, SourceDocument
from graphbuild.parse import parse_meeting

HEADER = "Referat\nAarhus Byråd\n11. september 2019\n\n1. Sag om budget\n"


def _facts(body: str) -> DocumentFacts:
    text = HEADER + body
    source = SourceDocument(
        path="/tmp/aarhus.txt",
        name="aarhus.txt",
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        format="txt",
        encoding="utf-8",
        text=text,
    )
    return extract_facts(parse_meeting(source))


def test_a_surname_that_is_a_municipality_keeps_the_person_and_the_post() -> None:
    facts = _facts("Rådmand Jette Skive deltog ikke i sagens behandling.\n")
    roles = {(r.source, r.properties.get("role")) for r in facts.relations if r.type == "HOLDS_ROLE"}
    assert ("person:jette-skive", "rådmand") in roles
    assert "Skive" not in {e.name for e in facts.entities if e.type == "Municipality"}


def test_a_middle_name_that_is_a_municipality_is_no_mention_of_it() -> None:
    facts = _facts("Klaus Stevns Madsen deltog i mødet.\n")
    assert "Klaus Stevns Madsen" in {e.name for e in facts.entities if e.type == "Person"}
    assert "Stevns" not in {e.name for e in facts.entities if e.type == "Municipality"}


def _place(text: str, word: str) -> Mention:
    start = text.index(word)
    return Mention(start, start + len(word), "municipality:x", "Municipality", word)


def test_a_longer_name_ending_in_a_town_leaves_the_town_a_mention() -> None:
    text = "Anne Hansen Odense"  # a name followed by its town in a table
    person = PersonMention(0, len(text), text)
    assert places_in_names(text, [_place(text, "Odense")], [person]) == set()


def test_the_municipality_named_with_its_word_is_the_place_itself() -> None:
    text = "Jette Skive Kommune"
    place = Mention(6, len(text), "municipality:x", "Municipality", "Skive")
    assert places_in_names(text, [place], [PersonMention(0, 11, "Jette Skive")]) == set()
