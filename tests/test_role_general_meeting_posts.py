"""A post an association elects at its general meeting is held in the association, not in the meeting; the meeting's
own posts (dirigent, referent, stemmetæller) stay the general meeting's, and a board's posts stay the board's. Forms
quoted (shortened) from dev-write documents of tests/realworld/ (Idrætssamvirket's heading, Korsør Kunstforening's
and Veddelev Kolaug's elected posts, printed at their general meetings); the test split is never read while writing
these rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphbuild.extract.people import PersonMention
from graphbuild.extract.role_facts import role_fact
from graphbuild.extract.role_general_meeting_posts import elected_post_held_by_the_owner
from tests.text_facts import facts_of_text, meeting_of_text, named_relations

# idraetssamvirket-frederikshavn-generalforsamling-2020-06-18's heading; korsoer-kunstforening-generalforsamling-
# 2005-09-29's dirigent and kasserer; veddelev-kolaug-generalforsamling-2010-03-24's formand
_GENERAL_MEETING = (
    "Referat af generalforsamling i Idrætssamvirket, torsdag d. 18. juni hos Frederikshavn Rideklub.\n\n"
    "1.Til dirigent valgtes Inge Christine Søborg Skau. Hun konstaterede generalforsamlingens lovlighed.\n"
    "2. Bestyrelsens beretning v. formand Benni Winding Hansen\n\n"
    "3. Regnskabet for foreningens virksomhed i det forløbne år blev gennemgået af kassereren Helle Purup.\n"
)


def _held(tmp_path: Path, text: str) -> set[tuple[str, str | None, str]]:
    return {
        (person, props.get("role"), target)
        for person, target, props in named_relations(facts_of_text(tmp_path, text), "HOLDS_ROLE")
    }


def test_the_posts_a_general_meeting_elects_are_the_associations(tmp_path: Path) -> None:
    assert meeting_of_text(_GENERAL_MEETING).body_owner == "Idrætssamvirket"
    held = _held(tmp_path, _GENERAL_MEETING)
    assert ("Benni Winding Hansen", "formand", "Idrætssamvirket") in held
    assert ("Helle Purup", "kasserer", "Idrætssamvirket") in held
    # the meeting's own post stays the general meeting's
    assert ("Inge Christine Søborg Skau", "dirigent", "Generalforsamlingen i Idrætssamvirket") in held


def test_a_boards_posts_stay_the_boards(tmp_path: Path) -> None:
    # sejer-strande-bestyrelse-2021-11-16's heading: a board's meeting, no general meeting
    text = _GENERAL_MEETING.replace(
        "Referat af generalforsamling i Idrætssamvirket",
        "EKSTRAORDINÆRT BESTYRELSESMØDE I GRUNDEJERFORENINGEN SEJER STRANDE",
    )
    held = _held(tmp_path, text)
    assert ("Benni Winding Hansen", "formand", "Bestyrelsen i Grundejerforeningen Sejer Strande") in held
    assert ("Helle Purup", "kasserer", "Bestyrelsen i Grundejerforeningen Sejer Strande") in held


@pytest.mark.parametrize(
    ("role", "body", "owner", "moved"),
    [
        ("formand", "Generalforsamlingen i Idrætssamvirket", "Idrætssamvirket", True),
        ("2. næstformand", "Generalforsamlingen i Idrætssamvirket", "Idrætssamvirket", True),
        ("revisorsuppleant", "Generalforsamlingen i Idrætssamvirket", "Idrætssamvirket", True),
        # korsoer-kunstforening-generalforsamling-2005-09-29: "Der skal blev valgt 4 medlemmer til bestyrelsen"
        ("medlem", "Generalforsamlingen i Korsør Kunstforening", "Korsør Kunstforening", True),
        ("bestyrelsesmedlem", "Generalforsamlingen i Idrætssamvirket", "Idrætssamvirket", True),
        ("medlem", "Bestyrelsen i Sydtrafik", "Sydtrafik", False),  # a board's member stays the board's
        ("dirigent", "Generalforsamlingen i Idrætssamvirket", "Idrætssamvirket", False),  # the meeting's own
        ("referent", "Generalforsamlingen i Idrætssamvirket", "Idrætssamvirket", False),
        ("stemmetæller", "Generalforsamlingen i Idrætssamvirket", "Idrætssamvirket", False),
        ("formand", "Bestyrelsen i Sydtrafik", "Sydtrafik", False),  # a board's chair stays the board's
        ("formand", "Repræsentantskabet i Midttrafik", "Midttrafik", False),  # a standing council's chair
        ("formand", "Generalforsamlingen", None, False),  # no owner read: left where it is
    ],
)
def test_which_posts_move(role: str, body: str, owner: str | None, moved: bool) -> None:
    person = PersonMention(0, 12, "Helle Purup")
    fact = role_fact(person, role, ("body:the-meeting", body, "Committee"), 0, 12)
    held = elected_post_held_by_the_owner(fact, "body:the-meeting", body, owner)
    assert (held.target_name == owner) is moved
    assert held.target_name == (owner if moved else body)


def test_the_members_a_general_meeting_elects_sit_on_the_associations_board(tmp_path: Path) -> None:
    # korsoer-kunstforening-generalforsamling-2005-09-29, its owner read off its heading here
    text = (
        "Referat af generalforsamling i Korsør Kunstforening, torsdag den 29. september kl. 19.\n\n"
        "6. Valg af foreningens bestyrelsesmedlemmer, revisorer og suppleanter:\n"
        "Der skal blev valgt 4 medlemmer til bestyrelsen. Det var: Inge Boye Jørgensen, Aase Jepsen, Knud Kristensen "
        "som alle genvalgtes samt Lone Tørnquist, som nyvalgtes.\n"
    )
    held = _held(tmp_path, text)
    assert ("Aase Jepsen", "medlem", "Korsør Kunstforening") in held
    assert not any(target.startswith("Generalforsamling") for _, role, target in held if role == "medlem")


def test_a_post_another_reader_placed_stays_there() -> None:
    # "formand for Kultur- og Fritidsudvalget" at Idrætssamvirket's general meeting: held where the text places it
    fact = role_fact(
        PersonMention(0, 12, "Mette Hardam"), "formand", ("body:kfu", "Kultur- og Fritidsudvalget", "Committee"), 0, 12
    )
    body = "Generalforsamlingen i Idrætssamvirket"
    assert elected_post_held_by_the_owner(fact, "body:the-meeting", body, "Idrætssamvirket") == fact
