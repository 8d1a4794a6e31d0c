"""A statute's paragraphs make no meeting: a page headed by the statute's title (lag-soenderborg-aabenraa-vedtaegter,
infotoender-webpage-kulturelt-forum, brondby-styrelsesvedtaegt-webpage, tvis-vedtaegter-2009-01, dev-write) whose
chapters, numbered as an agenda's items are, hold one titled as a standing item ("Regnskab og revision"). A site's menu
entry, a sentence about standing orders and a council's item naming them keep the minutes' items
(gribskov-handicapraadet-2017-10-25, rm-webpage-sundhedskoordinationsudvalget-2021, dev-write)."""

from __future__ import annotations

from graphbuild.parse import parse_meeting
from graphbuild.parse.kind_statute import statute_title
from graphbuild.sources import source_from_text

# lag-soenderborg-aabenraa-vedtaegter (dev-write): the page's heading, the statute's title and its second chapter
# (lines of the page); its third chapter constructed in the shape of a statute's ("Regnskab og revision")
STATUTE = (
    "Generelt om LAG\n\n"
    "Standardvedtægter for den lokale aktionsgruppe 2022-2027\n\n"
    "Vedtægter for LAG Sønderborg-Aabenraa\n\n"
    "2. Medlemmer\n\n"
    "Indmeldelse af medlemmer\n\n"
    "§ 4. En person kan indmeldes som medlem af den lokale aktionsgruppe, hvis personen er fyldt 15 år.\n\n"
    "Udmeldelse\n\n"
    "§ 5. Medlemmer kan udmeldes ved skriftlig henvendelse til bestyrelsen for den lokale aktionsgruppe.\n\n"
    "3. Regnskab og revision\n\n"
    "§ 6. Foreningens regnskabsår er kalenderåret.\n"
)

# tvis-vedtaegter-2009-01 (dev-write, flattened): the title in capitals
CAPITALS_TITLE = "VEDTÆGTER. for. Trekantområdets Varmetransmissionsselskab I/S\n\nStørrelse: px\n"

# rm-webpage-sundhedskoordinationsudvalget-2021 (dev-write): a sentence about the standing orders, no title
SENTENCE = "Forretningsorden\nForretningsorden for Sundhedskoordinationsudvalget er opdateret 19. august 2019.\n"

# gribskov-handicapraadet-2017-10-25 (dev-write): a council's item naming its standing orders, after its number
ITEMS = (
    "Handicaprådet\n"
    "39 Hvem skal modtage årets handicappris?\n"
    "40 Forretningsorden for Handicaprådet\n"
    "41 Udkast til årsberetninger 2017\n"
)


def test_a_statutes_chapters_are_no_meeting() -> None:
    assert statute_title(STATUTE)
    meeting = parse_meeting(source_from_text(STATUTE))
    assert meeting.kind is None and meeting.start is None
    assert meeting.items == []


def test_a_title_in_capitals_heads_a_statute() -> None:
    assert statute_title(CAPITALS_TITLE)


def test_a_menu_entry_or_a_sentence_is_no_title() -> None:
    assert not statute_title(SENTENCE)
    assert not statute_title("Forside\nVedtægter\nReferater\nKontakt\n")


def test_an_item_naming_standing_orders_is_no_title() -> None:
    assert not statute_title(ITEMS)
