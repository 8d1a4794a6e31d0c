"""An agenda announced as a list with no numbers, under the group headings of a meeting's open and closed parts."""

from __future__ import annotations

import pytest

from graphbuild.parse.items import find_items
from graphbuild.parse.lines import split_lines


def _items(text: str) -> list[tuple[str, bool]]:
    items, _ = find_items(text, split_lines(text))
    return [(item.title, item.public) for item in items]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # samsoe-kommunalbestyrelsen-2020-05-26 (shortened): bullets under "Åbent møde" and "Lukket møde", no
        # "Dagsorden" heading over them; a heading alone after the list ends it
        (
            "Det meddeles herved, at der afholdes ordinært kommunalbestyrelsesmøde tirsdag den 26. maj kl. 17:30 "
            "med følgende dagsorden.\n\nÅbent møde\n\n • Godkendelse af dagsorden\n • Klimapuljen 2020\n"
            " • Øvrige meddelelser\n\nLukket møde\n\n • Anlægsbevilling til erhvervelse af markareal\n\n"
            "Øvrige meddelelser\n\nDagsordenen findes her\n",
            [
                ("Godkendelse af dagsorden", True),
                ("Klimapuljen 2020", True),
                ("Øvrige meddelelser", True),
                ("Anlægsbevilling til erhvervelse af markareal", False),
            ],
        ),
        # samsoe-kommunalbestyrelsen-2025-10-07 (shortened): bare lines, one title a line; a sentence ends the list
        (
            "Der afholdes ordinært kommunalbestyrelsesmøde tirsdag den 7. oktober 2025 kl. 17.30.\nDAGSORDEN\n"
            "Åbent møde:\nGodkendelse af dagsorden\n2. behandling af Budget 2026 og overslagsår 2027, 2028 og 2029\n"
            "Efterretningsliste\nLukket møde:\nØvrige meddelelser\n"
            "Dagsordenen er fremlagt på Rådhuset. Det bemærkes at ændringer til dagsordenen kan forekomme.\n",
            [
                ("Godkendelse af dagsorden", True),
                ("2. behandling af Budget 2026 og overslagsår 2027, 2028 og 2029", True),
                ("Efterretningsliste", True),
                ("Øvrige meddelelser", False),
            ],
        ),
        # samsoe-kommunalbestyrelsen-2017-03-28 (shortened), and variants: the heading joined to "Dagsorden"
        (
            "Mødet holdes i kantinen tirsdag den 28. marts 2017\n\nDagsorden - åbent møde:\n\n"
            " • Samsø Kommunes organisationsstruktur\n • Eventuelt\n\nLukket møde:\n\n • Eventuelt\n",
            [("Samsø Kommunes organisationsstruktur", True), ("Eventuelt", True), ("Eventuelt", False)],
        ),
        (
            "Byrådet holder møde den 3. maj.\n\nÅben del:\n- Budget 2024\n- Ny skolestruktur\n\n"
            "Lukket del:\n- Salg af grund\n",
            [("Budget 2024", True), ("Ny skolestruktur", True), ("Salg af grund", False)],
        ),
        # one line under the heading is the page's text, no list; a sentence is no title
        ("Åbent møde\n\nMødet er åbent for alle.\nKom og hør debatten.\n", []),
        ("Åbent møde:\nByrådet mødes i salen\n", []),
    ],
)
def test_an_announced_agenda_without_numbers(text: str, expected: list[tuple[str, bool]]) -> None:
    assert _items(text) == expected
