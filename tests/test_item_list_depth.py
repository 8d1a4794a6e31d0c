"""Numbered lists as a web page renders them (issue 12 items 2 and 3): points of a nested list are no items, and
a list that starts again from 1 at the items' own level goes on with more items, numbered as printed. Texts are
shortened excerpts of public A-K minutes (Hørsholm Seniorråd, Dragør Ældreråd, Tårnborg Lokalråd) or variants
written for the form; the test split is never read."""

from __future__ import annotations

import pytest

from graphbuild.extract import extract_facts
from graphbuild.extract.agenda import add_items
from graphbuild.extract.context import Context
from graphbuild.parse import parse_meeting
from graphbuild.sources import source_from_text
from graphbuild.vocab import ids

HEAD = "Referat af møde i Seniorrådet\n\nMødedato 10. juni 2021\n\n"

CASES = [
    pytest.param(
        "Dagsorden:\n\n 1. Valg af referent\n 2. Meddelelser fra formanden\n  1. Herunder møde med borgmesteren\n"
        "  2. Påvirkning af KB indtil valget\n 3. Dagsordener og referater\n  1. Direkte relationer\n"
        " 1. Nyt fra institutioner\n 2. Næste møde\n",
        [
            ("1", "Valg af referent"),
            ("2", "Meddelelser fra formanden"),
            ("3", "Dagsordener og referater"),
            ("1", "Nyt fra institutioner"),
            ("2", "Næste møde"),
        ],
        id="agenda-list-broken-by-nested-lists-starts-again",
    ),
    pytest.param(
        " 1. Godkendelse af referatet\n\nReferat: Godkendt\n\n 1. Høringssvar.\n\nReferat:\n\n"
        "Ældrerådet formulerer et høringssvar.\n\n 1. Årsberetning 2015.\n\nReferat:\n\nGodkendt.\n",
        [("1", "Godkendelse af referatet"), ("1", "Høringssvar"), ("1", "Årsberetning 2015")],
        id="every-item-its-own-list-numbered-1",
    ),
    pytest.param(
        " 1. Godkendelse af dagsorden\n  Godkendt uden kommentarer\n\n"
        " 2. Regnskab 2016\nRegnskabet revideres snarest.\n\n"
        " 1. Sommerfest\n  Se referatet fra februar.\n 2. Siden sidst\n  Husk at søge fonde:\n\n"
        "  1. SEAS-NVE – senest 10. marts\n  2. Friluftsrådet – tidsfrist?\n 3. Eventuelt\n  Intet.\n",
        [
            ("1", "Godkendelse af dagsorden"),
            ("2", "Regnskab 2016"),
            ("1", "Sommerfest"),
            ("2", "Siden sidst"),
            ("3", "Eventuelt"),
        ],
        id="second-list-of-items-with-a-nested-list-inside",
    ),
    # Gjessø Lokalråd (gjesso.dk): a list of two, then every later item a one-entry list of its own, numbered 1
    pytest.param(
        "Referat:\n\n  1.  Velkomst v/formand\n  2. Valg af ordstyrer\n\nOrdstyrer: Kristian Mortensen\n\n"
        "  1. Valg af to stemmetællere\n\nStemmetællere: Carina og Vita\n\n"
        "  1. Godkendelse af årsberetningen\n\nGodkendt.\n\n"
        "  1. Evt.\n\nMulighed for storkerede i Gjessø, blev drøftet.\n",
        [
            ("1", "Velkomst v/formand"),
            ("2", "Valg af ordstyrer"),
            ("1", "Valg af to stemmetællere"),
            ("1", "Godkendelse af årsberetningen"),
            ("1", "Evt"),
        ],
        id="one-entry-lists-after-a-list-of-two",
    ),
    # a look-alike: one "1." point in the last item's text, the next list mark a "2." point, no run of one-entry lists
    pytest.param(
        "  1. Velkomst\n  2. Budget 2024\n\nKassereren fremlagde budgettet:\n\n  1. Kontingentet hæves\n"
        "  2. Hallejen falder\n\nBudgettet blev godkendt.\n",
        [("1", "Velkomst"), ("2", "Budget 2024")],
        id="points-numbered-on-from-1-are-no-one-entry-lists",
    ),
    pytest.param(
        "  1. Orientering om budgettet\n  2. Nyhedsmail fra KL\n  3. Orientering vedr. skatteforliget\n\n"
        "Der vil blive orienteret om de nye regler.\n\n  1. Ministeren afviser at forlænge perioden.\n"
        "  2. Ministeriet afviser medfinansieringen.\n",
        [("1", "Orientering om budgettet"), ("2", "Nyhedsmail fra KL"), ("3", "Orientering vedr. skatteforliget")],
        id="second-list-in-an-items-text-is-no-restart",
    ),
    pytest.param(
        " 1. Sommerfest\n  Se referatet fra februar.\n 2. Siden sidst\n  – Husk at søge diverse fonde:\n\n"
        "  1. SEAS-NVE – senest 10. marts (Jørgen søger)\n  2. Matas Miljøfond – senest 15. maj\n"
        "  3. Friluftsrådet – tidsfrist?\n 3. Eventuelt\n  Intet.\n",
        [("1", "Sommerfest"), ("2", "Siden sidst"), ("3", "Eventuelt")],
        id="nested-points-whose-first-is-not-read-do-not-go-on-from-their-parent",
    ),
    pytest.param(
        "      1. Godkendelse af referat.\n    2. Økonomi.\n    3. Agenda 21.\n      4. Renovering af stier.\n"
        "    5. Eventuelt.\n",
        [
            ("1", "Godkendelse af referat"),
            ("2", "Økonomi"),
            ("3", "Agenda 21"),
            ("4", "Renovering af stier"),
            ("5", "Eventuelt"),
        ],
        id="uneven-indents-that-go-on-numbering-are-one-list",
    ),
    pytest.param(
        "Dagsorden:\n\n14.Kalender og næste møde\n\n15.Årshjulet og månedsaktivitet\n\n9.   Juni SR møde\n"
        "18. August SR møde\n15. September SR møde\n\nHousekeeping står Niels for.\n\n16.Eventuelt\n",
        [("14", "Kalender og næste møde"), ("15", "Årshjulet og månedsaktivitet"), ("16", "Eventuelt")],
        id="a-calendar-of-dates-is-no-items",
    ),
    pytest.param(
        "1. Godkendelse af dagsorden\n\nBeslutning\n\n1. Godkendt\n\n2. Velfærdsborgersamling\n\nBeslutning\n\n"
        "2. Udvalget besluttede version 1\n3. Godkendt med bemærkning om formuleringen\n4. Godkendt\n"
        "5. Ikke godkendt\n6. Anbefales.\n7. Taget til efterretning\n\n3. Underskriftsark\n",
        [("1", "Godkendelse af dagsorden"), ("2", "Velfærdsborgersamling"), ("3", "Underskriftsark")],
        id="decisions-on-numbered-points-are-no-items",
    ),
    pytest.param(
        "Indholdsfortegnelse\n\n1. (Åben) Godkendelse af dagsorden 3\n2. (Åben) Politisk mødeplan 2022 4\n"
        "3. (Åben) Ændring af styrelsesvedtægten 8\n4. (Lukket) Salg af grund 12\n\nMødet hævet kl. 18.00\n",
        [
            ("1", "Godkendelse af dagsorden"),
            ("2", "Politisk mødeplan 2022"),
            ("3", "Ændring af styrelsesvedtægten"),
            ("4", "Salg af grund"),
        ],
        id="a-contents-lists-page-column-is-no-part-of-its-titles",
    ),
    pytest.param(
        "Indholdsfortegnelse\n\n1. Lokalplan 12\n2. Lokalplan 7\n3. Budget 2024\n\nMødet hævet kl. 18.00\n",
        [("1", "Lokalplan 12"), ("2", "Lokalplan 7"), ("3", "Budget 2024")],
        id="numbers-that-fall-are-the-titles-own",
    ),
]


