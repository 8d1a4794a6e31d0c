"""The per-person role readers called only where a sentence holds one of their cue words (issue 13 item 7,
`role_cues`) find what every reader called for every person found: the facts of the role forms' real excerpts and of
random texts made of titles, cue words, names and punctuation are the same with the gates and without them; the
cue words are found whole, in any case, and a letter re.IGNORECASE reads as another lets every reader through."""

from __future__ import annotations

import importlib
import random
import re
from pathlib import Path
from typing import Any

import pytest
from text_facts import facts_of_text

from graphbuild.extract import role_cues
from graphbuild.extract import role_plural_posts as plural_posts
from graphbuild.extract.role_board_elections import BOARD_ITEM
from graphbuild.extract.role_cues import CUE_WORDS, CuePlaces
from graphbuild.extract.role_sentence import TITLE_GATE, Sentence
from graphbuild.extract.word_gate import WordPlaces


def _facts_json(tmp_path: Path, text: str) -> str:
    return facts_of_text(tmp_path, text).model_dump_json()


def _ungated(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every sentence said to hold every cue word, every window a title word: every reader called for every person,
    as before the gates."""
    monkeypatch.setattr(role_cues.CuePlaces, "said", lambda self, lo, hi: CUE_WORDS)
    monkeypatch.setattr(Sentence, "may_name_a_title", lambda self, lo, hi: True)


def _form_texts() -> list[str]:
    """The excerpts of the tables of role forms (tests/test_role_forms_*.py), each with its header if it has one."""
    texts = []
    for path in sorted(Path(__file__).parent.glob("test_role_forms_*.py")):
        module: Any = importlib.import_module(path.stem)
        header = getattr(module, "HEADER", "")
        for case in getattr(module, "CASES", []):
            if len(case) == 5:  # a headed case: (why, header, text, present, absent)
                texts.append(case[1] + case[2])
            else:
                texts.append((header if isinstance(header, str) else "") + case[1])
    return texts


def test_the_role_forms_excerpts_give_the_same_facts_gated_and_ungated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = _form_texts()
    assert len(texts) > 100
    gated = [_facts_json(tmp_path, text) for text in texts]
    _ungated(monkeypatch)
    for text, facts in zip(texts, gated, strict=True):
        assert _facts_json(tmp_path, text) == facts, text


# pieces a sentence with people and their posts is made of: names, titles and posts (each reader's cue words), the
# words of elections, labels and brackets, bodies, line breaks and stops
_PIECES = [
    "Jens Hansen", "Lise Holm (V)", "Bo Ek", "Anna Marie Sørensen", "formand", "Næstformand", "borgmester",
    "kommunaldirektør", "fmd.", "referent", "Referent:", "(ref.)", "Dirigent:", "ordstyrer", "suppleant", "suppl.",
    "1. stedfortræder for Venstre,", "kasserer", "sekretær", "bestyrelsesmedlem", "byrådsmedlemmerne", "rådmænd",
    "blev valgt som", "valgtes", "udpeget til", "som", "sammen med", "er", "blev", "posten som", "formandsposten",
    "for Teknisk Udvalg", "i Struer Kommune", "fra Aarhus Kommune", "Bestyrelsen", "(", ")", ",", ".", ":", " og ",
    "\n", "\n\n", " ", "  ", "\t", "•", "-", "henholdsvis", "deltog", "Formand for KD-Net er", "ı", "ſom",
]  # fmt: skip


@pytest.mark.parametrize("seed", range(4))
def test_random_texts_give_the_same_facts_gated_and_ungated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed: int
) -> None:
    rng = random.Random(seed)
    texts = [
        "Referat af bestyrelsesmøde i Foreningen Nørreby\n\n"
        + " ".join(rng.choice(_PIECES) for _ in range(rng.randint(4, 40)))
        for _ in range(60)
    ]
    gated = [_facts_json(tmp_path, text) for text in texts]
    _ungated(monkeypatch)
    for text, facts in zip(texts, gated, strict=True):
        assert _facts_json(tmp_path, text) == facts, text


def test_a_cue_word_is_said_whole_in_its_window_in_any_case() -> None:
    text = "Mødet blev ledet af FORMAND Jens Hansen. Bo Ek deltog som Referent."
    cues = CuePlaces(text)
    assert "formand" in cues.said(0, len(text))
    assert "formand" in cues.said(text.index("FORMAND"), text.index("FORMAND") + 7)
    # a word cut by the window's edge is not said
    assert "formand" not in cues.said(text.index("FORMAND") + 1, len(text))
    assert "formand" not in cues.said(0, text.index("FORMAND") + 6)
    assert {"som", "referent", "ref"} <= cues.said(text.index("Bo Ek"), len(text))
    assert cues.said(text.index("Bo Ek"), len(text)).isdisjoint({"formand", "valgt"})


def test_a_letter_lower_case_keeps_as_another_lets_every_reader_through() -> None:
    # "ı" (a dotless i), which re.IGNORECASE reads as "i": "dırigent" may be matched as "dirigent"
    text = "Jens Hansen var dırigent. Bo Ek kom."
    cues = CuePlaces(text)
    assert cues.said(0, text.index(".")) == CUE_WORDS
    assert cues.said(text.index("Bo Ek"), len(text)) == frozenset()


# what role_plural_posts searched before: the plural forms' alternation, longest first
_PLURAL_WORDS = re.compile(
    "|".join(sorted((form for _, *plurals in plural_posts._FORMS for form in plurals), key=len, reverse=True))
)


@pytest.mark.parametrize("seed", range(4))
def test_the_plural_forms_found_by_the_automaton_are_the_ones_the_alternation_found(seed: int) -> None:
    rng = random.Random(seed)
    pieces = [form for _, *plurals in plural_posts._FORMS for form in plurals]
    pieces += ["formand", "revisor", "ne", "erne", "e", "r", " ", "\n", "x", "næst", "sup", "pleanter"]
    for _ in range(2_000):
        lowered = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        expected = [(match.start(), match.end()) for match in _PLURAL_WORDS.finditer(lowered)]
        assert plural_posts.plural_words(lowered) == expected, lowered


@pytest.mark.parametrize("seed", range(3))
def test_the_title_places_read_from_the_cue_pass_are_the_ones_the_title_gate_finds(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(300):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 30)))
        from_cues = CuePlaces(text).places_of(role_cues.TITLE)
        own = WordPlaces(TITLE_GATE, text)
        for _ in range(20):
            lo = rng.randint(0, len(text))
            hi = rng.randint(lo, len(text))
            assert from_cues.holds(lo, hi) == own.holds(lo, hi), (text, lo, hi)


def test_an_item_electing_the_board_is_read_only_where_its_words_stand_as_printed() -> None:
    # BOARD_ITEM reads "Valg" with its capital and "bestyrelse" in lower case: a text without both holds no such item
    item = "\n4. Valg af bestyrelse\nJens Hansen og Lise Holm blev genvalgt.\n"
    assert BOARD_ITEM.search(item) is not None
    assert BOARD_ITEM.search(item.replace("Valg", "VALG")) is None
    assert BOARD_ITEM.search(item.replace("bestyrelse", "Bestyrelse")) is None
