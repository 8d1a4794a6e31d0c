"""A contents table's head run on after a flattened header's list ends the list ("Afbud: … Ernst Sonne Punkt Indhold
Bilag 1 Samarbejdet …"): the table's rows are no entries (issue 12 item 3). A table head after the list of a flattened
header is printed by dev-write publishers nt, hjoerring, struer and fmk ("Pkt. Tekst Side", "Punkt Indhold Bilag")."""

from __future__ import annotations

from graphbuild.parse.attendance_lists import find_attendance

_HEAD = "Referat\nBestyrelsen\nMødedato: 14. november 2008\n"


def _rows(text: str) -> set[tuple[str, str, str | None]]:
    return {(r.name, r.status, r.for_) for r in find_attendance(_HEAD + text)}


def test_the_last_name_before_the_table_head_is_read() -> None:
    # the flattened variant of benchmarks.generate (seed 7, 000122_dassos_2023-12-01.txt): no dev-write document
    # runs a bare name into a table head, the variant does
    rows = _rows(
        "1 Dagsorden for møde i DASSOS den 1. december 2023 Afbud: Thomas Qvist Frank, i stedet deltager Karin Kirk "
        "Malene Bjerregaard, i stedet deltager Ernst Sonne Punkt Indhold Bilag 1 Samarbejdet i DASSOS 2 Takster for "
        "dagtilbud 2024 3 Eventuelt\n"
    )
    assert any(name == "Ernst Sonne" and status == "substitute" for name, status, _ in rows)


def test_no_title_of_the_table_is_read_as_a_name() -> None:
    # nt-bestyrelse-2008-11-14 (Nordjyllands Trafikselskab via docplayer.dk), shortened
    rows = _rows(
        "2 Referat Bestyrelsesmøde hos NT den 14. november 2008 Deltagere Thomas Kastrup-Larsen, Aalborg Kommune "
        "Otto Kjær Larsen, Jammerbugt Kommune Jesper Juul Nielsen, NT (punkt 2) Afbud Preben Christensen, "
        "Mariagerfjord Kommune Pkt. Tekst Side 1 Godkendelse af referat fra skriftligt bestyrelsesmøde den 2. "
        "oktober Status på strategi virksomhedsgrundlag, november Nyt fra Trafikselskaberne i Danmark 4 4 Vederlagsfri "
        "kørsel på Mors 5 5 Gratis søndage, december måned Side 2 af 10\n"
    )
    assert ("Preben Christensen", "absent", None) in rows
    assert {name for name, _, _ in rows} == {
        "Thomas Kastrup-Larsen",
        "Otto Kjær Larsen",
        "Jesper Juul Nielsen",
        "Preben Christensen",
    }


def test_a_table_head_before_the_list_ends_nothing() -> None:
    # hjoerring-byraadet-docplayer-62632027 (Hjørring Kommune via docplayer.dk), shortened: the list's own label
    # ends it before the table
    rows = _rows(
        "Mødested: Hjørring Rådhus, Springvandspladsen 5 Fraværende: Mai-Britt Beith Jensen, Erik Vadsager og Børge "
        "Bech Følgende sager behandles: Pkt. Tekst Side 1 Beslutningsforslag om Fleksibel Arbejdstid 3 2 Herregården "
        "Odden - fremtidig støtte 6\n"
    )
    assert {("Mai-Britt Beith Jensen", "absent", None), ("Erik Vadsager", "absent", None)} <= rows
    assert ("Børge Bech", "absent", None) in rows
