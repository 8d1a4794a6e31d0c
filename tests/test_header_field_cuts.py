"""A flattened header's labelled fields run together on one page-long line, cut at their labels: the meeting's day,
body and place its fields name; a memo's date among its file fields, another meeting's fields, a short line (the
line-start reader's) and a label alone none. Snippets: dev-write documents flattened as
benchmarks.realworld_flattened flattens them (aarhus-teknisk-udvalg-2025-10-01, hedensted-kommunalbestyrelsen-
2025-11-26, jammerbugt-kommunalbestyrelsen-2020-06-25, hvidovre-oekonomiudvalget-2026-05-18,
albertslund-kommunalbestyrelsen-2017-12-05) and sydtrafik-bestyrelse-2014-09-12 (dev-write, flattened as printed)."""

from __future__ import annotations

import pytest

from graphbuild.parse import parse_meeting
from graphbuild.parse.header_field_cuts import cut_field_runs
from graphbuild.parse.lines import split_lines
from graphbuild.sources import source_from_text

AARHUS = (
    "1 Referat Teknisk Udvalg Mødedato: 1. oktober 2025 kl. 15:45 Mødested: Udvalgsværelse 398 Punkt 1: Referat fra "
    "sidste udvalgsmøde Sagsnr.: EMN-2025-010561 Beslutninger Ingen bemærkninger. Bilag • Referat fra møde den 22. "
    "september 2025 Punkt 2: Udviklingsplan Aarhus Ø - endelig vedtagelse Sagsnr.: EMN-2025-009242 Sagsforløb "
    "Magistraten den 2. september 2025 punkt 12 Fremsendes til Aarhus Byråd med bemærkning, at Magistraten i mødet "
    "den 2. september 2025 anbefaler, at byrådet tiltræder indstillingen.\n"
)
HEDENSTED = (
    "1 Kommunalbestyrelsen - Dagsordener og referater Se dagsordener og referater fra Kommunalbestyrelsens møder. "
    "Udvalg: Kommunalbestyrelsen 2022-2025 Mødedato: 26. november 2025 16:00 Mødested: Rådhussalen, Juelsminde "
    "Rådhus Sagsnr.: 00.00.00-P35-34-24 Beslutningstema Mødets deltagere/fraværende noteres her. Sagsnr.: "
    "13.03.00-Ø60-7-25 Beslutningstema Kommunalbestyrelsen skal tage stilling til en ansøgning om kommunal "
    "lånegaranti på 14,8 mio. kr. til Løsning Fjernvarme i forbindelse med opførelse af en ny administrationsbygning.\n"
)
JAMMERBUGT = (
    "1 Dagsordener og referater udvalg samt råd, nævn og samråd Her kan du finde alle dagsordener og referater fra "
    "de forskellige udvalg, råd, nævn og samråd. Udvalg: Kommunalbestyrelsen Mødedato: 25-06-2020 18:00:00 Hent "
    "PDF-version • 100 Godkendelse af regnskab 2019 med tilhørende revisionsberetning • Beslutningstema Årsregnskab "
    "2019 med tilhørende revisionsberetning fremsendes til godkendelse.\n"
)
HVIDOVRE = (
    "1 Dagsorden Økonomiudvalget Mødedato: 18. maj 2026 kl. 17:00 Mødested: Hvidovre Mødedeltagere Anders Wolf "
    "Frisdahl Andresen Marie-Louise Jørgensen Søren Friis Trebbien Martin Amby Mikkel Dencker Finn Blohm Anders "
    "Liltorp Punkt 1: Godkendelse af dagsorden Sagsnr.: 25/26257 Punkt 2: Meddelelser Sagsnr.: 25/26257\n"
)
ALBERTSLUND = (
    "1 Dagsordener og referater Du kan læse dagsordener og referater fra kommunalbestyrelsens og udvalgenes møder "
    "ved at følge linket. Læs dagsordener og referater til og med den 10. februar 2016 Dagsordener og referater fra "
    "efter den 10. februar 2016 Printvenlig version Forside: Udvalg: Miljø- og Byudvalg Dato: Tirsdag den 15. "
    "september 2020 Tid: Kl. 17:30 Sted: lokale 1 forhallen Indkaldelse : • Formand Vivi Nør Jacobsen (F) • Jørn "
    "Jensby (A)\n"
)
SYDTRAFIK = (
    "1 J.nr.: Dato: 28. august 2014 Initialer: UG Bestyrelsesmøde i Sydtrafik Dagsorden Tid: Fredag, den 12. "
    "september Sted: Hotel Skibelund Krat, Skibelund Krat 4, 6600 Vejen Medlemmer: Jesper Frost Rasmussen Jørgen "
    "Bruun Peder Hummelmose Jan Riber Jakobsen Knud Erik Langhoff Allan Skjøth Poul Rosendahl (afbud) Karsten Uno "
    "Petersen Preben Friis-Hauge Øvrige: Lars B. Thomsen\n"
)


