"""An agenda entry whose title opens in lower case, in the gap of a flattened page's run of item numbers, is an item
(parse.flatten_lower_case_entries cuts it, parse.item_lower_case_gaps reads it; issue 12 items 2 and 3): "4. Orientering
om … virke. 5. lndkomne forslag. 6. Valg af …", "1. Velkommen … 2. til stede 3. formanden 4. Hvert medlem har ordet".
Snippets of dev-write documents (Ældre Sagen Rødovre's årsmøde, Fensmark Lokalråd's minutes; Lejre Ungdomsskole prints
the shape too) flattened as a PDF-to-text step prints them, quoted as printed. Near misses: a date, an ordinal, a
reference, a number inside a clause, a gap holding another list's points, a number left out of the gap."""

from __future__ import annotations

from graphbuild.parse.flatten import resegment
from graphbuild.parse.flatten_lower_case_entries import lower_case_cuts, lower_case_entry
from graphbuild.parse.item_contents import find_contents
from graphbuild.parse.item_lines import ContentsEntry
from graphbuild.parse.item_lower_case_gaps import gap_titles
from graphbuild.parse.lines import Line, split_lines
from tests.snippet_items import item_numbers, item_titles
from tests.test_item_contents_bodies import AELDRESAGEN as AELDRE_SAGEN

FENSMARK = (
    "1 Referat af Lukket Lokalrådsmøde på Holmegaardskolen tirsdag d. 8. juni kl. 17-18.30 Dagsorden: 1. "
    "Velkommen tilbage til (næsten) normale tilstande 2. til stede 3. formanden 4. Hvert medlem har ordet 5. "
    "Lokalrådet – hvordan skal det køre? 6. Formanden afslutter 7. Evt. Referat: Ad. 1 Formanden bød velkommen "
    "Ad. 2 Bjarne Nielsen, John Poulsen, Dorte Bach, Lars Rude og Marie-Luise Rye Nielsen Ad. 3 Formanden tog "
    "ordet og læste det resterende råds begrundelse op.\n"
)


def _cut_titles(page: str, run: list[tuple[int, str]]) -> list[str]:
    """The text after each cut ``lower_case_cuts`` makes in a one-line ``page`` between the run's numbers, each given by
    its number and the text it opens with."""
    lines = split_lines(page)
    text = lines[0].text
    cuts = lower_case_cuts(lines, [(0, number, text.index(head)) for number, head in run], {0})
    return [text[at : at + 12] for at in cuts.get(0, [])]


def test_a_lower_case_entry_between_two_items_is_an_item() -> None:
    assert item_numbers(AELDRE_SAGEN) == [str(n) for n in range(1, 9)]
    assert item_titles(AELDRE_SAGEN)[4].startswith("lndkomne forslag")


def test_the_contents_list_goes_on_through_a_lower_case_entry() -> None:
    lines, segmented = resegment(split_lines(AELDRE_SAGEN))
    _, entries = find_contents(lines, segmented)
    assert [entry.number for entry in entries if entry.number] == [str(n) for n in range(1, 9)]
    # an entry the next line's number does not follow, a line not cut from a flattened page: none
    four = next(line for line in lines if line.text.startswith("4. "))
    five = next(line for line in lines if line.text.startswith("5. "))
    block = [ContentsEntry("4", "Orientering om lokalbestyrelsens fremtidige virke", four)]
    assert lower_case_entry(five.clean, five, block, lines, segmented) is not None
    assert lower_case_entry(five.clean, five, block, lines, set()) is None
    ended = [*lines[: five.index + 1], Line("Kommer medio februar 2021", five.start + 40, five.index + 1)]
    assert lower_case_entry(five.clean, five, block, ended, segmented) is None


def test_two_lower_case_entries_in_a_row_are_items() -> None:
    assert item_numbers(FENSMARK)[:4] == ["1", "2", "3", "4"]
    assert item_titles(FENSMARK)[1:3] == ["til stede", "formanden"]


def test_the_gap_s_entries_are_cut_in_order() -> None:
    run = [(1, "1. Velkommen"), (4, "4. Hvert")]
    assert _cut_titles(FENSMARK, run) == ["2. til stede", "3. formanden"]


def test_a_date_an_ordinal_or_a_reference_in_the_gap_is_no_entry() -> None:
    for middle in (
        "Mødet holdes den 5. marts i salen",  # a date after "den"
        "Budgettet ses ved 5. behandling",  # an ordinal's noun
        "Se bilag 5. orientering om sagen",  # a reference's number
        "jf. punkt 5. orientering om sagen",  # a reference's number
        "Sagen (5. behandling) udsættes",  # a bracket before the number
        "det forventede forbrug i 5. kvartal",  # a number inside a clause
    ):
        page = f"1 Dagsorden: 4. Budget 2015 {middle} 6. Eventuelt Intet. " + "Tekst om mødet. " * 20 + "\n"
        assert _cut_titles(page, [(4, "4. Budget"), (6, "6. Eventuelt")]) == [], middle


def test_a_gap_holding_another_list_or_missing_a_number_is_none() -> None:
    # the points of a list in item 4's text: numbers that are not the gap's
    listed = "1 4. Budget Punkter: 2. drift 3. anlæg 5. forslag 6. Eventuelt Intet. " + "Tekst om mødet. " * 20 + "\n"
    assert _cut_titles(listed, [(4, "4. Budget"), (6, "6. Eventuelt")]) == []
    # a gap of two whose second number is not printed
    missing = "1 4. Budget Godkendt. 5. orientering fra formanden Intet. 7. Eventuelt " + "Tekst om mødet. " * 20 + "\n"
    assert _cut_titles(missing, [(4, "4. Budget"), (7, "7. Eventuelt")]) == []
    # the run's ends printed in another form than "N. "
    other = "1 4 (Åben) Budget 5. orientering fra formanden 6 (Åben) Eventuelt " + "Tekst om mødet. " * 20 + "\n"
    assert _cut_titles(other, [(4, "4 (Åben)"), (6, "6 (Åben)")]) == []


def _gap_numbers(text: str) -> list[str]:
    """The numbers ``gap_titles`` reads between the first and the last of a list's lines ("1. …" and "4. …")."""
    lines = split_lines(text)
    last = next(line for line in reversed(lines) if line.clean)
    return [number for number, _, _ in gap_titles([("1", lines[0]), ("4", last)], lines)]


def test_a_gap_of_two_is_read_when_its_lower_case_lines_fill_it() -> None:
    assert _gap_numbers("1. Velkommen tilbage\n2. til stede\n3. formanden\n4. Hvert medlem har ordet\n") == ["2", "3"]
    # one of the two left out, a point of another list between, a recommendation's "at": none
    assert _gap_numbers("1. Velkommen tilbage\n3. formanden\n4. Hvert medlem har ordet\n") == []
    assert _gap_numbers("1. Velkommen\n2. til stede\n1. drift af huset\n3. formanden\n4. Hvert medlem\n") == []
    assert _gap_numbers("1. Velkommen tilbage\n2. til stede\n3. at formanden vælges\n4. Hvert medlem\n") == []
