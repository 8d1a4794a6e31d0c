"""The meeting's day a document's web address names, for minutes whose text names none."""

from __future__ import annotations

from datetime import date

import pytest

from graphbuild.parse import parse_meeting
from graphbuild.parse.address_date import date_in_address, yearless_day_by_address
from graphbuild.sources import source_from_text


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        # day, month, year in a slug; year first; hyphens, underscores or dots between
        ("https://www.brmv.dk/om-os/kommision/kommisionsmoede-18-02-2020/", date(2020, 2, 18)),
        ("https://www.x.dk/dagsordener-og-referater/byraadet/2013-05-29-1700-2706/", date(2013, 5, 29)),
        ("https://www.x.dk/raad/handicapraadet_2017_10_25", date(2017, 10, 25)),
        ("https://www.x.dk/referat-03.05.2011.pdf", date(2011, 5, 3)),
        # eight digits: a path segment of its own, or after a word ("møde-29012014")
        ("https://www.kk.dk/node/14441/19042018/edoc-agenda/82088cb9-4ea9-4523/b86d", date(2018, 4, 19)),
        ("https://www.kk.dk/dagsordener-og-referater/Indre%20By%20Lokaludvalg/m%C3%B8de-19022026/", date(2026, 2, 19)),
        ("https://www.x.dk/Arkiv%202014/Beredskabskommissionen%202014/20140115", date(2014, 1, 15)),
        # the month by name or abbreviation
        ("http://www.x.dk/bestyrelsen/uskbestyrelsesmoede_torsdag_8_dec_2014/", date(2014, 12, 8)),
        ("http://docplayer.dk/1532094-protokoll-mote-den-29-oktober-2010-kl-10-00.html", date(2010, 10, 29)),
        ("https://x.dk/2014/03/referat-af-lokalraadsmoede-4-marts-2014/", date(2014, 3, 4)),
        # a query's value
        ("https://politik.x.dk/raad/agenda?agenda=10-09-2014/Dagsorden(ID728)/dagsorden.xml", date(2014, 9, 10)),
        ("https://x.dk/?agenda=%2Fdagsorden%2FKommunalbestyrelsen_%2F25-06-2025&elementid=0981", date(2025, 6, 25)),
        # no date: a document's number heading its slug, digits run on, a date across path segments
        ("http://docplayer.dk/18879375-Referat-handicapraadet.html", None),
        ("http://docplayer.dk/20122014-referat.html", None),
        ("https://kommune.x.dk/Politik/Udvalg/2016/6/14062015201606141200", None),
        ("https://x.dk/2014/03/04/referat/", None),
        ("https://x.dk/bestyrelsen/referater/", None),
        # two different days: neither is the meeting's
        ("https://x.dk/dagsorden-23-04-2013/referat-30-04-2013", None),
        # impossible days and years far off
        ("https://x.dk/moede-31-02-2020", None),
        ("https://x.dk/moede-12-05-1875", None),
        (None, None),
        ("not an address 12-05-2020", None),
    ],
)
def test_the_day_an_address_names(url: str | None, expected: date | None) -> None:
    assert date_in_address(url) == expected


@pytest.mark.parametrize(
    ("text", "url", "expected"),
    [
        # minutes that name no day: the address's day
        (
            "Referat\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nDagsordenen blev godkendt.\n",
            "https://www.kk.dk/node/14246/18112014/edoc-agenda/d424644e/44839ce2",
            "2014-11-18",
        ),
        # the text's own day wins over the address's
        (
            "Referat\n\nMødedato: 19. april 2018\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n",
            "https://www.kk.dk/node/14441/20042018/edoc-agenda/82088cb9",
            "2018-04-19",
        ),
        # a page that records no meeting gets no day
        (
            "Lokalrådet er hele lokalsamfundets råd og skal være et åbent forum.\n",
            "https://x.dk/lokalraadet/nyhed-12-05-2020",
            None,
        ),
    ],
)
def test_minutes_take_the_address_day_only_when_their_text_names_none(
    text: str, url: str, expected: str | None
) -> None:
    meeting = parse_meeting(source_from_text(text, url=url))
    assert (meeting.start.date().isoformat() if meeting.start else None) == expected


@pytest.mark.parametrize(
    ("head", "url", "expected"),
    [
        # fensmark-lokalraad-2021-06-08: a blog's publication path names the year, the header the weekday
        ("Lukket Lokalrådsmøde\n\ntirsdag d. 8. juni kl. 17-18.30", "https://x.dk/2021/06/14/622/", date(2021, 6, 8)),
        # 8 June 2022 is a Wednesday: the year does not fit the weekday, no day
        ("Lukket Lokalrådsmøde\n\ntirsdag d. 8. juni kl. 17-18.30", "https://x.dk/2022/06/14/622/", None),
        # no year in the address, no weekday in the header
        ("tirsdag d. 8. juni kl. 17", "https://x.dk/referat/622/", None),
        ("Møde d. 8. juni kl. 17", "https://x.dk/2021/06/14/622/", None),
    ],
)
def test_yearless_day_by_address(head: str, url: str, expected: date | None) -> None:
    assert yearless_day_by_address(head, url) == expected
