"""Attendance list readers widened beyond the exact wording they were written for (issue 13, item 1): names
run together whose first name is also a surname, a flattened "Name, affiliation" list whose next name has a
first name the names list does not know. Cases are short dev excerpts (named) and variants written for the
form; one table, (text, expected rows)."""

from __future__ import annotations

import pytest

from graphbuild.parse.attendance_lists import find_attendance

P, A, S = "present", "absent", "substitute"

CASES: list[tuple[str, set[tuple[str, str, str | None]]]] = [
    # a first name that is also a surname ("Mark") ends the name when the next word is whom the member comes
    # for (dev nationalpark-thy-bestyrelse-2009-03-02, flattened)
    (
        "Deltagere: Bestyrelsen: Hans Buck Thy Erhvervsråd Mona Kyndi Støtteforeningen Nationalpark Thy Lone Mark "
        "Netværk af Aktive Kystbyer Jytte Nielsen Museet for Thy\n1. Godkendelse af dagsorden\n",
        {("Hans Buck", P, None), ("Mona Kyndi", P, None), ("Lone Mark", P, None), ("Jytte Nielsen", P, None)},
    ),
    # ... and starts the next name after a full one
    (
        "Medlemmer: Karen Lund Bo Sørensen Lone Mark Jens Hansen\n1. Godkendelse af dagsorden\n",
        {("Karen Lund", P, None), ("Bo Sørensen", P, None), ("Lone Mark", P, None), ("Jens Hansen", P, None)},
    ),
    (
        "Fraværende: Karen Lund Bo Sørensen Lone Mark\n1. Godkendelse af dagsorden\n",
        {("Karen Lund", A, None), ("Bo Sørensen", A, None), ("Lone Mark", A, None)},
    ),
    # ... also before a name whose surname the names list does not know (dev nationalpark-thy-bestyrelse-2009-10-08)
    (
        "Bestyrelsen: Jørgen Krogh Tage Espersen Lone Mark Hans Buck Bodil Gyldenkerne\n1. Godkendelse af dagsorden\n",
        {
            ("Jørgen Krogh", P, None),
            ("Tage Espersen", P, None),
            ("Lone Mark", P, None),
            ("Hans Buck", P, None),
            ("Bodil Gyldenkerne", P, None),
        },
    ),
    # a first name that is a surname too stays a middle name before a surname
    (
        "Medlemmer: Anne Mark Hansen Ole Jensen\n1. Godkendelse af dagsorden\n",
        {("Anne Mark Hansen", P, None), ("Ole Jensen", P, None)},
    ),
    # a flattened "Name, affiliation Name, affiliation" list: a name whose first name is unknown after a word
    # in lower case or a number (dev fkb-brs-udvalget-for-forebyggelse-2013-06-26); the list goes on after it
    (
        "Deltagere Lars Bønding, FKB, kreds 2 Erik Skallerup, FKB, kreds 5 Marcello Francati, FKB, Københavns "
        "Brandvæsen Henrik G. Petersen, BRS, Center for Forebyggelse Sine Storr, BRS (referent) Afbud René Bech "
        "(FKB kreds 1), Allan Thomsen (BRS), 1. Godkendelse af dagsorden\n",
        {
            ("Lars Bønding", P, None),
            ("Erik Skallerup", P, None),
            ("Marcello Francati", P, None),
            ("Henrik G. Petersen", P, None),
            ("Sine Storr", P, None),
            ("René Bech", A, None),
            ("Allan Thomsen", A, None),
        },
    ),
    (
        "Deltagere: Anna Holm, formand for lokalrådet Thure Berg, kasserer Ole Jensen, sekretær\n"
        "1. Godkendelse af dagsorden\n",
        {("Anna Holm", P, None), ("Thure Berg", P, None), ("Ole Jensen", P, None)},
    ),
    # after a preposition the capitalised words are a workplace, no name
    (
        "Afbud: Anna Holm, konsulent i Region Sjælland, chef\n1. Godkendelse af dagsorden\n",
        {("Anna Holm", A, None)},
    ),
    # the entry before's post and the town it is held in, then a name whose first name the lists do not know (dev
    # vaeksthus-hovedstadsregionen-bestyrelse-2014-04-04, flattened)
    (
        "Afbud: Jens Hansen, kommunalbestyrelsesmedlem Frederiksberg Winni Grosbøll, observatør, Borgmester "
        "Bornholms Regionskommune Ole Berg, observatør Erhvervsstyrelsen\n1. Godkendelse af dagsorden\n",
        {("Jens Hansen", A, None), ("Winni Grosbøll", A, None), ("Ole Berg", A, None)},
    ),
    (
        "Afbud: Jens Hansen, byrådsmedlem Vejle Winni Pedersen, direktør Kolding Ole Berg, observatør\n"
        "1. Godkendelse af dagsorden\n",
        {("Jens Hansen", A, None), ("Winni Pedersen", A, None), ("Ole Berg", A, None)},
    ),
    # a bare town before the name, the next piece opening with a town too: the list's form says a name follows
    (
        "Deltagere: Jens Hansen, Vejle Winni Grosbøll, Kolding Ole Berg, Fredericia\n1. Godkendelse af dagsorden\n",
        {("Jens Hansen", P, None), ("Winni Grosbøll", P, None), ("Ole Berg", P, None)},
    ),
    # the post's workplace is no town and no name: nothing read from it
    (
        "Afbud: Anna Holm, direktør Vejle Vand, chef\n1. Godkendelse af dagsorden\n",
        {("Anna Holm", A, None)},
    ),
    # no town after the piece: the words after the bare town are not read as a name (a first name no list knows)
    (
        "Deltagere: Jens Hansen, Vejle Torkil Grosbøll, formand\n1. Godkendelse af dagsorden\n",
        {("Jens Hansen", P, None)},
    ),
]


