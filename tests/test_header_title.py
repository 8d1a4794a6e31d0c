"""A web page's own <title>: read by the HTML reader (SourceDocument.title) and by the header for the kind, body and
day its text does not name; the site's name in it is the publisher, never the body. The pages' texts are real
dev-write excerpts (quoted); their titles are written as sites write theirs."""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

import pytest

from graphbuild.parse import parse_meeting
from graphbuild.parse.body_names import body_phrases
from graphbuild.parse.header_title import read_title
from graphbuild.sources import read_source
from graphbuild.sources.html import page_title

# glostrup-kommunalbestyrelsen-agenda-3245: the page's text names neither its body nor its day
GLOSTRUP = """Vi bruger cookies

Ved at bruge sitet acceptere du dette. "nej tak til cookies"

Referat

1. Godkendelse af dagsordenen

Beslutning

Godkendt.

2. Orientering fra borgmesteren

Beslutning

Taget til efterretning.
"""
# kk-folkeoplysningsudvalget-2012-09-06-punkt-1: an item's page, its decision and who came, no body, no day
KK_ITEM = """1. Godkendelse af dagsorden

Beslutning

I mødet deltog:

Borgerrepræsentanter:

Leslie Arentoft, Bjarne Fey, Simon Strange, Susanne Møller (ankom under behandlingen af punkt 6) og Rikke Lauritzen (ankom under behandlingen af punkt 14).

Følgende havde meldt afbud:

Rikke Lauritzen, Susanne Møller, Birthe Skaarup, Muhammad Aslam og Basem Barakat.

Dagsordenen blev godkendt.
"""  # noqa: E501
# aabenraa-news-brand-redning-soenderjylland-2015-12-18: a news item, no meeting's document
NEWS = """Nyhed er fra 18-12-2015

Brand & Redning Sønderjylland rykker ud fra 1. januar

Byrådene i Haderslev, Aabenraa og Tønder kommuner har på deres møder i december endeligt godkendt dannelsen af Brand & Redning Sønderjylland. Selskabet er således en realitet fra 1. januar 2016
"""  # noqa: E501


def _page(path: Path, title: str | None, text: str) -> Path:
    head = f"<title>{html.escape(title)}</title>" if title is not None else ""
    lines = "".join(f"<p>{html.escape(line)}</p>" if line.strip() else "" for line in text.split("\n"))
    path.write_text(f"<html><head><meta charset='utf-8'>{head}</head><body>{lines}</body></html>", encoding="utf-8")
    return path


def test_page_title_is_read_unescaped_from_the_head_only() -> None:
    markup = (
        "<html><head><title>\n  Referat fra møde i Byrådet den 3. maj 2022 &#124; Favrskov&nbsp;Kommune\n</title>"
        "</head>"
        "<body><svg><title>Ikon</title></svg><h1>Referat</h1></body></html>"
    )
    assert page_title(markup) == "Referat fra møde i Byrådet den 3. maj 2022 | Favrskov Kommune"
    assert page_title("<html><body><svg><title>Ikon</title></svg></body></html>") is None  # a picture's title
    assert page_title("<html><head><title> </title></head></html>") is None


def test_read_source_gives_an_html_page_its_title_redacted(tmp_path: Path) -> None:
    doc = read_source(_page(tmp_path / "a.html", "Adgangskode: hemmelig123", GLOSTRUP))
    assert doc.title is not None and "hemmelig123" not in doc.title
    assert read_source(_page(tmp_path / "b.html", None, GLOSTRUP)).title is None
    text = tmp_path / "c.txt"
    text.write_text(GLOSTRUP, encoding="utf-8")
    assert read_source(text).title is None


@pytest.mark.parametrize(
    ("title", "kind", "body", "day"),
    [
        ("Referat fra møde i Byrådet den 3. maj 2022 | Favrskov Kommune", "referat", "Byrådet", date(2022, 5, 3)),
        ("Dagsorden og referat - Børne- og Ungeudvalget - 12.03.2019", "referat", "Børne- og Ungeudvalget",
         date(2019, 3, 12)),
        ("Næstved Kommune - Social- og Sundhedsudvalget - Referat 11. maj 2021", "referat",
         "Social- og Sundhedsudvalget", date(2021, 5, 11)),
        # the site's name is the publisher, not the body, also where the site is a cross-municipal body's own
        ("Kommissionsmøde 08-03-2024 - Brand & Redning MidtVest", None, None, date(2024, 3, 8)),
        ("Referat borgmestermøde 24.06.2024 | Køge Bugt Alliancen", "referat", None, date(2024, 6, 24)),
        ("Business Region North Denmark - Bestyrelsen - Referat 27. januar 2017", "referat", "Bestyrelsen",
         date(2017, 1, 27)),
        ("Nyheder | Holstebro Kommune", None, None, None),
    ],
)  # fmt: skip
def test_read_title_leaves_out_the_site(title: str, kind: str | None, body: str | None, day: date | None) -> None:
    named = read_title(title)
    assert (named.kind, named.body, named.day) == (kind, body, day)


