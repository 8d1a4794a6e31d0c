"""An institution's name of two capitalised words whose second is "College" ("Food College", "Tech College Aalborg",
"University College Nordjylland": four dev-write publishers print one) is no person's name
(graphbuild/vocab/reference.py's NOT_NAME_WORDS_COMMON): before, a guests' list of "Name, Affiliation"
(kulturaftale-nordjylland-politisk-ledelse-2008-04-04) read "Food College" as one of those present, and the name
before it as "Apex Anna Marie Fisker". The near miss keeps a name whose surname only begins with the word."""

from __future__ import annotations

from snippet_attendance import attendance_statuses

from graphbuild.vocab.person_names import plausible

HEAD = "Referat\nMøde i den politiske ledelse fredag den 4. april 2008\n"


def test_a_college_in_a_list_of_guests_is_no_one() -> None:
    text = (
        HEAD + "Deltagere: Bjarne Kvist, Frederikshavn Kommune Eskild Sloth Andersen, Brønderslev Kommune "
        "Gæster vedrørende punkt 1: Jens F. Jensen, Apex Anna Marie Fisker, Food College, Aalborg Universitet "
        "Dagsorden: 1. Oplæg\n"
    )
    rows = attendance_statuses(text)
    assert rows["Jens F. Jensen"] == "present"
    assert rows["Anna Marie Fisker"] == "present"
    assert not {"Food College", "Apex Anna Marie Fisker"} & set(rows)


def test_the_word_is_no_name_but_a_name_like_it_is() -> None:
    assert not plausible(["Food", "College"])
    assert not plausible(["Tech", "College"])
    assert plausible(["Anna", "Collegesen"])  # near miss: the word only opens the surname
