"""The one board a page names with its owner holds the posts the page places nowhere (`role_page_one_board`):
Transportnyhederne's news of Midttrafik's new board, Folkebladet's report of a council electing a member to
Kulturskolens bestyrelse (dev-write). Two owners, a municipality and a word the page writes in lower case name none."""

from __future__ import annotations

from pathlib import Path

from graphbuild.extract.role_page_one_board import page_one_board
from tests.text_facts import facts_of_text, named_relations

# transportnyhederne-news-midttrafik-ny-bestyrelse-2026-01-26 (dev-write): headline, byline, lead and list label
MIDTTRAFIK = """Trafikselskab for Midtjylland har fået ny bestyrelse

Af: Redaktionen Midttrafiks nye bestyrelse og direktør Lars Berg (stående nummer tre fra højre) (Foto: Region \
Midtjylland)

Claus Leick (SF) overtager formandsposten efter Steen Vindum (V), som bliver 1. næstformand. Den nye formand har \
siddet i Midttrafiks bestyrelse siden 2022.

Bestyrelsen i Midttrafik for 2026-2029:

Formand Claus Leick (F) Skanderborg Kommune
"""

# folkebladet-news-rebild-byraadsmoede-uddrag (dev-write): one sentence of a council meeting's report
KULTURSKOLEN = """Da Leon Sebbelin (R) er udtrådt af byrådet, skulle der først udpeges et nyt medlem til \
Kulturskolens bestyrelse, og byrådet valgte enstemmigt Lene Aalestrup (C)."""


def _name(text: str) -> str | None:
    found = page_one_board(text, "doc")
    return found[1] if found else None


def test_the_one_board_a_page_names_with_its_owner() -> None:
    # "Redaktionen Midttrafiks" (a byline glued to the owner), "Midttrafiks" and "Midttrafik" are one owner
    assert _name(MIDTTRAFIK) == "Midttrafiks bestyrelse"
    assert _name(KULTURSKOLEN) == "Kulturskolens bestyrelse"
    assert _name("Nyt fra skolen\n\nSkolebestyrelsen på Vestre Skole har holdt møde.\n") == (
        "Skolebestyrelsen på Vestre Skole"
    )


def test_the_posts_a_page_places_nowhere_are_held_in_its_board(tmp_path: Path) -> None:
    lead = MIDTTRAFIK.split("Bestyrelsen i Midttrafik for")[0]  # the headline, byline and lead: no list label
    held = {(p, r.get("role"), t) for p, t, r in named_relations(facts_of_text(tmp_path, lead), "HOLDS_ROLE")}
    assert ("Steen Vindum", "1. næstformand", "Midttrafiks bestyrelse") in held, held


def test_two_owners_a_municipality_or_a_common_word_name_no_board() -> None:
    # near misses: another owner's board on the same page, a municipality's, a sentence's first word
    assert _name(MIDTTRAFIK + "\nHan sad før i Sydtrafiks bestyrelse.\n") is None
    assert _name("Valget til bestyrelsen i Aarhus Kommune er udsat.\n") is None
    assert _name("Ny bestyrelse er valgt. Der er en ny formand.\n") is None
