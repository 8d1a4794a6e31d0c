"""An election denied is no post (`role_elections.elected`'s denial guard): "NAME blev ikke valgt som formand",
"Udvalget valgte ikke NAME som formand", "NAME kunne ikke vælges som formand", or only proposed ("NAME blev
foreslået valgt som formand"), expected or possible ("NAME forventes valgt som formand", "NAME kan vælges som
formand") or on a condition ("Hvis NAME vælges som formand, …"); the election the same sentence records for
another name stands, and a denial of someone else's before it takes nothing from the elected (the forms as
associations' minutes print them: Ældre Sagen Farum, Regionsældrerådet Hovedstaden)."""

from __future__ import annotations

from pathlib import Path

from text_facts import RoleCase, assert_role_form, role_form_cases

HEADER = "Referat fra mødet i Økonomiudvalget den 3. marts 2021\n\n"

CASES: list[RoleCase] = [
    (
        "the election recorded (Ældre Sagen Farum)",
        "1. Carsten Thaarup blev valgt som dirigent – og konstaterede at årsmødet var rettidigt indkaldt.",
        {("Carsten Thaarup", "dirigent")},
        set(),
    ),
    (
        "the seat after a qualifier (Regionsældrerådet Hovedstaden)",
        "Sonja Minor Hansen blev valgt som ny kasserer.",
        {("Sonja Minor Hansen", "kasserer")},
        set(),
    ),
    (
        "a denial between the name and the seat",
        "Jens Hansen blev ikke valgt som formand.",
        set(),
        {("Jens Hansen", "formand")},
    ),
    (
        "a denial right before the name",
        "Udvalget valgte ikke Jens Hansen som formand.",
        set(),
        {("Jens Hansen", "formand")},
    ),
    (
        "a modal denial",
        "Jens Hansen kunne ikke vælges som formand.",
        set(),
        {("Jens Hansen", "formand")},
    ),
    (
        "an election only proposed between the name and the seat",
        "Jens Hansen blev foreslået valgt som formand for Ældrerådet, og Mette Larsen er indstillet valgt som "
        "næstformand.",
        set(),
        {("Jens Hansen", "formand"), ("Mette Larsen", "næstformand")},
    ),
    (
        "an election only expected or possible",
        "Jens Hansen forventes valgt som formand på næste møde. Mette Larsen bliver formentlig valgt som "
        "næstformand. Søren Nielsen kan vælges som kasserer, hvis han ønsker det.",
        set(),
        {("Jens Hansen", "formand"), ("Mette Larsen", "næstformand"), ("Søren Nielsen", "kasserer")},
    ),
    (
        "an election on a condition or expected in an at-clause",
        "Hvis Jens Hansen vælges som formand, skal der vælges en ny næstformand. Det forventes, at Mette Larsen "
        "bliver valgt som næstformand. Såfremt Ole Berg trækker sig, vælges Søren Nielsen som kasserer.",
        set(),
        {("Jens Hansen", "formand"), ("Mette Larsen", "næstformand"), ("Søren Nielsen", "kasserer")},
    ),
    (
        "one denied, the other elected in the same sentence",
        "Jens Hansen (A) blev ikke udpeget som næstformand, idet Mette Larsen (V) blev udpeget som næstformand.",
        {("Mette Larsen", "næstformand")},
        {("Jens Hansen", "næstformand")},
    ),
    (
        "another's denial earlier in the sentence takes nothing from the one elected",
        "Da Mette Larsen ikke genopstillede, blev Jens Hansen valgt som formand.",
        {("Jens Hansen", "formand")},
        {("Mette Larsen", "formand")},
    ),
]


@role_form_cases(CASES, HEADER)
def test_denied_elections(
    tmp_path: Path, text: str, present: set[tuple[str, str]], absent: set[tuple[str, str]]
) -> None:
    assert_role_form(tmp_path, text, present, absent)
