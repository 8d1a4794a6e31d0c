"""An address in a secretariat's letterhead is its host municipality's, not the meeting's: forms quoted (shortened)
from dev-write documents of tests/realworld/ (Rammeaftaler Nordjylland's letterhead; Næstved's and Ballerup's
own minutes for the near misses); the test split is never read while writing these rules."""

from __future__ import annotations

import pytest

from graphbuild.extract import extract_facts
from graphbuild.extract.sender_address import in_a_secretariats_letterhead
from graphbuild.parse import parse_meeting
from graphbuild.sources import source_from_text

# a flattened PDF's first page (Rammeaftaler Nordjylland): the body's name is none of a municipality's
RAMMEAFTALER = (
    "1 Møde i Den Administrative Styregruppe 1. marts Møde Den Administrative Styregruppe Tid 1. marts 2012, kl "
    "Sted Boulevarden 13, Repræsentationslokale 1 Deltagere Jan Nielsen, Benjamin Holst, Jes Lunde "
    "Sagsnr./Dok.nr / Godkendelse af dagsorden Godkendt Sekretariatet for Rammeaftaler Danmarksgade Aalborg "
    "aalborg@aalborg.dk\n\n2 2. Godkendelse af referat fra møde 14. december Godkendt 2/12\n"
)


def _municipality(text: str) -> str | None:
    facts = extract_facts(parse_meeting(source_from_text(text)))
    return facts.municipality.name if facts.municipality else None


def test_a_secretariats_address_names_no_municipality() -> None:
    assert _municipality(RAMMEAFTALER) is None


def test_the_same_address_without_the_secretariat_still_names_its_municipality() -> None:
    # near miss: the domain alone, no secretariat before it, is still the meeting's municipality's
    assert _municipality(RAMMEAFTALER.replace("Sekretariatet for Rammeaftaler ", "")) == "Aalborg"


@pytest.mark.parametrize(
    ("text", "sender"),
    [
        ("Godkendt Sekretariatet for Rammeaftaler Danmarksgade Aalborg aalborg@aalborg.dk", True),
        ("Nationalparksekretariatet Havnebyvej 30 nationalpark@tonder.dk", True),
        ("Færgesekretariatet, Slotsgade 1, faerge@svendborg.dk", True),
        ("KKR-sekretariatet, Niels Bohrs Vej 30, kkr@aalborg.dk", True),
        # a council's or administration's own secretariat writes for its municipality
        ("Byrådssekretariatet, Rådhuspladsen 1, byraad@naestved.dk", False),
        ("Sekretariat for Politik og Ledelse, Hold-an Vej 7, ballerup@ballerup.dk", False),
        ("Fællessekretariatet Gothersgade 20 fredericia@fredericia.dk", False),
        # a town hall's address: the municipality's own minutes
        ("Rådhuset Teatergade 8 4700 Næstved Telefon 5588 5588 naestved@naestved.dk", False),
        # a secretariat named in an earlier sentence or line is no letterhead of this address
        ("Sekretariatet for Rammeaftaler orienterede. Se mere på www.aalborg.dk", False),
        ("Sekretariatet for Rammeaftaler\nKontakt: aalborg@aalborg.dk", False),
    ],
)
def test_in_a_secretariats_letterhead(text: str, sender: bool) -> None:
    # where the address reader's match starts: at "@" in an e-mail, at "www." in a web address
    start = text.index("@") if "@" in text else text.index("www.")
    assert in_a_secretariats_letterhead(text, start) is sender
