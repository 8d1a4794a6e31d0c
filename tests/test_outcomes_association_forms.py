"""Verdict forms of associations' and committees' minutes: the next agenda and a later meeting (postponed), backing
for what to do (approved), a presentation given and an informal "X orienter om" (noted), a committee's "Det
indstilles, at" (endorsed), nothing raised after a stray full stop (none), who stays in a post under an election
(approved), news of something put off under an information item (noted), and what is no verdict: an election to
come, a member who does not attend, a form in a relative clause. Cases shortened from dev-write documents of
tests/realworld/, the test split never read."""

from __future__ import annotations

import pytest

from graphbuild.extract.outcomes import outcome_of

CASES = [
    # tversted-tbt-bestyrelse-2019-06-25: put on the next meeting's agenda
    (
        "Økonomi/regnskab",
        "Drøftelse om hvordan nye medlemmer bliver inviteret ind. Sættes på næste dagsorden.",
        "postponed",
    ),
    ("Ny hjemmeside", "Der kommer et oplæg til næste møde. Det skal sættes på næste dagsorden.", "postponed"),
    # bkf-region-hovedstaden-bestyrelse-2015-04-17: settled at a later meeting
    ("Fællesmøde", "Mødet foreslås afholdt i Helsingør. Emne og indhold afklares på junimødet.", "postponed"),
    ("Julefrokost", "Datoen besluttes på næste møde.", "postponed"),
    # kulturregion-fyn-politisk-styregruppe-2015-09-04: backing for what to do
    (
        "Underskrivelsesceremoni",
        "Der var opbakning til at kontakte Egeskov slot for at høre, om vi kan være der.",
        "approved",
    ),
    # tversted-tbt-bestyrelse-2019-06-25: "orienter" as informal minutes spell "orienterer"
    ("Vindmølleprojekt", "Finn orienter om mødet med direktøren for vindmølleprojektet.", "noted"),
    # a presentation given, as "X gav en orientering" is
    ("Siemens", "Steen Nielsen gav en kort introduktion til Siemens.", "noted"),
    ("Budget", "Kassereren holdt et oplæg om budgettet.", "noted"),
    # hoersholm-seniorraadet-2022-06-09: the title's full stop left before the decision, then nothing raised
    ("Høringssvar", ".  Der var ingen høringssvar.", "none"),
    ("Henvendelser", "Der var ingen henvendelser.", "none"),
    # gjesso-lokalraad-generalforsamling-2023-03-29: who stays in the post under an election's title
    (
        "Valg af revisor og revisorsuppleant",
        "Carina fortsætter som revisor. Flemming fortsat revisorsuppleant.",
        "approved",
    ),
    # hadsten-skole-skolebestyrelsen-2022-05-25: an election to come and a member not attending are no verdict
    ("Eventuelt", "Der skal afholdes valg den 27. april. Der skal vælges 4 for en 4-årig periode.", "discussed"),
    ("Elevrådet har ordet", "Elevrådsrepræsentanten deltager ikke. Elevrådet fortalte om skolefesten.", "discussed"),
]


@pytest.mark.parametrize(("title", "decision", "expected"), CASES)
def test_association_forms(title: str, decision: str, expected: str) -> None:
    assert outcome_of(title, True, decision, False, decision) == expected


NEAR_MISSES = [
    # a meeting agreed at this one is no deferral; "orienter" not after a name; the talk under a non-election title
    ("Næste møde", "Næste møde holdes på brandstationen den 26. april.", "discussed"),
    ("Nyhedsbrev", "Husk at orienter om datoen i nyhedsbrevet.", "discussed"),
    ("Drift", "Carina fortsætter som kontaktperson for vandværket.", "discussed"),
    ("Valg", "Der var ikke opbakning til at kontakte slottet.", "discussed"),
    ("Valg af formand", "Niels og Jørn deltager.", "approved"),
]


@pytest.mark.parametrize(("title", "decision", "expected"), NEAR_MISSES)
def test_association_forms_near_misses(title: str, decision: str, expected: str) -> None:
    assert outcome_of(title, True, decision, False, decision) == expected


# vejen-oekonomiudvalget-2018-06-19: the committee's own decision repeats the recommendation it sends on
def test_a_committees_det_indstilles_is_endorsed() -> None:
    decision = (
        "Det indstilles, at\n  • revisionsberetningen tages til efterretning.\n  • regnskabet godkendes endeligt."
    )
    assert outcome_of("Revisionsberetning", True, decision, False, decision, headed=True) == "endorsed"
    # not where the verdict comes first
    decision = "Godkendt. Det indstilles, at byrådet godkender regnskabet."
    assert outcome_of("Regnskab", True, decision, False, decision, headed=True) == "approved"


NEWS_PUT_OFF = [
    # roskilde-handicapraadet-2018-02-01: news of something put off, told under an information item
    ("Gensidig orientering", "DCH's Årsmøde er blevet udsat. Der foreligger ikke p.t. en ny dato.", "noted"),
    # near misses: the item itself put off, or put off under an item that is no information item
    ("Gensidig orientering", "Udsat.", "postponed"),
    ("Meddelelser", "Orienteringen fra formanden blev udsat til næste møde.", "postponed"),
    ("Budget 2019", "Mødet med revisor er blevet udsat.", "postponed"),
]


@pytest.mark.parametrize(("title", "decision", "expected"), NEWS_PUT_OFF)
def test_news_put_off_under_an_information_item(title: str, decision: str, expected: str) -> None:
    assert outcome_of(title, True, decision, False, decision, headed=True) == expected


RELATIVE_CLAUSES = [
    # slagelse-oekonomiudvalget-2018-10-01: "bevilget" in a relative clause names a thing, it is no verdict
    (
        "Siden sidst fra udvalgets medlemmer",
        "Hjemmesiden ajourføres i forhold til byrådsmedlemmer, der er bevilget orlov.",
        "noted",
    ),
    ("Helhedsplan", "Rådet drøftede planen, som er vedtaget i foråret.", "discussed"),
    # the past tense records this meeting's verdict
    ("Referat", "Ingen bemærkninger til referatet, som blev godkendt.", "approved"),
    # near misses: the verdict stated in a main clause, before or after a relative clause
    ("Helhedsplan", "Godkendt. Planen, som blev drøftet i foråret, sendes ud.", "approved"),
    ("Helhedsplan", "Planen, der er sendt ud, blev godkendt.", "approved"),
]


@pytest.mark.parametrize(("title", "decision", "expected"), RELATIVE_CLAUSES)
def test_a_form_in_a_relative_clause_is_no_verdict(title: str, decision: str, expected: str) -> None:
    assert outcome_of(title, True, decision, False, decision, headed=True) == expected
