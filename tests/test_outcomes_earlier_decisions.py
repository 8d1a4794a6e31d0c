"""A decision told as taken before this meeting ("Tidligere vedtaget i gammelt råd.", "som besluttet på sidste møde",
"Næste møde er tidligere aftalt til …") is the item's history, not its verdict; a verdict printed before such words
and the approval of the last meeting's minutes stay this meeting's. Snippets quoted from dev-write documents of
tests/realworld/ (hoeje-taastrup-menighedsraad-2022-05-12, saedding-fovrfeld-lokalraad-2014-05-21,
ringkoebing-skjern-landdistriktsraadet-2016, duevej-skolebestyrelse-2025-11-13), the test split never read."""

from __future__ import annotations

import pytest
from snippet_outcome import headed_outcome

from graphbuild.extract import extract_facts
from graphbuild.extract.decision_earlier import without_earlier
from graphbuild.extract.outcomes import outcome_of
from graphbuild.parse import parse_meeting
from graphbuild.sources import source_from_text

_HEADER = "Referat af bestyrelsesmøde den 12. maj 2022\n\nReferat\n\n1. Godkendelse af dagsorden\nGodkendt\n\n"

CASES = [
    # an earlier decision is all the verdict form the item prints: talk, not approved
    (
        "2. Næste møde\nNæste møde er tidligere aftalt til torsdag, den 19. juni kl. 17.00 - mødet fastholdes som "
        "ordinært møde.\nDerefter sommerpause frem til 26. august, hvor møderne fastlægges for efteråret.\n",
        "discussed",
    ),
    (
        "2. Bænk i haven\nForslag fra Dorte Karpf om at købe en bænk til haven. Tidligere vedtaget i gammelt råd. "
        "Eksisterende bænke trænger til udskiftning.\n",
        "discussed",
    ),
    # near misses: this meeting's verdict printed before the words that place a decision earlier, and the last
    # meeting's minutes approved, stay approved
    ("2. Bænk i haven\nGodkendt som aftalt på sidste møde. Formanden orienterede om prisen.\n", "approved"),
    ("2. Godkendelse af referat\nReferatet fra sidste møde blev godkendt. Ingen bemærkninger.\n", "approved"),
    (
        "2. Ordensregler\nDesuden har skolens ordensregler, ”God stil på Duevej”, som aftalt på sidste bestyrelsesmøde "
        "været forbi eleverne en gang mere. Det er hængt op i klasserne, og dokumentet er nu godkendt.\n",
        "approved",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_an_earlier_decision_is_no_verdict(text: str, expected: str) -> None:
    facts = extract_facts(parse_meeting(source_from_text(_HEADER + text)))
    assert [i.outcome for i in facts.items] == ["approved", expected]


def test_the_earlier_sentence_is_dropped_and_the_rest_kept() -> None:
    decision = (
        "Temaet for besøget bliver rammevilkår for erhvervsudvikling i landdistrikter, som besluttet på sidste møde i "
        "landdistriktsrådet. Der er udarbejdet et udkast til program, som præsenteres på mødet."
    )
    assert without_earlier(decision) == "Der er udarbejdet et udkast til program, som præsenteres på mødet."


def test_a_decision_that_is_only_an_earlier_one_is_kept_as_it_is() -> None:
    # nothing else is said: the text stays, for the rules that read a text of the case's history alone
    assert without_earlier("Tidligere vedtaget i gammelt råd.") == "Tidligere vedtaget i gammelt råd."


def test_a_text_without_the_words_is_not_read() -> None:
    assert without_earlier("Godkendt. Formanden orienterede.") == "Godkendt. Formanden orienterede."


def test_an_earlier_bodys_recommendation_told_in_the_councils_decision_is_dropped() -> None:
    # the case history told in the council's decision ("… i Økonomiudvalget, der anbefalede den"): the council's own
    # verdict after it decides
    decision = (
        "Sagen har tidligere været behandlet i Økonomiudvalget, der anbefalede den. Byrådet godkendte indstillingen."
    )
    assert without_earlier(decision) == "Byrådet godkendte indstillingen."
    assert outcome_of("Budgetopfølgning", True, decision, False, decision, headed=True) == "approved"
    # near miss: the council's verdict printed first keeps its sentence
    kept = "Byrådet godkendte, at den tidligere vedtagne plan fastholdes."
    assert without_earlier(kept) == kept


# A verdict told in the passive past with the earlier meeting after it: an auxiliary, the participle and within four
# words the last meeting or a dated one. Dev-write publishers print it: aarhus-byraad-2019-09-11 ("Sagens behandling
# blev udsat i byrådets møde den 28. august 2019."), kk-borgerrepraesentationen-2021-04-22-punkt-10 ("Arbejdet med
# tilpasning af lokaludvalg blev besluttet på gruppeformandskredsen møde den 22. juni 2018."), nt-bestyrelse-2015-12-09
# ("den nye indtægtsdelingsmodel på bustrafikken, som blev besluttet på bestyrelsesmødet den 14. april 2015")
@pytest.mark.parametrize(
    ("title", "decision", "expected"),
    [
        ("Lokalplan 12", "Sagen blev udsat på sidste møde. Godkendt.", "approved"),
        ("Lokalplan 12", "Sagens behandling blev udsat i byrådets møde den 28. august 2019. Godkendt.", "approved"),
        ("Orientering", "Punktet var udsat fra forrige møde. Orienteringen blev taget til efterretning.", "noted"),
        ("Lokalplan 12", "Udsat fra sidste møde. Godkendt.", "approved"),
        ("Lokalplan 12", "Sagen var udsat fra mødet i april. Godkendt.", "approved"),
        ("Lokalplan 12", "Sagen har været udsat siden sidste møde. Anbefales.", "endorsed"),
        ("Lokalplan 12", "Sagen, der blev udsat på sidste møde, blev godkendt.", "approved"),
        (
            "Lokaludvalg",
            "Arbejdet med tilpasning af lokaludvalg blev besluttet på gruppeformandskredsen møde den 22. juni 2018. "
            "Sagen blev drøftet.",
            "discussed",
        ),
        # near misses: put off to a meeting to come, this meeting's verdict before the earlier words, the last
        # meeting's minutes approved, and an earlier decision that is the whole text (kept as it is)
        ("Lokalplan 12", "Sagen blev udsat til næste møde. Formanden orienterede.", "postponed"),
        ("Lokalplan 12", "Godkendt som aftalt på sidste møde.", "approved"),
        ("Referat", "Referatet fra mødet den 3. maj blev godkendt. Ingen bemærkninger.", "approved"),
        ("Lokalplan 12", "Sagen blev udsat på sidste møde.", "postponed"),
        ("Referat", "Ingen bemærkninger til referatet, som blev godkendt.", "approved"),
        ("Lokalplan 12", "Sagen, der blev udsat, blev drøftet.", "postponed"),
    ],
)
def test_a_verdict_of_an_earlier_meeting_told_in_the_passive(title: str, decision: str, expected: str) -> None:
    assert headed_outcome(title, decision) == expected


# A body's verdict in the active past with an earlier meeting after the verb, as thirteen dev-write publishers print it
# (vejen-oekonomiudvalget-2018-04-03: "Økonomiudvalget godkendte på mødet den 30. januar 2018 en tidsplan for drøftelse
# af udvalgets ansvarsområder."; solroed-oekonomi-teknik-miljoe-2016-03-14: "Byrådet besluttede på møde den 5. oktober
# 2015, at forslag til Lokalplan 316.4 …"; kk-borgerrepraesentationen-2021-04-22-punkt-10: "Gruppeformandskredsen
# drøftede på sit møde den 18. juni 2020 …"; slagelse-oekonomiudvalget-2019-11-18, middelfart-byraadet-2019-08-12)
@pytest.mark.parametrize(
    ("title", "decision", "expected"),
    [
        (
            "Udvalgets ansvarsområder",
            "Økonomiudvalget godkendte på mødet den 30. januar 2018 en tidsplan for drøftelse af udvalgets "
            "ansvarsområder. Udvalget drøftede sagen.",
            "discussed",
        ),
        (
            "Lokalplan 316.4",
            "Byrådet besluttede på møde den 5. oktober 2015, at forslag til Lokalplan 316.4 sendes i høring. "
            "Anbefales.",
            "endorsed",
        ),
        (
            "Lokalplan 12",
            "Udvalget godkendte på sidste møde planen. Orienteringen blev taget til efterretning.",
            "noted",
        ),
        ("Lokalplan 12", "På mødet i april blev sagen udsat. Godkendt.", "approved"),
        ("Lokalplan 12", "På byrådets møde den 3. maj blev forslaget vedtaget. Taget til efterretning.", "noted"),
        # near misses: this meeting's verdict with no earlier meeting, the last minutes approved, a sentence alone
        ("Lokalplan 12", "Godkendt. På mødet den 3. maj blev planen fremlagt.", "approved"),
        ("Lokalplan 12", "Udvalget godkendte planen på mødet. Formanden orienterede.", "approved"),
        ("Referat", "Udvalget godkendte på mødet den 4. maj referatet fra sidste møde.", "approved"),
        ("Lokalplan 12", "Udvalget besluttede på mødet den 4. maj at udsætte sagen.", "postponed"),
    ],
)
def test_a_verdict_of_an_earlier_meeting_told_in_the_active(title: str, decision: str, expected: str) -> None:
    assert headed_outcome(title, decision) == expected
