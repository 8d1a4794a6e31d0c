"""Minutes that head themselves as one voluntary association's (a village association, lokalråd, fællesråd) are
no municipality's meeting, whatever municipality their text names (the README's `municipality` rule), unless the
heading names the municipality too (an association named for it, associations meeting it). Headings as printed
at Landsbylauget i Iller, Brunsnæs og Gammelgab, Løjt Land Fællesråd, Rinkenæs Lokalråd and Tranbjerg Fællesråd
(dev-write, all gold null); the body of the minutes is Landsbylauget's, which names Sønderborg Kommune."""

from __future__ import annotations

import pytest

from graphbuild.extract import extract_facts
from graphbuild.parse import parse_meeting
from graphbuild.sources import source_from_text

# bib-landsbylaug-bestyrelse-2007-06-14 (shortened)
MINUTES = (
    "\n\nDeltagere: Torben Nielsen (TN), Dorte Nielsen (DN) Frede Tychsen (FT), Roger Sibbesen (RS), Holger Horne "
    "(HH), Else Bonde (EB) og Christian Frederiksen (CF)\n\nFraværende: DN og FT .\n\nSiden sidst:\n\n"
    "Der har været arbejdet med at lave en Lokal Aktions Gruppe (LAG) for Sønderborg Kommune. LAG er en slags "
    "fondsbestyrelse, der skal vurdere ansøgningerne, der kommer fra landdistriktmidlerne.\n"
)
HEADINGS = [
    # bib.landsbylaug.dk
    "Møde 14-06-2007\n\nLandsbylauget i Iller, Brunsnæs og Gammelgab Referat fra bestyrelsesmødet, afholdt den "
    "14. juni 2007 hos Christian Frederiksen, Klør-Fire 20.",
    # lojtland.dk
    "Referater diverse møder\n\nMøde i Løjtland fællesråd den 14. juni 2007",
    # rinkenaes-portalen.dk
    "Bestyrelsesmøde d. 14. juni 2007\n\nLokalrådets første bestyrelsesmøde blev afholdt d. 14. juni 2007 kl. "
    "19.00 på Rinkenæs Brandstation",
    # Tranbjerg Fællesråd
    "Referat af bestyrelsesmøde i Tranbjerg Fællesråd, torsdag den 14-06-2007 kl. 18:00 på Torvevænget 2",
]


def _municipality(text: str) -> str | None:
    facts = extract_facts(parse_meeting(source_from_text(text)))
    return facts.municipality.name if facts.municipality else None


@pytest.mark.parametrize("heading", HEADINGS)
def test_an_associations_minutes_are_no_municipalitys(heading: str) -> None:
    assert _municipality(heading + MINUTES) is None


def test_without_the_associations_heading_the_municipality_named_is_taken() -> None:
    # the look-alike: the same minutes headed by no association give the one municipality the header names
    assert _municipality("Referat fra bestyrelsesmødet den 14. juni 2007" + MINUTES) == "Sønderborg"


def test_associations_meeting_the_municipality_named_in_the_heading_are_its() -> None:
    # fanoe-grundejerforeninger-moede-2019-04-11 (shortened): several associations, the municipality named
    text = (
        "Fra Fanø kommune\n\nReferat af grundejerforeningernes møde med kommunen den 11. april 2019\n\nDeltagere:\n\n"
        "Jørgen Elsted Hansen, Rindby Strand Grundejerforening Hans Peter Jepsen, Rindby Strand Grundejerforening\n"
    )
    assert _municipality(text) == "Fanø"
