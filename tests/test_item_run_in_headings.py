"""Item headings run into the line before them in a text that is not flattened (parse/flatten_run_in): dev-write
excerpts (Skovboskolen, Business Region North Denmark, Lejre Ungdomsskole, Køge, AffaldPlus) as they stand or with a
line break lost, each with a near miss that stays uncut; and a contents list of two lines that its headings repeat
(Fredericia, item_headings.repeated_runs). The test split is never read."""

from __future__ import annotations

from snippet_items import item_numbers

from graphbuild.parse.flatten_run_in import run_in_cuts
from graphbuild.parse.items import find_items
from graphbuild.parse.lines import split_lines


def _cut_texts(text: str) -> list[str]:
    lines = split_lines(text)
    return [lines[p].text[c : c + 12] for p, offsets in run_in_cuts(lines, 1000).items() for c in sorted(offsets)]


# Skovboskolen, skolebestyrelsen, 2 December 2008: item 1's heading after the last sentence of the absentees
SKOVBOSKOLEN = (
    "Fraværende:\nForældrevalgte: Afbud fra Rikke Søndergaard.\n"
    "Elevrepræsentanter: Marie Kristine Braad Carstens, Nicolaj Bøje Hansen"
    " (måske er det gået galt mht. dagsordenen?). 1. Godkendelse af referat:\n"
    """  Referatet godkendt.

 2. Elevråd:
  Eleverne deltog ikke. Måske er der problemer med udsendelsen af dagsorden. Der vil blive fulgt op på situationen.

 3. Nyt fra skolens hverdag, Per Skøt:
  Se bilag fra kalenderen uge 49 - 51.
"""
)


def test_a_heading_after_a_sentence_end_opens_the_run() -> None:
    assert item_numbers(SKOVBOSKOLEN) == ["1", "2", "3"]


def test_a_number_in_a_sentence_is_not_cut() -> None:
    # the same number after a word, not after a sentence's end: a count in a sentence, no heading
    text = SKOVBOSKOLEN.replace("dagsordenen?). 1. Godkendelse", "dagsordenen for 1. Godkendelse")
    assert _cut_texts(text) == []


# Business Region North Denmark, bestyrelsen, 18 September 2020: the agenda printed on one line after its page number
BRN = (
    "Marie Bjerre Venstre\n\n3 1. Godkendelse af dagsorden 2. Møde med de nordjyske folketingsmedlemmer"
    " 3. DK2020 - Klimaplaner for hele Danmark 4. FremKom 4 - Analyse af fremtidens kompetencebehov i Nordjylland"
    " 5. Prioritering af midler til nationale klyngeorganisationer 6. Interessevaretagelse"
    " 7. Multifunktionel jordfordeling – workshop 8. NDEU - videreførelse af SIP 9. Økonomistatus"
    " 10. Øvrige orienteringspunkter 11. Eventuelt Sekretariatet indstiller, at Bestyrelsen • godkender dagsordenen."
    "\n\nReferat Godkendt.\n"
)


def test_an_agenda_on_one_line_is_cut_at_its_numbers() -> None:
    assert item_numbers(BRN) == [str(n) for n in range(1, 12)]


def test_two_numbers_in_a_line_are_no_list() -> None:
    # two numbers following each other after words: a sentence's references, not a list printed on one line
    text = "Referat\n\nSagen blev drøftet, jf. bilag 1. Godkendelse af planen og 2. Møde med borgerne er udsat.\n"
    assert _cut_texts(text) == []


# Lejre Ungdomsskole, bestyrelsen, 21 September 2015: headings glued to the sentence before them
LEJRE = """1. Godkendelse af referat
Tilføjelse til referatet:
Med tilføjelsen godkendtes referatet.2.    Budget 2015
Godkendt
3. Notat vedr. ungdomsskolens reduktion af budget, 500.000
Notatet taget til efterretning
"""


def test_a_heading_glued_to_the_sentence_before_continues_the_run() -> None:
    assert _cut_texts(LEJRE) == ["2.    Budget"]


# Køge, Økonomiudvalget, 19 January 2021: an item's title that opens with its own number ("15. 1. Økonomiske ...")
KOEGE = """14.   Godkendelse af dagsorden

Til toppen

15.   1. Økonomiske Redegørelse 2020

Indstilling
"""


def test_a_titles_own_number_after_the_heading_number_is_not_cut() -> None:
    assert _cut_texts(KOEGE) == []


# AffaldPlus, bestyrelsen, 29 January 2016, with the line breaks before its "Pkt. N" headings lost, as a web page's
# text may lose them
AFFALDPLUS_RUN_IN = """Pkt. 1. Godkendelse af protokoludskrift fra sidste møde (B)

Beslutning:
Godkendt. Pkt. 2. Godkendelse af dagsorden (B)

Beslutning:
Godkendt. Pkt. 3 Deltagelse i Dansk Affaldsforenings årsmøde 10. - 11. maj 2016 (B)

Beslutning:
Niels, Jørn, Thor og Jørgen deltager.
"""


def test_a_labelled_heading_run_in_after_a_decision_is_cut() -> None:
    assert item_numbers(AFFALDPLUS_RUN_IN) == ["1", "2", "3"]


def test_a_labelled_number_inside_a_sentence_is_not_cut() -> None:
    text = AFFALDPLUS_RUN_IN.replace("Godkendt. Pkt. 2.", "Godkendt, jf. Pkt. 2.")
    assert "2" not in item_numbers(text)


def test_a_titles_own_number_after_a_parenthesised_number_is_not_cut() -> None:
    assert _cut_texts(KOEGE.replace("15.   1.", "15)   1.")) == []


# Fredericia, Byrådet, 21 February 2022, with the two items' headings listed over them first, as a contents list
FREDERICIA_LISTED = """Dagsorden

Punkt 1 Godkendelse af dagsorden
Punkt 2 Budget 2022-2025 - tilpasning til ny fagudvalgsstruktur pr. 1. januar 2022

Punkt 1 Godkendelse af dagsorden

Beslutning i Byrådet den 21-02-2022

Godkendt.

Punkt 2 Budget 2022-2025 - tilpasning til ny fagudvalgsstruktur pr. 1. januar 2022

Sagsresumé

I forbindelse med konstitueringen af nyt byråd pr. 1. januar 2022 skal bevillingsrammerne tilpasses.
"""


def test_two_listed_lines_repeated_as_headings_are_a_contents_list() -> None:
    items, _ = find_items(FREDERICIA_LISTED, split_lines(FREDERICIA_LISTED))
    first = next(item for item in items if item.number == "1")
    assert first.section("beslutning") is not None
    assert [item.number for item in items] == ["1", "2"]


def test_two_listed_lines_not_repeated_are_items() -> None:
    text = FREDERICIA_LISTED.replace(
        "\nPunkt 2 Budget 2022-2025 - tilpasning til ny fagudvalgsstruktur pr. 1. januar 2022\n\nSagsresumé",
        "\nSagsresumé",
    )
    items, _ = find_items(text, split_lines(text))
    assert [item.number for item in items] == ["1", "2"]
    assert next(item for item in items if item.number == "2").start < text.index("Beslutning")
