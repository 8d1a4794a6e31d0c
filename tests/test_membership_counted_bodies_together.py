"""A count of municipalities in a sentence that lists two bodies together ("de to affaldsselskaber A og B") ties the
next sentence's list to neither (membership_counted_next: the municipalities behind both, which owns which unsaid);
a count in a sentence naming one network still ties it."""

from __future__ import annotations

from pathlib import Path

from text_facts import member_pairs_of_text

# tests/realworld/docs/horten-news-avv-reno-nord-sammenlaegges-2021.txt (dev-write): a law firm's news on a merger
MERGER_NEWS = (
    "Horten har bistået seks nordjyske kommuner med sammenlægning af de to affaldsselskaber Affaldsselskabet "
    "Vendsyssel Vest I/S og I/S Reno-Nord.\n\n"
    "Brønderslev, Hjørring, Jammerbugt, Mariagerfjord, Rebild og Aalborg Kommuner har vedtaget at sammenlægge "
    "Affaldsselskabet Vendsyssel Vest I/S (AVV) og I/S Reno-Nord med virkning fra 1. januar 2022.\n"
)


def test_a_count_beside_two_bodies_listed_together_ties_neither(tmp_path: Path) -> None:
    assert member_pairs_of_text(tmp_path, MERGER_NEWS) == set()


def test_a_count_beside_one_network_still_ties_the_next_list(tmp_path: Path) -> None:
    text = (
        "Nyheder\n\nVestsjællands Brandvæsen ophæver afbrændingsforbud i alle 5 ejerkommuner\n\nMed baggrund i "
        "vejret har Vestsjællands Brandvæsen besluttet at ophæve afbrændingsforbuddet for Holbæk, Kalundborg, Lejre, "
        "Odsherred og Sorø Kommuner."
    )
    pairs = member_pairs_of_text(tmp_path, text)
    assert ("Holbæk", "Vestsjællands Brandvæsen") in pairs
    assert ("Sorø", "Vestsjællands Brandvæsen") in pairs
