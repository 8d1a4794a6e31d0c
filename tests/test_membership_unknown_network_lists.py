"""The name a membership statement gives a network no list knows is never the members' own list read as a name
(issue 13 item 3): "Holbæk, Sorø og Ringsted Kommuner har som ejere …" named a network "Sorø og Ringsted Kommuner"
before; a name that holds a municipality's name inside a longer one is still a name."""

from __future__ import annotations

from pathlib import Path

from text_facts import member_pairs_of_text

from graphbuild.extract.membership_unknown_networks import unknown_network


def test_the_members_list_is_no_network_s_name(tmp_path: Path) -> None:
    text = "Holbæk, Sorø og Ringsted Kommuner har som ejere godkendt budgettet."
    assert unknown_network(text, 0, len(text)) is None
    pairs = member_pairs_of_text(tmp_path, "Referat\n\n1. Budget\n\n" + text)
    assert not any("Kommuner" in network for _, network in pairs), pairs


def test_a_name_before_the_members_cue_is_still_read() -> None:
    text = "Gate 21 har følgende medlemskommuner: Albertslund, Ballerup og Furesø."
    assert unknown_network(text, 0, len(text)) == "Gate 21"
    text = "Trekantområdet består af kommunerne Kolding, Vejle og Fredericia."
    assert unknown_network(text, 0, len(text)) == "Trekantområdet"
