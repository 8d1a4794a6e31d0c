"""An affiliation and a lower-case note in brackets between two entries of a flattened "Name, Affiliation" list is the
entry before's, not stray text that ends the list (graphbuild/parse/attendance_affiliation_notes.py): before, an
affiliation of two words and a note of two ("Region Nordjylland (administrativ ledelse)") made a piece of more than
three words, the list ended there and the secretary and the item's guests after it were lost. The lists are as
dev-write prints them (kulturaftale-nordjylland-politisk-ledelse-2008-04-04; the same form with a one-word
affiliation in kdnet-midtjylland-2015-05-22, "KD-Net (ref.)", and nt-bestyrelse-2008-11-14, "NT (punkt 2)"); the near
misses keep prose in lower case before the note, and an affiliation on a line of its own."""

from __future__ import annotations

import pytest
from snippet_attendance import attendance_statuses

from graphbuild.parse.attendance_affiliation_notes import affiliation_with_note

HEAD = "DAGSORDEN Møde i den politiske ledelse fredag den 4. april 2008 kl i Skole- og Kulturforvaltningen "

# kulturaftale-nordjylland-politisk-ledelse-2008-04-04, as its page is printed on one line
KULTURAFTALE = (
    "Deltagere: Bjarne Kvist, Frederikshavn Kommune Erik Kirkegaard Mikkelsen, Mariagerfjord Kommune - afbud "
    "Eskild Sloth Andersen, Brønderslev Kommune Erik Ravn, Aalborg (administrativ ledelse) Claus Svenstrup, "
    "Region Nordjylland (administrativ ledelse) Tina M. Pedersen (referent) Gæster vedrørende punkt 1: "
    "Jens F. Jensen, Apex Anna Marie Fisker, Food College, Aalborg Universitet Dagsorden: 1. Oplæg om "
    "oplevelseszoner og drøftelse af nordjysk tilkendegivelse vedr. disse Bilag: Oplæg - oplevelseszoner\n"
)


def test_the_entries_after_an_affiliation_with_a_note_are_read() -> None:
    rows = attendance_statuses(HEAD + KULTURAFTALE)
    assert rows["Claus Svenstrup"] == "present"
    assert rows["Tina M. Pedersen"] == "present"
    assert rows["Jens F. Jensen"] == "present"
    assert rows["Anna Marie Fisker"] == "present"
    assert rows["Erik Kirkegaard Mikkelsen"] == "absent"
    assert not {"Food College", "Apex Anna Marie Fisker", "Region Nordjylland"} & set(rows)


@pytest.mark.parametrize(
    ("text", "after"),
    [
        # kdnet-midtjylland-2015-05-22 and nt-bestyrelse-2008-11-14: the same form, the affiliation one word
        (
            "Deltagere: Bo Johansen, Eva Glæsner, KKR, Jonna Holm Pedersen, KKR, Inger Bojsen Nehm, KD-Net (ref.) "
            "Jesper Thyrring Møller, Henning Haahr Pedersen, Niels Erik Kjærgaard 1. Godkendelse af dagsorden\n",
            "Henning Haahr Pedersen",
        ),
        (
            "Deltagere: Ole Vestergaard, Thisted Kommune Christian Roslev, NT Nicolai Sørensen, NT Ole Schleemann, NT "
            "Susan Jensen, NT (punkt 2) Signe K. Kora, NT (punkt 2) Camilla Sloth Andersen, NT (punkt 2) Afbud "
            "Preben Christensen, Mariagerfjord Kommune Pkt. Tekst Side 1 Godkendelse af referat\n",
            "Camilla Sloth Andersen",
        ),
        # the affiliation of two words, and of three
        (
            "Deltagere: Ole Berg, Region Nordjylland (administrativ ledelse) Lis Holm, Thisted Kommune\n",
            "Lis Holm",
        ),
        (
            "Deltagere: Ole Berg, Aalborg Universitet Hospital (deltog via video) Lis Holm, Thisted Kommune\n",
            "Lis Holm",
        ),
    ],
)
def test_a_note_after_an_affiliation_ends_no_list(text: str, after: str) -> None:
    assert attendance_statuses(HEAD + text).get(after) == "present"


def test_prose_before_the_note_still_ends_the_list() -> None:
    # near miss: words in lower case before the bracket are a sentence, not an affiliation; the list has ended
    text = "Deltagere: Ole Berg, Region Nordjylland mødet blev holdt (efter frokost) Lis Holm takkede\n"
    rows = attendance_statuses(HEAD + text)
    assert rows.get("Ole Berg") == "present"
    assert "Lis Holm" not in rows


def test_the_piece_must_run_on_after_the_entry_before() -> None:
    text = "Ole Berg, Region Nordjylland (administrativ ledelse)"
    piece = text.index(" Region")
    assert affiliation_with_note(text, piece, len(text), text.index(","))
    # an affiliation on a line of its own below the entry, or with no entry before it, is none of this form
    wrapped = "Ole Berg,\nRegion Nordjylland (administrativ ledelse)"
    assert not affiliation_with_note(wrapped, wrapped.index("Region"), len(wrapped), wrapped.index(","))
    assert not affiliation_with_note(text, piece, len(text), None)
    # a note that opens with a capital is a party's or a body's bracket, no note
    capital = "Ole Berg, Region Nordjylland (Administrativ Ledelse)"
    assert not affiliation_with_note(capital, capital.index(" Region"), len(capital), capital.index(","))


@pytest.mark.parametrize(
    "note", ["(afbud)", "(deltog ikke)", "(fra kl. 17)", "(suppleant for Ole Berg)", "(stedfortræder)", "(syg)"]
)
def test_a_note_of_status_time_or_stand_in_is_none_of_this_form(note: str) -> None:
    # near miss: the bracket says more of the entry before than its affiliation; the list is read as before
    text = f"Ole Berg, Region Nordjylland {note}"
    assert not affiliation_with_note(text, text.index(" Region"), len(text), text.index(","))
