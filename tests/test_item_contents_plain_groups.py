"""A contents list of plain lines, neither numbered nor bulleted, under an agenda's group heading
(item_contents_block's _plain_under_group)."""

from __future__ import annotations

from graphbuild.parse.items import find_items
from graphbuild.parse.lines import split_lines

# modelled on samsoe-kommunalbestyrelsen-2025-10-07 (dev-write): a council's agenda page
AGENDA = (
    "Der afholdes ordinært kommunalbestyrelsesmøde i Kantinen på rådhuset tirsdag den 7. oktober 2025 kl. 17.30.\n"
    "Du har også mulighed for at møde fysisk op i kantinen.\n"
    "DAGSORDEN\n"
    "Åbent møde:\n"
    "Godkendelse af dagsorden\n"
    "2. behandling af Budget 2026 og overslagsår 2027, 2028 og 2029\n"
    "Opsætning valgplakater KV 2025\n"
    "Anlægsbevilling til fællesarealer ved Kolby Forsamlingshus\n"
    "Meddelelser fra borgmesteren\n"
    "Lukket møde:\n"
    "Efterretningsliste\n"
    "Dagsordenen er fremlagt på Rådhuset. Det bemærkes at ændringer til dagsordenen kan forekomme.\n"
)


def _items(text: str) -> list[tuple[str, bool, bool]]:
    items, _ = find_items(text, split_lines(text))
    return [(item.title, item.from_contents, item.public) for item in items]


def test_plain_lines_under_a_group_heading_are_contents_entries() -> None:
    assert _items(AGENDA) == [
        ("Godkendelse af dagsorden", True, True),
        ("2. behandling af Budget 2026 og overslagsår 2027, 2028 og 2029", True, True),
        ("Opsætning valgplakater KV 2025", True, True),
        ("Anlægsbevilling til fællesarealer ved Kolby Forsamlingshus", True, True),
        ("Meddelelser fra borgmesteren", True, True),
        ("Efterretningsliste", True, False),
    ]


def test_a_group_heading_over_prose_lists_nothing() -> None:
    text = (
        "DAGSORDEN\nÅbent møde:\n"
        "Mødet holdes i kantinen, og alle er velkomne. Kaffe serveres fra kl. 17.\n"
        "Spørgsmål kan sendes til sekretariatet inden mødet.\n"
    )
    assert _items(text) == []


def test_plain_lines_with_no_group_heading_are_no_entries() -> None:
    text = AGENDA.replace("Åbent møde:\n", "").replace("Lukket møde:\n", "")
    assert _items(text) == []
