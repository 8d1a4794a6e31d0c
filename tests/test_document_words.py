"""vocab.document_words: the one automaton pass over a document's lower-cased text that parse's attendance cue words,
extract's role cue words, its known names' keys and the words extract's readers ask ``near.word_positions`` for over
the whole document are read from; each reader's answer checked against its own pass over the same text (the pass each
of them made before)."""

from __future__ import annotations

import ahocorasick
import pytest
from fixtures_shared import EXAMPLES

from graphbuild.extract import (
    membership_cooccurring,
    membership_cues,
    membership_lists,
    membership_network_forms,
    mention_known,
    role_cues,
    role_member_cooccurring,
)
from graphbuild.extract.role_cues import CuePlaces
from graphbuild.parse import attendance_lists
from graphbuild.parse.attendance_reading import CueWords
from graphbuild.parse.attendance_rows import lowered as lowered_as_written
from graphbuild.sources import collect_paths, read_source
from graphbuild.vocab import document_words, municipality_names, near
from graphbuild.vocab.near import lowered

# dev-write excerpts as printed (hbr-bestyrelsen-2019-11-06, kara-noveren-bestyrelse-2011-04-27): attendance labels,
# role cue words ("medlem", "næstformand", "Formanden") inside and beside known names (municipalities, "KARA")
SNIPPETS = [
    "Afbud: Steen Christiansen (Albertslund Kommune, medlem) Franciska Rosenkilde (Københavns Kommune, medlem)\n\n"
    "REFERAT Møde i bestyrelsen - Hovedstadens …...2019/11/06  · Helle M. Adelborg (Hvidovre Kommune, næstformand) "
    "Lone Loklindt (Frederiksberg Kommune, medlem) ...",
    "Fraværende: Mødet hævet kl Side 1 af 12\n\n2 PROTOKOL fra bestyrelsesmøde i KARA/NOVEREN Mødetid : onsdag den "
    "27. april 2011 kl Mødested : Håndværkervej 70, 4000 Roskilde 1. Formanden orienterer",
    # the letters that keep a cue test from telling ("ſ", "ı") and the one whose lower case is two characters
    "Beſtyrelsen: Ayşe Yılmaz (medlem), İlknur Kaya (KD), formand. Til stede: alle.",
    "",
]


def _texts() -> list[str]:
    paths, _ = collect_paths([EXAMPLES])
    return [*SNIPPETS, *(read_source(path).text for path in sorted(paths)[:8])]


def _own_pass(words: list[str], low: str) -> list[tuple[int, str]]:
    automaton = ahocorasick.Automaton()
    for word in sorted(set(words)):
        automaton.add_word(word, word)
    automaton.make_automaton()
    return list(automaton.iter(low))


@pytest.mark.parametrize("text", _texts())
def test_each_vocabulary_gets_what_its_own_pass_finds_in_its_order(text: str) -> None:
    low = lowered(text)
    assert document_words.hits(low, "role cues") == _own_pass(sorted(role_cues.CUE_WORDS), low)
    assert document_words.hits(low, "known names") == list(mention_known._automaton().iter(low))
    cue_words = list(attendance_lists._CUE_WORDS)
    assert document_words.hits(low, "attendance cues") == _own_pass(cue_words, low)


