"""Two words joined by a slash as one field's label (graphbuild/parse/attendance_slash_labels.py): before,
"Indkaldt/tilstedeværende:" over the names gave no rows, the label after the slash being in lower case. The header is
hoersholm-boernehuset-foraeldreraad-2017-06-07's (dev-write), shortened; slash-joined labels are printed by seven
dev-write publishers ("Afbud fra/fraværende:", "Afbud/Fraværende", "Mødedeltagelse / Afbud", "Tilstede/fraværende.").
The near misses: a slash pair of two statuses heads neither's list, a slash in prose heads none."""

from __future__ import annotations

from snippet_attendance import attendance_statuses

HEADER = (
    "Referat af forældremøde den 7. juni 2017\n\nEmne: Forældrerådsmøde - ekstraordinært\n\n"
    "Mødeleder: Julie Tofte Johnsen\n\nReferent:\n\nDato: 7. juni 2017\n\nVarighed: kl. 18:15-20:30\n\n"
)
NAMES = "Julie Tofte Johnsen\nSune Cording\nAnders Sindal\nBettina Mortensen (ingen mødepligt)\n\n"
ITEMS = "\n\n1.    Velkomst\n\n2.    Godkendelse af dagsorden\n\nGodkendt.\n"


def test_the_label_after_a_slash_heads_the_list() -> None:
    rows = attendance_statuses(HEADER + "Indkaldt/tilstedeværende:\n\n" + NAMES + "Fraværende:  " + ITEMS)
    assert rows["Julie Tofte Johnsen"] == rows["Sune Cording"] == "present"
    assert rows["Bettina Mortensen"] == "present"


def test_a_slash_pair_of_two_statuses_heads_neither_list() -> None:
    # near miss: "Tilstede/fraværende:" is a heading of both, not a list of those present
    rows = attendance_statuses(HEADER + "Tilstede/fraværende:\n\n" + NAMES + ITEMS)
    assert "Sune Cording" not in rows


def test_a_slash_in_prose_heads_no_list() -> None:
    # near miss: the word before the slash in lower case, a sentence's, no label
    text = HEADER + "Det blev aftalt hvem der er indkaldt/tilstedeværende: Julie Tofte Johnsen og Sune Cording." + ITEMS
    assert "Sune Cording" not in attendance_statuses(text)