# absence from items whose numbers a PDF's text layer lost: the member attended the meeting (dev
# rebild-oekonomiudvalget-2008-06-18, "pkt og pkt"); "sagens behandling" is no item word
CASES += [
    (
        "Mødedato:. Fraværende: Mette Busk. Anny Winther deltog ikke i behandlingen af pkt og pkt\n",
        {("Mette Busk", A, None), ("Anny Winther", P, None)},
    ),
    ("1. Godkendelse\nGodkendt. Ole Jensen var fraværende under pkt.\n", {("Ole Jensen", P, None)}),
    ("1. Godkendelse\nGodkendt. Ole Jensen deltog ikke under punkterne.\n", {("Ole Jensen", P, None)}),
    ("1. Godkendelse\nGodkendt. Ole Jensen deltog ikke i sagens behandling.\n", set()),
]

# an entry of the absent with the items missed on its line, the next entry run on after them (dev
# regionh-forretningsudvalget-2010-01-04, "ved sag nr. 6"; a variant with "under punkt"); the items say the member
# attended (the meeting's items known: see the published forms' item table), here none are known
CASES += [
    (
        "Medlemmer: Leila Lindén Kirsten Lee Peer Wille-Jørgensen Fraværende: Kirsten Lee ved sag nr. 6 Peer "
        "Wille-Jørgensen 1\n\n2 Indholdsfortegnelse 1. Mødeplan\n",
        {("Leila Lindén", P, None), ("Kirsten Lee", A, None), ("Peer Wille-Jørgensen", A, None)},
    ),
    (
        "Fraværende: Kirsten Lee under punkt 6 Leila Lindén\n1. Godkendelse af dagsorden\n",
        {("Kirsten Lee", A, None), ("Leila Lindén", A, None)},
    ),
]

# names run together after an entry's closing bracket: the first one's first name unknown to the names list, its
# surname one (dev sydtrafik-bestyrelse-2009-06-08); after a comma the words are the entry before's affiliation
CASES += [
    (
        "Medlemmer: Peter Christensen Hans Peter Geil (afbud) Erwin Andresen Inger Donslund (afbud) Jørgen Elsted "
        "Hansen Ole Jacobsen Øvrige: Direktør\n1. Godkendelse af dagsorden\n",
        {
            ("Peter Christensen", P, None),
            ("Hans Peter Geil", A, None),
            ("Erwin Andresen", P, None),
            ("Inger Donslund", A, None),
            ("Jørgen Elsted Hansen", P, None),
            ("Ole Jacobsen", P, None),
        },
    ),
]

# a flattened "Name, title, affiliation" list: a title in lower case of four words or more says more of the entry
# before, the list goes on (dev vaeksthus-hovedstadsregionen-bestyrelse-2014-04-04)
CASES += [
    (
        "Bestyrelse: Søren Hyldgaard, kommunalbestyrelsesmedlem Rudersdal Kommune Mette Annelie Rasmussen, "
        "observatør, medlem af borgerrepræsentationen, Københavns Kommune Marlene Haugaard, referent\n"
        "1. Velkomst\n",
        {("Søren Hyldgaard", P, None), ("Mette Annelie Rasmussen", P, None), ("Marlene Haugaard", P, None)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_widened_list_forms(text: str, expected: set[tuple[str, str, str | None]]) -> None:
    assert {(a.name, a.status, a.for_) for a in find_attendance(text)} == expected