@pytest.mark.parametrize("text", _texts())
def test_the_readers_read_what_their_own_passes_found(text: str) -> None:
    low = lowered(text)
    shared = CuePlaces(text)
    own = sorted((end + 1 - len(word), end + 1, word) for end, word in _own_pass(sorted(role_cues.CUE_WORDS), low))
    assert shared._starts == [start for start, _, _ in own]
    assert shared._words == [word for _, _, word in own]
    for lo, hi in [(0, len(text)), (0, len(text) // 2), (len(text) // 3, len(text))]:
        marked = any(lo <= at < hi for char in ("ı", "ſ") for at in range(len(low)) if low[at] == char)
        whole = frozenset(word for start, end, word in own if lo <= start and end <= hi)
        assert shared.said(lo, hi) == (role_cues.CUE_WORDS if marked else whole)
    found = mention_known.names_of(text, 0, mention_known._automaton().iter(low))
    assert mention_known.scan_names(text, 0, len(text)) == found  # the sets, and the lists in the same order
    attendance_low = lowered_as_written(text)
    cues = attendance_lists.document_cues(attendance_low)
    assert cues._at == CueWords(attendance_low, attendance_lists._CUE_WORDS)._at


def test_a_window_of_the_text_is_still_its_own_pass() -> None:
    text = SNIPPETS[0]
    lo, hi = text.index("Franciska"), text.index("REFERAT")
    hits = mention_known.scan_names(text, lo, hi)
    assert hits.municipality_starts == {text.index("Københavns")}  # not Albertslund's, before the window


def test_a_vocabulary_registered_after_a_pass_starts_the_passes_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(document_words, "_vocabularies", dict(document_words._vocabularies))
    monkeypatch.setattr(document_words, "_passes", {})
    monkeypatch.setattr(document_words, "_union", None)
    low = lowered(SNIPPETS[1])
    before = document_words.hits(low, "role cues")
    document_words.register("test words", lambda: {"mødested": "place", "formand": "chair"})
    assert document_words.hits(low, "test words") == [
        (low.index("mødested") + len("mødested") - 1, "place"),
        (low.index("formand") + len("formand") - 1, "chair"),
    ]
    assert document_words.hits(low, "role cues") == before  # another vocabulary's words do not change its hits


def test_a_word_of_several_vocabularies_is_filed_in_each(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(document_words, "_vocabularies", dict(document_words._vocabularies))
    monkeypatch.setattr(document_words, "_passes", {})
    monkeypatch.setattr(document_words, "_union", None)
    low = lowered(SNIPPETS[1])  # "… 1. Formanden orienterer": "formand" a role cue and both test vocabularies' word
    document_words.register("test one", lambda: {"formand": (-1, "not a marker"), "mødetid": "time"})
    document_words.register("test two", lambda: {"formand": "chair"})
    chair = low.index("formand") + len("formand") - 1
    assert document_words.hits(low, "test one") == [
        (low.index("mødetid") + len("mødetid") - 1, "time"),
        (chair, (-1, "not a marker")),  # a value is carried as it is, whatever it holds
    ]
    assert document_words.hits(low, "test two") == [(chair, "chair")]
    assert (chair, "formand") in document_words.hits(low, "role cues")


def test_a_vocabulary_never_registered_is_refused() -> None:
    with pytest.raises(ValueError, match="no vocabulary registered"):
        document_words.hits("afbud", "no such words")


def test_the_last_texts_only_are_kept() -> None:
    for text in SNIPPETS[:3]:
        document_words.hits(lowered(text), "role cues")
    assert len(document_words._passes) <= document_words._KEPT


def _whole_document_tuples() -> list[tuple[near.Word, ...]]:
    return [
        membership_cues.MORE_CUE_WORDS,
        membership_cues.CUE_WORDS,
        membership_cooccurring.TIE_WORDS,
        membership_lists.MEMBER_LIST_WORDS,
        membership_network_forms.DEFINED_NETWORK_WORDS,
        role_member_cooccurring.CUE_WORDS,
        municipality_names._names_asked(),
    ]


def _own_positions(text: str, words: tuple[near.Word, ...], lo: int, hi: int) -> list[int]:
    low = lowered(text)
    out = []
    for last, (length, confirm, _word) in near._automaton(words).iter(low, lo, hi):
        at = last - length + 1
        if confirm is None or confirm.match(text, at, hi):
            out.append(at)
    return sorted(out)


@pytest.mark.parametrize("text", _texts())
def test_word_positions_over_a_whole_document_read_its_one_pass(text: str) -> None:
    low = lowered(text)
    asked = _whole_document_tuples()  # every vocabulary registered (the municipality names' when first asked)
    document_words.hits(low, "known names")  # extract's index asks first: the document's pass is kept
    for words in asked:
        assert document_words.kept_hits(low, ("near", words)) is not None
        assert near.word_positions(text, words) == _own_positions(text, words, 0, len(text))
        assert near.word_positions(text, words, 1, len(text)) == _own_positions(text, words, 1, len(text))


def test_a_text_with_no_pass_kept_is_read_by_its_own_pass_and_starts_none() -> None:
    text = "Kommunalbestyrelsen består af 25 medlemmer, valgt af borgerne i Aarhus Kommune."
    low = lowered(text)
    document_words._passes.pop(low, None)
    words = role_member_cooccurring.CUE_WORDS
    assert near.word_positions(text, words) == [text.index("består"), text.index("medlemmer"), text.index("valgt")]
    assert low not in document_words._passes


def test_eight_words_or_fewer_are_no_vocabulary_of_the_pass() -> None:
    few = ("består", "bestod")
    near.asked_of_whole_documents(few)
    assert ("near", few) not in document_words._vocabularies
