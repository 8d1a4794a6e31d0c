"""A section heading glued after the sentence before it inside a flattened page (Gribskov's, Herning's and Faxe's
portal pages flattened as benchmarks.realworld_flattened does it) is cut as a heading; an item's number glued to a
title that opens with "Beslutning" (Region Nordjylland's contents) is not. Snippets quoted from dev-write
documents; the test split is never read."""

from __future__ import annotations

import pytest

from graphbuild.extract import extract_facts
from graphbuild.parse import parse_meeting
from graphbuild.parse.flatten_glued_sections import glued_section_cuts
from graphbuild.sources import source_from_text

GLUED = [
    # gribskov-beredskabskommissionen-2015-12-16
    ("Administrationen indstiller til Beredskabskommissionen: 1. At orienteringen tages til efterretning.Beslutning "
     "Taget til efterretning Fraværende: Børge Sørensen", "Beslutning", "Taget"),
    # gribskov-kulturraadet-2014-12-08: after a date's year
    ("1. at godkende protokollen fra den 20. oktober 2014.Beslutning 1. Godkendt. Fraværende Tonny Jensen.",
     "Beslutning", "1. Godkendt"),
    # faxe-boern-laeringsudvalget-2022-10-03: after a clock time
    ("Vestskolens bestyrelse er inviteret til dialogmøde kl. 16.30.Sagsfremstilling Vestskolen har ikke fremsendt",
     "Sagsfremstilling", "Vestskolen"),
    # herning-oekonomi-erhvervsudvalget-2014-01-20
    ("i henhold til en udarbejdet fortegnelse.Indstilling Direktøren for Økonomi, Personale og Borgerservice",
     "Indstilling", "Direktøren"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "head", "after"), GLUED)
def test_a_heading_glued_after_a_sentence_is_cut(text: str, head: str, after: str) -> None:
    assert glued_section_cuts(text) == {text.index("." + head) + 1, text.index(after, text.index(head))}


NOT_GLUED = [
    # regionnordjylland-regionsraadet-2020-11-24: an item number glued to a title ("Beslutning om", "Beslutning -")
    "2021-2023 6.Beslutning om de fremtidige bygningsmæssige rammer for neurorehabilitering i Region Nordjylland",
    "Nordjysk Socialaftale 2021-2022 9.Beslutning - Opfølgning på de lokale Klimahandlingsplaner 10.Beslutning - X",
    # a word that only opens with a heading's word, and one with a space after the stop (cut by flatten's own rule)
    "Sagen blev drøftet.Beslutningen træffes på næste møde.",
    "Sagen blev drøftet. Beslutning Godkendt.",
]


@pytest.mark.parametrize("text", NOT_GLUED)
def test_no_glued_heading(text: str) -> None:
    assert glued_section_cuts(text) == set()


def test_a_flattened_page_reads_its_glued_decision() -> None:
    # gribskov-beredskabskommissionen-2015-12-16 flattened: the decision after the recommendation, not the
    # recommendation, is read
    page = (
        "1 Referat Beredskabskommissionen Mødedato: 16. december 2015 Medlemmer: Kim Valentin Lasse Røssell "
        "Godkendelse af dagsorden: Godkendt Fraværende: Børge Sørensen Efterretningssager 1. Status for "
        "beredskabssammenlægning 14.00A00 - 2015/28574 Sagsfremstilling De seks kommuner Hillerød, Gribskov, Egedal, "
        "Furesø, Halsnæs og Frederikssund har besluttet at sammenlægge de kommunale beredskaber. "
        + "Der gives en status for arbejdet med sammenlægningen og den videre proces frem mod etableringen. "
        * 10
        + "Lovgrundlag Bekendtgørelse om risikobaseret kommunalt redningsberedskab, bekendtgørelse 765 af 3.8.2005. "
        "Administrationens indstilling Administrationen indstiller til Beredskabskommissionen: 1. At orienteringen "
        "tages til efterretning.Beslutning Taget til efterretning Fraværende: Børge Sørensen Mødet startet: 04:00 PM "
        "Mødet hævet: 05:00 PM\n"
    )
    facts = extract_facts(parse_meeting(source_from_text(page)))
    assert [(i.number, i.outcome) for i in facts.items] == [("1", "noted")]
