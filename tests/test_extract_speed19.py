"""The people step's faster readings give what the readings they replace gave (issue 13 item 7): a run's
tokens found by splitting it are the tokens and places ``NON_SPACE`` found, the title before a name read
back from the name is the word the search from the window's start found, and a stretch's plain and vouched
names read at once are the names read one by one; a committee's initials read once a name are the initials
read at each mention."""

from __future__ import annotations

import random
import re

import pytest

from graphbuild.extract.mention_abbreviations import by_initials, initials
from graphbuild.extract.mention_record import Mention
from graphbuild.extract.name_words import is_first_name
from graphbuild.extract.people import _names, _spans, _title_before, _unknown_words_before
from graphbuild.vocab.bodies import indefinite_body_name, split_body_noun
from graphbuild.vocab.person_names import NAME_RUN, NON_SPACE, ROLE_WORDS, doubled_at, is_title_word, surname_like

# what ``people`` searched before: the last word before the spaces at the end of a 40-character window
_WORD_BEFORE = re.compile(r"(\w+)[ \t]+$")


def _searched_title_before(text: str, start: int) -> bool:
    word = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return word is not None and is_title_word(word.group(1))


# pieces titles, names and the text around them are made of: words in both cases, titles, spaces, tabs,
# line breaks, punctuation, digits and underscores, so the word before a name is cut by the window's edge,
# stands before a line break or is no word at all
_PIECES = [
    "museumsdirektør",
    "Skolechef",
    "formand",
    "Rådmand",
    "kontorchef",
    "Eskil",
    "Vagn Olsen",
    "ø",
    "_",
    "1",
    " ",
    "  ",
    "\t",
    "\n",
    " \n",
    ",",
    ":",
    "-",
    "x" * 37,
]


@pytest.mark.parametrize("seed", range(6))
def test_the_title_read_back_from_a_name_is_the_title_the_search_found(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(2_000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 12)))
        for start in range(len(text) + 1):
            assert _title_before(text, start) == _searched_title_before(text, start), (text, start)


def test_a_title_before_a_name_on_its_line_or_the_line_before() -> None:
    text = "Deltagere: museumsdirektør Eskil Vagn Olsen og Skolechef \nEspen Fossar Andersen"
    assert _title_before(text, text.index("Eskil"))
    assert _title_before(text, text.index("Espen"))
    # the title must end in a space or a tab, as the search asked, before the line break as before the name
    text = "Skolechef\nEspen Fossar Andersen"
    assert not _title_before(text, text.index("Espen"))
    # a title with a comma after it is not right before the name
    text = "Formand, Jens Hansen"
    assert not _title_before(text, text.index("Jens"))


@pytest.mark.parametrize(
    "text",
    [
        "Rådmand Balder Mørk Andersen",
        "Jens  Henrik W. Thulesen\tDahl",
        "Anders J. Jørgensen og Kate Bøghs pensionering",
        "Frank Laybourn Lead Agency, Niels Bohrs Vej",
        "Sagsbehandler: Lone Mossin Tlf. 1234",
    ],
)
def test_a_runs_split_tokens_are_the_tokens_and_places_of_the_pattern(text: str) -> None:
    for run in NAME_RUN.finditer(text):
        expected = tuple((t.start(), t.end(), t.group(0)) for t in NON_SPACE.finditer(run.group(0)))
        assert _spans(run.group(0)) == expected


def _name_before(tokens: list[str], structured: bool, company_after: bool) -> tuple[int, int] | None:
    """What ``people`` read before, once for the plain and once for the vouched name of a stretch."""
    first = next((i for i, tok in enumerate(tokens[:-1]) if is_first_name(tok)), None)
    if structured:
        lead = 0
        while lead < len(tokens) - 2 and tokens[lead].lower() in ROLE_WORDS:
            lead += 1
        if first is None or (first < lead or not _unknown_words_before(tokens[lead:first])):
            first = lead if first is None else min(first, lead)
    if first is None:
        return None
    end = min(len(tokens), first + (5 if any(t.endswith(".") for t in tokens[first + 1 : first + 4]) else 4))
    if company_after:
        stop = first + 2
        while stop < end and surname_like(tokens[stop]):
            stop += 1
        end = min(stop, end)
    doubled = doubled_at(tokens[first:end])
    if doubled is not None:  # since person_names.doubled_at: the name ends before a word printed again
        end = first + doubled
    while end - first > 1 and tokens[end - 1].endswith("."):
        end -= 1
    if end - first < 2 or any(t.lower() in ROLE_WORDS for t in tokens[first + 1 : end]):
        return None
    return first, end


# words a stretch is made of: first names, surnames, role words, occupations, initials and unknown words
_WORDS = ["Jens", "Hansen", "Henrik", "Styrup", "Formand", "Rådmand", "Entreprenør", "Jurist", "W.", "J.", "Nechitoi"]


@pytest.mark.parametrize("seed", range(4))
def test_both_names_of_a_stretch_read_at_once_are_the_names_read_one_by_one(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(3_000):
        tokens = [rng.choice(_WORDS) for _ in range(rng.randint(1, 7))]
        for company_after in (False, True):
            expected = (_name_before(tokens, False, company_after), _name_before(tokens, True, company_after))
            assert _names(tokens, company_after) == expected, tokens


def _by_initials_before(names: list[str]) -> dict[str, str]:
    """What ``by_initials`` gave before, each committee's initials and indefinite name read at each mention."""
    first: dict[str, str] = {}
    named: dict[str, set[str]] = {}
    for name in names:
        full = initials(name)
        for key in {full, full[:-1]} if len(full) > 3 and split_body_noun(name) else {full}:
            first.setdefault(key, name)
            named.setdefault(key, set()).add(indefinite_body_name(name).lower())
    return {key: first[key] for key, found in named.items() if len(found) == 1}


_COMMITTEES = [
    "Kultur- og Fritidsudvalget",
    "Kultur- og Fritidsudvalg",
    "Klima- og Forsyningsudvalget",
    "Trivsels-, Sundheds- og Forebyggelsesudvalget",
    "Integrationsrådet",
    "Byrådet",
    "Økonomiudvalget",
    "Teknik- og Miljøudvalget",
]


@pytest.mark.parametrize("seed", range(3))
def test_committees_read_once_a_name_give_the_initials_read_at_each_mention(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(300):
        names = [rng.choice(_COMMITTEES) for _ in range(rng.randint(0, 6))]
        mentions = [Mention(0, len(name), "", "Organization", name, "committee") for name in names]
        assert {key: e.name for key, e in by_initials(mentions).items()} == _by_initials_before(names), names
