"""Where a proposal's scope ends for the role readers: a post named in a proposal ("Borgmesteren indstiller at NAME
vælges som næstformand") is held once the decision under it adopts the proposal as it stands ("Beslutning\\n\\n
Indstillingen er tiltrådt.", Herning Kommune; the layout of a proposal over a plain approval is printed by many
publishers), and a case's account that a heading opens after the proposal ("Sagsbeskrivelse:", Middelfart
Kommune) states what is so. A proposal the decision changes, or one with no decision, gives no role."""

from __future__ import annotations

from pathlib import Path

from text_facts import RolePairs, assert_role_form, role_form_cases

HEADER = "Referat\n\nØkonomi- og Erhvervsudvalget\n\nMandag den 20. januar 2014 kl. 15.00\n\n2. Valg af næstformand\n\n"
PROPOSAL = (
    "Indstilling\n\nBorgmesteren indstiller\n\n"
    "at Finn Stengel Petersen (A) vælges som næstformand for Økonomi- og Erhvervsudvalget.\nBorgmesteren indstiller\n\n"
)

CASES: list[tuple[str, str, RolePairs, RolePairs]] = [
    (
        "a proposal the decision under it adopts (Herning)",
        PROPOSAL + "Beslutning\n\nIndstillingen er tiltrådt.\n",
        {("Finn Stengel Petersen", "næstformand")},
        set(),
    ),
    (
        "an adoption in the decision's own heading line's next line: 'Godkendt.'",
        PROPOSAL + "Beslutning i Økonomi- og Erhvervsudvalget den 20. januar 2014:\nGodkendt.\n",
        {("Finn Stengel Petersen", "næstformand")},
        set(),
    ),
    (
        "a proposal with no decision stays a proposal",
        PROPOSAL + "Sagen afgøres på næste møde.\n",
        set(),
        {("Finn Stengel Petersen", "næstformand")},
    ),
    (
        "a decision that changes the proposal adopts none of it",
        PROPOSAL + "Beslutning\n\nGodkendt, idet Jens Hansen vælges som næstformand.\n",
        {("Jens Hansen", "næstformand")},
        {("Finn Stengel Petersen", "næstformand")},
    ),
    (
        "a case's account under its heading after the proposal states what is so (Middelfart)",
        "Forvaltningen foreslår:\n\n • At Helle Gram fritages fra hvervet i skolebestyrelsen på Strib Skole pr. 31. "
        "august 2015.\n\nSagsbeskrivelse:\n\nHelle Gram ansøger om at blive fritaget fra hvervet som "
        "forældrerepræsentant i skolebestyrelsen på Strib Skole.\n",
        {("Helle Gram", "forældrerepræsentant")},
        set(),
    ),
    (
        "a proposal inside the case's account is still a proposal",
        "Sagsfremstilling\n\nForvaltningen foreslår, at Helle Gram udpeges som forældrerepræsentant i "
        "skolebestyrelsen.\n",
        set(),
        {("Helle Gram", "forældrerepræsentant")},
    ),
]


@role_form_cases(CASES, header=HEADER, id_chars=60)
def test_proposals_decided(tmp_path: Path, text: str, present: RolePairs, absent: RolePairs) -> None:
    assert_role_form(tmp_path, text, present, absent)
