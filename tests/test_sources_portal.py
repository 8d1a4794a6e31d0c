"""Portal publication files (eDoc, SBSYS eDagsorden) read by their markup, and a case's passage
through bodies (Sagsforløb) as HANDLED_BY facts, on the real files of tests/realworld (dev split
only) and on small documents built from the elements those portals write."""

from __future__ import annotations

import json
import shutil
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from benchmarks.realworld_sources import CORPUS, split_of
from graphbuild.errors import SourceError
from graphbuild.extract import extract_facts
from graphbuild.extract.handling import handling_line
from graphbuild.parse import parse_meeting
from graphbuild.pipeline import build
from graphbuild.sources import collect_paths, read_source
from graphbuild.sources.portal_meeting import Handling, handling_of, sentence_case
from graphbuild.sources.portal_xml import parse_xml, portal_of
from graphbuild.store.base import StoreTarget
from graphbuild.store.opening import open_store

PORTAL_BATCH = (CORPUS / "batches" / "2026-12-01-portal.txt").read_text(encoding="utf-8").split()
DEV_PORTAL = [doc_id for doc_id in PORTAL_BATCH if split_of(doc_id) == "dev"]
EDOC = "ballerup-sundhed-forebyggelse-2012-12-04"


def _gold(doc_id: str) -> dict[str, object]:
    gold: dict[str, object] = json.loads((CORPUS / "gold" / f"{doc_id}.json").read_text(encoding="utf-8"))
    return gold


@pytest.mark.parametrize("doc_id", DEV_PORTAL)
def test_a_real_portal_file_gives_the_meeting_its_markup_states(doc_id: str) -> None:
    gold = _gold(doc_id)
    meeting = parse_meeting(read_source(CORPUS / str(gold["file"])))
    assert meeting.kind == gold["kind"]
    assert meeting.start is not None and meeting.start.date().isoformat() == gold["date"]
    assert meeting.body is not None and meeting.body.lower() in str(gold["body"]).lower()
    expected = [(item["number"], item["title"]) for item in gold["items"]]  # type: ignore[attr-defined]
    assert [(item.number, item.title) for item in meeting.items] == expected


def _edoc(items: str, committee: str = "Teknisk Udvalg", state: str = "Referat endeligt godkendt") -> bytes:
    return (
        f'<?xml version="1.0"?>\n<Meeting><Committee>{committee}</Committee>'
        f"<MeetingDate>07-03-2019 16:00:00</MeetingDate><MeetingState>{state}</MeetingState>"
        "<MeetingAgendaTypes><MeetingAgendaType><AgendaType>Åben dagsorden</AgendaType>"
        f"<FullText>{committee}\rTilstede\rAnne Hansen (A)\rINDHOLDSFORTEGNELSE\r1.\tX</FullText>"
        f"<MeetingAgendaItems>{items}</MeetingAgendaItems></MeetingAgendaType></MeetingAgendaTypes></Meeting>"
    ).encode()


def _edoc_item(number: str, title: str, text: str, passage: str = "") -> str:
    return (
        f"<MeetingAgendaItem><AgendaItemNumber>{number}</AgendaItemNumber><FullText>{text}</FullText>"
        f"<Document><Title>{title}</Title><AgendaItems>{passage}</AgendaItems></Document></MeetingAgendaItem>"
    )


def test_the_portal_is_told_by_the_markup_not_the_file_name(tmp_path: Path) -> None:
    item = _edoc_item("1", "Vejplan", "1.\tVejplan\rSagsnr.: 2019-1\r\rBeslutning\rGodkendt.")
    named_otherwise = tmp_path / "sbsys_publication.xml"
    named_otherwise.write_bytes(_edoc(item))
    assert portal_of(parse_xml("x", named_otherwise.read_bytes())) == "eDoc"
    other = tmp_path / "eDocAgendaPublishing.xml"
    other.write_bytes(b"<?xml version='1.0'?><rss><channel><title>Nyheder</title></channel></rss>")
    with pytest.raises(SourceError, match="not a known portal publication"):
        read_source(other)


