"""Attendance said in a record of another meeting on a page a PDF's text layer flattened onto one line is that
meeting's (``parse.attendance_history_flattened``): a history heading with its first entry's date ("Sagens forløb
15-08-2019 …"), a body's dated decision ("Miljø- og klimaudvalgets beslutning den 2. november 2022:") and a body's
record of the item by day and number ("Arbejdsmarked, Erhverv og Turisme, 5. februar 2020, pkt. 139:") of another day
than the meeting's; the part ends at this meeting's "Beslutning", at the meeting's own day or at the next record.
Excerpts from dev-write documents as the flattening script prints them (aarhus-byraad-2019-09-11,
regionh-forretningsudvalget-2022-11-08, stevns-oekonomiudvalget-2020-03-17, aarhus-teknisk-udvalg-2025-10-01)."""

from __future__ import annotations

from datetime import date

from graphbuild.models import AgendaItem
from graphbuild.parse.attendance_history import other_meetings
from graphbuild.parse.attendance_lists import document_cues, find_attendance
from graphbuild.parse.attendance_rows import lowered

P, A = "present", "absent"

_AARHUS = (
    "Indstilling Det indstilles: At 1) byrådet tager nedenstående status til efterretning. Sagens forløb 15-08-2019 "
    "Borgmesterens Afdeling påtegning Fremsendes til Magistraten. Borgmesterens Afdeling har ingen bemærkninger til "
    "indstillingen. 19-08-2019 Magistraten Fremsendes til Aarhus Byråd med bemærkning, at Magistraten i mødet den 19. "
    "august 2019 anbefaler, at byrådet tiltræder Magistratsafdelingen for Sociale forhold og Beskæftigelses "
    "indstilling af 2. august 2019. Keld Hvalsø tog forbehold. Rådmand Jette Skive deltog ikke i sagens behandling. "
    "28-08-2019 Aarhus Byråd Sagens behandling blev udsat i byrådets møde den 28. august 2019. 11-09-2019 Aarhus "
    "Byråd Fremsendes til Social- og Beskæftigelsesudvalget til behandling.\n"
)
_REGIONH = (
    "INDSTILLING Miljø- og klimaudvalget abefaler over for forretningsudvalget og regionsrådet: POLITISK BEHANDLING "
    "Forretningsudvalgets beslutning den 8. november 2022: Anbefalet. Jesper Hammer (D), Peter Westermann (F) og "
    "Tormod Olsen (Ø) deltog ikke i sagens behandling. Miljø- og klimaudvalgets beslutning den 2. november 2022: "
    "Anbefalet. Thomas Rohden (B), Bergur Løkke Rasmussen (V) og Tormod Olsen (Ø) deltog ikke i behandlingen af sagen. "
    "BAGGRUND Regionsrådet skal i henhold til § 18 i lov om forurenet jord én gang årligt udarbejde en oversigt.\n"
)
_STEVNS = (
    "Direktionen, 3. februar 2020, pkt. 1: Direktionen anbefaler at sagen efter drøftelse i AET drøftes i CG. "
    "Arbejdsmarked, Erhverv og Turisme, 5. februar 2020, pkt. 139: Ikke til stede: Thomas Overgaard (A) Kommentarer "
    "fra udvalget indarbejdes og kulturpolitikken behandles på AETs møde i marts inden den sendes videre til ØU og KB. "
    "Direktionen, 9. marts 2020, pkt. 3: Anbefalet. Arbejdsmarked, Erhverv og Turisme, 11. marts 2020, pkt. 148: "
    "Anbefalet. Beslutning Ikke til stede: Steen Nielsen (A) AET's seneste indstilling anbefales. Varly Jensen (O) "
    "stemmer imod.\n"
)
_AARHUS_TU = (
    "Magistraten den 2. september 2025 punkt 12 Fremsendes til Aarhus Byråd med bemærkning, at Magistraten i mødet den "
    "2. september 2025 anbefaler, at byrådet tiltræder Borgmesterens Afdelings og Magistratsafdelingen for Teknik og "
    "Miljøs indstilling af 26. august 2025. Socialistisk Folkeparti tog forbehold vedrørende prioriteringen af "
    "fordelingen mellem byfortætning vs. grønne områder/arealer. Venstre tog forbehold vedrørende mobilitet. Thure "
    "Hastrup deltog ikke i sagens behandling. Aarhus Byråd den 10. september 2025 punkt 11 Fremsendes til Teknisk "
    "Udvalg til behandling.\n"
)


def _rows(text: str, day: date) -> set[tuple[str, str]]:
    document = "Punkt 5: Sag\n" + text
    items = [AgendaItem(number="5", title="Sag", start=0, end=len(document))]
    return {(a.name, a.status) for a in find_attendance(document, items, day)}


