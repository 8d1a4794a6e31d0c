"""A line of its own that is only an owner's name and a body's ("Amager Naturparkråd", "FynBus Bestyrelse",
"FOT Specifikationsforum", "Plan & Kulturudvalget") names the body, the owner's words with it. The names are the
dev-write documents' own (amager-naturparkraad-2015-11-25, fynbus-bestyrelse-2016-12-08,
fot-specifikationsforum-2010-11-10, faxe-plan-kulturudvalget-2019-08-27); the layout, the name alone on its line
between the kind and the day, is the header stress test's (their own headers print them on one line with more)."""

from __future__ import annotations

import pytest

from graphbuild.parse.header_body import header_body
from graphbuild.parse.lines import split_lines


def _body(name_line: str) -> str | None:
    return header_body(split_lines(f"Referat\n\n{name_line}\n\n25. november 2015\n\nFremmødte: Hans Henrik Jensen\n"))


@pytest.mark.parametrize(
    "name", ["Amager Naturparkråd", "FynBus Bestyrelse", "FOT Specifikationsforum", "Plan & Kulturudvalget"]
)
def test_an_owners_name_and_a_bodys_alone_on_a_line_name_the_body(name: str) -> None:
    assert _body(name) == name


@pytest.mark.parametrize(
    ("line", "body"),
    [
        ("Jens Hansen Byrådet", None),  # a person's name before it: a member's line
        ("Aabenraa Kommune Byrådet", "Byrådet"),  # the municipality is the publisher, no owner's name
        ("Referat Økonomiudvalget", "Økonomiudvalget"),  # the kind's word is no owner's
        ("Amager Naturparkråd og Friluftsrådet", None),  # two bodies
    ],
)
def test_a_person_a_municipality_or_a_kind_is_no_owner(line: str, body: str | None) -> None:
    assert _body(line) == body


def test_the_name_before_a_sentence_naming_the_kind_names_the_body() -> None:
    # a PDF's title line (fynbus-bestyrelse-2013-10-24): the name, then the kind and the day as sentences
    lines = split_lines("FynBus bestyrelse. Dagsorden for møde. Torsdag, den 24. oktober 2013 kl. 16.00\n")
    assert header_body(lines) == "FynBus bestyrelse"


@pytest.mark.parametrize(
    "line",
    [
        "Amager Naturparkråd. Mødet holdes på Kalvebod",  # a sentence of another kind after the name
        "Amager Naturparkråd har vedtaget referatet",  # the name opening a sentence
    ],
)
def test_the_name_before_any_other_words_names_no_body(line: str) -> None:
    assert header_body(split_lines(line + "\n")) is None
