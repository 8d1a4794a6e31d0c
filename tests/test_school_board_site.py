"""A board named by its bare word on a school's Aula pages is the school's board, "Skolebestyrelsen". Forms quoted
(shortened) from dev-write documents of tests/realworld/ (Nydamskolen, Skolen på Nyelandsvej; Skolen ved Duevej and
Hadsten Skole print "Skolebestyrelsesmøde" on the same platform); the test split is never read while writing these
rules."""

from __future__ import annotations

import pytest

from graphbuild.parse import parse_meeting
from graphbuild.parse.school_board_site import school_board
from graphbuild.sources import source_from_text

_NYDAM = (
    "Gå til hovedindholdet\nMENU\n\nReferat 2021.11.09\n\nBestyrelsesmøde\n\n2021\n\n09. 11 2021\n\n17.00 –19.30\n\n"
    "Afbud:Birgitte, Kateryna\n\nFraværende:\n\nGodkendelse af referat:\n\n"
    "  1. Formand: Der har ikke været nogen henvendelser.\n"
    "  2. Skoleleder: Coronasituationen har været drøftet med personalet.\n"
)
_NYELANDSVEJ = (
    "Gå til hovedindholdet\nMENU\n\nAugust 2022\n\nVÆR OPMÆRKSOM PÅ AT LINKS KUN KAN ÅBNES AF SKOLENS PERSONALE\n\n"
    "Bestyrelsesmøde torsdag den 18. august kl. 17-19 på personalerummet på Nyelandsvej\n\nAfbud: Nina, Rikke\n\n"
    "Fra skolen: Marianne, Jesper, Maike\n\n1. Godkendelse af dagsorden\n\nGodkendt.\n"
)


def test_a_bare_board_on_a_schools_aula_pages_is_its_school_board() -> None:
    url = "https://nydamskolen.aula.dk/skolebestyrelsen/referater-21-22/november-21"
    assert school_board(url, _NYDAM, "Bestyrelse") == "Skolebestyrelsen"
    assert school_board("https://frb-ny.aula.dk/august-2022", _NYELANDSVEJ, "Bestyrelse") == "Skolebestyrelsen"


def test_the_meeting_takes_the_school_board() -> None:
    doc = source_from_text(_NYELANDSVEJ, url="https://frb-ny.aula.dk/august-2022")
    assert parse_meeting(doc).body == "Skolebestyrelsen"


@pytest.mark.parametrize(
    ("url", "text", "body"),
    [
        ("https://frb-ny.aula.dk/august-2022", _NYELANDSVEJ, "Bestyrelsen for Skolen på Nyelandsvej"),  # its owner
        ("https://frb-ny.aula.dk/august-2022", _NYELANDSVEJ, "Elevrådet"),  # another body
        ("https://nyelandsvej.dk/august-2022", _NYELANDSVEJ, "Bestyrelse"),  # no Aula page
        (
            "https://solsikken.aula.dk/referat",  # a daycare's board, its parents'
            "Bestyrelsesmøde i Børnehaven Solsikken\n\nFra skolen deltog: Ole\n",
            "Bestyrelse",
        ),
        ("https://solsikken.aula.dk/referat", "Bestyrelsesmøde\n\nDeltagere: Ole, Anne\n", "Bestyrelse"),  # no school
    ],
)
def test_a_near_miss_is_left_as_it_is(url: str, text: str, body: str) -> None:
    assert school_board(url, text, body) is None
