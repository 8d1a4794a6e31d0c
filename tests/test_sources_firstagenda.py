"""FirstAgenda publication pages read by their markup: the real pages of tests/realworld (dev split
only; the public repository jakobmwang/dagsordener's fixtures example_minutes.html and
example_listings.html are byte for byte two of them, and its example_agenda.html is a test-split
page, so it is not used), a short excerpt of that repository's examples/example_scrolled.html (a
listing page), and small pages built from the elements the portal writes."""

from __future__ import annotations

import csv
import json
import re
from datetime import datetime
from pathlib import Path

import pytest

from benchmarks.realworld_sources import CORPUS, split_of
from graphbuild.extract import extract_facts
from graphbuild.parse import parse_meeting
from graphbuild.sources import MARKER, read_source
from graphbuild.sources.firstagenda import firstagenda_text, read_page
from graphbuild.sources.html import html_to_text
from graphbuild.sources.portal_meeting import Handling, parse_danish_datetime

with (CORPUS / "sources.csv").open(encoding="utf-8") as _handle:
    _ROWS = list(csv.DictReader(_handle))
DEV_FIRSTAGENDA = [
    row["id"]
    for row in _ROWS
    if row["portal"] == "FirstAgenda" and row["form"] == "portal-html" and split_of(row["id"]) == "dev"
]
DEV_MEETING_PAGES = [
    doc_id
    for doc_id in DEV_FIRSTAGENDA
    if json.loads((CORPUS / "gold" / f"{doc_id}.json").read_text(encoding="utf-8"))["kind"] in ("referat", "dagsorden")
]
DEV_OTHER_PAGES = [doc_id for doc_id in DEV_FIRSTAGENDA if doc_id not in DEV_MEETING_PAGES]

# The handlings each real page's Sagsforløb lists, per item (body, ISO day, item number there), read
# by hand from the page.
HANDLINGS: dict[str, dict[str, list[tuple[str, str, str]]]] = {
    "aarhus-teknisk-udvalg-2025-10-01": {
        "2": [
            ("Magistraten", "2025-09-02", "12"),
            ("Aarhus Byråd", "2025-09-10", "11"),
            ("Teknisk Udvalg", "2025-09-22", "2"),
        ],
        "3": [
            ("Magistraten", "2025-08-19", "7"),
            ("Aarhus Byråd", "2025-08-27", "10"),
            ("Teknisk Udvalg", "2025-09-22", "4"),
        ],
        "6": [
            ("Magistraten", "2025-03-18", "9"),
            ("Aarhus Byråd", "2025-03-26", "14"),
            ("Teknisk Udvalg", "2025-05-26", "6"),
            ("Teknisk Udvalg", "2025-08-11", "3"),
        ],
    },
}


def _gold(doc_id: str) -> dict[str, object]:
    gold: dict[str, object] = json.loads((CORPUS / "gold" / f"{doc_id}.json").read_text(encoding="utf-8"))
    return gold


def _markup(doc_id: str) -> str:
    return (CORPUS / str(_gold(doc_id)["file"])).read_text(encoding="utf-8")


def test_the_corpus_holds_firstagenda_pages_of_both_kinds() -> None:
    assert DEV_MEETING_PAGES and DEV_OTHER_PAGES


@pytest.mark.parametrize("doc_id", DEV_MEETING_PAGES)
def test_a_real_meeting_page_gives_what_its_markup_states(doc_id: str) -> None:
    gold = _gold(doc_id)
    portal = read_page(_markup(doc_id))
    assert portal is not None and portal.body == gold["body"]
    assert portal.start is not None and portal.start.date().isoformat() == gold["date"]
    meeting = parse_meeting(read_source(CORPUS / str(gold["file"])))
    assert meeting.kind == gold["kind"] and meeting.body == gold["body"]
    assert meeting.start is not None and meeting.start.date().isoformat() == gold["date"]
    expected = [(item["number"], item["title"]) for item in gold["items"]]  # type: ignore[attr-defined]
    assert [(item.number, item.title) for item in meeting.items] == expected
    assert all(not item.from_contents for item in meeting.items)
    # each item's decision is its own section, holding none of the sections after it
    for item in meeting.items:
        decision = item.section("beslutning")
        if gold["kind"] == "referat":
            assert decision is not None and decision.text.strip(), item.number
        if decision is not None:
            for later in ("Resume", "Beslutningspunkter", "Sagsforløb", "Bilag", "Det indstilles"):
                assert later not in decision.text, (item.number, later)


