"""An item of minutes marked closed where parse read no mark, its decision not shown: listed under a closed part's
heading ("Punkter på lukket dagsorden", "Lukkede dagsordenspunkter", "Lukkede sager") or its title closed by "(FOR
LUKKEDE DØRE)"; cases shortened from dev-write documents of tests/realworld/ (koege-bugt-alliancen-borgmestermoede-
2024-06-24, holstebro-byraadet-2018-05-15, middelfart-oekonomiudvalget-2019-04-30, glostrup-kommunalbestyrelsen-agenda-
2790), the test split never read."""

from __future__ import annotations

import pytest

from graphbuild.extract import extract_facts
from graphbuild.extract.outcome_closed_marks import closed_mark
from graphbuild.parse import parse_meeting
from graphbuild.sources import source_from_text

_MINUTES = "Referat borgmestermøde 24.06.2024\n\nAfbud:\n\nPernille Beckmann\n\n"
_ALLIANCE = (
    "Punkter på åben dagsorden\n\nIngen sager.\n\nPunkter på lukket dagsorden\n\n1. Borgmestermøde\n\nIndstilling\n\n"
    "Det indstilles, at nedenfor nævnte punkter drøftes\n\nBaggrund og vurdering\n\n"
    "Velkommen i Køge Bugt Alliancen til Brøndbys Borgmester Maja Højgaard.\n"
)


def _outcomes(text: str) -> dict[str, str]:
    facts = extract_facts(parse_meeting(source_from_text(text)))
    return {item.title: item.outcome for item in facts.items}


def test_an_item_under_a_closed_part_heading_with_no_decision_is_closed() -> None:
    assert _outcomes(_MINUTES + _ALLIANCE)["Borgmestermøde"] == "closed"


def test_an_item_under_a_closed_part_heading_whose_decision_is_shown_keeps_it() -> None:
    # near miss: the decision shown ("Beslutning / Godkendt") is the item's, not withheld
    text = _MINUTES + _ALLIANCE.replace("Baggrund og vurdering\n\n", "Beslutning\n\nGodkendt\n\n")
    assert _outcomes(text)["Borgmestermøde"] == "approved"


def test_an_agenda_item_under_a_closed_part_heading_is_not_closed() -> None:
    # near miss: an agenda's closed item has no decision yet (its recommendation read as proposed)
    text = "Dagsorden borgmestermøde 24.06.2024\n\n" + _ALLIANCE
    assert _outcomes(text)["Borgmestermøde"] == "proposed"


_HOLSTEBRO = (
    "10 Det fremtidige Birkehøj\n11 Center for Sundhed - Indflytning\n\n"
    "{heading}\n\n12 Aktuel Kvarter\n13 Salg af areal\n"
)


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("Lukkede dagsordenspunkter", True),
        ("Lukkede sager", True),
        ("LUKKET DAGSORDEN:", True),
        # near misses: an open part's heading, a line of other text over the items
        ("Åbne dagsordenspunkter", False),
        ("Lukkede punkter\n\nSagerne behandles for lukkede døre efter de åbne punkter.", False),
    ],
)
def test_a_numbered_line_under_a_part_heading(heading: str, expected: bool) -> None:
    text = _HOLSTEBRO.format(heading=heading)
    assert closed_mark(text, text.index("13 Salg"), "Salg af areal") is expected


def test_a_line_of_no_number_under_a_closed_heading_is_not_marked() -> None:
    # near miss: the item's own line is no numbered item line ("Salg af areal" as a paragraph's heading)
    text = "Lukkede sager\n\nSalg af areal\n"
    assert closed_mark(text, text.index("Salg"), "Salg af areal") is False


def test_the_closed_part_heading_far_above_is_not_read() -> None:
    # near miss: the heading stands over forty lines of item lines above: not this list's
    lines = "".join(f"{n} Punkt nummer {n}\n" for n in range(1, 46))
    text = "Lukkede sager\n" + lines + "46 Salg af areal\n"
    assert closed_mark(text, text.index("46 Salg"), "Salg af areal") is False


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Orientering fra borgmesteren (FOR LUKKEDE DØRE)", True),
        ("Udbud af Ejby Mosevej 175 - reviderede salgsprincipper (for lukkede døre)", True),
        # near misses: the words in the title's text, not its closing bracket
        ("Møder for lukkede døre i udvalgene", False),
        ("Orientering om lukkede døre (brandsikring) på rådhuset", False),
    ],
)
def test_a_title_closed_by_its_bracket(title: str, expected: bool) -> None:
    text = f"22. {title}\n"
    assert closed_mark(text, 0, title) is expected


def test_a_title_closed_by_its_bracket_in_minutes() -> None:
    text = (
        _MINUTES
        + "21. Godkendelse af dagsordenen\n\nGodkendt.\n\n22. Orientering fra borgmesteren (FOR LUKKEDE DØRE)\n"
    )
    assert _outcomes(text)["Orientering fra borgmesteren (FOR LUKKEDE DØRE)"] == "closed"
