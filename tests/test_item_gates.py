"""The item readers ask a pattern only of a text holding what every match of it needs (a character, a word, a last
digit): each gate is checked here against the pattern on random texts of its pieces (the pattern never matches where
the gate says no), beside a real snippet read as before."""

from __future__ import annotations

from graphbuild.parse import item_lines, item_person_titles, item_running_heads
from graphbuild.parse.flatten_run_in import _INSIDE, run_in_cuts
from graphbuild.parse.item_lines import clean_title, number_key, title_from
from graphbuild.parse.item_person_titles import is_person_name
from graphbuild.parse.item_running_heads import is_running_head
from graphbuild.parse.lines import clean, split_lines
from tests.random_texts import random_texts


def test_a_leader_and_a_tag_need_their_characters() -> None:
    pieces = ["Budget", " ", ".", "..", "....", "5", "\t", "<br />", "<b>", "<", ">", "a", "Side", ":", "-"]
    found = 0
    for text in random_texts(pieces, seed=28, count=20000, most=9):
        if "...." not in text:
            assert item_lines.LEADER.match(text) is None, text
        else:
            found += item_lines.LEADER.match(text) is not None
        if "<" not in text:
            assert item_lines._HTML_TAG.sub(" ", text) == text, text
    assert found > 100


def test_a_title_is_read_as_before() -> None:
    assert title_from("Budget 2020 ........ 5") == "Budget 2020"
    assert title_from("Godkendelse af dagsorden<br />") == "Godkendelse af dagsorden"
    assert title_from("Status på projekt ... og økonomi") == "Status på projekt ... og økonomi"  # three dots: no leader


def test_a_number_run_in_needs_a_full_stop_or_punkt() -> None:
    pieces = ["2", "15", "3.", ".", " ", "Punkt", "Pkt", "Pkt.", "Budget", "referatet", "?", ")", "a", "x"]
    found = 0
    for text in random_texts(pieces, seed=28, count=20000, most=9):
        if "." not in text and "Punkt" not in text:
            assert _INSIDE.search(text) is None, text
        else:
            found += _INSIDE.search(text) is not None
    assert found > 100


def test_a_heading_run_into_the_line_before_is_still_cut() -> None:
    text = "Referat\n1. Godkendelse af dagsorden\nMed tilføjelsen godkendtes referatet.2. Budget 2015\n3. Eventuelt"
    assert run_in_cuts(split_lines(text), 1000) == {2: {37}}
    assert run_in_cuts(split_lines("1. Budget\nafsat 2 mio kr til 2 projekter"), 1000) == {}  # no full stop: none


def test_a_running_head_needs_a_year_at_its_end() -> None:
    pieces = ["Økonomiudvalg", ", ", " ", "22. ", "marts ", "2011", "2011.", "\n", ".", "møde ", "den ", "d. ", "-"]
    found = 0
    for text in random_texts(pieces, seed=28, count=30000, most=8):
        if not text.rstrip("\n.")[-1:].isdigit():
            assert item_running_heads._DATE_AT_END.search(text) is None, text
        else:
            found += item_running_heads._DATE_AT_END.search(text) is not None
    assert found > 5  # a whole date is rare among random pieces: the texts hold a few
    assert is_running_head("Økonomiudvalg, 22. marts 2011.")
    assert not is_running_head("Økonomiudvalg, 22. marts 2011 budget")


def test_a_name_loses_its_trailing_marks_only_where_it_ends_in_one() -> None:
    pieces = ["Lise", " ", "Karlsson", "-", "–", ",", ".", ";", "\t", "\n", "x", "(A)"]
    for text in random_texts(pieces, seed=28, count=20000, most=8):
        stripped = text.strip()
        if stripped[-1:] not in "-–,.;":
            assert item_person_titles._TRAILING.sub("", stripped) == stripped, text
    assert is_person_name("Lise Karlsson -")
    assert not is_person_name("Lise Karlsson - udtræden af kommunalbestyrelsen")


def test_a_kept_number_key_is_the_computed_one() -> None:
    pieces = ["1", "2", "12", "3", ".", " ", "b", "a", "h", "i", "-", "/"]
    found = 0
    for text in random_texts(pieces, seed=28, count=5000, most=5):
        assert number_key(text) == number_key.__wrapped__(text) == number_key(text), text
        found += len(number_key(text)) > 1
    assert found > 100
    assert number_key("2 b") == (2, 2)


def _clean_title_ungated(raw: str) -> tuple[str, bool, str]:
    """clean_title as it read before its searches were gated: each pattern asked of every title."""
    mark = item_lines._MARK.match(clean(raw))
    title = title_from(raw)
    remainder = ""
    split = item_lines.INLINE_INDSTILLING.search(title)
    if split:
        title, remainder = title[: split.start()], title[split.end() :]
    public = not (mark and (mark["mark"] or mark["bare"]).lower().startswith("lukket"))
    closed = item_lines._CLOSED_PREFIX.match(title)
    if closed:
        title, public = closed["rest"], False
    elif item_lines.CLOSED_LINE.match(title):
        public = False
    elif item_lines._CLOSED_SUFFIX.search(title):
        title, public = item_lines._CLOSED_SUFFIX.sub("", title), False
    title = item_lines._PRESENTER.sub("", title).strip(" *_:-–")
    return title, public, remainder


def test_a_title_is_cleaned_as_by_every_search() -> None:
    pieces = [
        "Budget", " ", "det", "Det", "indstilles", "ındstilles", "İndstilles", "(", "lukket", ")", "Lukket", "LUKKET",
        "\u212aukket", "punkt", "fortroligt", "-", "v.", "V.", "Jens", "*", "_", ":", ".", " v. ", "Åbent ", "(åben)",
    ]  # fmt: skip
    changed = 0
    for text in random_texts(pieces, seed=28, count=30000, most=8):
        expected = _clean_title_ungated(text)
        assert clean_title.__wrapped__(text) == expected, text
        changed += expected != (title_from(text), True, "")
    assert changed > 1000
    assert clean_title("Budget 2021 v. Jens Hansen") == ("Budget 2021", True, "")
    assert clean_title("Salg af grund (Lukket punkt)") == ("Salg af grund", False, "")
    assert clean_title("Budget *Det indstilles, at budgettet godkendes*")[2].startswith("Det indstilles")
