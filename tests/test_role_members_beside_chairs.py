"""The members a page lists one a line beside its chair's entry (`role_members_beside_chairs`): Transportnyhederne's
news of Midttrafik's new board, Samsø Kommune's page on its Færgeudvalg and Museumsfonden's page on its board
(dev-write), as printed; the staff under their own heading, the members of two bodies' lists, a list with no chair
and minutes' attendance give no member."""

from __future__ import annotations

from pathlib import Path

from tests.text_facts import facts_of_text, named_relations

# transportnyhederne-news-midttrafik-ny-bestyrelse-2026-01-26 (dev-write): the board's list, as printed
MIDTTRAFIK = """Ny formand for Midttrafik

Bestyrelsen i Midttrafik for 2026-2029:

Formand Claus Leick (F) Skanderborg Kommune

1. næstformand Steen Vindum (V) Silkeborg Kommune

2. næstformand Jakob Fuglsang Andersen (F), Region Midtjylland*

Albert Rosenkrantz Conradsen (F) Aarhus Kommune*

Anders Bøge (F) Skive Kommune

Klaus Flæng (A) Holstebro Kommune*
"""

# samsoe-webpage-faergeudvalget (dev-write): the committee's list, each entry with a line under its name
SAMSOE = """Kommunalbestyrelsen besluttede i 2013 at oprette et kommunalt rederi og nedsatte i kølvandet herpå et \
Færgeudvalg, der havde til opgave at understøtte kommunens opbygning og drift af et kommunalt rederi.

 • Marcel Meijer, borgmester i Samsø Kommune
  Borgmesteren er født medlem af udvalget og fungerer som formand

 • Mette Kramer
  Udpeget af kommunalbestyrelsen

 • Carsten Bruun
  Udpeget af kommunalbestyrelsen

 • Gitte Caroline Palm Lundorf
  Ekstern konsulent med erfaring fra rederi og færgedrift
"""

# museumsfonden-webpage-bestyrelse (dev-write): the board's list in one block, the director under his own heading
MUSEUMSFONDEN = """Bestyrelse

Lars Henrik Munch
bestyrelsesformand
(formand)
Dorte Mandrup-Poulsen
arkitekt MAA
(næstformand)
Michael Pram Rasmussen
bestyrelsesformand
Minik Thorleif Rosing
professor
Inge Berneke
konsulent
Anders Byriel
adm. direktør

Direktion

Poul Erik Tøjner
Museumsdirektør
"""


# herlev-webpage-udvalg-groen-strategi-omstilling (dev-write): the chair named in the sentence over the list
HERLEV = """Sammen om et bæredygtigt Herlev

Kommunalbestyrelsen udpegede tre medlemmer, som deltog i alle udvalgets tre faser. Af dem blev Michele Møller \
Amundsen valgt som fast næstformand i udvalget. Der valgtes desuden en formand blandt udvalgets eksterne medlemmer i \
hver fase:

 • Michele Møller Amundsen, Socialdemokratiet (A)
 • Henrik Hilleberg, Det Konservative Folkeparti (C)
 • Ibrahim Benli, Enhedslisten - De Rød-Grønne (Ø)
"""


def _held(tmp_path: Path, text: str) -> set[tuple[str, str, str]]:
    facts = facts_of_text(tmp_path, text)
    return {(p, str(props.get("role")), t) for p, t, props in named_relations(facts, "HOLDS_ROLE")}


def _members(tmp_path: Path, text: str) -> set[str]:
    return {p for p, role, _ in _held(tmp_path, text) if role == "medlem"}


def test_the_bare_entries_beside_the_chairs_are_members_of_the_chairs_body(tmp_path: Path) -> None:
    held = _held(tmp_path, MIDTTRAFIK)
    assert ("Anders Bøge", "medlem", "Bestyrelsen i Midttrafik") in held
    assert ("Klaus Flæng", "medlem", "Bestyrelsen i Midttrafik") in held
    # the chairs keep their posts and get no `medlem` beside them (README roles rule 2)
    assert not {row for row in held if row[0] == "Claus Leick" and row[1] == "medlem"}


def test_a_chairs_word_on_the_line_under_the_name_marks_the_chairs_entry(tmp_path: Path) -> None:
    assert {"Mette Kramer", "Carsten Bruun", "Gitte Caroline Palm Lundorf"} <= _members(tmp_path, SAMSOE)
    members = _members(tmp_path, MUSEUMSFONDEN)
    assert {"Inge Berneke", "Anders Byriel"} <= members
    # the staff under their own heading after the board's block are no members of it
    assert "Poul Erik Tøjner" not in members
    # a name read short, a capitalised word before it that is no title ("Minik"), is no entry's
    assert "Thorleif Rosing" not in members


def test_a_chair_a_sentence_names_marks_the_chairs_entry_in_the_list(tmp_path: Path) -> None:
    members = _members(tmp_path, HERLEV)
    assert {"Henrik Hilleberg", "Ibrahim Benli"} <= members
    assert "Michele Møller Amundsen" not in members


def test_no_members_without_a_chair_or_in_two_bodies_lists(tmp_path: Path) -> None:
    # a list with no chair's entry: no chair's body to hold the seats in
    no_chair = MIDTTRAFIK.replace("Formand ", "").replace("1. næstformand ", "").replace("2. næstformand ", "")
    assert "Anders Bøge" not in _members(tmp_path, no_chair)
    # two chairs of one post in one run: the lists of two bodies, neither read
    two = "Udvalgene\n\nHans Holm (formand)\nPer Berg\nOle Dam\nKnud Lund (formand)\nEva Sand\nLis Kjær\n"
    assert not {"Per Berg", "Ole Dam", "Eva Sand", "Lis Kjær"} & _members(tmp_path, two)


def test_a_list_of_candidates_or_of_people_thanked_is_no_member_list(tmp_path: Path) -> None:
    candidates = "Valg til bestyrelsen\n\nKandidater:\n\nHans Holm (formand)\nPer Berg\nOle Dam\nEva Sand\n"
    assert not {"Per Berg", "Ole Dam", "Eva Sand"} & _members(tmp_path, candidates)
    thanked = "Sommerfesten\n\nTak til:\n\nHans Holm (formand)\nPer Berg\nOle Dam\nEva Sand\n"
    assert not {"Per Berg", "Ole Dam", "Eva Sand"} & _members(tmp_path, thanked)
    # the same run under a label of members is read
    members = candidates.replace("Kandidater:", "Bestyrelsen:")
    assert {"Per Berg", "Ole Dam", "Eva Sand"} <= _members(tmp_path, members)


def test_minutes_attendance_is_no_member_list(tmp_path: Path) -> None:
    # an attendance list marks its chair too: minutes are not read
    minutes = (
        "Referat af bestyrelsesmøde den 12. maj 2022\n\nDeltagere:\n\nHans Holm (formand)\nPer Berg\nOle Dam\n"
        "Eva Sand\n\n1. Godkendelse af dagsorden\nGodkendt.\n"
    )
    assert not {"Per Berg", "Ole Dam", "Eva Sand"} & _members(tmp_path, minutes)
