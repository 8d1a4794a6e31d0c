"""The faster readings of h-speed12 give what the readings they replace gave (issue 13 item 7): the election
patterns searched on the lines that hold their words, the membership tie words searched around their words, and
the municipalities of a text read once for every membership reader, and the sentence around a membership cue
read back from it in steps."""

from __future__ import annotations

import random
import re

import pytest

from graphbuild.extract import role_board_elections as elections
from graphbuild.extract.line_scan import finditer_on_lines
from graphbuild.extract.membership_cooccurring import TIE, TIE_RUNS, TIE_WORDS
from graphbuild.extract.membership_municipalities import municipality_refs
from graphbuild.extract.membership_prose import SENTENCE_END, WINDOW, sentence_at
from graphbuild.extract.role_definite_titles import DEFINITE_TITLE_FOR
from graphbuild.extract.role_sentence import ending
from graphbuild.vocab.near import finditer_around, run_window
from graphbuild.vocab.sentence_abbreviations import sentence_stops

# the patterns' words in every case and inflection, split over lines and runs of spaces, near misses, and the letters
# a case-blind pattern reads as "s", "k" or "i"
_PIECES = [
    "Jens Hansen",
    "Anne Olsen (V)",
    " og ",
    ", ",
    " blev genvalgt til bestyrelsen",
    " BLEV VALGT TIL ",
    " er   udpeget som medlemmer af ",
    " er medlemmer af udvalget",
    " er nye medlemmer af ",
    "Til bestyrelsen valgtes ",
    "Valgt til Ældrerådet: ",
    "Nyvalgt til bestyrelsen blev ",
    "I udvalget sidder ",
    "Generalforsamlingen genvalgte ",
    "Kommunalbestyrelsen UDPEGEDE ",
    " har valgt ",
    " til bestyrelsen.",
    " valgt som suppleant til bestyrelsen",
    "Assens, Nyborg og Faaborg-Midtfyn Kommuner",
    " er medlem af ",
    " deltager i ",
    "Deltog",
    " medejere af ",
    " ejes af ",
    " består af ",
    " Bestående af ",
    " interessenter",
    " Partnere i ",
    " stiftede ",
    " etableret ",
    " oprettede ",
    " dannet ",
    " går\n sammen om ",
    " gik   sammen",
    " står bag ",
    " STOD\tBAG ",
    " tilsluttet ",
    " samarbejdet\nmellem ",
    " er med i ",
    " er   MED\n I ",
    " er med ind",
    " fælleskommunalt ",
    " Business Region Aarhus",
    " medlemſkab ",
    "ıntereſſent ",
    ". ",
    ".\n",
    "\n",
    "\n\n",
    "   ",
    "x",
]


def _texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 30))) for _ in range(count)]


def _ties(text: str) -> object:
    return finditer_around(TIE, text, TIE_WORDS, TIE_RUNS)


def _spans(matches: object) -> list[tuple[int, int]]:
    return [m.span() for m in matches]  # type: ignore[attr-defined]


@pytest.mark.parametrize("seed", range(4))
def test_the_patterns_searched_around_their_words_find_the_whole_passs_matches(seed: int) -> None:
    for text in _texts(300, seed):
        assert _spans(_ties(text)) == _spans(TIE.finditer(text)), text
        found = finditer_around(
            elections.NAMES_THEN_BODY, text, elections.NAMES_THEN_BODY_WORDS, elections.NAMES_THEN_BODY_RUNS
        )
        assert _spans(found) == _spans(elections.NAMES_THEN_BODY.finditer(text)), text


def test_a_tie_split_over_lines_and_spaces_is_found() -> None:
    text = "Assens og Nyborg kommuner er   MED\n I Business Region Aarhus og gik\n\n sammen om det."
    assert [m.group() for m in _ties(text)] == ["er   MED\n I", "gik\n\n sammen"]
    assert [m.group() for m in _ties("er medlemmer, er med ind")] == ["medlemmer"]  # "med ind" is no "med i"


@pytest.mark.parametrize("seed", range(4))
def test_the_election_patterns_on_their_words_lines_are_the_whole_passs(seed: int) -> None:
    for pattern, words, any_case in (
        (elections.BODY_THEN_NAMES, elections.BODY_THEN_NAMES_WORDS, True),
        (elections.SITS_IN, ("sidder",), False),
        (elections.VERB_THEN_NAMES, elections.VERB_THEN_NAMES_WORDS, True),
    ):
        for text in _texts(300, seed):
            assert _spans(finditer_on_lines(pattern, text, words, any_case)) == _spans(pattern.finditer(text)), text