@pytest.mark.parametrize("doc_id", DEV_MEETING_PAGES)
def test_a_real_pages_sagsforloeb_becomes_handled_by_facts(doc_id: str) -> None:
    facts = extract_facts(parse_meeting(read_source(CORPUS / str(_gold(doc_id)["file"]))))
    found: dict[str, set[tuple[str, str, str]]] = {}
    for relation in facts.relations:
        if relation.type == "HANDLED_BY":
            assert relation.evidence.item is not None
            quote = relation.evidence.quote
            body = quote.split(" den ", 1)[0]
            found.setdefault(relation.evidence.item, set()).add(
                (body, str(relation.properties["date"]), str(relation.properties["item_number"]))
            )
    assert found == {item: set(rows) for item, rows in HANDLINGS[doc_id].items()}


@pytest.mark.parametrize("doc_id", DEV_OTHER_PAGES)
def test_a_real_page_that_is_no_meeting_invents_none(doc_id: str) -> None:
    markup = _markup(doc_id)
    assert read_page(markup) is None
    facts = extract_facts(parse_meeting(read_source(CORPUS / str(_gold(doc_id)["file"]))))
    assert facts.kind is None and facts.body is None and facts.start is None and not facts.items
    assert not [e for e in facts.entities if e.type in ("Meeting", "AgendaItem")]


# An excerpt of jakobmwang/dagsordener examples/example_scrolled.html: the portal's search results.
SCROLLED_LISTING = (
    '<html><body><div class="container">'
    '<input id="apiurl" name="apiurl" type="hidden" value="http://publication.firstagenda.com">'
    '<div class="row informationHeader"><div class="col-md-6"><div class="title">'
    '<h1 class="green" title="Dagsordener og referater">Dagsordener og referater</h1>'
    '<h2 class="black" id="politiskeUdvalgText">fra Aarhus Byråd og politiske udvalg</h2></div></div></div>'
    '<div class="list-group search_result" id="resultater"><div id="resultaterplaceholder">'
    '<a href="/vis?Referat-Aarhus-Byraad-d.17-12-2014-kl.16.00&amp;id=322e7a6c-1ef5-41d2-b2ed-afa9ea5d1822"'
    ' class="list-group-item searchresult"><div class="row"><div class="col-sm-3">17/12-2014</div>'
    '<div class="col-sm-5 break-word"><strong>Aarhus Byråd</strong></div>'
    '<div class="col-sm-4 link"><strong>Referat</strong></div></div></a>'
    '<a href="/vis?Referat-Teknisk-Udvalg-d.15-12-2014-kl.16.00&amp;id=7e0714dd-40bb-4f1b-a623-c55d062d2e87"'
    ' class="list-group-item searchresult"><div class="row"><div class="col-sm-3">15/12-2014</div>'
    '<div class="col-sm-5 break-word"><strong>Teknisk Udvalg</strong></div>'
    '<div class="col-sm-4 link"><strong>Referat</strong></div></div></a>'
    "</div></div></div></body></html>"
)


def _page(
    rows: str, *, heading: str = "Referat 3. april 2019 kl. 18.00", info: str = "", body: str = "Økonomiudvalget"
) -> str:
    """A meeting page with the elements FirstAgenda writes (shortened from the real pages)."""
    title = f'<div class="title"><h1 class="green dato">{heading}</h1></div>' if heading else ""
    return (
        f'<html><body>{title}<table class="dagsordeninfo"><tbody>'
        f'<tr><td>Udvalg:</td><td><span class="udvalg">{body}</span></td></tr>'
        '<tr><td>Mødedato:</td><td><span class="dato">onsdag den 3. april 2019 kl. 18.00</span></td></tr>'
        '<tr class="sted-container"><td>Mødested:</td><td><span class="sted">Mødelokale 1</span></td></tr>'
        f"{info}</tbody></table>"
        f'<table id="dagsordenDetaljer" class="table dagsorden"><tbody>{rows}</tbody></table></body></html>'
    )


def _row(number: str, title: str, sections: str, case: str = "EMN-2019-000001") -> str:
    return (
        '<tr class="punktrow"><td class="text-center punkt-tabel">'
        f'<span class="label label-default">{number}</span></td>'
        f'<td class="punkt-tabel"><button class="overskrift-btn"><h2 class="overskrift text-left">{title}</h2></button>'
        f'<div class="details"><span class="sagsnummer">{case}</span><div class="punkt"><h3></h3><div>'
        f'<div id="sagsfremstillingContainer"><div>{sections}</div></div></div></div></div></td></tr>'
    )


def _section(heading: str, *paragraphs: str) -> str:
    return f'<h3>{heading}</h3><span class="resume">{"".join(f"<div>{p}</div>" for p in paragraphs)}</span>'


