"""A body named in the genitive before its meeting, where the name is no bare head word (issue 12 item 4): a
"for" name ("Udvalget for Ældre og Sundheds møde", dev holbaek-aeldre-sundhed-* and varde-* rewritten so;
"Udvalg for regional udviklings møde", dev rm-regional-udvikling-*) and a name without a head word
("Formandskabets møde", dev rsyd-vaekstforum-formandskab-*; "Kommunemødes møde", dev midttrafik-*). The name
is the body's, without the genitive's "s". The test split is never read."""

from __future__ import annotations

import pytest

from graphbuild.parse.body_names import body_phrases
from graphbuild.parse.header_body import body_name
from graphbuild.parse.header_labels import header_fields
from graphbuild.parse.lines import split_lines


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Referat fra Udvalget for Ældre og Sundheds møde den 4. juni 2020", "Udvalget for Ældre og Sundhed"),
        ("Udvalget for Kultur og Fritids ordinære møde", "Udvalget for Kultur og Fritid"),
        ("Referat fra Udvalg for regional udviklings møde", "Udvalg for regional udvikling"),
    ],
)
def test_a_for_name_in_the_genitive(text: str, name: str) -> None:
    phrase = body_phrases(text)[0]
    assert (phrase.name, phrase.genitive) == (name, True)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Udvalget for Ældre og Sundhed", "Udvalget for Ældre og Sundhed"),
        ("Udvalget for Teknik og Miljø den 3. maj 2019", "Udvalget for Teknik og Miljø"),
        ("Udvalget for Økonomi og Erhverv - Referat", "Udvalget for Økonomi og Erhverv"),
    ],
)
def test_a_for_name_not_in_the_genitive_keeps_its_last_word(text: str, name: str) -> None:
    phrase = body_phrases(text)[0]
    assert (phrase.name, phrase.genitive) == (name, False)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Referat fra Formandskabets møde den 26. februar 2008", "Formandskabet"),
        ("Dagsorden til Kommunemødes møde den 9. oktober 2014", "Kommunemøde"),
        ("Referat fra Kommunemøde den 9. oktober 2014", "Kommunemøde"),
    ],
)
def test_a_name_without_a_head_word_in_the_genitive(text: str, name: str) -> None:
    lines = split_lines(text)
    assert body_name(lines, header_fields(lines)) == name
