"""A "Name, Affiliation Name, Affiliation" list a PDF's text layer flattened onto one line: between two commas the
entry before's affiliation, then this entry's name. The list's form says where the name begins when the names
readers cannot (an affiliation word before a known first name, an unknown first name after a repeated affiliation)
and that the piece after the last name is an affiliation. Excerpts from dev-write documents
(fkb-brs-udvalget-for-forebyggelse-2013-06-26, portefoeljestyregruppen-nordjylland-29-10); the form is also
FynBus', KKR Syddanmark's, Kulturaftale Nordjylland's and NT's."""

from __future__ import annotations

from graphbuild.extract.name_words import is_first_name
from graphbuild.parse.attendance_affiliation_pieces import affiliation_after_last_name
from graphbuild.parse.attendance_lists import find_attendance
from graphbuild.parse.attendance_names import read_name
from graphbuild.parse.attendance_rows import Row

_FKB = (
    "Referat af møde den 26. juni 2013 Deltagere Lasse Hansen, FKB, kreds 4 Jan Riis, FKB, kreds 5 Marcello "
    "Francati, FKB, Københavns Brandvæsen Henrik G. Petersen, BRS, Center for Forebyggelse Mads Leffers "
    "Svendstrup, BRS, Center for Forebyggelse Mikkel Kjær Rønnow, BRS, Center for Forebyggelse Sine Storr, BRS, "
    "Center for Forebyggelse Neriman Balikci, BRS, Center for Forebyggelse Christian Eske Nielsen, BRS, Center "
    "for Forebyggelse (referent) Afbud René Bech (FKB kreds 1), Allan Thomsen (BRS), Pil Storm Giersing (BRS) "
    "1. Velkomst\n"
)

_PORTEFOELJE = (
    "1 Referat Porteføljestyregruppen Møde den 29. oktober kl til i mødelokalet, Sundhed og sammenhæng, "
    "Fyrkildevej 7, 9220 Aalborg Øst MØDEDELTAGERE Porteføljestyregruppen Fra Kommunerne: Inge Kjær Andersen, "
    "Klynge Syd Fie Holt Christiansen, Klynge Nord Anne Fink, Klynge Vest Fra Region Nordjylland: Jane Pedersen, "
    "Fællesadministrationen Regional Formand Lise Søndergaard, Somatik (substitut for Lisbeth Lagoni) Jan Mainz, "
    "Psykiatri Kristian Baden, Koncern IT Fra PLO / Nordkap: Vivi Jørgensen, PLO Camilla Donslund, PLO Sekretariat "
    "Christoffer Bidstrup, Det Fælleskommunale Sundhedssekretariat Peter Hvid Paulsen, Det Fælleskommunale "
    "Sundhedssekretariat Thomas Stampe Rasmussen, Region Nordjylland Afbud: Vibeke Olesen, Klynge Midt Kommunal "
    "formand Lisbeth Lagoni, Somatik Marianne Siersbæk, Nord-Kap 1. Godkendelse af dagsorden Ingen bemærkninger "
    "til dagsordenen.\n"
)


def _rows(text: str) -> set[tuple[str, str]]:
    return {(a.name, a.status) for a in find_attendance(text)}


def test_an_unknown_first_name_after_the_affiliation_the_piece_before_opened_with() -> None:
    rows = _rows(_FKB)
    assert ("Neriman Balikci", "present") in rows
    assert ("Christian Eske Nielsen", "present") in rows  # the list goes on after her
    assert ("Sine Storr", "present") in rows


def test_an_affiliation_word_before_a_known_first_name_is_the_entry_befores() -> None:
    rows = _rows(_PORTEFOELJE)
    assert ("Marianne Siersbæk", "absent") in rows
    assert not any(name.startswith("Somatik") for name, _ in rows)


def test_the_piece_after_the_last_name_is_an_affiliation() -> None:
    text = (
        "Referat\nMøde 12. marts 2019\n"
        "Deltagere: Anne Hansen, Klynge Syd Bo Jensen, KL Ole Berg, Danske Regioner Afbud: Lise Holm\n"
    )
    rows = _rows(text)
    assert {("Bo Jensen", "present"), ("Ole Berg", "present"), ("Lise Holm", "absent")} <= rows
    assert not any(name == "Danske Regioner" for name, _ in rows)


def test_a_list_of_names_alone_keeps_an_unknown_first_name() -> None:
    # no affiliation after the comma: the words before the known first name are the person's own
    rows = _rows("Referat\nMøde 12. marts 2019\nDeltagere: Anne Hansen, Tayyab Ole Jensen, Bo Hansen\n")
    assert ("Tayyab Ole Jensen", "present") in rows
    rows = _rows("Referat\nMøde 12. marts 2019\nDeltagere: Anne Hansen, Bo Jensen, Raziye Sadol\n")
    assert ("Raziye Sadol", "present") in rows


def test_a_different_affiliation_before_an_unknown_name_gives_no_name() -> None:
    text = _FKB.replace("Center for Forebyggelse Neriman Balikci", "Beredskabsstyrelsen Forebyggelse Neriman Balikci")
    assert ("Neriman Balikci", "present") not in _rows(text)


# kkr-syddanmark-2014 (dev-write): the members one "Name, X Kommune" after the other
_KKR = (
    "Deltagere Søren Steen Andersen, Assens Kommune Ib Kristensen, Billund Kommune Johnny Søtrup, Esbjerg Kommune "
    "Christian Thygesen, Faaborg-Midtfyn Kommune Hans Jørgensen, Faaborg-Midtfyn Kommune Hans Peter Geil, "
    "Haderslev Kommune"
)


