"""Item forms whose label shares a line with what it labels (issue 12 item 2): a contents heading or group label
with the list's first entry after its colon (a PDF text layer runs the label's cell into the first row), and an
item heading's label in other spellings ("Punkt nr. 3", "Sag 3:"). One table of (text, expected, not expected);
the first case shortens a DEV document of tests/realworld/ (named in its id), the rest are variants written here."""

from __future__ import annotations

import pytest

from graphbuild.parse import parse_meeting
from graphbuild.sources import source_from_text

LEADER = "." * 30

CASES = [
    pytest.param(
        "Byrådet 14.05.2007\n2\nIndholdsfortegnelse:\n"
        f"Punkter på åbent møde: 144. Indkøbspolitik for Næstved Kommune {LEADER} 321\n"
        f"145. Næstved kommunes redegørelse af behov for pladser i 2008{LEADER} 323\n"
        f"146. Årsberetning magtanvendelse 2006 - voksne{LEADER} 326\n",
        [
            ("144", "Indkøbspolitik for Næstved Kommune"),
            ("145", "Næstved kommunes redegørelse af behov for pladser i 2008"),
        ],
        [],
        id="naestved-byraadet-2007-05-14-group-label-then-first-entry",
    ),
    pytest.param(
        f"Indholdsfortegnelse: 1. Godkendelse af dagsorden {LEADER} 2\n2. Budgetopfølgning {LEADER} 3\n"
        f"3. Eventuelt {LEADER} 4\n",
        [("1", "Godkendelse af dagsorden"), ("2", "Budgetopfølgning"), ("3", "Eventuelt")],
        [],
        id="contents-heading-then-first-entry",
    ),
    pytest.param(
        f"Indholdsfortegnelse\nÅbne punkter: 1. Godkendelse af dagsorden {LEADER} 2\n2. Budgetopfølgning {LEADER} 3\n"
        f"Sager på lukket møde: 3. Salg af grund {LEADER} 4\n4. Personalesag {LEADER} 5\n",
        [("1", "Godkendelse af dagsorden"), ("2", "Budgetopfølgning"), ("3", "Salg af grund")],
        [],
        id="open-and-closed-group-labels-then-entries",
    ),
    pytest.param(
        "Punkt nr. 1: Godkendelse af dagsorden\nGodkendt.\n\nPunkt nr. 2 - Budget 2021\nDrøftet.\n",
        [("1", "Godkendelse af dagsorden"), ("2", "Budget 2021")],
        [],
        id="punkt-nr-label",
    ),
    pytest.param(
        "Sag 1: Godkendelse af dagsorden\nGodkendt.\nSag 3 udgår.\n\nSAG 2. Budget 2021\nDrøftet.\n",
        [("1", "Godkendelse af dagsorden"), ("2", "Budget 2021")],
        [("3", "udgår")],
        id="bare-sag-label-before-a-mark-and-a-title",
    ),
    pytest.param(
        "1. Godkendelse af dagsorden\nGodkendt.\n\n2. Borgersamling\n"
        "borgersamlingen adresserer følgende udfordringer i\n"
        "opgaveløsningen:\n1. Hvordan bliver vi bedre til de svære samtaler?\n"
        "2. Hvad er vigtigt for Greves borgere, når det kommer til fremtidens\nvelfærdssamfund?\n"
        "3. Hvordan skal der prioriteres i en fremtid med færre ressourcer?\n"
        "4. Hvordan kan fremtidens velfærd skabes i fællesskab?\n"
        "5. Hvordan balancerer vi vores velfærdsløsninger, når ressourcerne er\npressede?\n"
        "6. Hvordan kan borgere/erhvervsliv/civilsamfund bidrage aktivt i den\nkommunale velfærd?\nMandat\n",
        [("1", "Godkendelse af dagsorden"), ("2", "Borgersamling")],
        [("6", "Hvordan kan borgere/erhvervsliv/civilsamfund bidrage aktivt i den")],
        id="greve-plan-tryghed-2023-11-28-inner-list-wrapped",
    ),
    pytest.param(
        "1. Godkendelse af dagsorden\nGodkendt.\n\n2. Meddelelser\nFormanden orienterede om:\n"
        "1. Henvendelse vedr. pasningssituationen i\nområdet og de kommende år\n2. Ny formand for Ungdomsskolen\n"
        "3. Udvalget for Fremtidens Folkeskole blev drøftet og\nder blev aftalt et møde\n4. Konkret klagesag drøftet.\n"
        "\n3. Budget 2022\nDrøftet.\n",
        [("1", "Godkendelse af dagsorden"), ("2", "Meddelelser"), ("3", "Budget 2022")],
        [("4", "Konkret klagesag drøftet")],
        id="inner-list-from-1-wrapped-then-next-item",
    ),
    pytest.param(
        "1. Godkendelse af dagsorden\nGodkendt.\n\n2. Meddelelser\nIngen.\n\n3. Budget 2022\nDrøftet.\n",
        [("1", "Godkendelse af dagsorden"), ("2", "Meddelelser"), ("3", "Budget 2022")],
        [],
        id="items-each-with-text-stay-items",
    ),
    pytest.param(
        "Beslutning: 1. Godkendt som indstillet.\n\n1. Godkendelse af dagsorden\nGodkendt.\n",
        [("1", "Godkendelse af dagsorden")],
        [("1", "Godkendt som indstillet")],
        id="a-section-label-before-a-number-is-no-contents",
    ),
]


@pytest.mark.parametrize(("text", "expected", "unexpected"), CASES)
def test_inline_labels(text: str, expected: list[tuple[str, str]], unexpected: list[tuple[str, str]]) -> None:
    items = [(i.number, i.title) for i in parse_meeting(source_from_text(text)).items]
    assert [item for item in expected if item not in items] == []
    assert [item for item in unexpected if item in items] == []


def test_closed_group_label_closes_its_entries() -> None:
    text = (
        f"Indholdsfortegnelse\nÅbne punkter: 1. Godkendelse af dagsorden {LEADER} 2\n2. Budgetopfølgning {LEADER} 3\n"
        f"Punkter på lukket dagsorden: 3. Salg af grund {LEADER} 4\n4. Personalesag {LEADER} 5\n"
    )
    public = {i.number: i.public for i in parse_meeting(source_from_text(text)).items}
    assert public.get("1") is True
    assert public.get("3") is False
