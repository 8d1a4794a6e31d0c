"""A seat taken over from someone who leaves it (issue 13 item 4, `role_replacements`): the successor after a
passive verb ("erstattes af", "er erstattet af"), after the seat left ("NAMEs plads i byrådet bliver overtaget
af"), before the seat taken ("NAME … skal overtage NAMEs plads i X"). Each case is an excerpt quoted from a
dev-write document of tests/realworld, with the (person, role) facts it must give and those it must not."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import role_pairs_of_text

HEADER = "Nyheder\n\n"
Pairs = set[tuple[str, str]]  # (person, role)


def role_pairs(tmp_path: Path, text: str) -> Pairs:
    return role_pairs_of_text(tmp_path, HEADER + text)


CASES: list[tuple[str, str, Pairs, Pairs]] = [
    (
        # laesoe-news-omkonstituering
        "the successor after 'erstattes af' and a title holds the seat in the committee the other left",
        "Den ændrede konstituering betyder, at Per Bragt udtræder af Økonomiudvalget og erstattes af viceborgmester "
        "Folmer Hjorth Kristensen.",
        {("Folmer Hjorth Kristensen", "medlem")},
        set(),
    ),
    (
        # silkeborgnyt-news-byraads-rokade-2015-08-25
        "the successor of a seat named before the passive verb: 'NAMEs plads i byrådet bliver overtaget af'",
        "Hanne Bæk Olsens plads i byrådet bliver overtaget af Mustafa Kellegös (S), som de seneste måneder har "
        "været midlertidig stedfortræder for Casper Mouritsen.",
        {("Mustafa Kellegös", "medlem")},
        set(),
    ),
    (
        # roskilde-lbr-2014-03-10
        "the successor before the seat taken: 'NAME …, der til juni skal overtage NAMEs plads i X'",
        "I mødet deltog Iris Skov Hovmøller fra Dansk Byggeri, der til juni skal overtage Flemming Kronstens plads i "
        "Det lokale Beskæftigelsesråd.",
        {("Iris Skov Hovmøller", "medlem")},
        {("Flemming Kronsten", "medlem")},
    ),
    (
        # nationalpark-vadehavet-bestyrelsen-2013-04-17
        "the post after 'som' is the successor's, the report of a council's recommendations proposes nothing",
        "Mette Guldberg orienterede om det seneste møde i Nationalparkrådet, herunder Rådets anbefalinger. "
        "Mette fortalte at Søren Mosegård Sørensen er erstattet af Jens Lorenzen som repræsentant for lodsejerne.",
        {("Jens Lorenzen", "repræsentant")},
        {("Søren Mosegård Sørensen", "repræsentant")},
    ),
    (
        "a replacement only proposed gives no seat",
        "Borgmesteren indstiller, at Per Bragt udtræder af Økonomiudvalget og erstattes af Folmer Hjorth Kristensen.",
        set(),
        {("Folmer Hjorth Kristensen", "medlem")},
    ),
    (
        "a thing replaced is no seat: no body is named for the successor",
        "Den gamle ordning er erstattet af Jens Lorenzen og hans kolleger i sekretariatet.",
        set(),
        {("Jens Lorenzen", "medlem")},
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_roles22_forms(tmp_path: Path, text: str, present: Pairs, absent: Pairs) -> None:
    found = role_pairs(tmp_path, text)
    assert present <= found, present - found
    assert not absent & found, absent & found
