"""A small body's minutes that keep an item to its one line, the verdict ending it: after the title and a dash, "6) City
kirke samarbejdet - drøftet" (Sankt Hans Kirke's menighedsråd, sankthans-kirke-menighedsraad-2021-06-02, dev-write;
"2) Godkendelse af dagsorden - Godkendt", capitalised, was read before), or a participle in lower case, "1. Referat:
fra sidste bestyrelsesmøde godkendt" (Broby Friskole's board, broby-friskole-bestyrelse-2020-02-04, dev-write). The
guards: a verdict word inside the title ("Vedtægter - godkendt af provstiet 2019") or a noun of one ("Budget 2025 -
godkendelse") is no record, nor a refusal ("Ansøgning om tilskud ikke godkendt"), and a title's verdict never
outweighs the item's own decision under a heading."""

from __future__ import annotations

import pytest

from graphbuild.extract import extract_facts
from graphbuild.extract.outcome_prose import verdict_after_title
from graphbuild.parse import parse_meeting
from graphbuild.sources import source_from_text

_SANKT_HANS = (
    "Referat 2. juni 2021\n\nDagsorden\n\n Deltagere:\n\nClaus Weber, Dianna Simmelsgaard, Peter Jacobsen\n\n"
    "Afbud:  Kevin Hørlyck, Carsten Christensen\n\n1) Indledning v. Anne Lene\n\n"
    "2) Godkendelse af dagsorden - Godkendt\n\n3) Forventningsafstemningssamtale - udgået\n\n"
    "4) Besøg af menighedsmusikker Sanne Dyssegaard, \n\nDrøftet.  Ang. nadversang tager kontaktpersonen kontakt til "
    "præster og organister for at drøftet emnet.\n\n"
    "5) Økonomi.  Budget 2022 vedtages på ekstraordinært menighedsrådsmøde inden den 15. juni 2021.\n\n"
    "6) City kirke samarbejdet - drøftet\n\n"
    "7) Alpha Kursus.  Næste kursus udsættes. Der skal findes en ny kursusleder.\n"
)


def test_the_verdict_after_the_titles_dash_is_the_record() -> None:
    facts = extract_facts(parse_meeting(source_from_text(_SANKT_HANS)))
    outcomes = {item.number: item.outcome for item in facts.items}
    assert outcomes["6"] == "discussed"
    assert outcomes["2"] == "approved"


_BROBY = (
    "Referat bestyrelsesmøde den 04.02.2020\n\nDeltagere: Ulrik Christiansen, Charlotte Andreasen, Hans Henrik "
    "Jørgensen\nAfbud: Stine Hjortø, Lykke Johansen\n\n \n\n1. Referat: fra sidste bestyrelsesmøde godkendt\n\n"
    "2 Skolenyt\n\nFriskolen:\nInfomøde om kommende 10. kl. er afholdt – tegner til at der kan blive 18 elever "
    "i alt.\n\n"
    "3 APV:\nSU-udvalget har udarbejdet en ny APV, tager udgangspunkt i Friskoleforeningens APV samt BUPLs APV.\n"
)


def test_a_participle_ending_the_item_line_is_the_record() -> None:
    facts = extract_facts(parse_meeting(source_from_text(_BROBY)))
    assert facts.items[0].outcome == "approved"


@pytest.mark.parametrize(
    ("title", "verdict"),
    [
        ("Referat: fra sidste bestyrelsesmøde godkendt", "godkendt"),
        ("Regnskab 2024 – godkendt", "godkendt"),
        ("Orientering fra formanden - taget til efterretning", "taget til efterretning"),
        ("Kirkegårdens hæk - udsat.", "udsat"),
    ],
)
def test_verdicts_after_a_dash(title: str, verdict: str) -> None:
    assert verdict_after_title(f"3. {title}\n", 0, title)[0] == verdict


@pytest.mark.parametrize(
    "title",
    [
        "Vedtægter - godkendt af provstiet 2019",
        "Budget 2025 - godkendelse",
        "Regnskab godkendt og revideret",
        "Ansøgning om tilskud ikke godkendt",
    ],
)
def test_no_verdict_inside_a_title(title: str) -> None:
    assert verdict_after_title(f"3. {title}\n", 0, title)[0] is None


def test_the_items_own_decision_outweighs_its_title() -> None:
    text = "Referat af menighedsrådsmøde den 5. marts 2024\n\n3. Regnskab 2024 - drøftet\n\nBeslutning:\nUdsat.\n"
    facts = extract_facts(parse_meeting(source_from_text(text)))
    assert facts.items[-1].outcome == "postponed"
