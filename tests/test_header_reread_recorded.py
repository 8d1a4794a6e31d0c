"""Minutes the header reader took for no meeting (no kind's word, no labelled field, no numbered lines: a PDF's
flattened header "… Tid 1. marts 2012, kl Sted …") that their items then show to be minutes ("Godkendelse af
dagsorden Godkendt"): the header is read again for the meeting's day. Snippet shortened from a dev-write
secretariat's steering-group minutes (docplayer); the near miss is the same page without a word only minutes
write, which records no meeting and stays undated."""

from __future__ import annotations

from datetime import date

from graphbuild.parse import parse_meeting
from graphbuild.sources import source_from_text

_ITEMS = (
    "2 2. Godkendelse af referat fra møde 14. december og møde mellem FU og Regionen 26. januar Godkendt 2/12\n\n"
    "3 3. Godkendelse af udkast til udviklingsstrategi for 2013 Alle kommunale og regionale tilbud på "
    "socialområdet er omfattet af rammeaftalens Udviklingsstrategi. Udviklingsstrategien er således udarbejdet "
    "på baggrund af et samlet overblik over de tilbud, der ligger i den nordjyske region. Udviklingsstrategien "
    "har fokus på den faglige udvikling i eksisterende tilbud og behovet for nye tilbud. Af Udviklingsstrategien "
    "fremgår kommunernes ændringer i forbrug af pladser samt et overblik over, hvilke forebyggende "
    "foranstaltninger, som kommunerne har etableret eller planlægger at etablere, og som kan have betydning for "
    "planlægning og udvikling af tilbud på det sociale område.\n"
)
_FLATTENED_MINUTES = (
    "1 Click here to enter text. Møde i Den Administartive Styregruppe 1. marts Møde Den Administrative "
    "Styregruppe Tid 1. marts 2012, kl Sted Boulevarden 13, Repræsentationslokale 1 Deltagere Afbud Jan Nielsen, "
    "Benjamin Holst, Jes Lunde, Ellen Kirk (i stede for Jesper Hosbond Jensen) / ref. Ole Bjerre Jakobsen "
    "Sagsnr./Dok.nr / Godkendelse af dagsorden Godkendt Sekretariatet for Rammeaftaler Danmarksgade Aalborg "
    "aalborg@aalborg.dk\n\n" + _ITEMS
)


def test_minutes_known_by_their_items_get_the_headers_day() -> None:
    meeting = parse_meeting(source_from_text(_FLATTENED_MINUTES))
    assert meeting.kind == "referat"
    assert meeting.start is not None and meeting.start.date() == date(2012, 3, 1)


def test_a_page_that_records_no_meeting_stays_undated() -> None:
    meeting = parse_meeting(source_from_text(_FLATTENED_MINUTES.replace(" Godkendt", "")))
    assert meeting.kind is None
    assert meeting.start is None
