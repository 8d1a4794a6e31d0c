"""The gender-neutral vice-chair's seat printed in a member list's entry ("NAME, næstforperson, tlf. …") is the
person's seat in the listed body, as "næstformand" is (`role_list_seats.SEAT_WORD`): the README's roles rule 2 gives
that title and no `medlem` beside it. The excerpt is shortened from the dev-write document named above it."""

from __future__ import annotations

from pathlib import Path

from text_facts import role_pairs_of_text

# koebenhavn-musikskolen-webpage-bestyrelsen (shortened): the board's members under seat headings
BOARD_PAGE = (
    "Bestyrelsen for Musikskolen\n\n"
    "Få et overblik over bestyrelsens medlemmer, bestyrelsens opgaver og ansvar samt vedtægter og referater\n\n"
    "Bestyrelsesmedlemmer\n\n(Opdateret april 2024)\n\n"
    "Forældrerepræsentanter\n\nLise Munch, forperson, tlf. 51 25 09 24\n\nPeter Bindslev, tlf. 40 91 91 30\n\n"
    "Bodil Høgh, tlf. 29 65 02 22\n\n"
    "Elevrepræsentanter\n\nEmma Skyggebjerg Kjær, tlf. 51 90 43 21\n\n"
    "Johannes Røigaard Hvidemose, næstforperson, tlf. 22 96 60 24\n"
)


def test_a_vice_chair_printed_as_naestforperson_holds_that_seat_and_no_medlem(tmp_path: Path) -> None:
    found = role_pairs_of_text(tmp_path, BOARD_PAGE)
    assert ("Johannes Røigaard Hvidemose", "næstforperson") in found
    assert ("Johannes Røigaard Hvidemose", "medlem") not in found


def test_the_plain_members_beside_the_vice_chair_keep_medlem(tmp_path: Path) -> None:
    found = role_pairs_of_text(tmp_path, BOARD_PAGE)
    assert {("Emma Skyggebjerg Kjær", "medlem"), ("Peter Bindslev", "medlem"), ("Bodil Høgh", "medlem")} <= found
    assert ("Lise Munch", "medlem") not in found
