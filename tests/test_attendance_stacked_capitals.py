"""A header's label column flattened before its values, the labels printed in capitals as some publishers print
them (stress variant of varde-kultur-fritid-2015-06-09, a dev-write document, shortened): the same list as with
the labels in title case."""

from __future__ import annotations

import pytest

from graphbuild.parse.attendance_lists import find_attendance

_VARDE = (
    "1 Åbent Referat til Udvalget for Kultur og Fritid Mødedato: Tirsdag den 9. juni 2015 Mødetidspunkt: "
    "13:00-16:00 Mødested: {labels} Dronningeværelset, det gamle rådhus Lisbet Rosendahl, Mads Sørensen, Ingvard "
    "Ladefoged, Per Rask Jensen, Preben Olesen, Holger Grumme Nielsen, Erhardt Jull Ingen Pia Koch Hauge\n\n"
    "2 Indholdsfortegnelse Side 284. Godkendelse af dagsorden\n"
)


def _rows(text: str) -> set[tuple[str, str]]:
    return {(a.name, a.status) for a in find_attendance(text)}


@pytest.mark.parametrize(
    "labels",
    ["Deltagere: Fraværende: Referent:", "DELTAGERE: FRAVÆRENDE: Referent:", "DELTAGERE: FRAVÆRENDE: REFERENT:"],
)
def test_stacked_labels_in_capitals(labels: str) -> None:
    rows = _rows(_VARDE.format(labels=labels))
    assert {("Lisbet Rosendahl", "present"), ("Erhardt Jull", "present"), ("Per Rask Jensen", "present")} <= rows
    assert "Pia Koch Hauge" not in {name for name, _ in rows}  # the referent's value, no attendance


def test_a_capitalised_place_after_the_labels_is_no_list() -> None:
    text = _VARDE.format(labels="DELTAGERE: FRAVÆRENDE: REFERENT:").replace(", Mads Sørensen, Ingvard Ladefoged", "")
    text = text.replace(", Per Rask Jensen, Preben Olesen, Holger Grumme Nielsen,", "")
    assert not _rows(text)  # one or two names, no comma list of three: nothing read as present
