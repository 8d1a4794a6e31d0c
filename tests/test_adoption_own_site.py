"""A page or news item on a municipality's own site speaks of that municipality as "kommunen", "vi",
"Byrådet" or "Kommunalbestyrelsen": a joining decision with that subject is the site's municipality's adoption
(issue 13, item 5). Excerpts of dev-write documents, each with the address it was published at."""

from __future__ import annotations

import pytest

from graphbuild.extract import extract_facts
from graphbuild.models import SourceDocument
from graphbuild.parse import parse_meeting

# stevns-news-nyt-beredskab-2019-11-27 (stevns.dk), its first paragraph
STEVNS = (
    "Nyt beredskab i samarbejde med Køge og Solrød\n\nDate: 27. november 2019\n"
    "Onsdag aften godkendte Kommunalbestyrelsen den endelige samarbejdsaftale om nyt beredskabssamarbejde "
    "mellem Stevns, Solrød og Køge kommuner. Samarbejdsaftalen træder i kraft ved årsskiftet.\n"
)
STEVNS_URL = "https://stevns.dk/nyheder/nyt-beredskab-i-samarbejde-med-koege-og-solroed"
# syddjurs-webpage-forpligtende-aftaler (klimahandlingsplan21.syddjurs.dk), its opening
SYDDJURS = (
    "Forpligtende aftaler\n\nAmbitionerne i Klimahandlingsplanen 2021-2024 tager især afsæt i to aftaler, som "
    "byrådet har besluttet at indgå i:\n\n• Klimaaftalen DK2020 - Klimaplaner for hele Danmark. Aftalen giver "
    "kommunerne en fælles metode og proces til at udarbejde klimaplaner.\n"
)
SYDDJURS_URL = "https://klimahandlingsplan21.syddjurs.dk/grundlag/forpligtende-aftaler/"
# odder-news-byraadet-2019-09-02 (odder.dk): the council adopting its own plans is no adoption
ODDER = (
    "Byrådet har besluttet...\n\nPå byrådsmødet mandag den 2. september vedtog byrådet et kommuneplantillæg for "
    "byudvikling i Saksild og en lokalplan, der åbner for et nyt boligområde nord for Kastanievej i Saksild.\n"
)
ODDER_URL = "https://www.odder.dk/nyheder/byraadet-har-besluttet"


def adoptions(text: str, url: str | None) -> set[tuple[str, str]]:
    source = SourceDocument(path="x.txt", name="x", sha256="0" * 64, format="txt", text=text, url=url)
    facts = extract_facts(parse_meeting(source))
    names = {e.id: e.name for e in facts.entities}
    return {(names[r.source], names[r.target]) for r in facts.relations if r.type == "ADOPTED"}


def test_the_council_of_the_site_approving_a_shared_agreement() -> None:
    found = adoptions(STEVNS, STEVNS_URL)
    assert any(m == "Stevns" and i.startswith("samarbejdsaftale om nyt beredskabssamarbejde") for m, i in found)


def test_the_council_of_the_site_deciding_to_join() -> None:
    assert any(m == "Syddjurs" and "DK2020" in i for m, i in adoptions(SYDDJURS, SYDDJURS_URL))


@pytest.mark.parametrize(
    ("text", "url"),
    [
        # the same words on another publisher's site, or with no address: whose council is not said
        (STEVNS, "https://www.sn.dk/stevns/nyt-beredskab"),
        (STEVNS, None),
        (SYDDJURS, None),
        # the site's council adopting its own plans
        (ODDER, ODDER_URL),
    ],
)
def test_no_adoption_by_the_site(text: str, url: str | None) -> None:
    assert {m for m, _ in adoptions(text, url)} & {"Stevns", "Syddjurs", "Odder"} == set()
