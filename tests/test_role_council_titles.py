"""A council member's title on a page is no seat of the board the page is about (`role_council_titles`): the
entries of Aarhus Letbane's page of its board's members (aarhus-letbane-news-bestyrelse-letbaneraad-2018, dev-write:
"Bünyamin Simsek (V), byrådsmedlem …") under a headline naming the board by its owner, as Transportnyhederne's
news of Midttrafik's board does (transportnyhederne-news-midttrafik-ny-bestyrelse-2026-01-26, dev-write); the
entries shortened and the headline's owner put in, so the page's board is the one its headline names. A company's
own board member keeps the board."""

from __future__ import annotations

from pathlib import Path

from graphbuild.extract.role_council_titles import is_council_title
from tests.text_facts import facts_of_text, named_relations

ON_A_BOARDS_PAGE = """Nye ansigter i Midttrafiks bestyrelse

Bestyrelsen i Midttrafik er nu:

 • Claus Leick (formand), erhvervsmand
 • Bünyamin Simsek (V), byrådsmedlem
 • Anne Hansen (A), regionsrådsmedlem
"""

# aarhus-letbane-news-bestyrelse-letbaneraad-2018 (dev-write), its opening and its board's list, as printed
LETBANE = """Efter kommunal- og regionsvalget i november 2017 er der nu skiftet ud på posterne i Aarhus Letbanes \
bestyrelse og Letbanerådet.

Medlemmerne af bestyrelsen er nu:

 • Steen Stavnsbo (formand), erhvervsmand og tidligere medlem af Aarhus Byråd
 • Bünyamin Simsek (V), byrådsmedlem og Rådmand for Teknik og Miljø, Aarhus Kommune
 • Jan Ravn Christensen (SF), byrådsmedlem og medlem af Teknisk Udvalg, Aarhus Kommune
"""


def _roles(tmp_path: Path, text: str) -> set[tuple[str, str, str]]:
    return {(person, props["role"], target) for person, target, props in named_relations(
        facts_of_text(tmp_path, text), "HOLDS_ROLE")}  # fmt: skip


def test_a_council_title_is_no_seat_of_the_pages_board(tmp_path: Path) -> None:
    roles = _roles(tmp_path, ON_A_BOARDS_PAGE)
    # a member of the list is the board's member (role_members_beside_chairs); the council title is held elsewhere
    assert not {r for r in roles if r[2] == "Midttrafiks bestyrelse" and is_council_title(r[1])}
    assert ("Bünyamin Simsek", "byrådsmedlem") in {r[:2] for r in roles}  # the title kept, held elsewhere
    assert ("Anne Hansen", "regionsrådsmedlem") in {r[:2] for r in roles}


def test_the_boards_own_chair_keeps_the_board(tmp_path: Path) -> None:
    assert ("Claus Leick", "formand", "Midttrafiks bestyrelse") in _roles(tmp_path, ON_A_BOARDS_PAGE)


def test_the_real_page_holds_no_council_title_in_the_companys_board(tmp_path: Path) -> None:
    roles = _roles(tmp_path, LETBANE)
    assert not {r for r in roles if is_council_title(r[1]) and "Letbane" in r[2]}
    assert ("Jan Ravn Christensen", "byrådsmedlem", "Aarhus") in roles


def test_which_titles_are_a_councils() -> None:
    for title in ("byrådsmedlem", "kommunalbestyrelsesmedlem", "1. viceborgmester", "rådmand", "regionsrådsmedlem",
                  "regionrådsmedlem", "Kommunalbestyrelsesmedlem"):  # fmt: skip
        assert is_council_title(title), title
    for title in ("medlem", "bestyrelsesmedlem", "formand", "udvalgsformand", "direktør", None):
        assert not is_council_title(title), title
