"""Attendance said in a record of another meeting is not this meeting's (issue 13, item 1): a case's history
("Sagsforløb", "Sagens forløb", "Tidligere behandling", "Historik") and another day's decision ("Beslutning i
Magistraten den …") give no rows, while an entry of this meeting's own date does. Excerpts after DEV documents
(aarhus-byraad-2020-08-26, aarhus-byraad-2025-08-27, aarhus-magistraten-2019-03-25, horsens-byraadet-2016-03-29)
and forms seen in published minutes; names shortened or changed."""

from __future__ import annotations

from datetime import date

import pytest

from graphbuild.models import AgendaItem
from graphbuild.parse.attendance_history import other_meetings
from graphbuild.parse.attendance_lists import document_cues, find_attendance
from graphbuild.parse.attendance_rows import lowered

P, A = "present", "absent"

CASES: list[tuple[str, date | None, set[tuple[str, str, tuple[str, ...]]]]] = [
    (
        # the history's entries by day: the Magistrat's meeting is another one
        "Sagens forløb\n17-08-2020 Magistraten\nFremsendes til Aarhus Byråd.\n"
        "Lone Norlander Smith deltog ikke i sagens behandling.\n\n26-08-2020 Aarhus Byråd\nVedtaget.\n",
        date(2020, 8, 26),
        set(),
    ),
    (
        # ... and the entry of this meeting's own day is its record
        "Sagens forløb\n17-08-2020 Magistraten\nFremsendes til Aarhus Byråd.\n\n26-08-2020 Aarhus Byråd\n"
        "Vedtaget.\nLone Norlander Smith deltog ikke i sagens behandling.\n\nBilag\n",
        date(2020, 8, 26),
        {("Lone Norlander Smith", P, ("5",))},
    ),
    (
        # the first entry on the heading's line, of this meeting's day
        "Sagens forløb 25-03-2019 Magistraten\nDrøftet.\n"
        "Kristian Würtz og Keld Hvalsø var forhindret i at deltage i sagens behandling.\n\nBilag\n",
        date(2019, 3, 25),
        {("Kristian Würtz", A, ()), ("Keld Hvalsø", A, ())},
    ),
    (
        # the portal's labelled entries ("Udvalg:", "Dato:", "Punktnummer:"), up to the next heading
        "Sagsforløb\nUdvalg: Magistraten\nDato: 19-08-2025\nPunktnummer: 2\nFremsendes til Aarhus Byråd.\n"
        "Alternativet tog forbehold.\nJesper Kjeldsen deltog ikke i sagens behandling.\nBilag\nIndstilling\n",
        date(2025, 8, 27),
        set(),
    ),
    (
        # the portal reader's rendering: one line a handling, what the body said under it
        "Sagsforløb\nMagistraten den 2. september 2025 punkt 12\nAnbefales.\nThure Hastrup deltog ikke i sagens "
        "behandling.\nTeknisk Udvalg den 22. september 2025 punkt 2\nUdsat.\n\nBeslutninger\nGodkendt.\n"
        "Jakob Søgaard Clausen deltog ikke i sagens behandling.\n",
        date(2025, 10, 1),
        {("Jakob Søgaard Clausen", P, ("5",))},
    ),
    (
        # "Historik" with a body and a day, then a blank line, then its text
        "Historik\n\nØkonomi- og Erhvervsudvalget, 15. marts 2016.\n\nØkonomi- og Erhvervsudvalget tiltrådte "
        "indstillingen.\nHans Bang-Hansen var fraværende.\n\nIndstilling\nGodkendes.\n",
        date(2016, 3, 29),
        set(),
    ),
    (
        # "Tidligere behandling" holding a committee's dated heading; this meeting's decision after it
        "Tidligere behandling\nØkonomiudvalget den 3. marts 2021:\nAnbefales.\nAnne Hansen deltog ikke i sagens "
        "behandling.\n\nBeslutning\nGodkendt.\nBo Jensen deltog ikke i sagens behandling.\n",
        date(2021, 3, 10),
        {("Bo Jensen", P, ("5",))},
    ),
    (
        # a decision of another body on another day, quoted before this meeting's
        "Beslutning i Magistraten den 19-08-2019\nAnbefales.\nJette Skive deltog ikke i sagens behandling.\n\n"
        "Beslutning i Byrådet den 11-09-2019\nVedtaget.\nKeld Hvalsø deltog ikke i sagens behandling.\n",
        date(2019, 9, 11),
        {("Keld Hvalsø", P, ("5",))},
    ),
    (
        # a body of several words' dated decision, quoted after this meeting's (dev
        # regionh-forretningsudvalget-2022-11-08, names shortened)
        "POLITISK BEHANDLING\n\nForretningsudvalgets beslutning den 8. november 2022:\n\nAnbefalet.\n\n"
        "Jesper Hammer (D) deltog ikke i sagens behandling.\n\nMiljø- og klimaudvalgets beslutning den 2. november "
        "2022:\nAnbefalet.\nThomas Rohden (B) deltog ikke i behandlingen af sagen.\n\nBAGGRUND\nRegionsrådet skal.\n",
        date(2022, 11, 8),
        {("Jesper Hammer", P, ("5",))},
    ),
    (
        # a labelled list in an earlier body's handling under "Sagsforløb" (the FirstAgenda portal's rendering,
        # Greve Byråd 2025-01-29): that meeting's absences; this meeting's decision keeps its own
        "Sagsforløb\nØkonomiudvalget den 20. januar 2025\nØkonomiudvalget anbefaler overfor Byrådet at godkende "
        "administrationens indstilling.\nAfbud: Marc Genning\nFraværende: Liselott Blixt\n\nBeslutning\n"
        "Byrådet godkendte Økonomiudvalgets indstilling.\nAfbud: Dorthe Bøgh Madsen\n",
        date(2025, 1, 29),
        {("Dorthe Bøgh Madsen", A, ())},
    ),
    (
        # "Tidligere beslutning" over a committee's dated handling with its "Afbud:" line
        "Tidligere beslutning\nØkonomiudvalget den 12. december 2022\nAnbefales.\nAfbud: Anne Hansen\n\n"
        "Beslutning\nGodkendt.\n",
        date(2023, 1, 9),
        set(),
    ),
    (
        # each body's record of the item under "Body, day, pkt. N:"; another day's is another meeting's, up to
        # the next such line (dev stevns-oekonomiudvalget-2020-03-17, roedovre-kommunalbestyrelsen-2019-09-24)
        "Direktionen, 3. februar 2020, pkt. 1:\n\nAnbefales.\n\nArbejdsmarked, Erhverv og Turisme, 5. februar 2020, "
        "pkt. 139:\n\nIkke til stede: Thomas Overgaard (A)\n\nKommentarer indarbejdes.\n\nØkonomiudvalget, 17. marts "
        "2020, pkt. 250:\n\nIkke til stede: Steen Nielsen (A)\n\nGodkendt.\n",
        date(2020, 3, 17),
        {("Steen Nielsen", A, ())},
    ),
    (
        # under "Historik" the quoted decision of another day lists its own absent after it, a heading of the
        # portal's ("Fraværende:") that ends no record (Frederikssund, Rådet for handicap, psykiatri og udsathed)
        "Historik\nBeslutning fra Rådet for handicap, psykiatri og udsathed, 1. september 2025, pkt. 73:\n"
        "Punktet blev udsat til næste møde.\nFraværende:\nAnne-Lise Kuhre (A)\nMaibritt Møller Nielsen (Æ)\n"
        "Beslutning\nDrøftet.\n",
        date(2025, 10, 6),
        set(),
    ),
    (
        # ... and the same heading under this meeting's decision is this meeting's
        "Historik\nBeslutning fra Rådet for handicap, psykiatri og udsathed, 1. september 2025, pkt. 73:\n"
        "Punktet blev udsat til næste møde.\nBeslutning\nDrøftet.\nFraværende:\nAnne-Lise Kuhre (A)\n",
        date(2025, 10, 6),
        {("Anne-Lise Kuhre", A, ())},
    ),
    (
        # no meeting date: a history is still another meeting's record
        "Tidligere beslutninger\nByrådet 4. maj 2020\nAfbud fra Anne Hansen.\n\nBeslutning\nGodkendt.\n",
        None,
        set(),
    ),
]


@pytest.mark.parametrize(("text", "day", "expected"), CASES)
def test_attendance_in_a_record_of_another_meeting_is_not_this_meetings(
    text: str, day: date | None, expected: set[tuple[str, str, tuple[str, ...]]]
) -> None:
    document = "Punkt 5: Sag\n" + text
    items = [AgendaItem(number="5", title="Sag", start=0, end=len(document))]
    rows = {(a.name, a.status, tuple(a.absent_items)) for a in find_attendance(document, items, day)}
    assert rows == expected


def test_the_parts_run_from_their_heading_to_the_next_heading_or_item() -> None:
    text = (
        "Punkt 1: A\nSagsforløb\n17-08-2020 Magistraten\nAnbefales.\nBeslutning\nGodkendt.\n"
        "Punkt 2: B\nHistorik\nByrådet 4. maj 2020\nPunkt 3: C\n"
    )
    starts = [0, text.index("Punkt 2"), text.index("Punkt 3")]
    spans = other_meetings(text, starts, date(2020, 8, 26), document_cues(lowered(text))).spans
    assert [text[a:b] for a, b in spans] == [
        "Sagsforløb\n17-08-2020 Magistraten\nAnbefales.\n",
        "Historik\nByrådet 4. maj 2020\n",
    ]
