"""A list label naming the group its people come from, two groups joined by "og" (graphbuild/parse/attendance_labels.py,
``_GROUP_OF_BODY``): before, "Deltagere fra stiftsadministrationen og øvrige:" headed no list, so its names were read
as the list above's absent members. The header is aarhus-stift-stiftsraadet-2017-12-06's (dev-write), its glued
first line set apart; "Deltagere fra bestyrelsen:" (kulturelt-samraad-fredensborg-repraesentantskab-2018-03-20) and
"Medlemmer af udvalget:" (regionsjaelland-forretningsudvalget) are the one-group form. The near misses: a longer
phrase after "fra"/"af" names a group, not the meeting's attendance; names in an item's text are no attendance."""

from __future__ import annotations

from snippet_attendance import attendance_statuses

HEADER = (
    "Beslutningsprotokol\nfra 00. møde (konstituerende møde) Stiftsrådet i Aarhus Stift\n"
    "onsdag den 6. december 2017 kl. 16.00 i bispegården\n"
    "Fraværende stiftsrådsmedlemmer:\nBiskop Henrik Wigh-Poulsen\nProvst Esben Andersen\n\n"
)
STAFF = "Stiftskontorchef Jette Madsen\nStiftsfuldmægtig Pernille Lystbæk Facius (referent)\n"
ITEMS = "\n1. ORIENTERING: Velkomst ved domprovsten (30 min.)\nDomprovsten bød velkommen.\n"


def _status(rows: dict[str, str], name: str) -> str | None:
    """The status of the entry naming `name`, its post before it or not ("Provst Esben Andersen": whether a post
    printed before a name is read apart from it is another reader's question)."""
    return next((status for entry, status in rows.items() if entry == name or entry.endswith(" " + name)), None)


def test_a_label_of_two_groups_heads_those_present() -> None:
    rows = attendance_statuses(HEADER + "Deltagere fra stiftsadministrationen og øvrige:\n" + STAFF + ITEMS)
    assert _status(rows, "Henrik Wigh-Poulsen") == _status(rows, "Esben Andersen") == "absent"
    assert _status(rows, "Jette Madsen") == _status(rows, "Pernille Lystbæk Facius") == "present"


def test_a_longer_phrase_after_the_label_heads_no_list() -> None:
    # near miss: "Medlemmer af Vandrådet for oplandet til Køge Bugt:" (vallensbaek-news-vandraad-koege-bugt) names
    # a body's members, not who came
    text = HEADER + "Deltagere fra stiftsadministrationen for oplandet til Aarhus:\n" + STAFF + ITEMS
    assert attendance_statuses(text).get("Jette Madsen") != "present"


def test_names_in_an_items_text_are_no_attendance() -> None:
    # guard: the people an item's text names are not those present
    text = HEADER + "Deltagere fra stiftsadministrationen og øvrige:\n" + STAFF + ITEMS
    text += "Tom Ebbe Jakobsen blev forslået og accepterede valg.\n"
    assert "Tom Ebbe Jakobsen" not in attendance_statuses(text)
