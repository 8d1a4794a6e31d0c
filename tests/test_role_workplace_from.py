"""The unit or organisation a titled person comes from, printed with "fra" right after the name (or after the titled
names joined to it) where no reader of bodies knows its name (`role_workplace_from`): the title is held there, not
in the meeting's body, a body named earlier in the clause or the own municipality. Excerpts as printed in
ballerup-kmb-it-udvalget-2013-05-15 and kk-valby-lokaludvalg-2022-05-10-punkt-4 (dev-write); the same form with a
body a reader knows ("Revisor Ole Nielsen fra BDO deltager …", Jammerbugt; "… faglig koordinator NAME fra Center for
Ejendomme", Ballerup) was read already."""

from __future__ import annotations

from pathlib import Path

from tests.text_facts import facts_of_text, named_relations

VALBY = """Referat
Valby Lokaludvalg, Københavns Kommune
Mødedato: 10.05.2022, kl. 18:30
Mødested: Valby Kulturhus, 5. sal

4. Dialog om lokaludvalgets samarbejde med københavnere og forvaltningen om bydelens udvikling

Problemstilling

Borgerrepræsentationen vedtog 4. november 2021 nyt regulativ og kommissorium for lokaludvalg i Københavns Kommune. \
{sentence}

Beslutning

Orienteringen blev taget til efterretning.
"""

BALLERUP = """Referat
KMB IT-udvalget, Ballerup Kommune
Mødedato: 15.05.2013

3. Evaluering af iPad-projektet

På KMB IT-udvalgets møde deltager {sentence} under behandlingen af sagen.

Beslutning

Godkendt.
"""


def _held(tmp_path: Path, text: str) -> dict[tuple[str, str], set[str]]:
    held: dict[tuple[str, str], set[str]] = {}
    for person, target, props in named_relations(facts_of_text(tmp_path, text), "HOLDS_ROLE"):
        held.setdefault((person, props.get("role") or ""), set()).add(target)
    return held


def test_a_run_of_titled_names_before_the_unit_they_come_from(tmp_path: Path) -> None:
    sentence = (
        "Sekretariatschef Flemming Dubgaard Hansen og chefkonsulent Anja Englev Olsen fra Borgerrepræsentationens "
        "Sekretariat orienterer om:"
    )
    held = _held(tmp_path, VALBY.format(sentence=sentence))
    assert held[("Flemming Dubgaard Hansen", "sekretariatschef")] == {"Borgerrepræsentationens Sekretariat"}
    assert held[("Anja Englev Olsen", "chefkonsulent")] == {"Borgerrepræsentationens Sekretariat"}


def test_a_units_name_with_its_linking_words_ends_at_the_words_in_lower_case(tmp_path: Path) -> None:
    sentence = "sekretariatschef Mette Louise Ebdrup fra Sekretariat for Politik og Ledelse"
    held = _held(tmp_path, BALLERUP.format(sentence=sentence))
    assert held[("Mette Louise Ebdrup", "sekretariatschef")] == {"Sekretariat for Politik og Ledelse"}


def test_a_place_after_fra_is_no_workplace(tmp_path: Path) -> None:
    # near miss: a town no reader knows holds no organisation's noun; the title keeps its own place
    sentence = "sekretariatschef Mette Louise Ebdrup fra Skovlunde"
    held = _held(tmp_path, BALLERUP.format(sentence=sentence))
    assert "Skovlunde" not in held.get(("Mette Louise Ebdrup", "sekretariatschef"), set())


def test_words_between_the_name_and_fra_part_them(tmp_path: Path) -> None:
    # near miss: the "fra" belongs to what the person does, not to the name
    sentence = (
        "sekretariatschef Mette Louise Ebdrup med et oplæg om en henvendelse fra Sekretariat for Politik og Ledelse"
    )
    held = _held(tmp_path, BALLERUP.format(sentence=sentence))
    assert "Sekretariat for Politik og Ledelse" not in held.get(("Mette Louise Ebdrup", "sekretariatschef"), set())


def test_a_chairs_seat_is_not_asked(tmp_path: Path) -> None:
    # near miss: a chair "fra" a unit is the chair of the body the text is about, as with a body a reader knows
    sentence = "formand Mette Louise Ebdrup fra Sekretariat for Politik og Ledelse"
    held = _held(tmp_path, BALLERUP.format(sentence=sentence))
    assert "Sekretariat for Politik og Ledelse" not in held.get(("Mette Louise Ebdrup", "formand"), set())


def test_a_council_seat_is_not_asked(tmp_path: Path) -> None:
    # near miss: a council member "fra" a committee speaks for it; the seat is the council's, not the committee's
    sentence = "byrådsmedlem Mette Louise Ebdrup fra Udvalget for Politik og Ledelse"
    held = _held(tmp_path, BALLERUP.format(sentence=sentence))
    assert "Udvalget for Politik og Ledelse" not in held.get(("Mette Louise Ebdrup", "byrådsmedlem"), set())
