"""Minutes written as a numbered list of what happened, each line a sentence: a line there that is a main clause with
no text under it is its item's narrative though its full stop is left off. Quoted (shortened) from the minutes of
Rinkenæs Lokalråd (rinkenaes-lokalraad-bestyrelse-2017-02-21, dev-write) and Idrætssamvirket Frederikshavn
(idraetssamvirket-frederikshavn-generalforsamling-2020-06-18, dev-write); the same line alone, a topic's title whose
verb comes late and a question stay titles."""

from __future__ import annotations

from graphbuild.extract import extract_facts
from graphbuild.parse import parse_meeting
from graphbuild.sources import source_from_text

HEADER = (
    "Bestyrelsesmøde d. 21. februar 2017\n\n"
    "Lokalrådets første bestyrelsesmøde blev afholdt d. 21. februar 2017 kl. 19.00 på Rinkenæs Brandstation\n\n"
    "Fremmøde:\nRuth Bierbaum, Heidi Lemvig, Jesper Gade Nissen, Martin Lund\n\nAfbud fra: Conny Hansen\n\n"
    "Dagsorden:\n\n"
)

RINKENAES = (
    " 1. Kommentarer til stiftende generalforsamling\n"
    "  Enighed om et godt møde og godt at der blev valgt en bestyrelse.\n"
    "  Forskellige kommentarer fra mødet blev vendt og noteret for videre behandling.\n\n"
    " 2. Der er enighed om at vente med konstituering til efter den nært forestående generalforsamling.\n"
    " 3. Jesper og Martin vil udarbejde en hjemmeside for lokalrådet.\n"
    " 4. Næste møde afholdes d. 26. april på brandstationen\n"
    " 5. Dato for den første ordinære generalforsamling aftales på mødet i april.\n"
)

IDRAETSSAMVIRKET = (
    "1. Inge Nørbjerg blev valgt som dirigent.\n\n"
    "Steen Jensen og Henrik Carlsen valgt som stemmetællere.\n\n"
    "2. Tommy Thomsen aflagde bestyrelsen beretning (vedhæftet).\n\n"
    "Beretningen blev herefter godkendt.\n\n"
    "3. Regnskab for 2019 (vedhæftet) og budget for 2020 blev præsenteret af Jytte Engsig. Regnskabet godkendt.\n\n"
    "4. Kontingentet blev bibeholdt på kr. 250,- for foreninger med op til 300 medlemmer (1 stemme)\n\n"
    "5. Der var ikke indkommet forslag til behandling\n\n"
)


def _outcomes(body: str) -> dict[str, str]:
    facts = extract_facts(parse_meeting(source_from_text(HEADER + body)))
    return {item.number: item.outcome for item in facts.items}


def test_a_main_clause_in_a_list_of_sentences_is_the_items_narrative() -> None:
    # "Næste møde afholdes …": no form of the table, the narrative of the item (discussed)
    assert _outcomes(RINKENAES)["4"] == "discussed"
    outcomes = _outcomes(IDRAETSSAMVIRKET)
    assert outcomes["4"] == "discussed"
    assert outcomes["5"] == "none"  # "Der var ikke indkommet forslag": nothing raised, by the written rule


def test_the_same_line_alone_is_a_title() -> None:
    # no list of sentences around it: a line with no full stop is a title
    assert _outcomes(" 4. Næste møde afholdes d. 26. april på brandstationen\n") == {"4": "none"}


def test_a_topic_or_a_question_in_a_list_of_sentences_stays_a_title() -> None:
    topic = RINKENAES.replace(
        "Næste møde afholdes d. 26. april på brandstationen", "Status på det arbejde, der er sat i gang med stierne"
    )
    assert _outcomes(topic)["4"] == "none"  # the verb after a topic's words: no main clause
    question = RINKENAES.replace("Næste møde afholdes d. 26. april på brandstationen", "Hvordan skal lokalrådet køre?")
    assert _outcomes(question)["4"] == "none"
