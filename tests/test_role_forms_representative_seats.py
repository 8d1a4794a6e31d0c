"""A group's representative ("medarbejderrepræsentant", "forældrerepræsentant") printed with a name holds a seat
in the body whose members are listed, however the list prints the title: on its own line under the name (Tieren
Halsnæs' ungdomsskolebestyrelse, Favrskov Musikskole's musikskoleråd), after a comma (Rudersdal Musikskole, Læsø
Kommune) or a dash (Rødovre Kommune's musikskole). A status after the title's dash ("- afgående") is no workplace.
A seat on the line beside a name takes the place of the `medlem` the body's member list gave (README rule 2).
Excerpts as the pages print them; a plural heading over names gives no one the title."""

from __future__ import annotations

from pathlib import Path

from text_facts import RolePairs, assert_role_form, facts_of_text, named_relations, role_form_cases

TIEREN = (
    "Referat Ungdomsskolens bestyrelsesmøde\n\nTorsdag den 8. Februar 2018 kl. 17.00 - 19.00\n\n"
    "Medlemmer af Ungdomsskolebestyrelsen:\n\nFormand Henrik Tolstrup Nielsen\n\nForeningerne - afgående\n\n"
    "Frederik Germann Møller Pedersen\n\nByrådsmedlem\n\nKirsten A. Lauritsen\n\nByrådsmedlem\n\n"
    "Rolf Møller Hansen\n\nOrganisationerne\n\nSanne Falther Svanekilde\n\nSkolebestyrelserne\n\n"
    "Lene Japsen\n\nMedarbejderrepræsentant - afgående\n\nPer Rudbeck\n\nMedarbejderrepræsentant\n\n"
    "Lone Kofoed\n\nMedarbejderrepræsentant\n\nLars Schytte Larsen\n\nForeningerne - nyvalgt\n"
)

CASES: list[tuple[str, str, RolePairs, RolePairs]] = [
    (
        "the title on its own line under each name, a status after its dash (Tieren Halsnæs); the seat takes the "
        "place of the member list's medlem, a title of another post (byrådsmedlem) does not",
        TIEREN,
        {
            ("Lene Japsen", "medarbejderrepræsentant"),
            ("Per Rudbeck", "medarbejderrepræsentant"),
            ("Lone Kofoed", "medarbejderrepræsentant"),
            ("Kirsten A. Lauritsen", "byrådsmedlem"),
            ("Kirsten A. Lauritsen", "medlem"),
        },
        {
            ("Lars Schytte Larsen", "medarbejderrepræsentant"),
            ("Lene Japsen", "medlem"),
            ("Per Rudbeck", "medlem"),
        },
    ),
    (
        "a musikskoleråd's page, one name and its title a line (Favrskov Musikskole)",
        "Musikskolerådet\n\nMusikskolerådet består af forældre og medarbejdere.\n\nPå kontoret\n\n"
        "Mette Sandahl Sørensen\n\nMusikskoleleder\n\nBjørn de Place\n\nRepræsentant for folkeskolerne\n\n"
        "Trine Andersen\n\nForældrerepræsentant\n\nThomas Olufsen\n\nLærer\n",
        {("Trine Andersen", "forældrerepræsentant")},
        {("Thomas Olufsen", "forældrerepræsentant"), ("Bjørn de Place", "forældrerepræsentant")},
    ),
    (
        "the title after a comma, one entry a line (Rudersdal Musikskole)",
        "Musikskolerådet\n\nMUSIKSKOLERÅDET 2021/23\n\nDorte Kollerup Nørbo, formand\n\n"
        "Sabine M. Christensen, forældrerepræsentant\n\nEbbe Lynglund, musiklærerrepræsentant\n",
        {("Sabine M. Christensen", "forældrerepræsentant"), ("Ebbe Lynglund", "musiklærerrepræsentant")},
        set(),
    ),
    (
        "the title after a dash in a bulleted list (Rødovre Kommune's musikskole)",
        "Bestyrelsen\n\nBestyrelsens medlemmer\n\n  • Lene Due - KB-medlem\n"
        "  • Henrik Strandfelt - Lærerrepræsentant\n  • Louise Broch - Forældrerepræsentant\n",
        {("Henrik Strandfelt", "lærerrepræsentant"), ("Louise Broch", "forældrerepræsentant")},
        {("Lene Due", "lærerrepræsentant")},
    ),
    (
        "a plural heading over names is no title printed with one person",
        "Musikskolerådet\n\nMedarbejderrepræsentanter\n\nLene Japsen\n\nPer Rudbeck\n",
        set(),
        {("Lene Japsen", "medarbejderrepræsentant"), ("Per Rudbeck", "medarbejderrepræsentant")},
    ),
]


@role_form_cases(CASES, id_chars=60)
def test_representative_seats(tmp_path: Path, text: str, present: RolePairs, absent: RolePairs) -> None:
    assert_role_form(tmp_path, text, present, absent)


def test_a_status_after_the_dash_is_no_workplace(tmp_path: Path) -> None:
    """ "Medarbejderrepræsentant - afgående": the seat is the listed board's, no body named "afgående"."""
    facts = facts_of_text(tmp_path, TIEREN)
    held_in = {target for person, target, props in named_relations(facts, "HOLDS_ROLE") if person == "Lene Japsen"}
    assert held_in, "Lene Japsen holds no role"
    assert not any("afgående" in target.lower() for target in held_in), held_in
    assert any("ungdomsskole" in target.lower() for target in held_in), held_in
