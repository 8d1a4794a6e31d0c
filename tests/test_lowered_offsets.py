"""A position found in a lower-cased text is a position in the text only when lower-casing kept every character
one character ("İ" lowers to two): the member labels' reader, the item references' cue finder, the label lines'
finder and an abbreviation's long form read ``vocab.near.lowered``, one character for one. With ``str.lower`` the
labels' reader looped for ever on a text holding a dozen "İ" before a label on the last line, and the others read
the wrong line or letters (found by fuzzing parse + extract over mutated dev-write documents)."""

from __future__ import annotations

import re

import pytest

from graphbuild.extract import extract_facts
from graphbuild.extract.mention_abbreviations import long_form
from graphbuild.extract.role_member_blocks import members_in_blocks
from graphbuild.parse import parse_meeting
from graphbuild.parse.item_named_references import _cue_positions
from graphbuild.sources import source_from_text
from graphbuild.vocab.near import line_matches


@pytest.mark.timeout(60)
def test_a_member_label_after_many_dotted_capital_i_ends() -> None:
    assert members_in_blocks("İ" * 12 + "\nMedlemmer:\n", [], lambda at: ("x", "X", "Organization"), []) == []


@pytest.mark.timeout(60)
def test_members_under_a_label_after_dotted_capital_i_are_read_as_without_them() -> None:
    text = (
        "Venskabsbyforeningen İzmir-İstanbul-İnegöl\nReferat\nMøde den 3. marts 2025\n\n"
        "1. Godkendelse af dagsorden\nGodkendt\n\nBestyrelsen\nMedlemmer:\nAnders Hansen\nBente Berg\n"
    )

    def roles(facts_text: str) -> set[tuple[str, str]]:
        facts = extract_facts(parse_meeting(source_from_text(facts_text)))
        names = {e.id: e.name for e in facts.entities}
        return {(names[r.source], str(r.properties.get("role"))) for r in facts.relations if r.type == "HAS_ROLE"}

    assert roles(text) == roles(text.replace("İ", "I"))


def test_the_cues_of_item_references_stand_where_the_text_prints_them() -> None:
    text = "İİİİ Se punkt 3 og sag 4"
    assert [text[at : at + 3] for at in _cue_positions(text)] == ["pun", "sag"]


def test_a_label_line_after_dotted_capital_i_is_matched_on_its_own_line() -> None:
    text = "İ" * 40 + "\nMedlemmer:\nAnders Hansen\n"
    assert [m.group() for m in line_matches(re.compile("Medlemmer:"), text, "medlem")] == ["Medlemmer:"]


def test_an_abbreviations_long_form_after_dotted_capital_i_is_the_whole_name() -> None:
    before = "Mødet i İzmir-İstanbul-udvalget og i Kultur- og Fritidsudvalget"
    assert long_form("KFU", before) == "Kultur- og Fritidsudvalget"
    assert long_form("XYZ", before) is None
