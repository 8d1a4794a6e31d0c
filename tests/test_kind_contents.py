"""A publication's table of contents, its chapters numbered with their pages, makes no meeting of the chapters read
as items: a purchasing partnership's policy (faellesindkoeb-fyn-indkoebspolitik, dev-write, batch s24h: six
chapters read as an itemised meeting). Minutes whose header names their kind keep the items their contents list
(rebild-byraadet-2007-03-01, dev-write)."""

from __future__ import annotations

from graphbuild.parse import parse_meeting
from graphbuild.parse.kind_contents import contents_with_pages
from graphbuild.sources import source_from_text

# faellesindkoeb-fyn-indkoebspolitik (dev-write): the policy's title page, contents and first chapter
POLICY = (
    "INDKØBSPOLITIK\nFællesindkøb Fyn\nProfessionelle & værdiskabende & bæredygtige\nUdbud og indkøb\n"
    "Indholdsfortegnelse\n1. Indkøbspolitikkens grundlag & formål 2\n3.1 Anvendelse af indkøbsaftaler 4\n"
    "3.4 Engangskøb og køb uden for aftaledækkede områder 5\n4. Bæredygtighed, klima og grøn omstilling 7\n"
    "8. Ændring af indkøbspolitikken 10\n9. Godkendelse og underskrift 10\n"
    "Bilag 1. Aftalernes form & brugerinddragelse 12\n1. INDKØBSPOLITIKKENS GRUNDLAG & FORMÅL\n"
    "Fællesindkøb Fyn gennemfører fælles udbud, er tovholder for SKI-aftalerne, følger op på ca. 240 kontrakter og"
    " vedligeholder 98\ne-handelskataloger for kommunerne\n"
)

# novafos-ejeraftale-2017 (dev-write): an owners' agreement's contents, in capitals after a colon
AGREEMENT_CONTENTS = (
    "Horten Advokatpartnerselskab CVR 33775229\nINDHOLDSFORTEGNELSE:\n1. BAGGRUND OG FORMÅL 4\n"
    "2. AFTALENS FORRANG 4\n3. HOLDINGSELSKABETS EJERFORHOLD 5\n4. GENERALFORSAMLING 6\n"
)

# nomi4s-samarbejdsaftale-2015 (dev-write): a partnership agreement's contents, its heading's letters spaced out and
# a chapter's unnumbered section between two numbered ones
SPACED_CONTENTS = (
    "I n d h o l d s f o r t e g n e l s e\n6 Samarbejdsregler, leverings- og aftagepligt 8\n"
    "8 Interessentskabets ledelse og organisationsopbygning 9\n"
    "Bestyrelsens arbejde og kompetence samt vederlæggelse 10\n"
    "10 Regnskab – revision – budget 14\n12 Udtræden af interessentskabet 15\n"
)

# rebild-byraadet-2007-03-01 (dev-write): minutes' header and contents (the column label "Side" over the page numbers
# left out, so that the contents are read as a publication's would be and the header alone keeps the meeting)
MINUTES = (
    "REBILD KOMMUNE\n\nREFERAT\n\nByrådet Mødedato:\n\nTorsdag den 01-03-2007.\n\nMødetidspunkt:\n\n17:00.\n\n"
    "Sted:\n\nKig Ind, Nørager.\n\nREBILD KOMMUNE\n\nIndholdsfortegnelse\n\n"
    "1. Stedfortræder til NT´s repræsentantskab 3\n\n2. Økonomiorientering januar 2007 4\n\n"
    "3. Rebild Kommunes låneportefølje 6\n\n4. Eventuel køb af Skørping SFO 8\n"
)

# gribskov-kulturraadet-2014-12-08 (dev-write): a minutes' contents numbering its items by case, no pages
CASE_NUMBERS = (
    "Indholdsfortegnelse:\n\nÅbne\n59 Godkendelse af protokol\n60 Meddelelser fra Kulturrådets formand / medlemmer\n"
    "61 Meddelelser fra Idræt og Folkeoplysning - Kulturrådets møder\n62 Mødeplan 2015\n"
)


def test_a_policys_contents_make_no_meeting() -> None:
    assert contents_with_pages(POLICY)
    meeting = parse_meeting(source_from_text(POLICY))
    assert meeting.kind is None and meeting.start is None
    assert meeting.items == []


def test_an_agreements_contents_in_capitals_are_read() -> None:
    assert contents_with_pages(AGREEMENT_CONTENTS)


def test_a_spaced_heading_over_numbered_and_unnumbered_entries_is_read() -> None:
    assert contents_with_pages(SPACED_CONTENTS)
    # two unnumbered entries running are no chapters' contents, nor one opening the list
    assert not contents_with_pages("Indhold\nForord 2\nIndledning 3\n1. Formål 4\n2. Organisering 5\n")


def test_a_flattened_contents_is_read() -> None:
    flattened = "Indholdsfortegnelse 1. Formål 2 2. Organisering 3 3.1 Bestyrelsen 5 4. Økonomi 7 Samarbejdet ledes"
    assert contents_with_pages(flattened)


def test_minutes_naming_their_kind_keep_the_items_their_contents_list() -> None:
    assert contents_with_pages(MINUTES)
    meeting = parse_meeting(source_from_text(MINUTES))
    assert meeting.kind == "referat" and meeting.start is not None
    assert [item.number for item in meeting.items] == ["1", "2", "3", "4"]


def test_contents_without_pages_or_running_back_are_no_publications() -> None:
    assert not contents_with_pages(CASE_NUMBERS)
    assert not contents_with_pages("Indhold\n1. Formål 9\n2. Organisering 3\n3. Økonomi 2\n")
    assert not contents_with_pages("Indholdsfortegnelse\n1. Formål 2\n2. Organisering 3\n")


def test_contents_listing_a_meetings_own_business_are_a_meetings() -> None:
    """Guard: contents whose entries approve the agenda and close with any other business list a meeting's items
    (tests/test_item_labels_inline's contents-heading case), however their pages run."""
    leader = "." * 30
    text = (
        f"Indholdsfortegnelse: 1. Godkendelse af dagsorden {leader} 2\n2. Budgetopfølgning {leader} 3\n"
        f"3. Eventuelt {leader} 4\n"
    )
    assert not contents_with_pages(text)
