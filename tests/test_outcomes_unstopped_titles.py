"""Minutes written as a numbered list of what happened whose line leaves its full stop off ("4. Næste møde afholdes d.
26. april på brandstationen") have that line as the item's record: talk, by the written rule (discussed). Quoted from
the minutes of Rinkenæs Lokalråd (rinkenaes-lokalraad-bestyrelse-2017-02-21, dev-write) and Idrætssamvirket
Frederikshavn's general meeting (idraetssamvirket-frederikshavn-generalforsamling-2020-06-18, dev-write); the lines
with their full stop printed ("5. Dato for den første ordinære generalforsamling aftales på mødet i april.") are
``sentence_title``'s, as Skagen Byting and Rinkenæs print them."""

from __future__ import annotations

import pytest

from graphbuild.extract import extract_facts
from graphbuild.extract.outcome_unstopped_titles import unstopped_sentence_title
from graphbuild.parse import parse_meeting
from graphbuild.sources import source_from_text

HEAD = "Referat af bestyrelsesmøde\n\nDagsorden:\n\n"

RINKENAES = (
    " 3. Jesper og Martin vil udarbejde en hjemmeside for lokalrådet.\n"
    "  Svar vil blive sendt til bestyrelsen.\n\n"
    " 4. Næste møde afholdes d. 26. april på brandstationen\n"
    " 5. Dato for den første ordinære generalforsamling aftales på mødet i april.\n"
)
IDRAETSSAMVIRKET = (
    "3. Regnskab for 2019 (vedhæftet) og budget for 2020 blev præsenteret af Jytte Engsig. Regnskabet godkendt.\n\n"
    "4. Kontingentet blev bibeholdt på kr. 250,- for foreninger med op til 300 medlemmer (1 stemme) og kr. 400,- for "
    "foreninger med flere end 300 medlemmer (2 stemmer)\n\n"
    "5. Der var ikke indkommet forslag til behandling\n\n"
)


def _outcomes(text: str) -> dict[str | None, str]:
    facts = extract_facts(parse_meeting(source_from_text(HEAD + text)))
    return {item.number: item.outcome for item in facts.items}


def test_a_line_of_the_record_without_its_full_stop_is_talk() -> None:
    assert _outcomes(RINKENAES)["4"] == "discussed"
    assert _outcomes(IDRAETSSAMVIRKET)["4"] == "discussed"


def test_a_line_of_nothing_raised_stays_none() -> None:
    # "Der var ikke indkommet forslag til behandling": nothing raised, none by the written rule, as before
    assert _outcomes(IDRAETSSAMVIRKET)["5"] == "none"


@pytest.mark.parametrize(
    "title",
    [
        # an agenda's title kept in the minutes: a modal, what is to be done
        "Bestyrelsen skal udpege en ny kasserer til foreningen",
        # a question
        "Hvordan er status på arbejdet med den nye hjemmeside",
        # a verdict form in the line may be what was asked for: no verdict read from an unstopped line
        "Regnskabet for 2019 godkendes af generalforsamlingen",
        # a heading before a colon: sentence_after_heading's line, a cut one no record ("… den 28/9 p")
        "Kulturnat 2021 ved Kent Ravn: Der var opstartsmøde på den 28/9 p",
        # four words: too short to tell a record from a title
        "Hjemmesiden er nu opdateret",
        # a title with no verb of a record
        "Godkendelse af referat fra mødet den 3. maj 2020",
        # a title whose verb is a subordinate clause's, no main clause's second place
        "Forslag om at kommunen bliver medlem af foreningen",
        "Henvendelse fra borgerne i landsbyen vedrørende stien der er lukket",
    ],
)
def test_no_record_read_from_a_title(title: str) -> None:
    item = f" 4. {title}\n"
    assert unstopped_sentence_title(item, "", 0, title) == (None, -1)


def test_text_under_the_line_is_the_record_instead() -> None:
    title = "Næste møde afholdes d. 26. april på brandstationen"
    item = f" 4. {title}\nMødet holdes kl. 19.\n"
    assert unstopped_sentence_title(item, "Mødet holdes kl. 19.\n", 0, title) == (None, -1)
    assert unstopped_sentence_title(f" 4. {title}\n", "", 100, title) == (title, 104)
