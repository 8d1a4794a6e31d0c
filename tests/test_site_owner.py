"""A general meeting the header reads only by its kind ("Generalforsamling 2005") named with the association its
site is named for, where the text prints that name, and the association's posts held there. Text quoted (shortened)
from dev-write documents of tests/realworld/ (Veddelev Kolaug, Korsør Kunstforening, FRB Erhverv, Gjessø Lokalråd);
the test split is never read while writing these rules."""

from __future__ import annotations

import pytest

from graphbuild.extract import extract_facts
from graphbuild.models import SourceDocument
from graphbuild.parse import parse_meeting
from graphbuild.parse.site_owner import general_meeting_of_site, site_name_printed
from tests.text_facts import named_relations

# veddelev-kolaug-generalforsamling-2010-03-24
VEDDELEV = (
    "Veddelev Kolaug\n\nReferat fra generalforsamlingen d. 24/3-2010 kl. 19.30 i Brinch-Hjemmet ved Veddelev havn.\n\n"
    "1. Valg af dirigent og referent\n\nFormanden bød velkommen, hvorefter Jens Lætgaard blev valgt til dirigent og "
    "Thor B. Jørgensen blev valgt som referent.\n\n2. Bestyrelsens beretning v. formand Benni Winding Hansen\n\n"
    "Vedhæftet som bilag 1.\n"
)
# korsoer-kunstforening-generalforsamling-2005-09-29: the name printed only in the genitive, the site's name in IDNA
KORSOER = (
    "Generalforsamling 2005\nTorsdag den 29. september kl. 19 i Kongegården, koncertsalen, Algade 25, Korsør.\n"
    "3. Regnskabet for foreningens virksomhed i det forløbne år og Regnskabet for Korsør Kunstforenings Fond "
    '("Kunstkassen") (vedlagt) blev gennemgået af kassereren Helle Purup.\n'
)


def _facts(text: str, url: str):  # type: ignore[no-untyped-def]
    doc = SourceDocument(path="x.txt", name="x", sha256="0" * 64, format="txt", text=text, url=url)
    return extract_facts(parse_meeting(doc))


@pytest.mark.parametrize(
    ("url", "text", "name"),
    [
        ("http://veddelevkolaug.dk/referat/gfr2011.htm", VEDDELEV, "Veddelev Kolaug"),
        ("http://www.xn--korsrkunstforening-j4b.dk/breve/general2005.html", KORSOER, "Korsør Kunstforening"),
        # frb-erhverv-generalforsamling-2023-03-29: the name hyphenated
        ("https://frberhverv.dk/referat/", "FA2000/FRB-Erhverv: To erhvervsklubber", "FRB Erhverv"),
    ],
)
def test_the_name_the_site_is_named_for(url: str, text: str, name: str) -> None:
    assert site_name_printed(url, text) == name


def test_the_general_meeting_is_named_with_its_association() -> None:
    meeting = parse_meeting(
        SourceDocument(
            path="x.txt", name="x", sha256="0" * 64, format="txt", text=VEDDELEV, url="http://veddelevkolaug.dk/r.htm"
        )
    )
    assert meeting.body_in_full == "Generalforsamlingen i Veddelev Kolaug"
    assert meeting.body_owner == "Veddelev Kolaug"


def test_the_associations_posts_are_held_in_it() -> None:
    held = {
        (p, t, r.get("role"))
        for p, t, r in named_relations(_facts(VEDDELEV, "http://veddelevkolaug.dk/r"), "HOLDS_ROLE")
    }
    assert ("Benni Winding Hansen", "Veddelev Kolaug", "formand") in held
    assert ("Jens Lætgaard", "Generalforsamlingen i Veddelev Kolaug", "dirigent") in held


def test_no_owner_the_text_does_not_print_nor_a_place_alone() -> None:
    # dansk-lokalhistorisk-forening-generalforsamling-2018-04-14: the text never prints the association's name
    text = "Generalforsamling 2018\n\nGeneralforsamling på Danhostel, Ribe, lørdag den 14. april 2018\n"
    assert site_name_printed("https://dansklokalhistoriskforening.dk/?page_id=1725", text) is None
    # gjesso-lokalraad-generalforsamling-2023-03-29: "Gjessø" on gjesso.dk is the village's name, no association's
    assert site_name_printed("https://gjesso.dk/referat/", "Gjessø Lokalråd holdt møde i Gjessø.") is None
    # a board is left to the other readers; a municipality's site names no association
    assert general_meeting_of_site("http://veddelevkolaug.dk/r", VEDDELEV, "Bestyrelse") is None
    assert site_name_printed("https://www.holbaek.dk/x", "Holbæk Kommune") is None
