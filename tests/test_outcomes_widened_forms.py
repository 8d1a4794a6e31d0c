"""Verdict forms and decision headings in the inflections, cases and separators of the written rule's table that
the rules read too narrowly before: the present tense and the modal ("vedtager", "kan godkende"), the active verb of
putting off and passing on ("udsatte sagen", "sende sagen til Økonomiudvalget"), an election in the old passive, a
body's "afgørelse", a compound body after "Beslutning i", all-caps headings and a dash or a bare space before the date.
Cases are written from the forms of dev minutes, varied by hand; the test split is never read."""

from __future__ import annotations

import pytest

from graphbuild.extract import extract_facts
from graphbuild.extract.outcomes import outcome_of, title_outcome
from graphbuild.parse import parse_meeting
from graphbuild.parse.sections import heading_kind, named_decision_inline, uncapped
from graphbuild.sources import source_from_text

WORDINGS = [
    # the approving verbs in the present and after a modal; "kan ikke" is a refusal
    ("Kommunalbestyrelsen vedtager indstillingen.", "approved"),
    ("Udvalget bevilger 10.000 kr. til projektet.", "approved"),
    ("Udvalget kan godkende indstillingen.", "approved"),
    ("Bestyrelsen kunne vedtage budgettet med de faldne bemærkninger.", "approved"),
    ("Udvalget kan ikke godkende ansøgningen.", "rejected"),
    ("Udvalget traf beslutning i overensstemmelse med indstillingen.", "approved"),
    # agreed, in the active past ("blev aftalt"), not the participle after an article
    ("Vi aftalte at holde bål på stranden.", "approved"),
    ("Bestyrelsen aftalte, at Ole kontakter kommunen.", "approved"),
    ("De aftalte møder holdes som planlagt.", "discussed"),
    # an election in the old passive and a constitution
    ("Som formand valgtes Peter Hansen.", "approved"),
    ("Peter Hansen genvalgtes som næstformand.", "approved"),
    ("Udvalget konstituerede sig med Peter Hansen som formand.", "approved"),
    ("Peter Hansen blev konstitueret som formand.", "approved"),
    ("Valgt blev: Peter Hansen og Grete Jensen.", "approved"),
    ("Byrådet udpeger Peter Hansen til bestyrelsen.", "approved"),
    # put off in the active present and past, moved to a later meeting; not the adjective ("udsatte børn")
    ("Udvalget udsætter sagen.", "postponed"),
    ("Byrådet udsatte punktet til næste møde.", "postponed"),
    ("Punktet flyttes til næste møde.", "postponed"),
    ("Sagen blev flyttet til et senere møde.", "postponed"),
    ("Udvalget drøftede indsatsen for udsatte børn.", "discussed"),
    # passed on in the active verb; into a hearing is the body's own decision
    ("Udvalget besluttede at sende sagen til Økonomiudvalget.", "forwarded"),
    ("Udvalget sendte punktet videre til Byrådet.", "forwarded"),
    ("Udvalget besluttede at sende forslaget til høring i Økonomiudvalget.", "approved"),
    # information received
    ("Udvalget har modtaget orienteringen.", "noted"),
    ("Orienteringen blev modtaget.", "noted"),
    # a motion voted down, the whole decision
    ("Faldt.", "rejected"),
    # acceptance is assent in other words; its refusal is a rejection
    (
        "Administrationen foreslår, at rådet behandler punktet under pkt. 3. Der var accept fra rådet til dette.",
        "approved",
    ),
    ("Ændringen af mødeplanen blev accepteret.", "approved"),
    ("Accepteret.", "approved"),
    ("Ansøgningen accepteres.", "approved"),
    ("Ansøgningen accepteres ikke.", "rejected"),
    ("Ændringen blev ikke accepteret.", "rejected"),
    # not a request for acceptance, not a member accepting for himself
    ("Formanden bad om rådets accept på justeringer af dagsordenen.", "discussed"),
    ("Bjarne Nielsen har venligt accepteret at blive foreslået som dirigent.", "discussed"),
]


@pytest.mark.parametrize(
    ("decision", "expected"),
    [
        # "besluttede, at …" printed first, what it decided in words of no row: the first verdict printed, approved
        (
            "1. Udvalget besluttede, at der skal udarbejdes en strategi for seniorbofællesskaber.\n\n"
            "2. Ikke godkendt med bemærkning om, at der ønskes en særskilt strategi.",
            "approved",
        ),
        # what it decided is a form of the table: that row
        ("Udvalget besluttede, at sagen udsættes. Orienteringen blev taget til efterretning.", "postponed"),
        # a decision on members is no verdict of the item
        (
            "Udvalget stemte om medlemmernes habilitet, og alle besluttede, at de er habile.\n"
            "Sagen blev udsat til næste møde.",
            "postponed",
        ),
    ],
)
def test_a_decision_that_opens_with_besluttede_at(decision: str, expected: str) -> None:
    assert outcome_of("Strategi for seniorbofællesskaber", True, decision, False, decision, headed=True) == expected


