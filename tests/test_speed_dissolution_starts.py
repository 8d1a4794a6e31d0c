"""Whether the text tells of a network's dissolution, its pattern matched only where a match can start (a noun of
dissolution, the name's first word) instead of searched at every position of the text once per network (issue 13
item 7, issue 17): the same answer as the search it replaced."""

from __future__ import annotations

import random

import pytest

from graphbuild.extract.membership_networks import (
    _DISSOLUTION_NOUN,
    _dissolution_nouns,
    _dissolution_of,
    _told_dissolved,
)

# the pattern's words in every case and inflection, near misses, names of one and two words, overlapping name words,
# and a letter a case-blind pattern reads as "s"
_PIECES = [
    "Østsjællands Beredskab",
    "Østsjællands  Beredskab",
    "Østsjællands\nBeredskab",
    "østsjællands beredskab",
    "ØstsjællandsØstsjællands Beredskab",
    "FynBus",
    "FynBusFynBus",
    "opløsningen af ",
    "OPLØSNING AF det ",
    "opløſningen af ",
    "nedlæggelsen af ",
    "lukning af den ",
    "luKningen af ",
    "lukningopløsning af ",
    " blev opløst",
    " I/S blev helt opløst",
    " er nedlagt",
    " bliver lukket",
    " blev OPLØST",
    " opløses",
    "x",
    " ",
    "\n",
    ". ",
]


@pytest.mark.parametrize("seed", range(300))
def test_the_starts_give_the_search_answer(seed: int) -> None:
    rng = random.Random(seed)
    text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 14)))
    for name in ("Østsjællands Beredskab", "FynBus"):
        assert _told_dissolved(text, name) == (_dissolution_of(name).search(text) is not None), (text, name)


# a trade news page on fire services, a dev-write document, as tests/test_memberships_realworld_forms.py quotes it
PAGE = (
    "Beredskab\n\nSiden opløsningen af Østsjællands Beredskab i 2020 har kommunerne haft hver deres beredskab.\nDet "
    "fælleskommunale Østsjællands Beredskab blev etableret i 2015 med Greve, Køge, Solrød og Stevns kommuner som ejere."
)


def test_a_dissolution_on_a_page() -> None:
    assert _told_dissolved(PAGE, "Østsjællands Beredskab")
    # guard: a network the page names without its dissolution, and one it does not name, are not dissolved
    assert not _told_dissolved(PAGE.replace("opløsningen", "etableringen"), "Østsjællands Beredskab")
    assert not _told_dissolved(PAGE, "Nordsjællands Brandvæsen")


def test_the_nouns_found_once_per_text_for_every_network_it_names() -> None:
    # the page as a web site's pages joined (the case that cost most): each network asked reads the nouns found once
    text = "\n\n".join([PAGE, PAGE.replace("Østsjællands Beredskab", "FynBus"), "Lukningen af ſkolen. " + PAGE])
    _dissolution_nouns.cache_clear()
    names = ("Østsjællands Beredskab", "FynBus", "Nordsjællands Brandvæsen", "Beredskab")
    for name in names:
        assert _told_dissolved(text, name) == (_dissolution_of(name).search(text) is not None), name
    assert _dissolution_nouns.cache_info().misses == 1
    assert list(_dissolution_nouns(text)) == [m.start() for m in _DISSOLUTION_NOUN.finditer(text)]