def test_title_names_body_and_day_the_text_does_not(tmp_path: Path) -> None:
    titled = parse_meeting(read_source(_page(tmp_path / "a.html", "Referat - Kommunalbestyrelsen | Glostrup Kommune",
                                             GLOSTRUP), addresses=False))  # fmt: skip
    untitled = parse_meeting(read_source(_page(tmp_path / "b.html", None, GLOSTRUP), addresses=False))
    assert titled.body == "Kommunalbestyrelsen"
    assert untitled.body is None

    item = parse_meeting(read_source(_page(
        tmp_path / "c.html", "Folkeoplysningsudvalget - Referat 6. september 2012 | Københavns Kommune", KK_ITEM
    ), addresses=False))  # fmt: skip
    assert item.kind == "referat"
    assert item.body == "Folkeoplysningsudvalget"
    assert item.start is not None and item.start.date() == date(2012, 9, 6)


def test_the_texts_own_body_wins_over_the_titles(tmp_path: Path) -> None:
    text = GLOSTRUP.replace("Referat\n", "Referat fra møde i Økonomiudvalget\n", 1)
    meeting = parse_meeting(read_source(_page(tmp_path / "a.html", "Referat - Byrådet | Glostrup Kommune", text),
                                        addresses=False))  # fmt: skip
    assert meeting.body == "Økonomiudvalget"


def test_a_news_page_titled_with_a_meeting_records_none(tmp_path: Path) -> None:
    meeting = parse_meeting(read_source(_page(tmp_path / "a.html", "Referat fra møde i Byrådet | Aabenraa Kommune",
                                              NEWS), addresses=False))  # fmt: skip
    assert (meeting.kind, meeting.body) == (None, None)


def test_a_lower_case_for_name_ends_at_a_titles_separator() -> None:
    line = "Dagsorden og referat - Udvalget for uddannelse og arbejdskraft - 07.03.2019"
    assert [p.name for p in body_phrases(line)] == ["Udvalget for uddannelse og arbejdskraft"]
    # a sentence before the separator, longer than a name: no name in lower case is read there
    sentence = "Udvalget for uddannelse og arbejdskraft har i dag drøftet sagen - se bilag"
    assert [p.name for p in body_phrases(sentence)] == ["Udvalget"]


def test_the_titles_day_picks_among_the_days_the_header_prints(tmp_path: Path) -> None:
    text = GLOSTRUP.replace("Referat\n", "Referat\n\n20. maj 2021\n\nMødet 27. maj 2021 kl. 17.00\n", 1)
    titled = parse_meeting(read_source(_page(tmp_path / "a.html", "Kommunalbestyrelsen - Referat 27. maj 2021", text),
                                       addresses=False))  # fmt: skip
    assert titled.start is not None and (titled.start.date(), titled.start.hour) == (date(2021, 5, 27), 17)
    # a day the header does not print: the text's own day stands, the title never overrides it
    other = GLOSTRUP.replace("Referat\n", "Referat\n\n20. maj 2021\n", 1)
    meeting = parse_meeting(read_source(_page(tmp_path / "b.html", "Kommunalbestyrelsen - Referat 27. maj 2021",
                                              other), addresses=False))  # fmt: skip
    assert meeting.start is not None and meeting.start.date() == date(2021, 5, 20)
    # a labelled day is the meeting's own
    labelled = GLOSTRUP.replace("Referat\n", "Referat\n\nMødedato: 20. maj 2021\n\nMødet 27. maj 2021\n", 1)
    meeting = parse_meeting(read_source(_page(tmp_path / "c.html", "Kommunalbestyrelsen - Referat 27. maj 2021",
                                              labelled), addresses=False))  # fmt: skip
    assert meeting.start is not None and meeting.start.date() == date(2021, 5, 20)


def test_the_titles_site_names_the_municipality_the_text_does_not(tmp_path: Path) -> None:
    titled = parse_meeting(read_source(_page(tmp_path / "a.html", "Referat - Kommunalbestyrelsen | Glostrup Kommune",
                                             GLOSTRUP), addresses=False))  # fmt: skip
    assert titled.municipality is not None and titled.municipality.name == "Glostrup"
    # a site that is no municipality's names none
    other = parse_meeting(read_source(_page(tmp_path / "b.html", "Referat - Bestyrelsen | Køge Bugt Alliancen",
                                            GLOSTRUP), addresses=False))  # fmt: skip
    assert other.municipality is None
    assert read_title("Referat - Bestyrelsen | Køge Bugt Alliancen").site == "Køge Bugt Alliancen"
