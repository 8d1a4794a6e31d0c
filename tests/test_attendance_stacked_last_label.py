"""A header's label column flattened before its values where the label of those present closes a run of attendance
labels ("Afbud fra: Fraværende: Mødedeltagere:"), other fields' values before its list (form of dev-write
egebjerg-oekonomiudvalget-2002-03-07; names changed): the values come in the labels' order, so the comma list that
ends them is the last label's, the members present."""

from __future__ import annotations

from graphbuild.parse.attendance_lists import find_attendance

_HEADER = (
    "1 Egebjerg Kommune Økonomiudvalget Referat Dato: Starttidspunkt for møde: Kl Mødested: Udsendelsesdato: "
    "{labels} Torsdag den 07-marts-2002 Udvalgsværelse II {values}\n\n"
    "2 Indholdsfortegnelse Til efterretning\n"
)


def _rows(text: str) -> set[tuple[str, str]]:
    return {(a.name, a.status) for a in find_attendance(text)}


def test_the_last_labels_list_is_those_present() -> None:
    text = _HEADER.format(
        labels="Afbud fra: Fraværende: Mødedeltagere:",
        values="Ingen. Jens Hansen, Lise Pedersen, Ole Berg, Karen Holm åben",
    )
    assert {("Jens Hansen", "present"), ("Lise Pedersen", "present"), ("Ole Berg", "present")} <= _rows(text)
    assert not any(status == "absent" for _, status in _rows(text))


def test_a_run_closed_by_a_label_of_the_absent_reads_no_one_present_from_it() -> None:
    # the run's last label is the absent's: the two-column readers' case, not this one's; nothing read as present
    text = _HEADER.format(
        labels="Mødedeltagere: Afbud fra: Fraværende:",
        values="Ingen. Jens Hansen, Lise Pedersen, Ole Berg, Karen Holm åben",
    )
    assert not any(status == "present" for _, status in _rows(text))


def test_fewer_than_three_names_are_no_list() -> None:
    text = _HEADER.format(labels="Afbud fra: Fraværende: Mødedeltagere:", values="Ingen. Jens Hansen åben")
    assert not _rows(text)
