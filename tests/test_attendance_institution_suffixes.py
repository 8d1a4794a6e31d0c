"""A name whose last word is an institution's, a compound ending in "arkiv", "museum", "klub" or "bibliotek" (and
their definite forms), is no person's: an archive or a club listed where a member sent no one is not a person absent
(graphbuild/parse/attendance_names.py's _ASSOCIATION_WORD, beside "forening" and "selskab")."""

from __future__ import annotations

from snippet_attendance import attendance_statuses

from graphbuild.parse.attendance_names import person_name

# aabenraa-samraadet-lokalhistoriske-arkiver-2014-08-11: the board of local archives, each member an archive's
_ARCHIVES_BOARD = (
    "Samrådet for Lokalhistoriske Arkiver\nTinglev, den 12. august 2014\nMødereferat\n"
    "Bestyrelsesmøde i Samrådet mandag den 11. august 2014 kl. 16.\n"
    "Tilstede:\n"
    "Kim Furdal, Helmuth Kirsten, Ingerlise Jessen, Jes Ove Petersen, Kaj Lassen,\n"
    "Hans Ove Skau, Anne-Marie Vad, Bent Pawlowski.\n"
    "Ikke mødt: Rødekro Lokalarkiv\n"
    "Udsendt til Aabenraa Samråds bestyrelse og suppleanter.\n"
    "Dagsorden:\n1. Godkendelse af dagsorden\n"
)


def test_an_archive_that_did_not_come_is_no_one_absent() -> None:
    rows = attendance_statuses(_ARCHIVES_BOARD)
    assert "Rødekro Lokalarkiv" not in rows
    assert rows["Kim Furdal"] == "present"
    assert rows["Bent Pawlowski"] == "present"


def test_the_words_are_no_names_but_a_surname_that_holds_them_is() -> None:
    assert not person_name(["Rødekro", "Lokalarkiv"])
    assert not person_name(["Sønderborg", "Museum"])
    assert not person_name(["Aalborg", "Bokseklub"])
    assert person_name(["Anders", "Museumsen"])  # the word only opens the surname
    assert person_name(["Jens", "Klubsen"])
