"""A kind's word after an indefinite article ("med en reduceret dagsorden", "der skrives et referat") is a
common noun in a sentence, not the document's name for itself: a body's page about its meetings is no agenda."""

from __future__ import annotations

from graphbuild.parse import parse_meeting
from graphbuild.parse.header_kind import document_kind
from graphbuild.parse.lines import split_lines
from graphbuild.sources import source_from_text

# modelled on a national board's page about its meetings of a year
_PAGE = (
    "Bestyrelsesmøder i 2020\n\n"
    "Her finder du materiale fra bestyrelsens møder i 2020. Materialet offentliggøres løbende.\n\n"
    "Bestyrelsesmødet den 18. marts 2020 bliver holdt som et videomøde med en reduceret dagsorden.\n\n"
    "Årets første bestyrelsesmøde blev holdt hos Erhvervshuset.\n"
)


def test_a_kind_word_after_an_indefinite_article_names_no_document() -> None:
    assert document_kind(split_lines(_PAGE), False, _PAGE) is None
    assert parse_meeting(source_from_text(_PAGE)).kind is None


def test_the_documents_own_heading_still_names_it() -> None:
    agenda = "Dagsorden\n\nBestyrelsesmøde den 18. marts 2020\n\n1. Godkendelse af dagsorden\n"
    assert document_kind(split_lines(agenda), False, agenda) == "dagsorden"
    draft = "Udkast til referat af bestyrelsesmøde den 18. marts 2020\n\n1. Godkendelse af dagsorden\n"
    assert document_kind(split_lines(draft), False, draft) == "referat"
