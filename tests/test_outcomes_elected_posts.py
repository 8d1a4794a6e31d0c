"""An election's result printed as lines of a post and its holder under the election's item is the first form of the
written rule (approved), also where talk or a point put off follows it; not under another item's title, not one line
alone, not after a verdict printed before it. Excerpts of dev-write documents of tests/realworld/, the test split
never read."""

from __future__ import annotations

import pytest

from graphbuild.extract.outcomes import outcome_of

ELECTIONS = [
    # toelloese-forognu-bestyrelse-konstituering-2021-06-15, item 2
    (
        "Konstituering",
        "Formand – Marina Wijngaard\n\nNæstformand – Inge-Lis Madsen\n\nKasserer – Kjeld Sørensen\n\n"
        "Vicekasserer/webmaster – Carsten Kristoffersen\n\nSekretær – Kirsten Holm Iversen\n\nMedlem – Eskild Lund\n\n"
        "Suppleanter – Anne Varberg og Hanne Glæemose Engberg\n\nEventuel selvsupplering udsættes til et senere møde.",
    ),
    # oesterhurup-havn-bestyrelse-2019-04-11, item 2
    (
        "Konstituering af bestyrelsen.",
        "Konstituering:\nNæstformand. Forslag Dion. Niels tager kontakt med Dion.\n\nFormand. Niels.\nKasserer. John.\n"
        "Sekretær. Lars.",
    ),
]


@pytest.mark.parametrize(("title", "decision"), ELECTIONS)
def test_posts_and_holders_are_the_election_result(title: str, decision: str) -> None:
    assert outcome_of(title, True, decision, False, f"{title}\n{decision}") == "approved"


NOT_ELECTIONS = [
    # the board's posts listed under another item: no election of this item
    (
        "Velkomst",
        "Formand: Heimo Dalsgaard\nKasserer: Karl Anker Jensen\nDer blev drøftet kommende arrangementer.",
        "discussed",
    ),
    # one post line alone, then a point put off
    (
        "Konstituering",
        "Formand – Marina Wijngaard\n\nKonstitueringen i øvrigt udsættes til et senere møde.",
        "postponed",
    ),
    # a verdict printed before the lines is the first form
    ("Valg af bestyrelse", "Valget blev udsat.\nFormand: Hans Jensen\nKasserer: Bo Nielsen", "postponed"),
]


@pytest.mark.parametrize(("title", "decision", "expected"), NOT_ELECTIONS)
def test_post_lines_elsewhere_are_no_election_result(title: str, decision: str, expected: str) -> None:
    assert outcome_of(title, True, decision, False, f"{title}\n{decision}") == expected
