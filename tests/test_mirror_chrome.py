"""A document mirror's page chrome (docplayer.dk) above the transcript: its title line repeats the first
page's words, and an item number in it is no item (forms as dev copies print them, names paraphrased)."""

from __future__ import annotations

from text_facts import meeting_of_text

from graphbuild.parse.mirror_chrome import blank_mirror_chrome

TITLE = "1. Oplæg om oplevelseszoner og drøftelse af nordjysk tilkendegivelse vedr. disse Bilag: Oplæg"
MIRRORED = (
    f"{TITLE}\n\nSave this PDF as:\n WORD  PNG  TXT  JPG\n\nStørrelse: px\nStarte visningen fra side:\n\n"
    f'Download "{TITLE}"\n\nTranskript\n\n'
    "1 DAGSORDEN Møde i den politiske ledelse fredag den 4. april 2008 kl i Forvaltningen, Havnegade 8, "
    "mødelokale 2 Deltagere: Bo Kvist, Frederikshavn Kommune Erik Mikkelsen, Mariagerfjord Kommune - afbud "
    "Eskild Andersen, Brønderslev Kommune Klaus Hansen, Rebild Kommune Henrik Thomsen, Aalborg Kommune "
    "Kim Bennike, Jammerbugt Kommune - afbud Lone Christiansen, Læsø Kommune Michael Karlborg, Hjørring Kommune "
    "Ole Albæk, Region Nordjylland Torben Myrup, Vesthimmerlands Kommune - afbud Preben Dahl, Thisted Kommune "
    "Walther Mikkelsen, Morsø Kommune Mads Pedersen, Aalborg Kommune Nanna Skovrup, Region Nordjylland "
    "(administrativ ledelse) Erik Ravn, Aalborg (administrativ ledelse) Tina Pedersen (referent) "
    "Dagsorden: 1. Oplæg om oplevelseszoner og drøftelse af nordjysk tilkendegivelse vedr. disse "
    "Bilag: Oplæg Gæster under punktet: Jens Jensen, der har udarbejdet oplægget, og Anna Fisker. "
    "Administrationen indstiller, at den politiske ledelse drøfter oplægget og en fælles nordjysk "
    "tilkendegivelse om oplevelseszonerne.\n\n"
    "2 2. Eventuelt Intet.\n"
)


def test_chrome_is_blanked_with_offsets_kept() -> None:
    blanked = blank_mirror_chrome(MIRRORED)
    assert len(blanked) == len(MIRRORED)
    assert blanked.count("\n") == MIRRORED.count("\n")
    transcript = MIRRORED.index("Transkript") + len("Transkript")
    assert not blanked[:transcript].strip()
    assert blanked[transcript:] == MIRRORED[transcript:]


def test_title_line_is_no_item_and_the_page_header_is_read() -> None:
    meeting = meeting_of_text(MIRRORED)
    first = meeting.items[0]
    assert first.number == "1"
    assert first.start > MIRRORED.index("Transkript")  # the page's own item 1, not the title above the pages
    assert meeting.kind == "dagsorden"  # "DAGSORDEN Møde i ..." opens the header now that item 1 stands after it
    assert [item.number for item in meeting.items] == ["1", "2"]


def test_text_without_the_viewer_labels_is_kept() -> None:
    # "Transkript" alone is a heading a document may print; without the viewer's labels nothing is blanked
    own = "Referat\n\nTranskript\n\n1. Godkendelse af dagsorden\nGodkendt.\n"
    assert blank_mirror_chrome(own) is own


def test_viewer_labels_deep_in_a_document_are_no_chrome() -> None:
    late = "1. Godkendelse af dagsorden\n" + "Godkendt. " * 400 + "\nStørrelse: px\n\nTranskript\n\n2. Eventuelt\n"
    assert blank_mirror_chrome(late) is late
