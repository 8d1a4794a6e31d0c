"""Who was absent, dated as a decision heading is ("Fraværende i Thisted Kommunalbestyrelse, 25. januar 2022:
Henning Holm"), inside a flattened page: no decision heading of its own, so the decision before it stays the item's
decision (the names are not read as it), as extract's dated-decision reader already rejects the label. Excerpt:
thisted-kommunalbestyrelsen-2022-01-25 (dev-write), its page run onto one line; names varied."""

from __future__ import annotations

import pytest

from graphbuild.parse.items import find_items
from graphbuild.parse.lines import split_lines

_PAGE = (
    "1 Referat Kommunalbestyrelsen den 25. januar 2022 "
    + "Mødet blev holdt i byrådssalen på rådhuset. " * 20
    + "1. Godkendelse af dagsorden Udskriv Sagstema Godkendelse af dagsorden. Kommunalbestyrelsen den 25. januar 2022 "
    "Indstilling Til godkendelse. Beslutning Godkendt. {label} Karen Holm, Jens Fink Nielsen Til toppen "
    "2. Bestyrelsen for Friends of Cold Hawaii Udskriv Sagstema Udpegning til bestyrelsen. Indstilling "
    "Borgmesteren indstiller, at der udpeges et medlem. Beslutning Kommunalbestyrelsen, 25. januar 2022: "
    "Godkendt.\n"
)


def _decisions(label: str) -> dict[str, list[str]]:
    text = _PAGE.format(label=label)
    items, _ = find_items(text, split_lines(text))
    return {i.number: [s.text.strip() for s in i.sections if s.kind == "beslutning"] for i in items}


@pytest.mark.parametrize(
    "label",
    [
        "Fraværende i Thisted Kommunalbestyrelse, 25. januar 2022:",
        "Fraværende i Kommunalbestyrelsen, 25. januar 2022:",
        "Afbud til Kommunalbestyrelsen den 25. januar 2022:",
    ],
)
def test_an_absence_label_dated_like_a_heading_opens_no_decision(label: str) -> None:
    decisions = _decisions(label)
    assert len(decisions["1"]) == 1
    assert decisions["1"][0].startswith("Godkendt.")


def test_a_dated_decision_heading_without_the_label_still_opens_the_decision() -> None:
    assert _decisions("Bemærkning fra borgmesteren.")["2"][-1] == "Godkendt."
