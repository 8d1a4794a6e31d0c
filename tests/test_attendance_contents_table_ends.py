"""A contents list run on after a flattened header's list ends the list, its table's head ("Afbud: … Ernst Sonne Punkt
Indhold Bilag 1 Samarbejdet …") or its heading ("Afbud: Bente Bondebjerg, Tina Petersen Indholdsfortegnelse Sag Tekst
…"): its titles are no entries (issue 12 item 3). A table head after the list of a flattened header is printed by
dev-write publishers nt, hjoerring, struer and fmk ("Pkt. Tekst Side", "Punkt Indhold Bilag"), the heading by
svendborg and gentofte."""

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


def test_no_title_after_the_contents_heading_is_read_as_a_name() -> None:
    # the flattened variant of benchmarks.generate with real forms (seed 7, 000098_dassos_2021-05-14.txt), shortened
    rows = _rows(
        "DELTAGERE Thomas Qvist Frank, Hedensted Kommune Allan Bak Kjærsgaard, Skive Kommune FRAVÆRENDE Lilly "
        "Damgaard, Viborg Kommune SUPPLEANTER Helle Christensen, Viborg Kommune (stedfortræder for Lilly Damgaard) "
        "Indholdsfortegnelse Formandskab for DASSOS Tilskud til foreningslivet Orientering om samarbejdet\n"
    )
    assert ("Helle Christensen", "substitute", "Lilly Damgaard") in rows
    assert not any("Indholdsfortegnelse" in name or "Formandskab" in name for name, _, _ in rows)


def test_the_names_before_the_contents_heading_are_read() -> None:
    # svendborg-socialudvalget-2011-11-07 (Svendborg Kommune via docplayer.dk), shortened
    rows = _rows(
        "1 Referat 's møde Mandag den Kl. 15:30 Myndighedsafd. s mødelokale Svinget 14, st. Deltagere: Lars Erik "
        "Hornemann, Masoum Moradi, Ulla Larsen, Grete Schødts, Bjarne Hansen Afbud: Bente Bondebjerg, Tina Petersen "
        "Indholdsfortegnelse Sag Tekst Sidenr. 1. Budgetopfølgning pr. 30. september Service & Økonomi Sundhed, "
        "psykiatri og handicap Økonomisk støtte til frivilligt socialt arbejde\n"
    )
    assert {("Bente Bondebjerg", "absent", None), ("Tina Petersen", "absent", None)} <= rows
    assert len(rows) == 7
