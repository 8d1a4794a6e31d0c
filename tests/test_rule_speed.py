"""The rule modules' faster readings find what the plain passes they replace find (issue 13 item 7):
each is compared with the pass it replaces over the seeds, the examples and a text of every cue in
several cases and spacings."""

from __future__ import annotations

import re
from collections.abc import Iterable

import pytest
from fixtures_shared import EXAMPLES, SHARED

from graphbuild.extract import adoption_cues, membership_network_forms
from graphbuild.extract import membership_municipalities as memberships
from graphbuild.vocab.ids import normalise
from graphbuild.vocab.near import lowered

SEEDS = SHARED / "seeds"  # absent outside the project's machines: the examples and CUE_TEXT remain

CUE_TEXT = (
    "Byrådet besluttede at tilmelde kommunen. Herning Kommune TILMELDTE SIG i 2021 og tilsluttede sig senere.\n"
    "Udvalget godkendte tilslutning til aftalen; Ikast er nu tilmeldt og har tilsluttet sig, og abonnerer på den.\n"
    "Besluttede den 31. maj 2021 at tilmelde sig. Byrådet tilslutter sig X, sluttede sig i 2010 til Y.\n"
    "Kommunen HAR VEDTAGET strategien, har nu underskrevet aftalen og skrev under på den; underskriver, "
    "Skriver  under\tpå. vedtog vedtager tiltrådte Tiltræder; ubesluttede, forhar, genskrev under på.\n"
    "besluttede den 29. september 2009, at Greve Kommune skulle tiltræde X. harhar har har tidligere tiltrådt.\n"
)


def _texts() -> list[str]:
    paths = sorted(SEEDS.glob("*.txt")) + sorted(EXAMPLES.rglob("*.md")) + sorted(EXAMPLES.rglob("*.txt"))
    return [path.read_text(encoding="utf-8") for path in paths] + [CUE_TEXT]


def _spans(matches: Iterable[re.Match[str]]) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in matches]


@pytest.mark.parametrize("k", range(len(adoption_cues.ADOPTION_PATTERNS)))
def test_adoption_patterns_tried_where_their_words_open_find_what_finditer_finds(k: int) -> None:
    pattern = adoption_cues.ADOPTION_PATTERNS[k][0]
    opens = adoption_cues._OPENS_WITH[k]
    found = 0
    for text in _texts():
        low = lowered(text)
        for lo, hi in ((0, len(text)), (len(text) // 3, 2 * len(text) // 3), (5, len(text) - 5)):
            expected = _spans(pattern.finditer(text, lo, hi))
            assert _spans(adoption_cues._matches(pattern, text, low, opens, lo, hi)) == expected
            found += len(expected)
    assert found > 0  # the texts hold a match of every pattern: the comparison compared something


def test_every_adoption_pattern_opens_with_one_of_its_words() -> None:
    for (pattern, _, _), opens in zip(adoption_cues.ADOPTION_PATTERNS, adoption_cues._OPENS_WITH, strict=True):
        if opens is None:
            continue
        for m in pattern.finditer(CUE_TEXT + "\n".join(_texts())):
            assert m.group(0).lower().startswith(opens), (pattern.pattern, m.group(0))


def test_adoption_cues_with_the_index_are_those_without() -> None:
    from graphbuild.extract.document_index import DocumentIndex

    for text in _texts():
        index = DocumentIndex(text)
        for lo, hi in ((0, len(text)), (len(text) // 2, len(text))):
            assert adoption_cues.find_adoption_cues(text, lo, hi, index) == adoption_cues.find_adoption_cues(
                text, lo, hi
            )


@pytest.mark.parametrize("word", ["Aarhus", "Høje", "Aarhus'", "Vejles", "Kommunen", "Ærø", "Hello", "Lyngby-Taarbæk"])
def test_a_word_that_may_start_a_municipality_is_answered_once_and_the_same(word: str) -> None:
    memberships._may_start_a_name.cache_clear()
    first = memberships._may_start_a_name(word)
    key = normalise(word).split(" ", 1)[0]
    words = memberships._first_words()
    assert first == (key in words or (key.endswith("s") and key[:-1] in words))
    assert memberships._may_start_a_name(word) == first
    assert memberships._may_start_a_name.cache_info().hits == 1


def test_every_verb_a_seat_change_reads_holds_the_letters_its_gate_asks() -> None:
    from graphbuild.extract.role_posts import SEAT_CHANGE

    verbs = re.search(r"\(\?P<verb>([^()]*)\)", SEAT_CHANGE.pattern)
    assert verbs is not None and not SEAT_CHANGE.flags & re.IGNORECASE
    alternatives = verbs.group(1).split("|")
    assert len(alternatives) >= 8 and all("dtr" in verb for verb in alternatives)


def test_seat_changes_are_found_with_the_gate_as_without() -> None:
    from graphbuild.extract.people import find_people
    from graphbuild.extract.role_posts import _seat_changes

    text = (
        "Byrådsmedlem Jens Hansen udtræder af Byrådet pr. 1. marts 2021. Mette Holm indtræder i Herning Byråd.\n"
        "Ole Berg er udtrådt af kommunalbestyrelsen. Anne Lund er indtrådt i byrådet fra 2. april 2022."
    )
    people = find_people(text, 0, len(text))
    found = _seat_changes(text, people, ("kommune-657", "Herning"))
    assert {post.person.name for post in found} >= {"Jens Hansen", "Ole Berg"}  # the gate lets them through
    assert _seat_changes(text.replace("dtr", "d tr"), people, None) == []


def test_named_networks_are_found_once_per_text_and_cannot_be_changed_by_a_reader() -> None:
    text = "Herning, Ikast-Brande og Struer er med i Business Region MidtVest. Vestjyllands Brandvæsen I/S holder møde."
    membership_network_forms.named_networks.cache_clear()
    first = membership_network_forms.named_networks(text)
    assert isinstance(first, tuple) and list(first) == sorted(first)
    assert any("Business Region" in name for _, _, name in first)
    assert membership_network_forms.named_networks(text) is first
    assert membership_network_forms.named_networks.cache_info().hits == 1


def test_count_cues_are_read_where_kommuner_ends_a_word_as_its_pattern_finds() -> None:
    from graphbuild.extract.membership_cues import COUNT_CUE, KOMMUNER
    from graphbuild.extract.membership_prose_members import count_cues

    extra = "De ni KOMMUNER i foreningen; de 7 medlemskommuner, alle fire ejerkommuner_x, tre kommunerne og 2 kommuner"
    checked = 0
    for text in [*_texts(), extra]:
        for lo, hi in ((0, len(text)), (3, len(text) - 3), (0, len(text) - 1)):
            expected = []
            for word in KOMMUNER.finditer(text, lo, hi):
                match = COUNT_CUE.search(text, max(lo, word.start() - 40), word.end())
                if match is not None and match.end() == word.end():
                    expected.append((match.start(), match.end()))
            assert [(m.start(), m.end()) for m in count_cues(text, lo, hi)] == expected
            checked += len(expected)
    assert checked > 0