_DECIDED = _section("Beslutninger", "Godkendt.")
_SAGSFORLOEB = _section(
    "Sagsforløb",
    "Udvalg: Magistraten",
    "Dato: 02-09-2025",
    " Punktnummer: 12",
    "Anbefales.",
    "Thure Hansen deltog ikke i sagens behandling.",
    "Udvalg: Byrådet",
    "Dato: 10-09-2025",
    "Punktnummer: 11",
)
_PARTICIPANTS = '<tr id="deltager-container"><td valign="top">Mødedeltagere:</td><td class="deltagere">{}</td></tr>'


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # the header: body, time, place, kind from the page's heading
        (
            _page(_row("1", "Budget", _DECIDED)),
            {
                "body": "Økonomiudvalget",
                "start": datetime(2019, 4, 3, 18, 0),
                "location": "Mødelokale 1",
                "kind": "Referat",
            },
        ),
        # no heading: minutes when an item is decided, an agenda when none is
        (_page(_row("1", "Budget", _DECIDED), heading=""), {"kind": "Referat"}),
        (
            _page(_row("1", "Budget", _section("Beslutningspunkter", "Det indstilles, at …")), heading=""),
            {"kind": "Dagsorden"},
        ),
        (_page(_row("1", "Budget", ""), heading="Dagsorden 3. april 2019 kl. 18.00"), {"kind": "Dagsorden"}),
        # items: number, title, case number; sections in page order, an untitled one named
        (
            _page(
                _row(
                    "7",
                    "Budget",
                    _DECIDED + _section("", "Kort om sagen.") + _section("Resume", "Der er …"),
                    case="EMN-2019-000042",
                )
            ),
            {
                "items": [
                    (
                        "7",
                        "Budget",
                        "EMN-2019-000042",
                        [("Beslutninger", "Godkendt."), ("Sagsfremstilling", "Kort om sagen."), ("Resume", "Der er …")],
                    )
                ]
            },
        ),
        # Sagsforløb: Udvalg/Dato/Punktnummer rows become handlings, each with what the body said there
        (
            _page(_row("2", "Plan", _DECIDED + _SAGSFORLOEB)),
            {
                "passage": [
                    Handling(
                        "Magistraten",
                        datetime(2025, 9, 2),
                        "12",
                        "Anbefales.\nThure Hansen deltog ikke i sagens behandling.",
                    ),
                    Handling("Byrådet", datetime(2025, 9, 10), "11"),
                ]
            },
        ),
        # participants, one a line or several on a line; the meeting's note as front matter
        (
            _page("", info=_PARTICIPANTS.format("<div>Anne Hansen (A)</div><div>Bo Jensen (V)</div>")),
            {"members": ["Anne Hansen (A)", "Bo Jensen (V)"]},
        ),
        (
            _page("", info=_PARTICIPANTS.format("Anne Hansen, Bo Jensen og Carl Berg")),
            {"members": ["Anne Hansen", "Bo Jensen", "Carl Berg"]},
        ),
        (
            _page(
                "",
                info='<tr><td>Information:</td><td><span data-meeting-description="">'
                "Mødet er flyttet.</span></td></tr>",
            ),
            {"front_matter": ["Information: Mødet er flyttet."]},
        ),
    ],
)
def test_a_meeting_page_built_from_the_portals_elements(page: str, expected: dict[str, object]) -> None:
    meeting = read_page(page)
    assert meeting is not None
    for key, value in expected.items():
        if key == "items":
            got: object = [(i.number, i.title, i.case_number, i.sections) for i in meeting.items]
        elif key == "passage":
            got = meeting.items[0].passage
        else:
            got = getattr(meeting, key)
        assert got == value, key


def test_a_rendered_page_reads_as_minutes_with_participants_handlings_and_no_attendance_from_earlier_meetings(
    tmp_path: Path,
) -> None:
    path = tmp_path / "side.html"
    participants = _PARTICIPANTS.format("<div>Anne Hansen (A)</div><div>Bo Jensen (V)</div>")
    path.write_text(_page(_row("2", "Plan", _DECIDED + _SAGSFORLOEB), info=participants), encoding="utf-8")
    meeting = parse_meeting(read_source(path))
    assert (meeting.kind, meeting.body, meeting.location) == ("referat", "Økonomiudvalget", "Mødelokale 1")
    assert meeting.start == datetime(2019, 4, 3, 18, 0, tzinfo=meeting.start.tzinfo if meeting.start else None)
    assert [(a.name, a.status) for a in meeting.attendance] == [("Anne Hansen", "present"), ("Bo Jensen", "present")]
    assert [(i.number, i.title) for i in meeting.items] == [("2", "Plan")]
    assert "Sagsnr.: EMN-2019-000001" in meeting.source.text
    facts = extract_facts(meeting)
    handled = sorted(
        (r.properties["date"], r.properties["item_number"]) for r in facts.relations if r.type == "HANDLED_BY"
    )
    assert handled == [("2025-09-02", "12"), ("2025-09-10", "11")]
    # what the Magistrat said at its own meeting is kept under its handling, and is no absence here
    assert "Magistraten den 2. september 2025 punkt 12\nAnbefales.\nThure Hansen deltog ikke" in meeting.source.text


