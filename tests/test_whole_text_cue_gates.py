"""The cue gates of last session's whole-text readers (issue 17): each asks one cheap question of the whole text
before its pass and returns at once when the answer is no, and the answer is yes wherever the pass can find
anything. `parse.site_owner` asks for the site's name's consonants in a row (what no folding of "æ", "ø", "å"
changes); `role_page_one_board` and `role_parish_council` for their board's or council's word (`CUE_WORDS`);
`role_board_elections` for the words of its passes, once (`CUE_WORDS`). Names quoted from the dev-write documents
the readers' own tests quote (Veddelev Kolaug, Korsør Kunstforening, FRB Erhverv; Midttrafik; Darum)."""

from __future__ import annotations

import re

import pytest

from graphbuild.extract import role_page_one_board, role_parish_council
from graphbuild.parse.site_owner import _printed_somewhere, _site_keys, site_name_printed


@pytest.mark.parametrize(
    ("url", "name"),
    [
        ("http://veddelevkolaug.dk/referat/gfr2011.htm", "Veddelev Kolaug"),
        ("http://www.xn--korsrkunstforening-j4b.dk/breve/general2005.html", "Korsør Kunstforenings Fond"),
        ("https://frberhverv.dk/referat/", "FRB-Erhverv"),
        ("https://frberhverv.dk/referat/", "FRB Erhverv"),
    ],
)
def test_a_name_the_site_is_named_for_passes_the_gate(url: str, name: str) -> None:
    keys = _site_keys(url)
    assert keys and _printed_somewhere(keys, f"Referat\n\n{name.upper()} holdt møde.")
    assert _printed_somewhere(keys, f"Generalforsamling i {name}, 2005")


def test_a_text_without_the_sites_name_is_not_read_word_by_word() -> None:
    url = "http://veddelevkolaug.dk/referat/gfr2011.htm"
    text = "Generalforsamling 2005\n\nFormanden bød velkommen i Veddelev Havn. Kolauget takkede.\n"
    assert not _printed_somewhere(_site_keys(url), text)
    assert site_name_printed(url, text) is None


@pytest.mark.parametrize(
    ("module", "pattern", "words"),
    [
        (role_page_one_board, role_page_one_board._BOARD, ("Bestyrelse", "bestyrelse", "Skolebestyrelse")),
        (role_parish_council, role_parish_council._COUNCIL, ("Menighedsråd", "menighedsråd")),
    ],
)
def test_every_word_the_pass_reads_holds_a_cue(module: object, pattern: str, words: tuple[str, ...]) -> None:
    cues = module.CUE_WORDS  # type: ignore[attr-defined]
    for word in words:
        assert re.fullmatch(pattern, word) is not None
        assert any(cue in word for cue in cues)


def test_a_page_without_the_cue_is_not_read() -> None:
    # the page names boards only in capitals, which the readers never read as a board's word
    assert role_page_one_board.page_one_board("MIDTTRAFIKS BESTYRELSE\n\nMidttrafik holdt møde.", "doc") is None
    assert role_parish_council.parish_council("DARUM MENIGHEDSRÅD\n\nHilsen Darum Sogn", "doc") is None
    # and with it, read as before (transportnyhederne-news-midttrafik-ny-bestyrelse-2026-01-26's lead)
    found = role_page_one_board.page_one_board("Den nye formand har siddet i Midttrafiks bestyrelse siden 2022.", "d")
    assert found is not None and found[1] == "Midttrafiks bestyrelse"