def test_an_edoc_file_gives_header_items_in_order_decisions_and_passage(tmp_path: Path) -> None:
    passage = (
        "<AgendaItem><Committee>Teknisk Udvalg</Committee><MeetingDate>07-03-2019 16:00:00</MeetingDate></AgendaItem>"
        "<AgendaItem><Committee>Byrådet</Committee><PlannedMeetingDate>27-03-2019 17:00:00</PlannedMeetingDate>"
        "<MeetingDate /></AgendaItem>"
    )
    items = _edoc_item(
        "2",
        "Budget",
        "\r\r2.\tBudget\rSagsnr.: 2019-2\rDok.nr.: 2019-9\rØkonomiudvalget den 4. februar 2019 Punkt 3\r"
        "\rSagsfremstilling\rTekst.\rTeknisk Udvalgs beslutning den 07.03.2019 Punkt 2\rIndstillingen godkendt",
        passage,
    ) + _edoc_item(
        "1", "Vejplan", "1.\tVejplan\rSagsnr.: 2019-1\r\rTeknisk Udvalgs beslutning den 07.03.2019 Punkt 1\rGodkendt"
    )
    path = tmp_path / "meeting.xml"
    path.write_bytes(_edoc(items))
    text = read_source(path).text
    assert text.startswith("Referat Teknisk Udvalg\nMødedato: 7. marts 2019 kl. 16:00\n")
    assert "Tilstede\nAnne Hansen (A)" in text and "INDHOLDSFORTEGNELSE" not in text
    assert text.index("Punkt 1: Vejplan") < text.index("Punkt 2: Budget")
    assert "Sagsforløb\nØkonomiudvalget den 4. februar 2019 punkt 3\nByrådet den 27. marts 2019\n" in text
    assert "Teknisk Udvalgs beslutning den 07.03.2019" not in text  # read as the heading Beslutning
    meeting = parse_meeting(read_source(path))
    assert [(i.number, i.title) for i in meeting.items] == [("1", "Vejplan"), ("2", "Budget")]
    facts = extract_facts(meeting)
    assert [item.outcome for item in facts.items] == ["approved", "approved"]


def test_xml_forbidden_character_references_are_mended_and_a_dtd_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "a.xml"
    path.write_bytes(_edoc(_edoc_item("1", "Vejplan", "1.\tVejplan&#xC;Beslutning&#12;Godkendt")))
    assert "Beslutning\nGodkendt" in read_source(path).text
    bomb = tmp_path / "b.xml"
    bomb.write_bytes(b'<?xml version="1.0"?><!DOCTYPE m [<!ENTITY a "aaaa">]><Meeting>&a;</Meeting>')
    with pytest.raises(SourceError, match="document type declaration"):
        read_source(bomb)
    broken = tmp_path / "c.xml"
    broken.write_bytes(b"<Meeting><Committee>x</Meeting>")
    with pytest.raises(SourceError, match="not well-formed"):
        read_source(broken)


@pytest.mark.parametrize(
    "data",
    [
        b'<?xml version="1.0"?><!-- a note --><?pi x?><!DOCTYPE m [<!ENTITY a "aaaa">]><Meeting>&a;</Meeting>',
        '<?xml version="1.0" encoding="utf-16"?><!DOCTYPE m [<!ENTITY a "aaaa">]><Meeting>&a;</Meeting>'.encode(
            "utf-16"
        ),
        b'<!DOCTYPE Meeting SYSTEM "file:///etc/passwd"><Meeting/>',
    ],
    ids=["after-a-comment-and-a-processing-instruction", "utf-16", "external"],
)
def test_a_dtd_is_refused_by_the_parser_whatever_stands_before_it_or_the_encoding(data: bytes) -> None:
    with pytest.raises(SourceError, match="document type declaration"):
        parse_xml("x.xml", data)


def test_an_item_number_of_digits_that_are_not_decimal_does_not_lose_the_document(tmp_path: Path) -> None:
    path = tmp_path / "a.xml"
    path.write_bytes(_edoc(_edoc_item("2", "Vejplan", "Godkendt") + _edoc_item("²", "Budget", "Godkendt")))
    assert "Budget" in read_source(path).text


