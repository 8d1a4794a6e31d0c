"""An election's result printed in its item line, after the election's heading or the post's word and a colon, with
nothing under the line, is approved: the written rule's election "also its result printed as a list of names and
posts". Quoted from the minutes of DJ Kreds Fyn (dj-kreds-fyn-bestyrelse-2016-01-05, dev-write: "1. Valg af
ordstyrer: Silja Smith.") and Løjt Land Fællesråd (loejtland-faellesraad-moede, dev-write: "2. Referent: Peter
Todsen."); the same result printed under the line is read by `outcome_prose.elected_name` (Gjessø Lokalråd's
"Stemmetællere: Carina og Vita")."""

from __future__ import annotations

import pytest

from graphbuild.extract import extract_facts
from graphbuild.extract.outcome_elected_lines import elected_in_line, elected_in_title
from graphbuild.parse import parse_meeting
from graphbuild.sources import source_from_text

_HEAD = "Referat\n\nBestyrelsesmøde\n\n"

ELECTED = [
    # DJ Kreds Fyn: the election's heading, a colon, the elected's full name and the line's full stop
    ("1. Valg af ordstyrer: Silja Smith.\n\n2. Dagsorden: Godkendt uden tilføjelser.\n", "approved"),
    # Løjt Land Fællesråd: the post's word alone as the heading
    ("1. Godkendelse af dagsorden. Dagsorden er godkendt.\n\n2. Referent: Peter Todsen.\n", "approved"),
    # two names joined by "og", as Gjessø Lokalråd prints its tellers
    ("1. Valg af to stemmetællere: Carina og Vita\n", "approved"),
]


@pytest.mark.parametrize(("text", "expected"), ELECTED)
def test_an_election_decided_in_its_item_line(text: str, expected: str) -> None:
    facts = extract_facts(parse_meeting(source_from_text(_HEAD + text)))
    elected = [i for i in facts.items if elected_in_title(i.title)]
    assert [i.outcome for i in elected] == [expected]


NOT_ELECTED = [
    # words after the colon that are no names: no election's result
    ("1. Valg af ordstyrer: Forslag fra bestyrelsen.\n", "none"),
    ("1. Referent: Orientering.\n", "none"),
    # a capitalised word that is no first name
    ("1. Valg af revisor: Deloitte.\n", "none"),
    # a heading that elects no one, a name after it: who brings the item, not an election
    ("1. Sommerfest: Lise Hansen.\n", "none"),
]


@pytest.mark.parametrize(("text", "expected"), NOT_ELECTED)
def test_no_election_by_other_words_in_the_line(text: str, expected: str) -> None:
    facts = extract_facts(parse_meeting(source_from_text(_HEAD + text)))
    assert [i.outcome for i in facts.items] == [expected]


def test_a_line_running_on_into_a_sentence_is_read_as_before() -> None:
    # Løjt Land Fællesråd: "Poul Erik blev valgt." is the record the other readers read; the rule reads names alone
    text = (
        "1. Godkendelse af dagsorden. Dagsorden er godkendt.\n\n2. Referent: Peter Todsen.\n\n3. Valg af ordstyrer: "
        "Poul Erik blev valgt. Poul Erik ønskede at punkterne blev gennemgået, uden en masse udenomssnak.\n"
    )
    items = extract_facts(parse_meeting(source_from_text(_HEAD + text))).items
    assert [(i.outcome, i.decision) for i in items][1] == ("approved", "Peter Todsen")
    assert items[2].outcome == "approved"
    assert (items[2].decision or "").startswith("Poul Erik blev valgt.")
    assert not elected_in_title(items[2].title)


def test_the_names_are_the_decision_text() -> None:
    line = "1. Valg af ordstyrer: Silja Smith."
    assert elected_in_line(line, 100, "Valg af ordstyrer: Silja Smith") == ("Silja Smith", 100 + line.index("Silja"))
    # a text under the line is the item's record, not the line's names
    assert elected_in_line(line + "\nSilja takkede for valget.", 0, "Valg af ordstyrer: Silja Smith") == (None, -1)
    assert elected_in_line("1. Sommerfest: Lise Hansen.", 0, "Sommerfest: Lise Hansen") == (None, -1)
    assert not elected_in_title("Dagsorden: Godkendt uden tilføjelser")
