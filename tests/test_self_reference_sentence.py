"""A municipality's mention on a flattened page read for a self-reference in its own sentence only: a "vi" in
another bullet or sentence of the page's one line is no writer's word about the place named; a paragraph's line
keeps its window. Snippets: roskilde-handicapraadet-2018-02-01 and viborgok-bestyrelse-2020-06-08 (dev-write),
flattened as benchmarks.realworld_flattened flattens them."""

from __future__ import annotations

from graphbuild.extract.inference import SELF_REFERENCE
from graphbuild.extract.self_reference_sentence import mention_sentence

PROSE = "Udvalget drøftede sagen og den videre proces for området, som blev gennemgået af forvaltningen. " * 8
ROSKILDE = (
    "Der vil bl.a. blive givet orientering om: • Status på projektet ”Sammen finder vi job” • Status på "
    "pårørendepolitikken • Det Centrale Handicapråd holder Årsmøde den 10. april 2018 i Odense • Henvendelse fra Det "
    "Danske Madhus med tilbud om prøvespisning • "
)
VIBORG = (
    "Der arbejdes under genåbning af VOres klubhus. Det betyder også at flere arrangementer kan gennemføres. "
    "Gradvis og kontrolleret åbning af klubben, herunder ViKaSki-løb, Poster i Skoven, Kom&Prøv, Midtjysk Sprint "
    "Cup og Læsø 3-dages. "
)


def _window(text: str, name: str) -> str:
    start = text.index(name)
    end = start + len(name)
    window_start, window_end = mention_sentence(text, start, end, max(0, start - 200), min(len(text), end + 200))
    return text[window_start:window_end]


def test_a_self_reference_in_another_bullet_of_a_flattened_page_is_none() -> None:
    page = "1 " + PROSE + ROSKILDE + PROSE + "\n"
    window = _window(page, "Odense")
    assert window.strip() == "Det Centrale Handicapråd holder Årsmøde den 10. april 2018 i Odense"
    assert SELF_REFERENCE.search(window) is None


def test_a_self_reference_in_the_sentence_before_on_a_flattened_page_is_none() -> None:
    page = "1 " + PROSE + VIBORG + PROSE + "\n"
    window = _window(page, "Læsø")
    assert window.startswith(" Gradvis og kontrolleret åbning")
    assert SELF_REFERENCE.search(window) is None


def test_a_self_reference_in_the_mentions_own_sentence_is_kept() -> None:
    page = "1 " + PROSE + "Vi har i Odense Kommune aftalt et nyt forløb. " + PROSE + "\n"
    assert SELF_REFERENCE.search(_window(page, "Odense")) is not None


def test_a_paragraphs_line_keeps_its_window() -> None:
    # a line shorter than a page: the paragraph's words either side, as before
    line = VIBORG.strip()
    assert len(line) < 1000
    assert SELF_REFERENCE.search(_window(line + "\n", "Læsø")) is not None
