"""role_replacements' seat taken after the successor ("NAME …, der til juni skal overtage NAMEs plads i X") is tried
only where its verb is in the 160 characters after the name: its optional runs of words and blanks before the verb
shared a line of blanks every way (100 blanks after a name 7.9 s, 160 blanks 22 s, for each name of a sentence with
"erstat" or "afløs" before it). The verb is a word every match holds, so the facts are the same."""

from __future__ import annotations

from pathlib import Path

from text_facts import role_pairs_of_text

from graphbuild.extract.role_replacements import TAKES_SEAT_AFTER_NAME

HEADER = "Nyheder\n\n"


def test_the_seat_taken_after_the_name_is_still_read(tmp_path: Path) -> None:
    # roskilde-lbr-2014-03-10 (dev-write), as test_role_forms_seats_taken_over quotes it
    text = (
        "I mødet deltog Iris Skov Hovmøller fra Dansk Byggeri, der til juni skal overtage Flemming Kronstens plads i "
        "Det lokale Beskæftigelsesråd."
    )
    assert ("Iris Skov Hovmøller", "medlem") in role_pairs_of_text(tmp_path, HEADER + text)
    # the near miss: a seat taken with no "plads i" after the verb
    assert TAKES_SEAT_AFTER_NAME.match(", der skal overtage formandsposten") is None