def test_an_sbsys_publication_gives_members_fields_as_sections_and_earlier_handling(tmp_path: Path) -> None:
    field = "<ItemField><Caption>{}</Caption><FieldTypeAsEnum>Html</FieldTypeAsEnum><Content>{}</Content></ItemField>"
    fields = "".join(
        field.format(caption, escape(content))
        for caption, content in (
            ("Tidligere behandling", "<p>Børne- og Skoleudvalget den 5.&nbsp;december 2012 Punkt 3</p>"),
            ("SAGSFREMSTILLING", "<p>Skolen &lt;b&gt; skal <strong>udvides</strong>.</p>"),
            ("Beslutning", ""),
        )
    )
    publication = (
        "<Publication><Agendas><Agenda><Name>Møde</Name><Committee><Name>BØRNE- OG SKOLEUDVALGET</Name></Committee>"
        "<Meeting><When>15-05-2013 16:30:00</When><Until>15-05-2013 18:00:00</Until><Where>Rådhuset</Where>"
        "<Concluded></Concluded><Members><MeetingMember><Name>Anne Hansen (A)</Name></MeetingMember></Members>"
        "</Meeting>"
        "<Items><Item><Number>1</Number><Caption>Skoleudbygning</Caption><Case><Number>13.00.00-A00-1-13</Number></Case>"
        f"<IsPublic>True</IsPublic><Fields>{fields}</Fields></Item></Items></Agenda></Agendas></Publication>"
    )
    path = tmp_path / "p.xml"
    path.write_text(publication, encoding="utf-8")
    text = read_source(path).text
    assert text.startswith(
        "Dagsorden Børne- og skoleudvalget\nMødedato: 15. maj 2013 kl. 16:30 - 18:00\nMødested: Rådhuset"
    )
    assert "Medlemmer\nAnne Hansen (A)" in text
    assert "Punkt 1: Skoleudbygning\n\nSagsnr.: 13.00.00-A00-1-13" in text
    assert "Sagsforløb\nBørne- og Skoleudvalget den 5. december 2012 punkt 3" in text
    assert "Sagsfremstilling\nSkolen <b> skal udvides." in text  # markup read; the document's own '<b>' kept as text


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("KMB IT-udvalget den 5. december 2012 Punkt 3", Handling("KMB IT-udvalget", datetime(2012, 12, 5), "3")),
        (
            "Kommunalbestyrelsen den 30. januar 2012 Punkt 5",
            Handling("Kommunalbestyrelsen", datetime(2012, 1, 30), "5"),
        ),
        ("Økonomiudvalget den 11. december 2012", Handling("Økonomiudvalget", datetime(2012, 12, 11), None)),
        ("19-08-2019 Magistraten", Handling("Magistraten", datetime(2019, 8, 19), None)),  # a portal's timeline
        (
            "Økonomi- og Erhvervsudvalget, 15. marts 2016.",
            Handling("Økonomi- og Erhvervsudvalget", datetime(2016, 3, 15)),
        ),
        (
            "Forretningsudvalget den 18.09.2012, sag nr. 10",
            Handling("Forretningsudvalget", datetime(2012, 9, 18), "10"),
        ),
        ("Byrådet d. 5. dec. 2012 pkt. 12", Handling("Byrådet", datetime(2012, 12, 5), "12")),
        ("Udvalget den 31. februar 2012", None),
        ("13-13-2012 Byrådet", None),
        ("Sagen blev drøftet den 3. marts 2021 på mødet", None),
    ],
)
def test_a_handling_line_of_a_portal(line: str, expected: Handling | None) -> None:
    assert handling_of(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("KMB IT-udvalget den 5. december 2012 punkt 3", ("KMB IT-udvalget", "2012-12-05", "3")),
        (
            "Sundheds- og Forebyggelsesudvalget den 30. maj 2012 Punkt 7",
            ("Sundheds- og Forebyggelsesudvalget", "2012-05-30", "7"),
        ),
        ("Økonomi- og Erhvervsudvalget, 15. marts 2016.", ("Økonomi- og Erhvervsudvalget", "2016-03-15", None)),
        ("Økonomiudvalget den 11. december 2012", ("Økonomiudvalget", "2012-12-11", None)),
        ("28-08-2019 Aarhus Byråd", ("Aarhus Byråd", "2019-08-28", None)),
        ("17/08/2020 Magistraten.", ("Magistraten", "2020-08-17", None)),
        ("15-08-2019 Borgmesterens Afdeling påtegning", None),  # a department's note, not a body
        ("30. januar 2012 Kommunalbestyrelsen godkendte forslaget", None),
        ("Landdistriktsudvalget.", None),  # who handles the case now, no day: not a passage
        ("Kommunalbestyrelsen godkendte den 30. januar 2012 forslaget", None),
        ("Sagen blev behandlet på mødet den 3. marts 2021", None),
    ],
)
def test_a_handling_line_in_a_sagsforloeb_section(line: str, expected: tuple[str, str, str | None] | None) -> None:
    assert handling_line(line) == expected


