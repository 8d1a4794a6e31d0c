"""extract.document_index (one reading of a document every step shares) and vocab.folding (the one
folding of ids, the name matcher and the search index), each answer checked against the plain pass
over the text it replaces."""

from __future__ import annotations

import re

import pytest
from fixtures_shared import EXAMPLES

from graphbuild import search_terms, textindex
from graphbuild.extract.document_index import DocumentIndex
from graphbuild.extract.mentions import find_all
from graphbuild.extract.people import find_people
from graphbuild.sources import collect_paths, read_source
from graphbuild.vocab import ids, matching
from graphbuild.vocab.folding import fold, spellings_of

TEXT = (
    "Referat\nByrådet i Aarhus Kommune. Til stede: Anders J. Jørgensen (A), Inger Bojsen Nehm.\n"
    "Punkt 1. Medlemskab af KL Play: kr. 150.000 kr blev bevilget, jf. bl.a. § 17.\n\n"
    "Økonomiudvalget tilmelder kommunen. Medlem af netværket er Mette Frederiksen.\n"
)


def _texts() -> list[str]:
    paths, _ = collect_paths([EXAMPLES])
    return [TEXT, "", "\n\n", "ingen store bogstaver her", *(read_source(path).text for path in sorted(paths)[:8])]


@pytest.mark.parametrize("pos", [0, 7, 8, 30, TEXT.index("\n\n"), TEXT.index("\n\n") + 1, len(TEXT) - 1, len(TEXT)])
def test_line_bounds_are_those_of_rfind_and_find(pos: int) -> None:
    end = TEXT.find("\n", pos)
    assert DocumentIndex(TEXT).line_bounds(pos) == (TEXT.rfind("\n", 0, pos) + 1, len(TEXT) if end < 0 else end)


def test_names_and_people_read_from_the_index_are_those_of_their_own_passes() -> None:
    for text in _texts():
        index = DocumentIndex(text)
        assert find_all(text, 0, len(text), index.name_hits) == find_all(text, 0, len(text))
        assert find_people(text, 0, len(text), index.capitalised_runs) == find_people(text, 0, len(text))


FOLDED = [
    ("Åbenrå", "aabenraa"),
    ("AABENRAA", "aabenraa"),
    ("Næstved Rådhus", "naestved raadhus"),
    ("Social- og Sundhedsudvalget", "social og sundhedsudvalget"),
    ("Sundhedsloven §119", "sundhedsloven §119"),
    ("Müller", "mueller"),
    ("Crème Brûlée", "creme brulee"),
    ("  KL  Play: ", "kl play"),
]


@pytest.mark.parametrize(("text", "folded"), FOLDED)
def test_one_folding_for_ids_the_matcher_and_the_search_index(text: str, folded: str) -> None:
    assert fold(text) == folded
    assert ids.normalise(text) == matching.fold(text) == textindex.fold(text) == folded  # one function, used by each
    assert search_terms.query_terms(text) == re.sub(r"[^a-z0-9]+", " ", folded).split()


@pytest.mark.parametrize(("letters", "some"), [("e", "eéèê"), ("aa", "å"), ("ae", "æä"), ("oe", "øö"), ("ue", "ü")])
def test_the_spellings_of_folded_letters(letters: str, some: str) -> None:
    assert set(some) <= set(spellings_of(letters))
    assert all(fold(c) == letters for c in spellings_of(letters))


def test_the_search_index_finds_an_accented_word_by_its_folded_form() -> None:
    text = "Mødet på Café Crème i Åbenrå"
    assert [text[s:e] for s, e in search_terms.hit_spans(text, search_terms.query_terms("creme aabenraa"))] == [
        "Crème",
        "Åbenrå",
    ]


def test_folding_caches_names_never_documents() -> None:
    """A document's text is folded once (for the search index): kept in the cache, every text a process
    folds would stay in memory for the whole build."""
    from graphbuild.vocab import folding

    folding._fold_short.cache_clear()
    text = "Referat af mødet i Økonomiudvalget. " * 20
    assert folding.fold(text) == folding._fold(text)
    assert folding._fold_short.cache_info().currsize == 0
    assert folding.fold("Åbenrå") == "aabenraa" and folding._fold_short.cache_info().currsize == 1
