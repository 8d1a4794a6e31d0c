"""An adoption its own sentence says ended ("tilsluttede sig X i 2020, men meldte sig ud igen i 2022") is none
(README adoptions: an ended agreement is not an adoption); leaving another body the sentence names does not end
it. No dev-write document prints the form (the nearest, fyens-news-aeroe-landdistrikternes-faellesraad-2019,
"meldte sig i sin tid ind for at være del af fællesrådets kampagne … og ud igen", joins an organisation); the
sentences are the joining forms of tests/test_adoptions_realworld_forms.py with the leaving added."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import facts_of_text, named_relations

from graphbuild.extract.adoption_cues import ended_after


def _adopted(tmp_path: Path, body: str) -> set[tuple[str, str]]:
    return {(m, i) for m, i, _ in named_relations(facts_of_text(tmp_path, "Nyhed\n\n" + body), "ADOPTED")}


@pytest.mark.parametrize(
    "body",
    [
        "Lolland Kommune tilsluttede sig DK2020 i 2020, men meldte sig ud igen i 2022.",
        "Lolland Kommune underskrev DK2020 i 2020, men trak sig ud igen året efter.",
    ],
)
def test_an_adoption_ended_in_its_sentence_is_none(tmp_path: Path, body: str) -> None:
    assert _adopted(tmp_path, body) == set()


def test_leaving_another_body_does_not_end_it(tmp_path: Path) -> None:
    body = "Lolland Kommune tilsluttede sig DK2020 i 2020 og meldte sig ud af Business Region Aarhus."
    assert not ended_after(body, body.index(" DK2020"), len(body))
    assert ("Lolland", "DK2020") in _adopted(tmp_path, body)
