"""A body's web page or a news article whose text has numbered lines (a list of tasks, of members) under a
paragraph of prose is no agenda, even with a dateline over it (issue 12 item 7): dev randers-webpage-kredsraadet,
taarnby-groent-raad-webpage, odder-webpage-spoergetid-traeffetid, stressed with a dateline added. A meeting's
header (a heading, fields, its numbered items) is still read. The test split is never read."""

from __future__ import annotations

from graphbuild.models import SourceDocument
from graphbuild.parse import parse_meeting
from graphbuild.parse.header_kind import opens_in_prose
from graphbuild.parse.lines import split_lines

_KREDSRAADET = (
    "12. marts 2019\nKredsrådet\n"
    "Kredsrådet er sammensat af politidirektøren, der er formand, og af borgmestrene for de syv kommuner, der indgår"
    " i Østjyllands politikreds.\n"
    "Rådet har en række lovbestemte opgaver:\n"
    " 1. Kredsrådet drøfter spørgsmål af almindelig karakter vedrørende politiets virksomhed\n"
    " 2. Kredsrådet kan afgive udtalelse om spørgsmål vedrørende politikredsens almindelige organisation.\n"
    " 3. Kredsrådet kan henstille til politidirektøren, at politiet for et begrænset tidsrum særlig skal lægge vægt"
    " på opgaver.\n"
)

_AGENDA = """12. marts 2019
Mødelokale 2, Rådhuset
1. Godkendelse af dagsorden
Indstilling: at dagsordenen godkendes.
2. Budget 2020
Indstilling: at budgettet drøftes.
"""


def make_doc(text: str) -> SourceDocument:
    return SourceDocument(path="p.txt", name="p.txt", sha256="0" * 64, format="txt", text=text)


def test_numbered_lines_under_prose_make_no_meeting() -> None:
    meeting = parse_meeting(make_doc(_KREDSRAADET))
    assert meeting.kind is None
    assert meeting.start is None


def test_numbered_items_under_a_header_are_a_meeting() -> None:
    meeting = parse_meeting(make_doc(_AGENDA))
    assert meeting.start is not None


def test_prose_is_sentences_of_lower_case_words() -> None:
    assert opens_in_prose(split_lines(_KREDSRAADET))
    header = "Økonomiudvalget\nDato: 12. marts 2019 kl. 15:00\nSted: Mødelokale 2, Rådhuset"
    assert not opens_in_prose(split_lines(header))
    # a flattened PDF's page line, however long, is no paragraph
    assert not opens_in_prose(split_lines("3 Godkendelse af referat fra bestyrelsesmøde den 2. oktober 2008 " * 12))