def test_the_values_are_cut_at_the_next_label() -> None:
    assert cut_field_runs(split_lines(ALBERTSLUND)) == {
        "udvalg": ["Miljø- og Byudvalg"],
        "dato": ["Tirsdag den 15. september 2020"],
        "tid": ["Kl. 17:30"],
        "sted": ["lokale 1 forhallen"],
    }
    # a people's label word with no colon ends the place: "Mødested: Hvidovre Mødedeltagere Anders …"
    assert cut_field_runs(split_lines(HVIDOVRE))["mødested"] == ["Hvidovre"]


@pytest.mark.parametrize(
    ("text", "day", "body"),
    [
        # the labelled day, not the earlier meeting whose minutes are approved ("Referat fra møde den 22. september")
        (AARHUS, "2025-10-01", "Teknisk Udvalg"),
        (HEDENSTED, "2025-11-26", "Kommunalbestyrelsen 2022-2025"),
        (JAMMERBUGT, "2020-06-25", "Kommunalbestyrelsen"),
        (ALBERTSLUND, "2020-09-15", "Miljø- og Byudvalg"),
    ],
)
def test_a_flattened_header_names_its_day_and_body(text: str, day: str, body: str) -> None:
    meeting = parse_meeting(source_from_text(text))
    assert meeting.start is not None and meeting.start.date().isoformat() == day
    assert meeting.body == body


def test_a_memos_date_among_its_file_fields_is_no_meetings() -> None:
    # "J.nr.: Dato: 28. august 2014 Initialer: UG": the day the memo was written; the meeting's is "Tid: Fredag,
    # den 12. september", which the yearless reader dates
    fields = cut_field_runs(split_lines(SYDTRAFIK))
    assert "dato" not in fields
    assert fields["tid"] == ["Fredag, den 12. september"]


@pytest.mark.parametrize(
    "text",
    [
        # the next meeting's fields: no day of this one
        "1 Referat Bestyrelsen Afbud fra Ole Berg. Næste møde: Dato: 3. maj 2024 Sted: Rådhuset Tid: kl. 17 "
        + "Ole Berg orienterede om budgettet og om den nye plan for området, som blev drøftet. " * 4,
        # one label alone: a sentence that names a date, no run of fields
        "1 Referat Bestyrelsen Mødedato: 3. maj 2024 "
        + "Ole Berg orienterede om budgettet og om den nye plan for området, som blev drøftet. " * 4,
        # two labels far apart: no run
        "1 Referat Dato: 3. maj 2024 "
        + "Ole Berg orienterede om budgettet og om den nye plan for området, som blev drøftet. " * 3
        + "Sted: Rådhuset",
        # a short line: the line-start reader's
        "Udvalg: Økonomiudvalget Dato: 3. maj 2024 Sted: Rådhuset",
    ],
)
def test_no_run_of_this_meetings_fields(text: str) -> None:
    assert cut_field_runs(split_lines(text)) == {}


def test_nothing_after_the_first_item() -> None:
    # the first item starts before the fields: they are an item's, not the header's
    assert cut_field_runs(split_lines(HEDENSTED), items_start=20) == {}