def test_a_flattened_history_gives_no_rows() -> None:
    assert _rows(_AARHUS, date(2019, 9, 11)) == set()


def test_another_days_decision_on_a_flattened_page_gives_no_rows_but_this_meetings_does() -> None:
    rows = _rows(_REGIONH, date(2022, 11, 8))
    assert not any(name in ("Thomas Rohden", "Bergur Løkke Rasmussen") for name, _ in rows)
    assert ("Jesper Hammer", P) in rows  # near miss: this meeting's own decision, its day the meeting's


def test_a_bodys_record_of_another_day_gives_no_rows_and_this_meetings_decision_ends_it() -> None:
    rows = _rows(_STEVNS, date(2020, 3, 17))
    assert ("Thomas Overgaard", A) not in rows
    assert ("Steen Nielsen", A) in rows  # near miss: under this meeting's "Beslutning"


def test_a_record_by_day_and_item_number_gives_no_rows() -> None:
    assert ("Thure Hastrup", P) not in _rows(_AARHUS_TU, date(2025, 10, 1))


def test_the_meetings_own_day_ends_the_part() -> None:
    text = "Punkt 5: Sag\n" + _AARHUS
    spans = other_meetings(text, [0], date(2019, 9, 11), document_cues(lowered(text))).spans
    assert len(spans) == 1
    start, end = spans[0]
    assert text[start:].startswith("Sagens forløb 15-08-2019")
    assert text[end:].startswith("11-09-2019 Aarhus Byråd")


def test_a_record_of_the_meetings_own_day_is_its_own() -> None:
    # near miss: the body's record dated the meeting's day opens no part
    text = _STEVNS.replace("5. februar 2020, pkt. 139", "17. marts 2020, pkt. 139")
    assert ("Thomas Overgaard", A) in _rows(text, date(2020, 3, 17))


def test_a_short_line_is_left_to_the_line_readers() -> None:
    # near miss: a line of ordinary length is no flattened page; "Sagens forløb" mid-line there opens no part
    text = "Punkt 5: Sag\nSe Sagens forløb 15-08-2019 i bilag. Afbud: Keld Hvalsø\n"
    spans = other_meetings(text, [0], date(2019, 9, 11), document_cues(lowered(text))).spans
    assert spans == []


_AARHUS_TU_DECISIONS = (
    "Aarhus Byråd den 10. september 2025 punkt 11 Fremsendes til Teknisk Udvalg til behandling i henhold til "
    "beslutning i byrådets møde den 10. september 2025. Teknisk Udvalg den 22. september 2025 punkt 2 Der var "
    "foretræde til sagen, og udviklerteamet var inviteret til at præsentere planen. Udvalget stillede spørgsmål til "
    "dem, der havde foretræde, og til udviklertemaet, hvorefter udvalget besluttede at udsætte sagens behandling med "
    "henblik på gennemgang af økonomien. Beslutninger Et flertal i udvalget kunne tiltræde indstillingen i "
    "overensstemmelse med Magistratens anbefaling. Jesper Kjeldsen, Steffen Wich, Gert Bjerregaard og Metin Lindved "
    "Aydin kunne tiltræde indstillingen. Jakob Søgaard Clausen tog forbehold. Solveig Munk kunne ikke tiltræde "
    "indstillingen. Liv Gro Jensen var forhindret i at deltage i udvalgets behandling af sagen. Sagsfremstilling "
    "Udviklingsplan for Pier 4.\n"
)


def test_this_meetings_decisions_heading_in_the_plural_ends_the_part() -> None:
    # the record of 22 September ends at this meeting's "Beslutninger" (aarhus-teknisk-udvalg-2025-10-01): the votes
    # after it are this meeting's
    text = "Punkt 5: Sag\n" + _AARHUS_TU_DECISIONS
    spans = other_meetings(text, [0], date(2025, 10, 1), document_cues(lowered(text))).spans
    assert spans and all(not text[start:end].endswith("Kjeldsen") for start, end in spans)
    assert all("Beslutninger Et flertal" not in text[start:end] for start, end in spans)


def test_a_word_that_only_opens_with_beslutning_ends_no_part() -> None:
    # near miss: "Beslutningsforslag" (one word) is no heading of this meeting's decision
    text = "Punkt 5: Sag\n" + _AARHUS_TU_DECISIONS.replace("Beslutninger Et flertal", "Beslutningsforslag Et flertal")
    spans = other_meetings(text, [0], date(2025, 10, 1), document_cues(lowered(text))).spans
    assert any("Beslutningsforslag Et flertal" in text[start:end] for start, end in spans)
