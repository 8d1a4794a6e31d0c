"""A line the heading reach cuts short is no heading of the page (membership_networks `_heading_lines`): its words
go on past the reach, so the cut is a sentence's opening, never a body's name ("Baggrunden for udvidelsen …" read
to the reach as "Baggrunde", the network a reference back then took). Quoted from the dev-write news page
energy-supply-news-norfors-holte-fjernvarme-2019 as printed. The near misses: a line of its own that ends at the
reach, or a page no longer than it, is still a heading."""

from __future__ import annotations

from pathlib import Path

from text_facts import member_pairs_of_text

from graphbuild.extract.membership_networks import HEADING_REACH, _heading_lines

NORFORS_NEWS = (
    "Styrket samarbejde: Norfors' affaldsvarme sendes længere sydpå\n"
    "I 2008 indledte Holte Fjernvarme og Norfors et samarbejde med udveksling af varme, så Norfors’ affaldsvarme "
    "kunne komme flest muligt fjernvarmekunder til gode.\n"
    "Siden er samarbejdet udvidet flere gange.\n"
    "- Nu tager vi skridtet fuldt ud og får fælles drifts- og administrationspersonale, oplyser selskaberne i en "
    "pressemeddelelse.\n"
    "Baggrunden for udvidelsen af samarbejdet er et fælles ønske om at hente stordriftsfordelene. Samtidig etableres "
    "en stærk organisation.\n"
    "Norfors’ affaldsvarme kommer fra afbrænding af affald fra Norfors ejerkommuner (Allerød, Fredensborg, "
    "Helsingør, Hørsholm og Rudersdal Kommuner, red.) suppleret med biomasse."
)


def test_the_quoted_page_cuts_a_sentence_at_the_reach() -> None:
    # the excerpt as printed: "Baggrunden" stands across the reach
    at = NORFORS_NEWS.index("Baggrunden")
    assert at < HEADING_REACH < at + len("Baggrunden")


def test_a_line_cut_short_by_the_reach_is_no_heading() -> None:
    assert not [line for line in _heading_lines(NORFORS_NEWS) if line["name"].startswith("Baggrund")]


def test_a_sentence_cut_at_the_reach_names_no_network(tmp_path: Path) -> None:
    networks = {network for _, network in member_pairs_of_text(tmp_path, NORFORS_NEWS)}
    assert not {n for n in networks if n.startswith("Baggrund")}


def test_a_line_of_its_own_ending_at_the_reach_is_still_a_heading() -> None:
    # near miss: the same page's lines with a heading line of its own that ends right at the reach
    head = "Norfors\n" + "x" * (HEADING_REACH - len("Norfors\n") - len("\nVestforbrænding") - 1) + ".\nVestforbrænding"
    text = head + "\n" + NORFORS_NEWS
    assert text[HEADING_REACH] == "\n"
    assert [line["name"] for line in _heading_lines(text)] == ["Norfors", "Vestforbrænding"]


def test_a_page_no_longer_than_the_reach_keeps_its_last_line() -> None:
    # near miss: a short page's last line ends where the text does, no cut
    assert [line["name"] for line in _heading_lines("Sagsfremstilling\nNorfors")] == ["Sagsfremstilling", "Norfors"]
