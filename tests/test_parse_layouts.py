"""Layouts the seeds do not show: the shared vocabulary and numbering must carry them."""

from __future__ import annotations

from pathlib import Path

from graphbuild.models import Meeting
from graphbuild.parse import parse_meeting
from graphbuild.sources import read_source, source_from_text

LAYOUTS = Path(__file__).parent / "layouts"


def _parse(name: str) -> Meeting:
    return parse_meeting(read_source(LAYOUTS / name))


def test_sag_nr_with_title_below_and_dated_decision() -> None:
    meeting = _parse("byraadet_sagnr.txt")
    assert (meeting.kind, meeting.body) == ("referat", "Byrådet")
    assert meeting.start is not None and (meeting.start.hour, meeting.start.minute) == (19, 0)
    assert meeting.location == "Byrådssalen, Rådhuset"
    first, second = meeting.items
    assert (first.number, first.title, first.public) == ("130", "Godkendelse af budgetopfølgning", True)
    assert first.case_numbers == ["20/4512"]
    decision = first.section("beslutning")
    assert decision is not None and decision.text == "Godkendt."
    assert (second.number, second.title, second.public) == ("131", "Salg af grund", False)
    absent = {(p.name, p.party) for p in meeting.attendance if p.status == "absent"}
    assert absent == {("Mette Jensen", "A"), ("Ole Hansen", "V")}
    assert [(p.name, p.for_) for p in meeting.attendance if p.status == "substitute"] == [
        ("Karin Holm", "Mette Jensen")
    ]


def test_markdown_punkt_and_stedfortraeder() -> None:
    meeting = _parse("kommunalbestyrelsen_punkt.md")
    assert (meeting.kind, meeting.body, meeting.location) == ("referat", "Kommunalbestyrelsen", "Mødesal 2")
    assert meeting.start is not None and meeting.start.date().isoformat() == "2010-11-22"
    assert [(i.number, i.title, i.public) for i in meeting.items] == [
        ("3", "Forslag til lokalplan 12", True),
        ("4", "Personalesag", False),
    ]
    assert meeting.items[0].case_numbers == ["2010-004512"]
    assert [s.kind for s in meeting.items[0].sections] == ["resume", "oekonomi", "beslutning"]
    subs = [(p.name, p.for_, p.party) for p in meeting.attendance if p.status == "substitute"]
    assert subs == [("Lone Holm", "Lars Nielsen", "C")]


def test_pkt_numbers_and_dagsorden_indstilling() -> None:
    meeting = _parse("pkt_udvalg.txt")
    assert (meeting.kind, meeting.body) == ("dagsorden", "Teknik- og Miljøudvalget")
    assert meeting.start is not None and meeting.start.isoformat().startswith("2023-10-06T16:00")
    assert [i.number for i in meeting.items] == ["65", "66", "67"]
    assert meeting.items[0].journal_number == "05.01.08"
    proposal = meeting.items[0].section("indstilling")
    assert proposal is not None and proposal.text.startswith("Det indstilles")


def test_bare_numbers_ignore_lists_inside_items() -> None:
    meeting = _parse("bare_numbers.txt")
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "Godkendelse af dagsorden"),
        ("2", "Budget 2022"),
        ("3", "Eventuelt"),
    ]
    inline = meeting.items[0].section("beslutning")
    assert inline is not None and inline.text == "Godkendt."
    assert meeting.end is not None and meeting.end.hour == 12
    present = [(p.name, p.role) for p in meeting.attendance if p.status == "present"]
    assert ("Hans Pedersen", "formand") in present and ("Kurt Larsen", None) in present


def test_punkt_colon_and_fravaerende_list() -> None:
    text = (
        "Referat af møde i Socialudvalget\nDato: 2. marts 2022, kl. 15.30\n\n"
        "Fraværende: Anne Berg (Ø), Bo Dam (O)\n\n"
        "Punkt 1: Kvalitetsstandarder\n\nBeslutning\nGodkendt.\n\n"
        "Punkt 2: Lukket punkt: Klagesag\n\nBeslutning\nTaget til efterretning.\n"
    )
    meeting = parse_meeting(source_from_text(text))
    assert meeting.body == "Socialudvalget"
    assert [(i.number, i.public) for i in meeting.items] == [("1", True), ("2", False)]
    assert meeting.items[1].title == "Klagesag"
    assert {(p.name, p.party) for p in meeting.attendance} == {("Anne Berg", "Ø"), ("Bo Dam", "O")}


def test_unknown_layout_gives_fewer_fields_not_a_crash() -> None:
    meeting = parse_meeting(source_from_text("Noter fra en snak\n\nVi talte om vejret.\n"))
    assert meeting.items == []
    assert "no agenda items found" in meeting.errors
