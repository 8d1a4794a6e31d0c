"""An item put on a later meeting's agenda is postponed, the meeting named by its kind too
("næste menighedsrådsmøde", sankthans-kirke-menighedsraad-2021-06-02; "næste bestyrelsesmøde",
dj-kreds-fyn-bestyrelse-2016-01-05) or kept for it ("Gemmes til næste møde",
han-herred-havbaade-bestyrelse-2019-09-26; all dev-write). The next meeting's day and another matter taken
along to it are no item's fate."""

from __future__ import annotations

from graphbuild.extract.decision_rules import verdict_of


def test_an_item_kept_for_the_next_meeting_is_postponed() -> None:
    # han-herred-havbaade-bestyrelse-2019-09-26: the item's whole record
    assert verdict_of("Bådelagene. Gemmes til næste møde.") == "postponed"


def test_a_meeting_named_by_its_kind_is_a_later_meeting() -> None:
    # sankthans-kirke-menighedsraad-2021-06-02, item 7's record after its first sentence
    assert verdict_of("Der skal findes en ny kursusleder. Punktet tages op på næste menighedsrådsmøde.") == "postponed"
    # dj-kreds-fyn-bestyrelse-2016-01-05 (the document cuts the word short; whole here)
    assert verdict_of("Forslag sendes til Teit hurtigst muligt. Punktet tages op igen på næste bestyrelsesmøde.") == (
        "postponed"
    )


def test_the_next_meetings_day_is_no_fate() -> None:
    assert verdict_of("Godkendt. Næste bestyrelsesmøde holdes den 3. maj.") == "approved"
    assert verdict_of("Næste møde: 3. maj 2019.") is None
    assert verdict_of("Godkendt. Kassereren tages med på næste bestyrelsesmøde.") == "approved"
