"""A mayor's title on a web page or in a news article is held in the mayor's municipality (`role_page_mayors`), not in
the body a list names nor in the page's unnamed body: SSP Jammerbugt's page on Kredsråd Nordjylland, Læsø's page on
its Færgeudvalget and Stevns' news on its new beredskab (dev-write), as printed; a party's bracket and a page on no
municipality's own site are left as they are."""

from __future__ import annotations

from pathlib import Path

from graphbuild.extract import extract_facts
from graphbuild.extract.people import PersonMention
from graphbuild.extract.role_page_mayors import bracketed_municipality, is_mayor
from graphbuild.models import SourceDocument
from graphbuild.parse import parse_meeting
from tests.text_facts import facts_of_text, named_relations

# ssp-jammerbugt-kredsraad-nordjylland-webpage (dev-write): the head of the page and its list, as printed
KREDSRAAD = """Kredsråd Nordjylland

Kredsrådets medlemmer:
Kredsrådet består af politidirektøren samt borgmestrene fra de 9 kommuner i Nordjyllands Politi.

 • Politidirektør Anne Marie Roum Svendsen (formand)
 • Borgmester Thomas Kastrup-Larsen(Aalborg)
 • Borgmester Mogens Gade (Jammerbugt)
 • Borgmester Arne Boelt (Hjørring)
"""

# laesoe-webpage-faergeudvalget (dev-write): its member list, as printed
FAERGEUDVALGET = """Medlemmer i Færgeudvalget

 • Tobias Johansen (V), Viceborgmester - Formand
 • Karsten Nielsen (O), Borgmester
 • Lone Broe (V), Kommunalbestyrelsesmedlem
"""

# stevns-news-nyt-beredskab-2019-11-27 (dev-write): a sentence of the news item, as printed
STEVNS = (
    "Nyt beredskab i samarbejde med Køge og Solrød\n\n"
    "'Det har været en givende og meningsfuld proces at løbe det nye beredskabssamarbejde i gang, og vi er nu tre "
    "nabokommuner, som løser en meget vigtig opgave sammen. Jeg er meget tryg ved den nye aftale på stevnsborgernes "
    "vegne', fortæller borgmester Anette Mortensen.\n"
)


def _held(text: str, url: str) -> set[tuple[str, str, str]]:
    source = SourceDocument(path="x.txt", name="x", sha256="0" * 64, format="txt", text=text + "\n", url=url)
    facts = extract_facts(parse_meeting(source))
    return {(p, str(props.get("role")), t) for p, t, props in named_relations(facts, "HOLDS_ROLE")}


def test_a_listed_mayor_is_held_in_the_municipality_in_the_bracket(tmp_path: Path) -> None:
    held = {
        (p, str(props.get("role")), t)
        for p, t, props in named_relations(facts_of_text(tmp_path, KREDSRAAD), "HOLDS_ROLE")
    }
    assert ("Thomas Kastrup-Larsen", "borgmester", "Aalborg") in held
    assert ("Arne Boelt", "borgmester", "Hjørring") in held
    assert not {row for row in held if row[1] == "borgmester" and row[2] == "Kredsråd Nordjylland"}


def test_a_mayor_on_a_municipalitys_own_site_is_held_in_it() -> None:
    held = _held(STEVNS, "https://stevns.dk/nyheder/nyt-beredskab-i-samarbejde-med-koege-og-solroed")
    assert ("Anette Mortensen", "borgmester", "Stevns") in held
    listed = _held(FAERGEUDVALGET, "https://www.laesoe.dk/politik/kommunalbestyrelse-udvalg-raad-m-v/faergeudvalget")
    assert ("Karsten Nielsen", "borgmester", "Læsø") in listed
    assert ("Tobias Johansen", "viceborgmester", "Læsø") in listed


def test_another_publishers_page_is_left_as_it_is() -> None:
    # a near miss: a newspaper's site names no municipality (a council member's title on a municipality's own page
    # is `role_council_seat_places`', tests/test_role_council_seat_places.py)
    news = _held(STEVNS, "https://sn.dk/Stevns/nyt-beredskab/artikel/1")
    assert not {row for row in news if row[1] == "borgmester" and row[2] == "Stevns"}


def test_a_partys_bracket_names_no_municipality() -> None:
    text = "Karsten Nielsen (O), Borgmester"
    assert bracketed_municipality(text, PersonMention(0, 15, "Karsten Nielsen")) is None
    assert bracketed_municipality("Mogens Gade (Jammerbugt)", PersonMention(0, 11, "Mogens Gade")) is not None
    assert is_mayor("2. viceborgmester") and is_mayor("sundheds- og omsorgsborgmester")
    assert not is_mayor("kommunalbestyrelsesmedlem") and not is_mayor(None)
