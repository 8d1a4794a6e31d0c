"""A numbered item's title that holds an abbreviation's full stop before a capitalised word ("vedr. Lynetteholm",
"inkl. Nordea") is one title, no sentence run on after it (issue 12 item 2). Titles quoted from dev-write documents
of tests/realworld/ (publisher named at each), set over a short item text; the test split is never read."""

from __future__ import annotations

import pytest

from graphbuild.parse import parse_meeting
from graphbuild.sources import source_from_text

HEAD = "Referat af bestyrelsesmøde\n\nMødedato 24. november 2016\n\n"
_TEXT = "\n\nBeslutning\n\nGodkendt.\n\n"
_MINUTE = "\n  Drøftet.\n"  # a minute right under its title, no section heading to read the item by

CASES = [
    pytest.param(
        # Furesø Idrætsråd (furesoe-idraetsraad.dk): each item a list of its own, numbered 1
        "Dagsorden\n\n 1. Siden sidst\n  LS: FIR tildelt 20.000 kr puljemidler fra Idrætspuljen\n"
        " 1. Nytårskur inkl. Nordea priser og taler\n  LS kontakter Farum svømmeklub vedr. en taler.\n"
        " 1. Kommende møder\n  Ti 10/1 Farum, Ma 20/2.\n",
        [("1", "Siden sidst"), ("1", "Nytårskur inkl. Nordea priser og taler"), ("1", "Kommende møder")],
        id="furesoe-idraetsraad-inkl",
    ),
    pytest.param(
        # Region Syddanmark (titles of its Socialudvalg and Udvalg for uddannelse og arbejdskraft)
        f"6. Godkendelse af referat{_MINUTE}7. Orientering om nyt vedr. Kvalitetsmodellen{_MINUTE}"
        f"8. Uddybning vedr. Uddannelsesbarometer 2018{_MINUTE}",
        [
            ("6", "Godkendelse af referat"),
            ("7", "Orientering om nyt vedr. Kvalitetsmodellen"),
            ("8", "Uddybning vedr. Uddannelsesbarometer 2018"),
        ],
        id="region-syddanmark-vedr",
    ),
    pytest.param(
        # Tønder Kommune and Københavns Kommune (a lokaludvalg's høringssvar)
        f"3. Økonomiske forhold vedr. Kiers Gaard{_MINUTE}4. Høringssvar vedr. Lynetteholm{_MINUTE}",
        [("3", "Økonomiske forhold vedr. Kiers Gaard"), ("4", "Høringssvar vedr. Lynetteholm")],
        id="toender-kk-vedr",
    ),
    pytest.param(
        # Varde Kommune: "stk." and "vedr." in one title
        f"184. Godkendelse af dagsorden{_MINUTE}"
        f"185. Kommissorium for §17 stk. 4 udvalg vedr. Implementering af fælles ejendomsdrift{_MINUTE}",
        [
            ("184", "Godkendelse af dagsorden"),
            ("185", "Kommissorium for §17 stk. 4 udvalg vedr. Implementering af fælles ejendomsdrift"),
        ],
        id="varde-stk-vedr",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_an_abbreviation_in_a_title_is_no_sentence_end(text: str, expected: list[tuple[str, str]]) -> None:
    items = parse_meeting(source_from_text(HEAD + text)).items
    assert [(i.number, i.title.rstrip(".")) for i in items] == expected


@pytest.mark.parametrize(
    "point",
    [
        # a numbered sentence whose abbreviation is followed by a real sentence end
        "2. Udgiften vedr. Skolen er afholdt af puljen. Der er ingen merudgift.",
        # an amount's "kr." ends a sentence: the point is no title
        "2. Tilskuddet udgør 2 mio. kr. Beløbet afholdes af puljen.",
    ],
)
def test_a_sentence_after_an_abbreviation_is_still_a_sentence(point: str) -> None:
    text = f"1. Godkendelse af dagsorden{_TEXT}Sagen blev drøftet.\n\n{point}\n\n3. Eventuelt{_TEXT}"
    items = parse_meeting(source_from_text(HEAD + text)).items
    assert [i.number for i in items] == ["1", "3"]