def _handling_lines_of_dev_documents() -> list[str]:
    """Every short line with a digit of the Sagsforløb / Tidligere behandling sections of the real
    corpus's dev documents."""
    lines = []
    for path in sorted((CORPUS / "docs").iterdir()):
        if split_of(path.name.split(".")[0]) != "dev":
            continue
        for item in parse_meeting(read_source(path)).items:
            for section in item.sections:
                if section.kind == "behandling":
                    lines += [line for line in section.text.split("\n") if any(c.isdigit() for c in line)]
    return [line for line in lines if len(line) < 160]


def test_the_portal_readers_and_extraction_read_a_real_handling_line_alike() -> None:
    """One reading of a handling line (graphbuild.handling_lines): wherever extraction finds a
    body's handling in a real document's Sagsforløb, a portal reader reads the same body, day and
    item number from that line; the lines extraction takes include both orders (body first, day
    first) and both forms of the day."""
    lines = _handling_lines_of_dev_documents()
    taken = [(line, handling_line(line)) for line in lines]
    found = [(line, reading) for line, reading in taken if reading is not None]
    assert len(found) >= 8
    for line, (body, day, item) in found:
        portal = handling_of(line)
        assert portal is not None, line
        assert (portal.body, portal.day and portal.day.date().isoformat(), portal.item) == (body, day, item)
    assert any(line.strip()[:1].isdigit() for line, _ in found)  # "28-08-2019 Aarhus Byråd"
    assert any(" den " in line for line, _ in found)  # "Kommunalbestyrelsen den 30. januar 2012 punkt 5"
    assert all(reading is None for line, reading in taken if "Afdeling" in line or "nr.:" in line)


@pytest.mark.parametrize(
    ("text", "expected"), [("FORRETNINGSUDVALGET", "Forretningsudvalget"), ("KMB IT-udvalget", "KMB IT-udvalget")]
)
def test_a_name_in_capitals_is_written_as_a_word(text: str, expected: str) -> None:
    assert sentence_case(text) == expected


def test_the_sagsforloeb_of_a_real_edoc_file_is_in_the_built_graph(tmp_path: Path) -> None:
    assert split_of(EDOC) == "dev"
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(CORPUS / "docs" / f"{EDOC}.xml", docs / f"{EDOC}.xml")
    assert collect_paths([docs])[0] == [docs / f"{EDOC}.xml"]
    target = StoreTarget(store_dir=tmp_path / "store")
    build([docs], target, workers=1)
    store = open_store(target)
    try:
        rows = store.query(
            "MATCH (i:AgendaItem)-[h:HANDLED_BY]->(o:Organization) WHERE i.number = $number "
            "RETURN o.name AS body, h.date AS date, h.item_number AS item ORDER BY date",
            {"number": "3"},
        )
    finally:
        store.close()
    assert [(r["body"], r["date"], r["item"]) for r in rows] == [
        ("Kommunalbestyrelsen (Ballerup)", "2012-01-30", "5"),
        ("Økonomiudvalget (Ballerup)", "2012-12-11", None),
        ("Kommunalbestyrelsen (Ballerup)", "2012-12-17", None),
    ]
