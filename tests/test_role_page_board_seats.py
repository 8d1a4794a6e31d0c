"""A member's seat a reader held in the board's owner is held in the board a page is about (`role_page_board_seats`):
Region Midtjylland's news on the board of Danske Regioner (dev-write); a chair's post held in the owner is not
moved."""

from __future__ import annotations

from pathlib import Path

from graphbuild.extract.role_page_body import page_board_and_owner
from tests.text_facts import facts_of_text, meeting_of_text, named_relations

# rm-news-danske-regioner-bestyrelse-2014-03 (dev-write): its first sentence and the head of its roster, as printed
DANSKE_REGIONER = """Anne V. Kristensen (V) og Bent Hansen (S) blev valgt ind i bestyrelsen for Danske Regioner, mens \
Anders Kühnau (S) blev udvalgsformand. Alle tre er valgt i Region Midtjylland.

På baggrund af stemmeafgivelsen ved regionsrådsvalget den 19. november 2013 har de enkelte partier efter gruppemøder \
på Danske Regioners generalforsamling i Aalborg i dag, indstillet disse repræsentanter til bestyrelsen:

Formand
Bent Hansen (S)
Regionsrådsformand
Region Midtjylland

Sophie Hæstorp Andersen(S)
Regionsrådsformand
Region Hovedstaden

Jens Stenbæk (V)
Regionsrådsformand
Region Sjælland

Ulla Astman (S)
Regionsrådsformand
Region Nordjylland
"""


def _held(tmp_path: Path, text: str) -> set[tuple[str, str, str]]:
    return {
        (p, str(props.get("role")), t) for p, t, props in named_relations(facts_of_text(tmp_path, text), "HOLDS_ROLE")
    }


def test_the_board_and_its_owner() -> None:
    owned = page_board_and_owner(DANSKE_REGIONER, meeting_of_text(DANSKE_REGIONER))
    assert owned is not None and owned[0][1] == "bestyrelsen for Danske Regioner" and owned[1] == "Danske Regioner"


def test_the_rosters_seats_are_held_in_the_board_the_page_is_about(tmp_path: Path) -> None:
    held = _held(tmp_path, DANSKE_REGIONER)
    assert ("Jens Stenbæk", "medlem", "bestyrelsen for Danske Regioner") in held
    assert ("Ulla Astman", "medlem", "bestyrelsen for Danske Regioner") in held
    assert not {row for row in held if row[2] == "Danske Regioner" and row[1] == "medlem"}


def test_a_chairs_post_stays_with_the_owner(tmp_path: Path) -> None:
    # near miss (movia-news-bestyrelse-2018-01-15, dev-write): "Movias formand NAME" is Movia's chair
    text = (
        "Fire nye borgmestre i Movias bestyrelse\n\n16-01-2018\n\n"
        "Genvalg til Movias formand Thomas Gyldal Petersen, borgmester i Herlev (A), på mødet i dag.\n"
    )
    held = _held(tmp_path, text)
    assert ("Thomas Gyldal Petersen", "formand", "Movia") in held
    assert ("Thomas Gyldal Petersen", "formand", "Movias bestyrelse") not in held