@pytest.mark.parametrize(
    ("decision", "expected"),
    [
        # one participle as the whole record of the item: what was done, talk
        ("Underskrevet.", "discussed"),
        ("Gennemgået.", "discussed"),
        # a name is no record of talk, nor is a word of nothing
        ("Martin Bech.", "none"),
        ("Intet.", "none"),
    ],
)
def test_a_one_word_record(decision: str, expected: str) -> None:
    title = "Underskrift af referatet fra mødet den 18. juni 2015"
    assert outcome_of(title, True, decision, False, f"1. {title}\n\n{decision}") == expected


@pytest.mark.parametrize(("decision", "expected"), WORDINGS)
def test_verdict_wordings(decision: str, expected: str) -> None:
    assert outcome_of("Vejbelysning", True, decision, False, decision, headed=True) == expected


HEADINGS = [
    ("Teknisk Udvalgs afgørelse", "beslutning"),
    ("KOMMUNALBESTYRELSENS AFGØRELSE", "beslutning"),
    ("Beslutning i Børne- og Skoleudvalget", "beslutning"),
    ("Afgørelse i Kultur-, Fritids- og Idrætsudvalget", "beslutning"),
    ("BESLUTNING I BØRNE- OG SKOLEUDVALGET", "beslutning"),
    ("BESLUTNING I BYRÅDET", "beslutning"),
    # no body after "i", or a case heading in capitals
    ("Beslutning i forhold til Byrådet", None),
    ("LUKKET PUNKT", None),
    ("ØKONOMIUDVALGET", None),
]


@pytest.mark.parametrize(("line", "expected"), HEADINGS)
def test_decision_headings(line: str, expected: str | None) -> None:
    assert heading_kind(line) == expected


def test_an_all_caps_line_is_read_in_the_patterns_case() -> None:
    assert uncapped("BESLUTNING I BØRNE- OG SKOLEUDVALGET DEN 3. MAJ 2021") == (
        "Beslutning i Børne- og Skoleudvalget den 3. Maj 2021"
    )
    assert uncapped("Beslutning i Byrådet") == "Beslutning i Byrådet"


def test_a_dated_heading_with_its_decision_in_capitals_or_after_a_dash() -> None:
    assert named_decision_inline("TEKNISK UDVALG DEN 11. DECEMBER 2017: Anbefales.") == (
        "TEKNISK UDVALG DEN 11. DECEMBER 2017:",
        "Anbefales.",
    )
    assert named_decision_inline("Teknisk Udvalg - 11.12.2017: Udsat.") == ("Teknisk Udvalg - 11.12.2017:", "Udsat.")
    assert named_decision_inline("Teknisk Udvalg - bemærkninger: Udsat.") is None


_HEADER = "Referat\n\nByrådet\n\nMødedato: 11. december 2017\n\n"
_CASE = (
    "1. Vejbelysning\n\nSagsfremstilling\n\nForvaltningen har udarbejdet en plan for vejbelysning.\n\n"
    "Indstilling\n\nForvaltningen indstiller, at planen godkendes.\n\n"
)
DOCUMENTS = [
    (_CASE + "Byrådets afgørelse\n\nUdsat.\n", "postponed"),
    (_CASE + "BYRÅDET DEN 11. DECEMBER 2017\n\nUdsat.\n", "postponed"),
    (_CASE + "Byrådet - 11.12.2017\n\nUdsat.\n", "postponed"),
    (_CASE + "Beslutning i Børne- og Skoleudvalget\n\nAnbefales.\n", "endorsed"),
    # the earlier body's dated decision with a bare space before its date is the case's history
    (
        _CASE + "Beslutning\nØkonomiudvalget 3. december 2017: Anbefales.\n\nByrådet 11. december 2017: Udsat.\n",
        "postponed",
    ),
    # a page header in capitals followed by other text heads nothing
    (_CASE + "BYRÅDET DEN 11. DECEMBER 2017\n\nSide 4 af 12\n\nBeslutning\n\nGodkendt.\n", "approved"),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS)
def test_decision_headings_in_minutes(text: str, expected: str) -> None:
    facts = extract_facts(parse_meeting(source_from_text(_HEADER + text)))
    assert [i.outcome for i in facts.items] == [expected]


INFORMATION_TITLES = [
    ("Formandens orientering", "noted"),
    ("Kort orientering", "noted"),
    ("Information fra formanden", "noted"),
    ("Gensidig information", "noted"),
    ("Informationspunkt", "noted"),
    ("Kort nyt", "noted"),
    # the noun inside a title that is no information item
    ("Behov for orientering af borgerne", None),
    ("Godkendelse af informationsstrategi", None),
    ("Digital information til borgerne", None),
]


@pytest.mark.parametrize(("title", "expected"), INFORMATION_TITLES)
def test_information_item_titles(title: str, expected: str | None) -> None:
    assert title_outcome(title) == expected


def test_narrative_under_an_information_title_is_noted() -> None:
    told = "Formanden fortalte om mødet med kommunen og arbejdet i gruppen."
    assert outcome_of("Formandens orientering", True, told, False, told) == "noted"
    assert outcome_of("Trafik på Bygaden", True, told, False, told) == "discussed"