@pytest.mark.parametrize("doc_id", DEV_MEETING_PAGES)
def test_a_real_pages_sagsforloeb_keeps_what_each_body_said_and_gives_no_attendance(doc_id: str) -> None:
    meeting = parse_meeting(read_source(CORPUS / str(_gold(doc_id)["file"])))
    portal = read_page(_markup(doc_id))
    assert portal is not None
    said = [h.text for item in portal.items for h in item.passage if h.text]
    assert said and all(line in meeting.source.text for text in said for line in text.splitlines())
    # the names said not to take part at another body's meeting ("Thure Hastrup deltog ikke i sagens behandling")
    history_names = {
        m.group(1) for text in said for m in re.finditer(r"([A-ZÆØÅ][\w-]+(?: [A-ZÆØÅ][\w-]+)+) deltog ikke", text)
    }
    assert history_names
    gold_names = {row["name"] for row in _gold(doc_id)["attendance"]}  # type: ignore[attr-defined]
    for row in meeting.attendance:
        if row.name in history_names:
            assert row.name in gold_names and row.status == "present" and row.absent_items == [], row


@pytest.mark.parametrize(
    ("page", "source"),
    [
        (SCROLLED_LISTING, "jakobmwang/dagsordener examples/example_scrolled.html (excerpt)"),
        *[(_markup(doc_id), doc_id) for doc_id in DEV_OTHER_PAGES],
    ],
)
def test_a_listing_page_is_read_as_its_heading_and_invents_no_meeting(page: str, source: str, tmp_path: Path) -> None:
    assert read_page(page) is None, source
    text = firstagenda_text(page)
    assert text is not None and text.startswith("Dagsordener og referater"), source
    assert "Referat" not in text and "/20" not in text, source  # no result rows
    path = tmp_path / "listing.html"
    path.write_text(page, encoding="utf-8")
    facts = extract_facts(parse_meeting(read_source(path)))
    assert facts.body is None and facts.start is None and not facts.items
    assert not [e for e in facts.entities if e.type == "Meeting"]


@pytest.mark.parametrize(
    "page",
    [
        "<html><body><h1>Referat</h1><p>Økonomiudvalget 3. april 2019</p>"
        "<table><tr><td>1</td><td>Budget</td></tr></table></body></html>",
        "<html><body><p>Ordet punktrow og dagsordeninfo i teksten er ikke markup.</p></body></html>",
        '<html><body><table class="dagsordeninfo"><tr><td>Udvalg:</td><td></td></tr></table></body></html>',
        "<div>" * 500 + '<table class="dagsordeninfo"><tr><td><span class="udvalg">X</span></td></tr></table>',
    ],
)
def test_any_other_page_goes_to_the_generic_reader_unchanged(page: str, tmp_path: Path) -> None:
    assert firstagenda_text(page) is None
    path = tmp_path / "side.html"
    path.write_text(page, encoding="utf-8")
    assert read_source(path).text == html_to_text(page)


def test_redaction_still_runs_on_a_firstagenda_page(tmp_path: Path) -> None:
    path = tmp_path / "side.html"
    path.write_text(
        _page(_row("1", "Sag", _section("Beslutninger", "Borgerens cpr-nr. 010203-1234 blev rettet."))),
        encoding="utf-8",
    )
    source = read_source(path)
    assert "010203-1234" not in source.text and MARKER in source.text and source.redactions == 1


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("onsdag den 1. oktober 2025 kl. 15.45", datetime(2025, 10, 1, 15, 45)),
        ("Referat 1. oktober 2025 kl. 15:45", datetime(2025, 10, 1, 15, 45)),
        ("mandag den 3. februar 2020", datetime(2020, 2, 3)),
        ("02-09-2025", datetime(2025, 9, 2)),
        ("31. februar 2020", None),
        ("1. smarch 2020", None),
        ("", None),
    ],
)
def test_a_danish_date_and_time_as_the_portal_writes_it(value: str, expected: datetime | None) -> None:
    assert parse_danish_datetime(value) == expected
