"""The one list of the nouns a body is named by (`vocab.bodies`), and each reader's pattern built from it with its
own additions and exclusions named."""

from __future__ import annotations

import re

import pytest

from graphbuild.extract import (
    membership_cooccurring,
    membership_naming,
    membership_networks,
    membership_unknown_networks,
    role_lower_bodies,
    role_member_cooccurring,
    role_members_prose,
)
from graphbuild.extract.role_member_entries import BODY_WORDS
from graphbuild.parse import attendance_whole_body
from graphbuild.vocab.bodies import BODY_NOUNS, NETWORK_NOUNS, noun_pattern


def test_a_noun_is_left_out_or_written_in_the_callers_form() -> None:
    pattern = noun_pattern(("udvalg", "råd", "nævn"), without=("nævn",), forms={"råd": r"(?<!om)råd"})
    assert pattern == r"udvalg|(?<!om)råd"


def test_an_exclusion_or_form_of_a_noun_not_in_the_list_is_refused() -> None:
    # a reader's exclusion must not outlive the noun it leaves out
    with pytest.raises(ValueError, match="lokalråd"):
        noun_pattern(BODY_NOUNS, without=("lokalråd",))
    with pytest.raises(ValueError, match="lokalråd"):
        noun_pattern(BODY_NOUNS, forms={"lokalråd": "lokalråd(?:et)?"})


@pytest.mark.parametrize(
    "word", ["forretningsudvalg", "bestyrelsen", "Limfjordsrådets", "Komitéen", "arbejdsgruppen", "Følgegruppe"]
)
def test_the_cooccurring_reader_reads_the_body_nouns_and_a_working_group(word: str) -> None:
    assert role_member_cooccurring.BODY_WORD.fullmatch(word)


@pytest.mark.parametrize("word", ["området", "Beskæftigelsesområdets", "rådgiver"])
def test_the_cooccurring_reader_reads_no_area_and_no_word_running_on(word: str) -> None:
    assert role_member_cooccurring.BODY_WORD.fullmatch(word) is None


@pytest.mark.parametrize("line", ["Medlemmer af vandrådet:", "Grønt Råd", "Styregruppen", "Borgerpanel"])
def test_a_member_lists_heading_names_a_body_by_its_kind(line: str) -> None:
    assert BODY_WORDS.search(line)


@pytest.mark.parametrize("line", ["Rådhuset", "Kontakt rådgiver", "Repræsentantskabet", "Netværket"])
def test_a_member_lists_heading_without_its_body_words_names_none(line: str) -> None:
    # "råd" only at a word's end; the council of representatives and the network left out by name
    assert BODY_WORDS.search(line) is None


@pytest.mark.parametrize("noun", [*NETWORK_NOUNS, "beredskab", "brandvæsen"])
def test_a_naming_phrase_is_about_a_network_or_a_rescue_service(noun: str) -> None:
    assert membership_naming.BODY_WORD.search(f"skifter {noun}et navn til")


def test_a_new_body_is_set_up_under_a_network_noun_but_no_partnership() -> None:
    assert membership_naming.NEW_BODY.search("etablere et fælles beredskabsselskab")
    assert membership_naming.NEW_BODY.search("etablere et fælles partnerskab") is None


@pytest.mark.parametrize(("noun", "read"), [("selskab", True), ("beredskab", True), ("netværk", False)])
def test_the_body_set_up_before_its_name_is_of_its_four_kinds(noun: str, read: bool) -> None:
    assert (re.fullmatch(membership_unknown_networks.SET_UP_NOUNS, noun) is not None) is read


@pytest.mark.parametrize(
    ("pattern", "text", "read"),
    [
        (role_members_prose.LOWER_COMPOUND_BODY, "skolebestyrelsen", True),
        (role_members_prose.LOWER_COMPOUND_BODY, "det nye landsbyforum", True),
        (role_members_prose.LOWER_COMPOUND_BODY, "projektstyregruppen", False),  # left out by name
        (role_members_prose.OWNED_BODY, "Region Sjællands forretningsudvalg", True),
        (role_members_prose.OWNED_BODY, "Region Sjællands følgegruppe", False),
        (role_lower_bodies.GENERIC_BODY, "den nye arbejdsgruppe", True),  # a working group's noun added
        (role_lower_bodies.GENERIC_BODY, "det nye forum", False),  # a forum left out by name
    ],
)
def test_the_readers_of_a_body_in_lower_case_read_their_own_nouns(
    pattern: re.Pattern[str], text: str, read: bool
) -> None:
    assert (pattern.fullmatch(text) is not None) is read


@pytest.mark.parametrize(
    ("word", "read"), [("generalforsamlingen", True), ("menighedsrådet", True), ("netværket", False)]
)
def test_the_whole_body_in_an_attendance_list_is_a_body_noun_a_group_or_an_assembly(word: str, read: bool) -> None:
    assert (re.fullmatch(attendance_whole_body._BODY, word) is not None) is read


@pytest.mark.parametrize(
    ("name", "read"),
    [("Kulturregion Fyn", True), ("Vestsjællands Brandvæsen", True), ("Grønt Råd", True), ("Bestyrelsen", False)],
)
def test_a_heading_names_a_network_by_its_head_word(name: str, read: bool) -> None:
    assert (membership_networks.BODY_HEAD_WORD.search(name) is not None) is read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Landdistrikternes Fællesråd", True),
        ("Vestegnens Uddannelsesvejledningscenter", True),
        ("Beskæftigelsesområdet", False),
    ],
)
def test_a_body_no_list_knows_is_named_by_its_kind_as_its_last_word(text: str, read: bool) -> None:
    # a council's noun never an area's "-område"
    assert (membership_cooccurring.KIND_NAMED_BODY.fullmatch(text) is not None) is read
