"""A body's decision heading dated and pointed to its item ("Kultur- og Idrætsudvalget, 03-04-2019, pkt. 42"), as
four dev-write publishers' portals print it (Roskilde, Rødovre, Stevns, Thisted), inside a flattened page: the
decision after it is the item's decision, where the same heading on a line of its own already is. Excerpt: Roskilde
Kultur- og Idrætsudvalg, 3 April 2019, its page run onto one line the way a PDF transcript prints it."""

from __future__ import annotations

from graphbuild.parse.items import find_items
from graphbuild.parse.lines import split_lines

PAGE = (
    "Transkript\n\n1 You are here Referat Dato: Onsdag, April 3, 2019 - 18:00 Sted: Mødelokale 2A • Pkt. 42 "
    "Beslutninger om dagsordenen Pkt. 42 Beslutninger om dagsordenen Sagsnr. 299835 Kultur- og Idrætsudvalget Åbent "
    "punkt Kultur- og Idrætsudvalget, 03-04-2019, pkt. 42 Tillægsdagsordenen blev optaget på dagsordenen som punkt "
    "55. Herefter godkendt. Fraværende: Evan Lynnerup (V) - Marianne Kiærulff (V) mødte som stedfortræder. • Pkt. 43 "
    "Meddelelser fra formanden Pkt. 43 Meddelelser fra formanden Sagsnr. 299835 Kultur- og Idrætsudvalget Åbent punkt "
    "Kultur- og Idrætsudvalget, 03-04-2019, pkt. 43 ̵ Standerhejsning i Roskilde Roklub ̵ Afslutning for "
    "musikafgangsklassen ̵ Generalforsamling i Roskilde Firmaidræt ̵ Repræsentantskabsmøde i Roskilde Idrætsunion ̵ "
    "Møde i Kulturmetropolen ̵ Møde i Opera Hedelands bestyrelse Fraværende: Evan Lynnerup (V) - Marianne Kiærulff (V) "
    "mødte som stedfortræder. • Pkt. 44 Ny strategiplan for Museet for Samtidskunst Pkt. 44 Ny strategiplan for "
    "Museet for Samtidskunst Sagsnr. 315923 Kultur- og Idrætsudvalget Åbent punkt Resume Museet for Samtidskunst har "
    "udarbejdet en ny vision og strategi for museet, som vil blive præsenteret for udvalget.\n"
)


def _decisions(text: str) -> dict[str, str]:
    items, _ = find_items(text, split_lines(text))
    return {i.number: s.text for i in items for s in i.sections if s.kind == "beslutning"}


def test_a_pointed_decision_heading_in_a_flattened_page_opens_the_decision() -> None:
    decisions = _decisions(PAGE)
    assert decisions["42"].startswith("Tillægsdagsordenen blev optaget")
    assert decisions["43"].lstrip(" ̵").startswith("Standerhejsning")


def test_a_pointed_heading_named_in_a_sentence_opens_no_decision() -> None:
    text = PAGE.replace(
        "Resume Museet for Samtidskunst har",
        "Resume Sagen blev drøftet i Kultur- og Idrætsudvalget, 03-04-2019, pkt. 42 og Museet for Samtidskunst har",
    )
    assert "44" not in _decisions(text)
