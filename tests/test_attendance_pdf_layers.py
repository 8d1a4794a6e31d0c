"""Attendance as a PDF's text layer leaves it (issue 13, item 1): what flattened and plain PDF text does to a
list's names and blocks. Excerpts after dev documents (fanoe-grundejerforeninger-moede-2019-04-11,
midttrafik-repraesentantskab-2008-05-23, nordfyn-kommunalbestyrelsen-2009-01-29,
vordingborg-kommunalbestyrelsen-2015-11-26) and variants written for the test; names shortened or changed."""

from __future__ import annotations

import pytest
from text_facts import meeting_of_text

from graphbuild.parse.attendance_lists import find_attendance
from graphbuild.parse.attendance_text import names_rejoined

P, A = "present", "absent"

ROWS: list[tuple[str, str, set[tuple[str, str]]]] = [
    (
        "hyphen set apart in a flattened comma list",
        "Medlemmer Fraværende 18:00 Byrådssalen Knud Larsen, Kirsten Overgaard, Else- Marie Langballe Sørensen, "
        "Peter E. Jonassen\n\n1. Godkendelse af dagsorden\n",
        {("Knud Larsen", P), ("Kirsten Overgaard", P), ("Else-Marie Langballe Sørensen", P), ("Peter E. Jonassen", P)},
    ),
    (
        "surname split before its second part, the list's last entry",
        "Fraværende: Bent Erik Hansen, Arne Kruse, Anders Fog- Petersen. Til behandling forelå:\n",
        {("Bent Erik Hansen", A), ("Arne Kruse", A), ("Anders Fog-Petersen", A)},
    ),
    (
        "surname split at the line's end",
        "Deltagere:\nKurt Thorøe, Skovly Grundejerforening\nMichael Lund-\nLarsen, Foreningen af sommerhusejere\n\n"
        "1. Velkomst\n",
        {("Kurt Thorøe", P), ("Michael Lund-Larsen", P)},
    ),
    (
        "a surname part unknown to the lists before a known surname",
        "Til stede: Jens Erik Sørensen og Danni Giørtz- Jørgensen (referent).\n\n1. Velkomst\n",
        {("Jens Erik Sørensen", P), ("Danni Giørtz-Jørgensen", P)},
    ),
    (
        "the page's footer after the list's last name",
        "Fraværende: Ole Berg, Lis Holm Side 2 af 12 Økonomiudvalget 12. marts 2014 1. Godkendelse af dagsorden",
        {("Ole Berg", A), ("Lis Holm", A)},
    ),
    (
        "the page's footer after the last name of two lists",
        "Til stede: Ole Berg, Lis Holm, Per Bak Fraværende: Hans Hansen Side 1/8\n\n1. Godkendelse\n",
        {("Ole Berg", P), ("Lis Holm", P), ("Per Bak", P), ("Hans Hansen", A)},
    ),
    (
        "a field's label run on after the list's last name",
        "Afbud: Ole Berg og Lis Holm Sagsnr.: 12/345\n\n1. Godkendelse\n",
        {("Ole Berg", A), ("Lis Holm", A)},
    ),
    (
        "the page's footer on a line of its own inside a list of one name a line",
        "Fraværende:\nOle Berg (A)\nSide 2 af 5\nLis Holm (V)\n\n1. Godkendelse\n",
        {("Ole Berg", A), ("Lis Holm", A)},
    ),
    (
        "an entry wrapped before the list's 'og'",
        "Fraværende: Ole Berg, Lis\nHolm og Per Bak.\n\n1. Godkendelse\n",
        {("Ole Berg", A), ("Lis Holm", A), ("Per Bak", A)},
    ),
    (
        "an entry wrapped before its party",
        "Deltagere: Ole Berg (A), Lis\nHolm (V), Per Bak (O)\n\n1. Godkendelse\n",
        {("Ole Berg", P), ("Lis Holm", P), ("Per Bak", P)},
    ),
    (
        "the last entry wrapped before the list's full stop",
        "Afbud: Ole Berg, Lis\nHolm.\n\n1. Godkendelse\n",
        {("Ole Berg", A), ("Lis Holm", A)},
    ),
    (
        "'Ikke tilstede' written as one word, as 'Tilstede' is",
        "Tilstede: Ole Berg, Lis Holm, Per Bak Ikke tilstede: Jens Hansen\n\n1. Godkendelse\n",
        {("Ole Berg", P), ("Lis Holm", P), ("Per Bak", P), ("Jens Hansen", A)},
    ),
    (
        "labels stacked before their values, a place before the names and the later labels' values after",
        "Åbent Referat til Udvalget for Kultur og Fritid Mødedato: Tirsdag den 9. juni 2015 Mødested: Deltagere: "
        "Fraværende: Referent: Dronningeværelset, det gamle rådhus Lisbet Rosendahl, Mads Sørensen, Ingvard "
        "Ladefoged, Erhardt Jull Ingen Pia Koch Hauge\n\n2 Indholdsfortegnelse\n",
        {("Lisbet Rosendahl", P), ("Mads Sørensen", P), ("Ingvard Ladefoged", P), ("Erhardt Jull", P)},
    ),
    (
        "labels stacked, the absent one's name repeated after the list",
        "Mødested: Deltagere: Fraværende: Referent: Byrådssalen Ole Berg, Lis Holm, Per Bak, Karen Dahl Lis Holm "
        "Jens Hansen\n\n1. Godkendelse\n",
        {("Ole Berg", P), ("Lis Holm", A), ("Per Bak", P), ("Karen Dahl", P)},
    ),
    (
        "labels stacked, the list's last entry run on into the next label's list: the list ends there",
        "Sted: Deltagere: Fraværende: Referent: Hotel Svendborg Ole Berg, Lis Holm, Per Bak, Karen Dahl Jens "
        "Hansen, Mette Lund Pia Koch Hauge\n\n1. Godkendelse\n",
        {("Ole Berg", P), ("Lis Holm", P), ("Per Bak", P), ("Karen Dahl", P)},
    ),
    (
        "labels stacked one a line in a PDF's plain text",
        "Mødested:\nDeltagere:\nFraværende:\nReferent:\nByrådssalen\nOle Berg, Lis Holm, Per Bak, Karen Dahl\nIngen\n"
        "Jens Hansen\n\n1. Godkendelse\n",
        {("Ole Berg", P), ("Lis Holm", P), ("Per Bak", P), ("Karen Dahl", P)},
    ),
    (
        "labels stacked, each name with its party",
        "Mødested: Deltagere: Afbud: Referent: Byrådssalen Ole Berg (A), Lis Holm (V), Per Bak (O), Karen Dahl (A) "
        "Ingen Jens Hansen\n\n1. Godkendelse\n",
        {("Ole Berg", P), ("Lis Holm", P), ("Per Bak", P), ("Karen Dahl", P)},
    ),
    (
        "labels stacked, the values another field's: no list",
        "Mødested: Byrådssalen Afbud: Fraværende: Bemærkninger: Gunnar Nielsen medvirkede ikke ved behandlingen "
        "af pkt. 357, idet han var inhabil.\n\n1. Godkendelse\n",
        set(),
    ),
    (
        "a comma list of two names after stacked labels is too few to tell from a place's words",
        "Mødested: Deltagere: Referent: Byrådssalen, Rådhuset Ole Berg, Lis Holm Per Bak\n\n1. Godkendelse\n",
        set(),
    ),
    (
        # after frederikshavn-byraad-2009-09-23: "Fraværende | Stedfortræder" over the member list, flattened
        "an empty deputies' column before the member list: the members are no stand-ins",
        "Referat Byråd Dato 23. september 2009 NB. Fraværende Ole Berg, Lis Holm Stedfortræder Medlemmer "
        "Ole Berg (V) Per Bak (V) Karen Dahl (A) Lis Holm (A) Jens Hansen (A) - Formand\n\n1. Godkendelse\n",
        {("Ole Berg", A), ("Lis Holm", A), ("Per Bak", P), ("Karen Dahl", P), ("Jens Hansen", P)},
    ),
    (
        "a deputies' label before names is still the deputies' list",
        "Fraværende Ole Berg Stedfortræder Per Bak (V)\n\n1. Godkendelse\n",
        {("Ole Berg", A), ("Per Bak", "substitute")},
    ),
    (
        "a label run on before a bullet's hyphen is no name's part",
        "Deltagere\n- Hans Østergaard\n- Irvin Christensen\nReferat\nFraværende- Hans Østergaard ()\n",
        {("Hans Østergaard", A), ("Irvin Christensen", P)},
    ),
]


