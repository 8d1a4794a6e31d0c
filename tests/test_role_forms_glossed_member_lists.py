"""Member roles in two forms the 2026-12-07 batches showed: a member list whose label a sentence of its own glosses
before the entries ("Kredsrådets medlemmer:" then "Kredsrådet består af …"), and a member list a flattened header
prints before the list of those absent, whose absent members keep their `medlem` ("Medlemmer: A B C Fraværende: B").
Each case is an excerpt in the shape the documents print it (names paraphrased), with the (person, role) facts it
must give and those it must not."""

from __future__ import annotations

from pathlib import Path

from text_facts import RoleCase, RolePairs, assert_role_form, facts_of_text, role_form_cases

CASES: list[RoleCase] = [
    (
        "a label of members, a gloss of what they are, then the bulleted entries (a police district's council page)",
        "Kredsråd Vestegnen\n\nKredsrådet er det strategiske forum for politiets samarbejde med kommunerne.\n\n"
        "Kredsrådets medlemmer:\nKredsrådet består af politidirektøren samt borgmestrene fra de 3 kommuner i kredsen.\n"
        " \n • Politidirektør Hanne Lund Mikkelsen (formand)\n • Borgmester Torben Grøn Larsen(Holmby)\n"
        " • Borgmester Ulla Bech Sørensen (Fjordby)\n • Borgmester Niels Kragh Olesen (Skovby)\n",
        {("Torben Grøn Larsen", "medlem"), ("Ulla Bech Sørensen", "medlem"), ("Niels Kragh Olesen", "medlem")},
        {("Hanne Lund Mikkelsen", "medlem")},
    ),
    (
        "a gloss that names a person is no gloss: the entries after it are not read as the label's members",
        "Bestyrelsens medlemmer:\nFormand Jens Holm Pedersen blev genvalgt på mødet, og bestyrelsen består af fire.\n"
        " • Karen Ravn Olsen\n • Peter Aagaard Nielsen\n",
        set(),
        {("Karen Ravn Olsen", "medlem"), ("Peter Aagaard Nielsen", "medlem")},
    ),
    (
        "a gloss of who was absent is no gloss of members",
        "Udvalgets medlemmer:\nFølgende medlemmer havde meldt afbud til mødet i dag.\n"
        " • Karen Ravn Olsen\n • Peter Aagaard Nielsen\n",
        set(),
        {("Karen Ravn Olsen", "medlem"), ("Peter Aagaard Nielsen", "medlem")},
    ),
]


@role_form_cases(CASES, id_chars=60)
def test_member_roles_in_new_forms(tmp_path: Path, text: str, present: RolePairs, absent: RolePairs) -> None:
    assert_role_form(tmp_path, text, present, absent)


def test_a_member_absent_before_the_member_list_keeps_the_lists_role(tmp_path: Path) -> None:
    # a docplayer page prints the absent first (its title), then the header: members, then the absent again
    text = (
        "Møde nr. 16. Fraværende: Karen Ravn Olsen Peter Aagaard Nielsen\n\n"
        "BESLUTNINGER REGION MIDTBY FORRETNINGSUDVALGET Tirsdag den 11. december 2007 Møde nr. 16 Medlemmer: "
        "Jens Holm Pedersen Lise Bjerre Andersen Karen Ravn Olsen Peter Aagaard Nielsen Anne Vestergaard "
        "Fraværende: Karen Ravn Olsen Peter Aagaard Nielsen\n"
    )
    facts = facts_of_text(tmp_path, text)
    statuses = {a.name: a.status for a in facts.attendance}
    assert statuses.get("Karen Ravn Olsen") == "absent"
    roles = {a.name: a.role for a in facts.attendance}
    assert roles.get("Karen Ravn Olsen") == "medlem"
    assert roles.get("Jens Holm Pedersen") == "medlem"
