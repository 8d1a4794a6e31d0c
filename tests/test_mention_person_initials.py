"""The initials a document prints beside a person's name are no organisation (`mention_person_initials`, read by
`mention_organisations`): Varme 8350's board minutes ("Heimo Dalsgaard – HD"), VUC Hvidovre-Amager's ("Henning
Thomsen, formand, (HT)"), Furesø Idrætsråd's ("Lars Køster Svendsen LK,") and Holbæk Å-laug's ("Frands Hansen (FH)")
(dev-write); an acronym the name beside it does not spell, or one the gazetteer knows, stays an organisation."""

from __future__ import annotations

from pathlib import Path

from graphbuild.extract.mention_person_initials import initials_beside_names
from tests.text_facts import facts_of_text, named_relations

# varme8350-bestyrelse-2011-10-18 (dev-write): the list of who attended and the minutes after it, as printed
VARME = """Heimo Dalsgaard – HD
Lars Wahlqvist – LW
Karl Anker Jensen – KAJ
Michael Kock – MK (afbud)

Referat fra sidste møde:

HD kunne i sin egenskab af sekretærvikar konstatere, at referatet fra sidste møde blev godkendt.

Konstituering:

Formand: Heimo Dalsgaard
Næstformand: Lars Wahlqvist
Kasserer: Karl Anker Jensen
Sekretær: Michael Kock

Generalforsamling 2011:

HD udfærdiger pressemeddelelse om den netop overstående generalforsamling.
"""

# vuc-hvidovre-amager-bestyrelse-2013-03-20, furesoe-idraetsraad-bestyrelse-2016-11-24,
# holbaek-aalav-bestyrelse-2020-09-07 (dev-write): the initials after a title, after blanks, in a wide bracket
VUC = (
    "Til stede: Bestyrelsen Henning Thomsen, formand, (HT) Eva Lund Bertelsen, næstformand, (ELB) Jens Skovholm (JS) "
    "Ledelsen: Peter Zinckernagel, Rektor (PZ) Ingemai Larsen, Uddannelseschef (ILA)"
)
FURESOE = "Deltagere: Lars Køster Svendsen LK, Mogens Daniel Bruun MB, Erik Rasmussen ER, Kim Andersen KA."
AALAV = "Frands Hansen                                    (FH)\n"


def test_the_initials_printed_beside_a_name() -> None:
    assert {"HD", "LW", "KAJ"} <= initials_beside_names(VARME)
    assert {"HT", "ELB", "JS", "PZ"} <= initials_beside_names(VUC)
    assert initials_beside_names(FURESOE) == {"LK", "MB", "ER", "KA"}
    assert initials_beside_names(AALAV) == {"FH"}


def test_initials_the_name_does_not_spell_are_none() -> None:
    # near misses: a party's letters, an acronym after a committee, initials a name's letters do not give in order
    assert initials_beside_names("Anders Banke (SF) og Kultur- og Fritidsudvalget (KFU)") == frozenset()
    assert "ILA" not in initials_beside_names(VUC)
    assert initials_beside_names("Jens Hansen – DSI\n") == frozenset()


def test_a_persons_initials_hold_no_post(tmp_path: Path) -> None:
    facts = facts_of_text(tmp_path, VARME)
    assert "HD" not in {e.name for e in facts.entities if e.type == "Organization"}
    held = {(p, props.get("role"), t) for p, t, props in named_relations(facts, "HOLDS_ROLE")}
    assert ("Heimo Dalsgaard", "formand") in {(p, r) for p, r, _ in held}
    assert not any(t == "HD" for _, _, t in held), held


def test_an_acronym_no_name_beside_it_spells_stays_an_organisation(tmp_path: Path) -> None:
    text = "Jens Hansen – DSI\n\nDSI har sendt et forslag. Bestyrelsen bakker op om DSI.\n"
    assert "DSI" in {e.name for e in facts_of_text(tmp_path, text).entities if e.type == "Organization"}
