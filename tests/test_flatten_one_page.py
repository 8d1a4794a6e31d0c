"""A text that is one short page a transcript put on one line after its page number (parse.flatten): read as a
flattened page though shorter than one, its item heading and decision cut apart. Dev-write excerpts flattened as a PDF
text layer prints a page (Københavns Kommune's Beredskabskommission, Fredensborg Kommune's Økonomiudvalg)."""

from __future__ import annotations

from snippet_items import item_numbers, item_titles

from graphbuild.parse.flatten import flat_threshold
from graphbuild.parse.lines import split_lines

KOEBENHAVN = (
    "1 1. Godkendelse af dagsorden Beslutning Tilstede var: Overborgmester Frank Jensen Borgmester Ninna Thomsen "
    "Borgmester Pia Allerslev Borgmester Jesper Christensen Borgmester Carl Christian Ebbesen Vicepolitidirektør Anne "
    "Tønnes Observatør Claus Friis Afbud fra: Borgmester Morten Kabell grundet tjenesterejse. Borgmester Pia Allerslev "
    "forlod mødet kl. 18.01 under Sager til orientering, underpunkt 3. Dagsorden godkendt uden bemærkninger.\n"
)
FREDENSBORG = (
    "1 Nr.60 - Godkendelse af dagsordenen Beslutning i Økonomiudvalget den 23-03-2015 Dagsordenen blev godkendt. "
    "Vedr. sag 92 blev det drøftet, hvorvidt sagen skulle åbnes. Venstre anmodede om afstemning herom. For stemte: V "
    "og I Imod stemte: A, B, C, F, O og Ø. Forslaget faldt dermed. Direktør Poul Erik Tøjner, Louisiana, deltog "
    "indledningsvist og fortalte om Louisianas fremtidsplaner.\n"
)


def test_one_short_page_after_its_page_number_is_read_as_flattened() -> None:
    assert item_numbers(KOEBENHAVN) == ["1"]
    assert item_titles(KOEBENHAVN) == ["Godkendelse af dagsorden"]
    assert item_titles(FREDENSBORG) == ["Godkendelse af dagsordenen"]


def test_a_short_line_or_a_line_with_no_page_number_is_not() -> None:
    # near misses: a short one-line text, and a long line that opens with no page number, keep the usual threshold
    short = "1 Godkendelse af dagsorden. Godkendt.\n"
    unnumbered = KOEBENHAVN[2:]
    two_lines = KOEBENHAVN + "Mødet slut kl. 18.19.\n"
    for text in (short, unnumbered, two_lines):
        assert flat_threshold(split_lines(text)) > len(KOEBENHAVN)
