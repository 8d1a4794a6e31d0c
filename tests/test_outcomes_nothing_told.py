"""A decision that only says nothing was raised, told or came ("Der var intet til eventuelt.", "Intet nyt fra nogen.",
"Ingen borgere var mødt op.", "Formanden havde intet at meddele.", "Ingen ønskede ordet.") records no decision: none,
as "Intet", "Ingen bemærkninger" and "Der var ingen meddelelser" are by the written rule of tests/realworld/README.md.
Dev-write publishers print the neighbouring forms already read ("Intet at bemærke.":
broenderslev-integrationsraadet-2018-03-22, lejre-ungdomsskolebestyrelsen-2014-12-08,
thisted-boerne-familieudvalget-2021-06-08); these sentences are the probed wrong readings (discussed, or noted under
"Meddelelser"), the test split never read. A verdict after the sentence of nothing, or more said in the same sentence,
is read as before."""

from __future__ import annotations

import pytest
from snippet_outcome import headed_outcome


@pytest.mark.parametrize(
    ("title", "decision", "expected"),
    [
        ("Eventuelt", "Der var intet til eventuelt.", "none"),
        ("Eventuelt", "Der var ikke noget til eventuelt.", "none"),
        ("Eventuelt", "Intet nyt fra nogen.", "none"),
        ("Spørgetid", "Ingen borgere var mødt op.", "none"),
        ("Spørgetid", "Ingen borgere var mødt op til spørgetiden.", "none"),
        ("Meddelelser", "Intet at meddele.", "none"),
        ("Meddelelser", "Formanden havde intet at meddele.", "none"),
        ("Eventuelt", "Ingen af medlemmerne havde bemærkninger.", "none"),
        ("Eventuelt", "Der var ingen, der havde bemærkninger.", "none"),
        ("Eventuelt", "Ingen ønskede ordet.", "none"),
        ("Eventuelt", "Der forelå ingen sager.", "none"),
        ("Spørgetid", "Der var ingen borgere til stede.", "none"),
        ("Spørgetid", "Ingen fremmødte borgere.", "none"),
        # the noun of nothing with a word before or after it, as dev-write publishers print it
        # (farum-landsby-generalforsamling-2023-11-16, korsoer-kunstforening-generalforsamling-2005-09-29,
        # kommunalret-generalforsamling-2018-04-17)
        ("Indkomne forslag", "Ingen indkomne forslag forud for generalforsamlingen.", "none"),
        ("Indkomne forslag", "Der var ingen indkomne forslag.", "none"),
        ("Indkomne forslag", "Ingen forslag modtaget", "none"),
        ("Eventuelt", "Ikke noget at bemærke.", "none"),
        ("Spørgetid", "Der var ingen spørgere.", "none"),
        ("Spørgetid", "Der mødte ingen borgere op.", "none"),
        ("Henvendelser fra borgere", "Ingen har henvendt sig.", "none"),
        ("Nyt fra formanden", "Formanden havde intet nyt.", "none"),
        # near misses: a verdict after the sentence of nothing, more said in its sentence, something told
        ("Eventuelt", "Der var intet til eventuelt. Referatet blev godkendt.", "approved"),
        ("Spørgetid", "Ingen borgere var mødt op, men formanden fortalte om budgettet.", "discussed"),
        ("Meddelelser", "Formanden havde intet at meddele om budgettet, som blev taget til efterretning.", "noted"),
        ("Eventuelt", "Der var et ønske om nye stole.", "discussed"),
        (
            "Indkomne forslag",
            "Ingen indkomne forslag forud for generalforsamlingen. Bestyrelsen blev genvalgt.",
            "approved",
        ),
        ("Nyt fra formanden", "Formanden havde intet nyt om vejen, men orienterede om budgettet.", "noted"),
        ("Eventuelt", "Ingen ønskede ordet, men formanden orienterede om budgettet.", "noted"),
        ("Spørgetid", "Der var ingen borgere til stede. Spørgetiden blev aflyst og sagen udsat.", "postponed"),
        ("Meddelelser", "Formanden havde nyt fra kommunen om vejene.", "noted"),
    ],
)
def test_nothing_told_is_no_decision(title: str, decision: str, expected: str) -> None:
    assert headed_outcome(title, decision) == expected