def test_whom_an_entry_of_a_list_of_stand_ins_stood_in_for_after_its_affiliation() -> None:
    # a stress variant: the list's form under a label of those who stood in, each with whom they stood in for
    text = (
        "Referat\nMøde 12. marts 2019\n\n"
        + _KKR.replace("Deltagere ", "Afbud: ").replace("Johnny Søtrup, Esbjerg Kommune ", "")
        + "\n\nSuppleanter:\nJohnny Søtrup, Esbjerg Kommune (stedfortræder for Ib Kristensen)\n"
        "Jørn Pedersen, Kolding Kommune (stedfortræder for Hans Jørgensen)\n\n1. Godkendelse af dagsorden\n"
    )
    rows = {(a.name, a.status, a.for_) for a in find_attendance(text)}
    assert ("Johnny Søtrup", "substitute", "Ib Kristensen") in rows
    assert ("Jørn Pedersen", "substitute", "Hans Jørgensen") in rows


def test_an_affiliation_without_whom_leaves_the_stand_in_unpaired() -> None:
    text = (
        "Referat\nMøde 12. marts 2019\n\nAfbud: Ib Kristensen, Billund Kommune\n\n"
        "Suppleanter:\nJohnny Søtrup, Esbjerg Kommune\nJørn Pedersen, Kolding Kommune\n\n1. Godkendelse af dagsorden\n"
    )
    rows = {(a.name, a.status, a.for_) for a in find_attendance(text)}
    assert ("Johnny Søtrup", "substitute", None) in rows


def test_a_post_before_the_entry_befores_name_is_no_affiliation() -> None:
    # "direktør Bo Jensen": a post, so the piece after him is no affiliation of his (another reader may drop it)
    for lead in ("direktør", "Kommunal formand"):
        text = f"Deltagere: Anne Hansen, {lead} Bo Jensen, Raziye Sadol\n"
        start = text.index("Bo Jensen")
        rows = [Row("Bo Jensen", "present", start, start + len("Bo Jensen"))]
        hit = read_name(text, text.index("Raziye"))
        assert hit is not None
        assert not affiliation_after_last_name(text, hit, len(text) - 1, rows)
    text = "Deltagere: Anne Hansen, Klynge Syd Bo Jensen, Raziye Sadol\n"
    start = text.index("Bo Jensen")
    rows = [Row("Bo Jensen", "present", start, start + len("Bo Jensen"))]
    hit = read_name(text, text.index("Raziye"))
    assert hit is not None and affiliation_after_last_name(text, hit, len(text) - 1, rows)


# amager-naturparkraad-2015-11-25 (dev-write), its "Name, Affiliation" lines run together as a flattened page does
_NATURPARK = (
    "Referat\nStiftende møde 25. november 2015\n"
    "Deltagere: Christopher Søe, Dragør kommune Toni Lykke Christiansen, Dyrenes Beskyttelse Inge Christiansen, "
    "Dansk Ornitologisk Forening Bo Jensen, Ørestad\n1. Godkendelse af dagsorden\n"
)
# "Toni" is a first name the name lists know (the Nordic list has it); the rule is about one they do not know,
# so the excerpt's name is tried with "Torkil", which no list holds
_UNKNOWN = _NATURPARK.replace("Toni Lykke", "Torkil Lykke")


def test_an_unknown_first_name_after_an_affiliation_ending_in_lower_case_is_kept() -> None:
    assert not is_first_name("Torkil")
    rows = _rows(_UNKNOWN)
    assert ("Torkil Lykke Christiansen", "present") in rows
    assert ("Lykke Christiansen", "present") not in rows
    assert ("Inge Christiansen", "present") in rows


def test_a_known_first_name_after_the_lower_case_affiliation_is_read_as_before() -> None:
    rows = _rows(_NATURPARK)
    assert ("Toni Lykke Christiansen", "present") in rows
    rows = _rows(_NATURPARK.replace("Toni Lykke", "Anne Lykke"))
    assert ("Anne Lykke Christiansen", "present") in rows
    rows = _rows(_NATURPARK.replace("Toni Lykke Christiansen", "Anne Mette Hansen"))
    assert ("Anne Mette Hansen", "present") in rows  # a double first name, whole
    rows = _rows(_NATURPARK.replace("Toni Lykke Christiansen", "Torkil Jensen"))
    assert ("Torkil Jensen", "present") in rows  # an unknown first name alone, read as before


def test_no_unknown_word_is_taken_after_a_capitalised_affiliation_or_a_workplace() -> None:
    # a capitalised affiliation's last word, or a workplace after "i", may be the word before the name: only a
    # lower-case affiliation word says where the name begins
    rows = _rows(_UNKNOWN.replace("Dragør kommune Torkil", "Dragør Vandværk Torkil"))
    assert not any(name.startswith(("Torkil", "Vandværk")) for name, _ in rows)
    rows = _rows(_UNKNOWN.replace("Dragør kommune Torkil", "ansat i Naturcenter"))
    assert ("Lykke Christiansen", "present") in rows
    assert not any(name.startswith("Naturcenter") for name, _ in rows)


def test_an_unknown_word_the_document_prints_apart_from_the_name_is_no_first_name() -> None:
    # "Ørestad" is also the last entry's affiliation: a place, not the first name of the name after "kommune"
    rows = _rows(_UNKNOWN.replace("Dragør kommune Torkil", "Dragør kommune Ørestad"))
    assert ("Lykke Christiansen", "present") in rows
    assert not any(name.startswith("Ørestad") for name, _ in rows)
