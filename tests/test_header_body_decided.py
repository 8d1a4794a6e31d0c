"""The body a page's decision headings name when its header names none: "Beslutning fra Integrationsrådet",
"Integrationsudvalgets møde den 12. december 2011:" (PolWeb and Acadre item pages)."""

from __future__ import annotations

import pytest

from graphbuild.parse import parse_meeting
from graphbuild.sources import source_from_text

_ITEM = "1.         Bemærkninger til dagsordenen\n\nÅbent\n\nSagsnr.: 326-2010-57347       J.nr.: 00.01.00\n\n"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # the genitive heading dated the meeting's day, over each item's decision
        (
            "Referat\nMødedato: 12. december 2011\n\n" + _ITEM + "Integrationsudvalgets møde den 12. december 2011:\n\n"
            "Udvalgsformanden oplyste, at der er 4 ansøgninger.\n\n2.         Gensidig orientering\n\n"
            "Integrationsudvalgets møde den 12. december 2011:\n\nMedlemmerne orienterede.\n",
            "Integrationsudvalget",
        ),
        # "Beslutning fra <body>" over the meeting's date
        (
            "66.    Temadag for Integrationsrådet\nSag 306-2014-5450\nÅbent\nSagsfremstilling\nEn ny dato.\n"
            "Beslutning fra Integrationsrådet\n\nDato: 10. december 2015\n\nSted: Café Lulu, Algade 25\n"
            "Forslag om lørdag den 9. april 2016.\n",
            "Integrationsrådet",
        ),
    ],
)
def test_the_decision_headings_name_the_body(text: str, body: str) -> None:
    assert parse_meeting(source_from_text(text)).body == body


@pytest.mark.parametrize(
    "text",
    [
        # an earlier meeting of another body in the case's history, and a sentence that only mentions one
        "Referat\nMødedato: 12. december 2011\n\n" + _ITEM + "Økonomiudvalgets møde den 3. oktober 2011:\n\n"
        "Anbefales.\n\nSocialudvalgets møde den 12. december 2011 blev aflyst.\n",
    ],
)
def test_other_meetings_name_no_body(text: str) -> None:
    assert parse_meeting(source_from_text(text)).body is None