@pytest.mark.parametrize(("form", "text", "expected"), ROWS, ids=[row[0] for row in ROWS])
def test_attendance_in_pdf_text_layers(form: str, text: str, expected: set[tuple[str, str]]) -> None:
    assert {(a.name, a.status) for a in find_attendance(text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Else- Marie Hansen", "Else-Marie  Hansen"),
        ("Ole Fog-\nPetersen, Lis", "Ole Fog-Petersen , Lis"),
        ("Skov- og Naturstyrelsen", "Skov- og Naturstyrelsen"),  # a word's shared ending, no name
        ("Kultur- Fritid", "Kultur- Fritid"),  # neither part a name's
        ("Deltagere\n- Hans Holm", "Deltagere\n- Hans Holm"),  # a bullet after a label's line
        ("Jensen - Afbud", "Jensen - Afbud"),  # a dash set apart on both sides
    ],
)
def test_a_split_name_is_rejoined_and_offsets_kept(text: str, expected: str) -> None:
    joined = names_rejoined(text)
    assert joined == expected
    assert len(joined) == len(text)


def test_the_list_of_those_present_after_a_long_contents_list_is_the_meetings() -> None:
    """A PDF's first pages hold the contents list, the header's list after it: the contents entries (items known
    only from the list) are no item's own text, so the list before the first item's text is still read."""
    contents = "".join(
        f"{n}. Sag nummer {n} om budget og plan for området ............ {n + 2}\n" for n in range(1, 80)
    )
    body = "".join(
        f"\n{n}. Sag nummer {n} om budget og plan for området\n\nSagsfremstilling\nTekst.\n\nBeslutning\nGodkendt.\n"
        for n in range(1, 6)
    )
    text = (
        "Referat\nØkonomiudvalget\nMødedato: 12. marts 2014\n\nIndholdsfortegnelse\n"
        + contents
        + "\nDeltagere: Ole Berg (A), Lis Holm (V), Per Bak (O)\nAfbud: Karen Dahl (A)\n"
        + body
    )
    meeting = meeting_of_text(text)
    assert any(item.from_contents for item in meeting.items)
    assert {(a.name, a.status) for a in meeting.attendance} == {
        ("Ole Berg", P), ("Lis Holm", P), ("Per Bak", P), ("Karen Dahl", A)
    }  # fmt: skip
