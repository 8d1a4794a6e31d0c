"""A member a sentence declares disqualified ("inhabil") is at the meeting: the stand-in called in for them makes them
no absentee (graphbuild/parse/attendance_inhabil_stand_ins.py). The header is dev-write's
gribskov-byraadet-2017-09-25 as printed (shortened: the member list's first lines), where the member disqualified is
not in the member list and the stand-in is; the near misses keep a stand-in for a member who sent apologies, and a
declaration on another line."""

from __future__ import annotations

from snippet_attendance import attendance_rows

from graphbuild.parse.attendance_inhabil_stand_ins import declared_disqualified

# gribskov-byraadet-2017-09-25, the header (member list shortened) and the first item's heading
GRIBSKOV = (
    "Byrådet\n\nPubliceret 25-09-2017\n\nMandag den 25-09-2017 kl. 07:00\n\nMedlemmer:\n\n"
    "Flemming Valdemar Trojel Bo Jul Nielsen\nJannich Petersen Lone Birgit Halskov Møller\nBirgit Roswall Pia Foght\n"
    "Steen Pedersen Betina Sølver Hansen\n\n"
    "Godkendelse af dagsorden:\nGodkendt inklusive dagsordenspunkter 220 og 221 om godkendelse af stedfortrædere.\n\n"
    "Fraværende:\nBetina Sølver Hansen\n\n"
    "Meddelelser:\nKim Valentin (V) er erklæret inhabil i sager om forslag til Kommuneplantillæg nr. 10 for et "
    "blandet byområde ved Vesterbrogade i Gilleleje, forslag til Lokalplan 315.19 for hotel og boliger ved "
    "Vesterbrogade i Gilleleje samt sagen om salg af ejendom. Flemming Trojel (V) er indkaldt som stedfortræder for "
    "Kim Valentin (Kommunestyrelsesloven § 14 stk. 3).\nÅbne\n\n"
    "217. Forslag til Kommuneplantillæg nr. 10 for et blandet byområde ved Vesterbrogade i Gilleleje - godkendelse "
    "til offentlig fremlæggelse\n\nSagsfremstilling\nPlan- og Miljøudvalget behandlede sagen.\n"
)


def test_the_member_declared_disqualified_is_present() -> None:
    rows = attendance_rows(GRIBSKOV)
    assert rows["Kim Valentin"] == ("present", None)
    assert rows["Flemming Valdemar Trojel"] == ("substitute", "Kim Valentin")
    assert rows["Betina Sølver Hansen"] == ("absent", None)


def test_a_stand_in_for_a_member_who_sent_apologies_keeps_the_absence() -> None:
    # near miss: the member sent apologies, and another member's disqualification is declared on the line
    text = GRIBSKOV.replace(
        "Kim Valentin (V) er erklæret inhabil i sager om",
        "Kim Valentin (V) har meldt afbud. Bo Jul Nielsen er erklæret inhabil i sager om",
    )
    rows = attendance_rows(text)
    assert rows["Kim Valentin"] == ("absent", None)
    assert rows["Flemming Valdemar Trojel"] == ("substitute", "Kim Valentin")


def test_the_declaration_must_stand_on_the_stand_ins_line() -> None:
    text = "Kim Valentin er erklæret inhabil i sag 5.\nFlemming Trojel er indkaldt som stedfortræder for Kim Valentin."
    assert declared_disqualified(text, "Kim Valentin", 0)
    assert not declared_disqualified(text, "Kim Valentin", text.rindex("Kim Valentin"))
    # the name must be the declaration's subject, right before its verb
    assert not declared_disqualified("Bo Jul Nielsen og Kim Valentin. Per Bak var inhabil.", "Kim Valentin", 0)
