"""A presented case's page that a flattened text ran on into its item's line is no narrative of the meeting: its
headings kept in the title (Thisted's "Udskriv Sagstema … Redegørelse", Rødovre's "Beslutningskompetence: KB Sagens
kerne"), or the title the item reader ended early printed again whole (Socialdirektørforum Syd's "Oplæg fra Det
syddanske" / "EU-kontor Oplæg fra Det syddanske EU-kontor"). Snippets quoted from dev-write documents as
benchmarks.realworld_flattened flattens them; the test split is never read."""

from __future__ import annotations

import pytest

from graphbuild.extract import extract_facts
from graphbuild.extract.outcome_case_run_on import case_run_on
from graphbuild.extract.outcome_prose import narrative
from graphbuild.parse import parse_meeting
from graphbuild.sources import source_from_text

CASES = [
    # thisted-boerne-familieudvalget-2022-01-11, item 4 flattened: the case page's headings kept in the title
    (
        "4. Forretningsorden for Børne- og Familieudvalget Udskriv Sagstema Godkendelse af forretningsorden for Børne- "
        "og Familieudvalget. Redegørelse Ledelsessekretariatet har lavet et forslag til en fælles forretningsorden for "
        "henholdsvis Økonomiudvalget samt de stående udvalg. Det skal bemærkes, at der er sket en justering i forhold "
        "til den forretningsorden, som udvalget tidligere har haft.",
        "Forretningsorden for Børne- og Familieudvalget Udskriv Sagstema Godkendelse af forretningsorden for Børne- og "
        "Familieudvalget. Redegørelse Ledelsessekretariatet har lavet et forslag til en fælles forretningsorden for "
        "henholdsvis",
    ),
    # roedovre-kommunalbestyrelsen-2020-03-19, item 49 flattened: the title is the case's competence and heading
    (
        "Sag nr. 49 Beslutningskompetence: KB Sagens kerne Da borgmester Erik Nielsen (A) forventes fritaget for sit "
        "hverv, skal der vælges en ny borgmester.",
        "Beslutningskompetence: KB Sagens kerne",
    ),
    # socialdirektoerforum-syd-2019-10-09, item 2 flattened: the title ended early, then printed again whole
    (
        "2. Oplæg fra Det syddanske EU-kontor Oplæg fra Det syddanske EU-kontor Oplæg fra Det syddanske EU-kontor "
        "Foreningen for EU og Internationalt samarbejde Syddanmark blev stiftet 1. januar 2007 i et samarbejde mellem "
        "kommunerne i Syddanmark, Vækstforum og Regionsrådet.",
        "Oplæg fra Det syddanske",
    ),
]


@pytest.mark.parametrize(("item_text", "title"), CASES)
def test_a_case_page_run_on_into_the_item_line_is_no_narrative(item_text: str, title: str) -> None:
    assert narrative(item_text, 0, title) == (None, -1)


NARRATIVES = [
    # dragoer-aeldreraadet-2017-04-03, item 5: a sentence names the title again, the minutes' own record
    (
        "5. Vestegnstræf i Ballerup Der afholdes Vestegnstræf i Ballerup den 3.maj 2017. Maks. 2-3 medlemmer fra "
        "Dragør kan deltage. Tilmeldingsfrist 10. april 2017.",
        "Vestegnstræf i Ballerup",
    ),
    # a title that opens with a heading's word is no heading run on into it ("Resumé" first)
    (
        "3. Resumé af temadagen Formanden fortalte om temadagen, og rådet drøftede de næste skridt.",
        "Resumé af temadagen",
    ),
    # the heading's word in lower case inside the title: the title's own word, no heading run on into it
    (
        "6. Nyt lovgrundlag for ældrerådene Formanden fortalte om de nye regler, og rådet drøftede dem.",
        "Nyt lovgrundlag for ældrerådene",
    ),
]


@pytest.mark.parametrize(("item_text", "title"), NARRATIVES)
def test_the_minutes_narrative_stays(item_text: str, title: str) -> None:
    found, _ = narrative(item_text, 0, title)
    assert found is not None


def test_the_rest_of_the_title_must_come_back_after_it() -> None:
    # the title said again after a few words that are not its rest: a sentence, no case page's heading
    assert not case_run_on("Oplæg fra Det syddanske", " Vi hørte Oplæg fra Det syddanske kontor om projekter.")
    assert case_run_on("Oplæg fra Det syddanske", " EU-kontor Oplæg fra Det syddanske EU-kontor Foreningen blev …")
    # a title of two words is said again too often to tell
    assert not case_run_on("Nye genstande", " museet Nye genstande museet")


def _outcomes(text: str) -> dict[str, str]:
    facts = extract_facts(parse_meeting(source_from_text(text)))
    return {i.number or "": i.outcome for i in facts.items}


def test_flattened_dev_minutes_read_no_case_as_talk() -> None:
    from benchmarks.realworld_flattened import flatten
    from benchmarks.realworld_sources import CORPUS, split_of

    for doc_id, number in (
        ("thisted-boerne-familieudvalget-2022-01-11", "4"),
        ("socialdirektoerforum-syd-2019-10-09", "2"),
    ):
        assert split_of(doc_id) == "dev"
        text = flatten((CORPUS / "docs" / f"{doc_id}.txt").read_text(encoding="utf-8"))
        assert _outcomes(text)[number] == "none"
    # the near miss: Dragør's flattened minutes keep item 5's narrative, talk
    text = flatten((CORPUS / "docs" / "dragoer-aeldreraadet-2017-04-03.txt").read_text(encoding="utf-8"))
    assert _outcomes(text)["5"] == "discussed"
