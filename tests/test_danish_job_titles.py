"""The Danish job titles of graphbuild/data/danish_job_titles.csv (Faker's da_DK job list and Mimesis's Danish
occupations): one word each, lower case, none a first name, a surname or a municipality; and the alternation that
reads hundreds of them in one pattern (vocab/text_patterns.words_alternation)."""

from __future__ import annotations

import csv
import re
from importlib import resources

from graphbuild.vocab.reference import first_names, job_titles, last_names, municipality_by_name
from graphbuild.vocab.text_patterns import words_alternation


def _rows() -> list[dict[str, str]]:
    text = resources.files("graphbuild.data").joinpath("danish_job_titles.csv").read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


def test_the_titles_are_single_lower_case_words_with_their_sources() -> None:
    rows = _rows()
    assert len(rows) == len(job_titles()) > 800
    for row in rows:
        assert re.fullmatch(r"[a-zæøåéü]{4,}(?:-[a-zæøåéü]{2,})?", row["title"]), row
        assert set(row["sources"].split("+")) <= {"faker:da_DK", "mimesis:da"}, row
    assert {"graver", "webmaster", "skibsfører", "kordegn", "organist"} <= job_titles()


def test_no_title_is_a_name_or_a_municipality() -> None:
    names = {n.lower() for n in first_names() | last_names()}
    assert not job_titles() & names
    assert not job_titles() & set(municipality_by_name())
    assert not {"smed", "møller", "fisker", "præst"} & job_titles()  # surnames too: "Hans Smed"


def test_the_alternation_reads_each_word_whole_and_no_other() -> None:
    words = ["graver", "grafiker", "gra", "webmaster", "a", "ab"]
    pattern = re.compile(words_alternation(words))
    assert all(pattern.fullmatch(word) for word in words)
    assert not any(pattern.fullmatch(word) for word in ["grav", "grafik", "b", "abc", "webmasters"])
    assert pattern.match("graveren").group() == "graver"  # the longest word first