_BODY = "\n\nSagsfremstilling\n\nSagen forelægges.\n\nBeslutning\n\nGodkendt.\n\n"

# Open and closed parts, each numbered from 1: (text, [(number, title, public)])
PARTS = [
    pytest.param(
        "Dagsorden:\n\n1. Godkendelse af dagsorden\n2. Budgetopfølgning 2024\n3. Eventuelt\n\n"
        "Lukket dagsorden:\n\n1. Salg af grund\n2. Personalesag\n\nMødet hævet kl. 18.00\n",
        [
            ("1", "Godkendelse af dagsorden", True),
            ("2", "Budgetopfølgning 2024", True),
            ("3", "Eventuelt", True),
            ("1", "Salg af grund", False),
            ("2", "Personalesag", False),
        ],
        id="contents-list-with-a-closed-part-numbered-from-1",
    ),
    pytest.param(
        f"Åben dagsorden\n\n1. Godkendelse af dagsorden{_BODY}2. Eventuelt{_BODY}"
        f"Lukket dagsorden\n\n1. Salg af grund{_BODY}2. Personalesag{_BODY}",
        [
            ("1", "Godkendelse af dagsorden", True),
            ("2", "Eventuelt", True),
            ("1", "Salg af grund", False),
            ("2", "Personalesag", False),
        ],
        id="items-with-a-closed-part-numbered-from-1",
    ),
    pytest.param(
        f"1. Godkendelse af dagsorden{_BODY}2. Eventuelt{_BODY}LUKKEDE PUNKTER:\n\n1. Salg af grund{_BODY}",
        [("1", "Godkendelse af dagsorden", True), ("2", "Eventuelt", True), ("1", "Salg af grund", False)],
        id="closed-points-in-capitals",
    ),
    pytest.param(
        f"1. Godkendelse af dagsorden{_BODY}2. Eventuelt{_BODY}Lukket møde\n\n1. Godkendelse af dagsorden{_BODY}",
        [("1", "Godkendelse af dagsorden", True), ("2", "Eventuelt", True)],
        id="a-part-repeating-the-first-title-is-no-new-list",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARTS)
def test_open_and_closed_parts_each_numbered_from_1(text: str, expected: list[tuple[str, str, bool]]) -> None:
    items = parse_meeting(source_from_text(HEAD + text)).items
    assert [(i.number, i.title, i.public) for i in items] == expected


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_list_depth_and_restart(text: str, expected: list[tuple[str, str]]) -> None:
    items = parse_meeting(source_from_text(HEAD + text)).items
    assert [(i.number, i.title.rstrip(".")) for i in items] == expected


@pytest.mark.parametrize(
    ("numbers", "keys"),
    [
        (["1", "2", "3"], ["1", "2", "3"]),
        (["1", "2", "1", "2", "3"], ["1", "2", "1~2", "2~2", "3"]),
        (["1", "1", "1"], ["1", "1~2", "1~3"]),
        (["3a", "3b", "4"], ["3a", "3b", "4"]),
    ],
)
def test_item_keys_keep_a_restarted_lists_items_apart(numbers: list[str], keys: list[str]) -> None:
    assert ids.item_keys(numbers) == keys


RESTARTED = [pytest.param(*c.values, id=c.id) for c in CASES if len({n for n, _ in c.values[1]}) < len(c.values[1])]


@pytest.mark.parametrize(("text", "expected"), RESTARTED)
def test_a_restarted_lists_items_are_entities_of_their_own(text: str, expected: list[tuple[str, str]]) -> None:
    facts = extract_facts(parse_meeting(source_from_text(HEAD + text)))
    items = [e for e in facts.entities if e.type == "AgendaItem"]
    assert len({e.id for e in items}) == len(expected)
    assert sorted(e.properties["title"].rstrip(".") for e in items) == sorted(t for _, t in expected)


def test_each_restarted_item_keeps_its_own_outcome_for_the_steps_after_it() -> None:
    text = " 1. Godkendelse af referatet\n\nReferat: Godkendt\n\n 1. Høringssvar.\n\nReferat:\n\nUdsat.\n"
    ctx = Context(parse_meeting(source_from_text(HEAD + text)))
    add_items(ctx)
    outcomes = ctx.item_outcomes
    assert set(outcomes) == {"1", "1~2"}
    assert outcomes["1"] != outcomes["1~2"]  # the second item 1 is not read with the first one's decision
