"""The lone first-name reader (extract/role_first_names.py) searches only the lines holding a verb's word ("valgt",
"fortsætter", "stoppet") and the runs after them: it keeps what a scan of the whole text keeps, a listed name
opening the line after its election and a seat run over a line break included, and reads nothing on a line
without the verb; on such a line only near each verb (a flattened page's line of thousands of characters), which
random texts of the pattern's pieces check against the whole scan."""

from __future__ import annotations

import random
import re

import pytest

from graphbuild.extract import role_first_names
from graphbuild.extract.role_first_names import LONE_NAME


def _kept(text: str, matches: list[re.Match[str]]) -> list[tuple[int, int, bool]]:
    """The matches `with_lone_first_names` goes on with: a listed name only after an election's list."""
    out = []
    for match in matches:
        if match["listed"] is not None and not role_first_names._LIST_BEFORE.search(
            text, max(0, match.start() - 80), match.start()
        ):
            continue
        out.append((match.start(), match.end(), match["listed"] is not None))
    return out


TEXTS = [
    # Hørsholm Seniorråd, Gjessø Lokalråd, Aalborg's Udsatteråd, as the meeting-officer tests quote them
    "1. Valg af mødeleder og ordstyrer. Lisbet valgt som mødeleder og Mogens som ordstyrer.\n\n"
    "2. Valg af referent. Jørgen valgt som referent.\n\n3. Valg af revisor. Carina fortsætter som revisor.\n\n"
    "4. Meddelelser. Bjarke er stoppet som sekretær for rådet.",
    # the list's next name opens the next line ("$" reads before a newline), the seat runs over a line break
    "Referat\n\nLisbet blev valgt som mødeleder og \nMogens som ordstyrer.\n\nKaren blev VALGT som administrerende\n"
    "direktør for selskabet. Anne-Marie fortsatte som social-\n\nog sundhedsdirektør.",
    # a long s the case-blind pattern reads as "s" and str.lower keeps: the whole text is searched
    "Punkt 3.\nBjarke er ſtoppet som sekretær for rådet.\n" + "Intet nyt. " * 20,
    # the seat without the verb: nothing read
    "Punkt 1.\nMogens som ordstyrer.\nJørgen som referent og Lisbet som mødeleder.\n" + "Intet nyt. " * 20,
    # a flattened page's one long line: the names far from the verbs are not read, the ones beside them are
    "Deltagere: Mogens Hansen Karen Holm " * 40
    + "Punkt 2. Lisbet blev valgt som mødeleder og Mogens som ordstyrer, "
    + "Karen Holm Jørgen Dahl " * 40
    + "Bjarke   er  stoppet \t som  sekretær. "
    + "Anne Holm " * 30,
]


@pytest.mark.parametrize("text", TEXTS)
def test_gated_lone_names_are_the_whole_scans(text: str) -> None:
    assert _kept(text, list(role_first_names._lone_name_matches(text))) == _kept(text, list(LONE_NAME.finditer(text)))


def test_the_gate_finds_the_edge_forms() -> None:
    found = {TEXTS[1][a:b] for a, b, _ in _kept(TEXTS[1], list(role_first_names._lone_name_matches(TEXTS[1])))}
    assert found == {"Lisbet", "Mogens", "Karen", "Anne-Marie"}
    assert _kept(TEXTS[3], list(role_first_names._lone_name_matches(TEXTS[3]))) == []
    assert [TEXTS[2][a:b] for a, b, _ in _kept(TEXTS[2], list(role_first_names._lone_name_matches(TEXTS[2])))] == [
        "Bjarke"
    ]


# the pieces of LONE_NAME and _LIST_BEFORE in their order, each piece left out or replaced at random, joined by
# blanks, line breaks or filler of any length: the edges of the verbs' windows (names and verbs far apart on one long
# line, a listed name up to 80 characters after "valgt" or opening the next line)
_NAMES = ["Lisbet", "Mogens", "Anne-Marie", "Poul Erik", "H. Jørgen", "(Karen"]
_VERBS = ["valgt", "genvalgt", "VALGT", "fortsætter", "er stoppet", "stopper", "valgte"]
_SEATS = ["mødeleder", "ny referent", "1. kasserer", "medlem", "formand", "ordstyrer", "x"]
_GAPS = [" ", " ", "  ", "\t", " \n", "\n", "\n\n", " " * 70, " og ", ", ", ". "]


def _sentence(rng: random.Random) -> str:
    parts = [rng.choice(_NAMES), rng.choice(["", "blev", "er", "var"]), rng.choice(_VERBS), rng.choice(["som", "til"])]
    parts.append(rng.choice(_SEATS))
    for _ in range(rng.randint(0, 2)):
        parts += [
            rng.choice(["og", "og", ",", "x" * rng.randint(1, 60)]),
            rng.choice(_NAMES),
            "som",
            rng.choice(_SEATS),
        ]
    out = []
    for part in parts:
        if rng.random() < 0.95:
            out.append(part)
        out.append(" " if rng.random() < 0.75 else rng.choice(_GAPS))
    return "".join(out)


def test_the_verbs_windows_keep_the_whole_scans_on_random_texts() -> None:
    rng = random.Random(27)
    kept = 0
    for _ in range(3000):
        text = "".join(_sentence(rng) + rng.choice(["", "Intet nyt. " * rng.randint(1, 30)]) for _ in range(3))
        whole = _kept(text, list(LONE_NAME.finditer(text)))
        assert _kept(text, list(role_first_names._lone_name_matches(text))) == whole, text
        kept += len(whole)
    assert kept > 1000  # the texts hold the forms read
