"""The kind of document a web address names, for a meeting page whose text calls it neither minutes nor
an agenda."""

from __future__ import annotations

import pytest

from graphbuild.models import MeetingKind
from graphbuild.parse import parse_meeting
from graphbuild.parse.address_kind import kind_in_address
from graphbuild.sources import source_from_text


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        # a portal's type parameter, whatever its key's case and spelling
        ("https://www.vesthimmerland.dk/politik/dagsordener-og-referater/?agendaId=298&agendaType=Referat", "referat"),
        ("https://albertslund.dk/politik/dagsordener-og-referater/?agendaId=1158&agendaType=Referat", "referat"),
        ("https://www.x.dk/politik/dagsordener-og-referater/?agendaId=301&agendaType=Dagsorden", "dagsorden"),
        ("https://www.x.dk/moeder/?id=17&type=dagsorden", "dagsorden"),
        ("https://www.x.dk/moeder/?id=17&documentType=Beslutningsprotokol", "referat"),
        # a type whose value opens with the kind's word, a qualifier after it
        ("https://albertslund.dk/?agendaId=419&agendaType=Referat%20konstituerende%20m%C3%B8de", "referat"),
        ("https://www.x.dk/?agendaId=420&agendaType=Dagsorden+ekstraordin%C3%A6rt+m%C3%B8de", "dagsorden"),
        # a path segment that is the minutes' word alone
        ("https://kk.dk/dagsordener-og-referater/%C3%98konomiudvalget/m%C3%B8de-23082017/referat/punkt-4", "referat"),
        ("https://www.aarhus.dk/vis-dagsorden/v/16009/Magistraten/Referat/2019-03-25/?agendaId=387342", "referat"),
        # a FICS publication's file name: InfRef the minutes, InfDag the agenda
        ("https://dagsorden-og-referater.x.dk/Sites/Politiske_Internet/Internet/2015/InfRef7406.html", "referat"),
        ("https://www.x.dk/Files/Files/FICS/Sites/Kommunalbestyrelsen/internet/april/InfDag4350.html", "dagsorden"),
        ("https://www.x.dk/Files/FICS/Sites/Byraadet/internet/InfRefBilag.html", None),
        ("https://www.x.dk/infref7406/oversigt.html", None),
        # "dagsorden" as a segment names a section holding both kinds, "referat-…" a page's title
        ("https://www.faxekommune.dk/dagsorden/folkeoplysningsudvalget-23-05-2022", None),
        ("https://seniorraadet-rudersdal.dk/referat-af-5-november-2018", None),
        ("https://www.x.dk/?agendaId=1&agendaType=Referater%20og%20dagsordener", None),
        # an archived copy read by the address it copies
        ("https://web.archive.org/web/2019/https://www.x.dk/?agendaId=1&agendaType=Referat", "referat"),
        # a path's words name a site's section on both kinds, no one document's
        ("https://www.x.dk/politik/dagsordener-og-referater/byraadet/2013-05-29-1700-2706/", None),
        ("https://dagsordenarkiv.x.dk/dagsordener/2017/byraadet-2017-09-25", None),
        ("http://docplayer.dk/18879375-Referat-handicapraadet.html", None),
        # a parameter that is no type, a type that is no kind, two kinds at once
        ("https://www.x.dk/?agendaId=298&view=Referat", None),
        ("https://www.x.dk/?agendaId=298&agendaType=Alle", None),
        ("https://www.x.dk/?a=1&agendaType=Referat&documentType=Dagsorden", None),
        (None, None),
        ("not an address?agendaType=Referat", None),
    ],
)
def test_the_kind_an_address_names(url: str | None, expected: MeetingKind | None) -> None:
    assert kind_in_address(url) == expected


_PORTAL_PAGE = (
    "Du er her: Forside / Politik / Dagsordener og Referater\n"
    "Dagsordener og Referater\n"
    "Her kan du finde online dagsordner og referater fra møderne i byrådet og udvalgene.\n"
    "Udvalg: Økonomiudvalget\n"
    "Mødedato: 9/11/2019 3:00:00 PM\n"
    "Sagspunkter der blev behandlet på mødet: Fold alle ud\n"
    "    Godkendelse af dagsorden\n"
    "      Sagsnr.: 00.22.02-G01-42-18\n"
    "      Godkendelse af dagsorden er et fast punkt på møderne i Økonomiudvalget.\n"
)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.x.dk/politik/dagsordener-og-referater/?agendaId=353&agendaType=Referat", "referat"),
        ("https://www.x.dk/politik/dagsordener-og-referater/?agendaId=353&agendaType=Dagsorden", "dagsorden"),
        ("https://www.x.dk/politik/dagsordener-og-referater/?agendaId=353", None),
    ],
)
def test_a_page_whose_text_names_no_kind_takes_the_address_kind(url: str, expected: MeetingKind | None) -> None:
    assert parse_meeting(source_from_text(_PORTAL_PAGE, url=url)).kind == expected


def test_the_text_kind_wins_over_the_address_kind() -> None:
    text = "Referat\n\nUdvalg: Økonomiudvalget\nMødedato: 11. september 2019\n\n1. Godkendelse af dagsorden\n"
    url = "https://www.x.dk/?agendaId=353&agendaType=Dagsorden"
    assert parse_meeting(source_from_text(text, url=url)).kind == "referat"
