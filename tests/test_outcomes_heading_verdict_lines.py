"""An item line of association minutes that prints its verdict after the item's heading and a colon ("2. Dagsorden:
Godkendt uden tilføjelser."): the verdict, opening the record on the item's own line, is its decision text, as a
sentence of the minutes after such a heading is. Case shortened from a dev-write document of tests/realworld/
(dj-kreds-fyn-bestyrelse-2016-01-05), the test split never read."""

from __future__ import annotations

from graphbuild.extract import extract_facts
from graphbuild.parse import parse_meeting
from graphbuild.sources import source_from_text

_HEADER = (
    "Referat af bestyrelsesmøde i DJ Kreds Fyn 5. januar 2016 i Odense.\n\n"
    "Til stede: Kir Klysner, Holger Kofoed, Bodil Reimers og Teit Rasmussen (referent).\n\nAfbud: Michael Lorenzen.\n\n"
)


def _outcomes(lines: str) -> list[str]:
    facts = extract_facts(parse_meeting(source_from_text(_HEADER + lines)))
    return [item.outcome for item in facts.items]


def test_a_verdict_after_the_heading() -> None:
    lines = (
        "1. Valg af ordstyrer: Silja Smith.\n\n2. Dagsorden: Godkendt uden tilføjelser.\n\n"
        "3. Nyt logo: Efter afstemning blev det vedtaget at gå videre med grafikeren.\n"
    )
    assert _outcomes(lines)[1] == "approved"


def test_words_of_no_verdict_after_the_heading() -> None:
    # a noun of the verb ("Godkendelse af …") names what is to be done; no record of the meeting
    lines = (
        "1. Valg af ordstyrer: Silja Smith.\n\n2. Budget: Godkendelse af budget 2016.\n\n"
        "3. Nyt logo: Efter afstemning blev det vedtaget at gå videre med grafikeren.\n"
    )
    assert _outcomes(lines)[1] == "none"