def test_a_run_window_holds_the_runs_around_the_word() -> None:
    text = "aa bb  cc dd ee"
    assert run_window(text, text.index("cc"), 1) == (3, 13)  # "bb  cc dd" and the space after it
    assert run_window(text, 0, 2) == (0, 10)
    assert run_window("x" + text, text.index("cc") + 2, 0) == (8, 11)  # the word's run, from inside it too
    assert re.fullmatch(r"\s*", text[run_window(text, 13, 5)[1] :])


def test_the_municipalities_of_a_text_are_read_once() -> None:
    text = "Assens, Nyborg og Faaborg-Midtfyn Kommuner er medlemmer."
    refs = municipality_refs(text)
    assert municipality_refs(text) is refs
    assert [r.start for r in refs.between(0, len(text))] == [0, 8, 18]
    other = municipality_refs("Kerteminde Kommune")
    assert other is not refs and len(other.between(0, 18)) == 1


def test_an_election_is_found_from_the_white_space_after_the_name() -> None:
    text = (
        "Jens Hansen      blev   enstemmigt genvalgt som nye medlemmer af bestyrelsen. "
        "Anne Olsen er nu nye medlemmer af X"
    )
    found = finditer_around(
        elections.NAMES_THEN_BODY, text, elections.NAMES_THEN_BODY_WORDS, elections.NAMES_THEN_BODY_RUNS
    )
    assert _spans(found) == _spans(elections.NAMES_THEN_BODY.finditer(text)) == [(11, 65), (88, 112)]


def _sentence_at_read_whole(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """``sentence_at`` as it read before: every sentence end in the window before start (its look at the capital
    after it seeing the character at start), the last one kept."""
    left = max(lo, start - WINDOW)
    for match in sentence_stops(SENTENCE_END, text, left, min(len(text), start + 1)):
        if match.end() <= start:
            left = match.end()
    stop = next(sentence_stops(SENTENCE_END, text, end, min(hi, end + WINDOW)), None)
    return left, stop.start() if stop else min(hi, end + WINDOW)


# a sentence's ends and what only looks like one: a full stop before a capital or a bullet, an abbreviation's, blank
# lines (with spaces on them), a bullet opening a line, "mens" after a comma, runs of white space
_SENTENCE_PIECES = [
    "Jens",
    " ",
    "  ",
    ".",
    ". ",
    ".\n",
    "\n",
    "\n\n",
    "\n \n",
    "\n• ",
    "\n- ",
    ", mens ",
    ",  ",
    "jf. ",
]
_SENTENCE_PIECES += ["bl.a. ", "Kommune", "medlem", " 3", "A", "æ", "\t", "! ", "?", "ca.", "•", "–"]


@pytest.mark.parametrize("seed", range(3))
def test_the_sentence_read_back_in_steps_is_the_sentence_read_whole(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(2000):
        text = "".join(rng.choice(_SENTENCE_PIECES) for _ in range(rng.randint(1, 400)))  # up to about 1,200 characters
        start = rng.randrange(len(text) + 1)
        end = min(len(text), start + rng.randint(0, 10))
        lo = rng.choice([0, max(0, start - rng.randint(0, 900))])
        hi = rng.choice([len(text), min(len(text), end + rng.randint(0, 900))])
        assert sentence_at(text, start, end, lo, hi) == _sentence_at_read_whole(text, start, end, lo, hi), text


_TITLE_PIECES = [
    "Direktøren ",
    "direktøren ",
    "CHEFEN ",
    "formanden ",
    "for ",
    "FOR ",
    "For ",
    "fOr ",
    "det nye ",
    "alle ",
]
_TITLE_PIECES += ["beredskab ", "børne- og kulturdirektørforeningen ", "(MSBR) ", "Jens ", "\t", "  ", "İ", "ı"]


@pytest.mark.parametrize("seed", range(2))
def test_a_definite_title_is_never_read_without_its_for(seed: int) -> None:
    """definite_title_before asks its pattern only where the window lowered holds "for": every match holds one."""
    rng = random.Random(seed)
    found = 0
    for _ in range(3000):
        text = "".join(rng.choice(_TITLE_PIECES) for _ in range(rng.randint(1, 12))) + "Jens Lund"
        hi = len(text) - len("Jens Lund")
        lo = max(0, hi - 130)
        if ending(DEFINITE_TITLE_FOR, text, lo, hi, 16) is not None:
            found += 1
            assert "for" in text[lo:hi].lower(), text
    assert found > 100
